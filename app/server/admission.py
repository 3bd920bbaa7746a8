"""Admission to the model for API requests: they run one at a time, in arrival order,
and when too many wait, a new one is turned away at once (503 with Retry-After)
instead of piling up. (Who may use the loaded model at all, against the window and
file jobs, is the core's model lane; this queue only bounds the server's share.)"""

from __future__ import annotations

import concurrent.futures
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from app.core.control import JobControl
from app.core.errors import Cancelled, HearthError
from app.core.messages import Msg


class Busy(HearthError):
    """The queue is full; `retry_after_s` is a fair guess at when there will be room."""

    def __init__(self, waiting: int, retry_after_s: int) -> None:
        count = "1 request is" if waiting == 1 else f"{waiting} requests are"
        super().__init__(f"The model is busy: {count} waiting.",
                         f"Retry after {retry_after_s} s.")
        self.retry_after_s = retry_after_s


class RequestQueue:
    """One worker thread runs requests in arrival order; at most `capacity` wait."""

    def __init__(self, capacity: int = 8) -> None:
        self.capacity = max(1, capacity)
        self._jobs: queue.Queue = queue.Queue()
        self._waiting = 0
        self._running = False
        self._lock = threading.Lock()
        self._avg_s = 5.0  # running mean of a request's time, for Retry-After
        self._thread = threading.Thread(target=self._work, name="hearth-serve-requests",
                                        daemon=True)
        self._thread.start()

    @property
    def waiting(self) -> int:
        """Requests queued, not yet started."""
        return self._waiting

    @property
    def running(self) -> bool:
        """Whether a request is being served now."""
        return self._running

    def submit(self, fn: Callable[[], Any], control: JobControl) -> concurrent.futures.Future:
        """Queue `fn`; raises `Busy` when `capacity` requests already wait. A request whose
        control is cancelled before its turn (its client left) is skipped."""
        with self._lock:
            if self._waiting >= self.capacity:
                raise Busy(self._waiting, max(1, round(self._avg_s * self._waiting)))
            self._waiting += 1
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((fn, control, future))
        return future

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            fn, control, future = item
            with self._lock:
                self._waiting -= 1
            if control.cancelled or not future.set_running_or_notify_cancel():
                if not future.done():
                    future.set_exception(Cancelled(Msg("The client left before its turn.")))
                continue
            start = time.monotonic()
            self._running = True
            try:
                future.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
                future.set_exception(exc)
            finally:
                self._running = False
            self._avg_s = 0.8 * self._avg_s + 0.2 * (time.monotonic() - start)

    def close(self) -> None:
        self._jobs.put(None)
