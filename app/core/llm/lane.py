"""The model lane: who may use the loaded model now.

Everything that runs the language model (a chat turn from the window, the CLI
or the API server, each chunk of a summarize or translate job, measuring a
prompt) holds the lane while it does; `Runtime` loads, switches and unloads
models only while holding it. So an engine is never freed under its user, and
a chat turn waits at most for the chunk being written, not for a whole job.

The lane is first come, first served (a job that takes it again chunk after
chunk cannot starve a waiting chat turn), re-entrant within one thread, and a
waiter gives up at once when its control is cancelled.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.core.control import JobControl
from app.core.errors import Cancelled

WAIT_STEP_S = 0.1  # how often a waiter looks at its cancel switch


class ModelLane:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._waiting: deque[object] = deque()
        self._owner: int | None = None  # thread id
        self._depth = 0

    @property
    def busy(self) -> bool:
        return self._owner is not None

    @property
    def contended(self) -> bool:
        """Whether someone waits for the lane (a low-priority holder then lets go)."""
        return bool(self._waiting)

    def held_here(self) -> bool:
        return self._owner == threading.get_ident()

    def acquire(self, control: JobControl | None = None,
                on_wait: Callable[[], None] | None = None, blocking: bool = True,
                timeout: float | None = None) -> bool:
        """Take the lane (in turn); False when not `blocking` and it is busy, or when
        `timeout` seconds passed. Raises `Cancelled` when `control` is cancelled while
        waiting."""
        me = threading.get_ident()
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return True
            if not blocking and (self._owner is not None or self._waiting):
                return False
            ticket = object()
            self._waiting.append(ticket)
            told = False
            try:
                while self._owner is not None or self._waiting[0] is not ticket:
                    if control is not None and control.cancelled:
                        raise Cancelled()
                    if deadline is not None and time.monotonic() > deadline:
                        self._waiting.remove(ticket)
                        self._cond.notify_all()
                        return False
                    if on_wait is not None and not told:
                        told = True
                        on_wait()
                    self._cond.wait(WAIT_STEP_S)
            except BaseException:
                self._waiting.remove(ticket)
                self._cond.notify_all()
                raise
            self._waiting.popleft()
            self._owner, self._depth = me, 1
            return True

    def release(self) -> None:
        with self._cond:
            if self._owner is None:
                raise RuntimeError("the model lane is not held")
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._cond.notify_all()

    @contextmanager
    def hold(self, control: JobControl | None = None,
             on_wait: Callable[[], None] | None = None) -> Iterator[None]:
        self.acquire(control, on_wait)
        try:
            yield
        finally:
            self.release()
