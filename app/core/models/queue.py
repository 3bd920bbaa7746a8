"""A FIFO queue of downloads, run one at a time, each with its own pause/cancel.

The queue is plain data plus `run(control, progress)`, a job any runner can
drive: the GUI hands it to its generic worker, a script can call it directly.
Items added while it runs are picked up in order.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import Cancelled, HearthError
from app.core.jobs import JobControl, Progress, ProgressCallback

QUEUED, RUNNING, PAUSED, DONE, FAILED, CANCELLED = (
    "queued", "running", "paused", "done", "failed", "cancelled")

Runner = Callable[["QueueItem", JobControl, ProgressCallback], Any]


class ItemControl(JobControl):
    """An item's own pause/cancel that also obeys the whole queue's cancel, even while
    the item is paused (so closing the window never waits on a paused download)."""

    def __init__(self) -> None:
        super().__init__()
        self.outer: JobControl | None = None

    @property
    def cancelled(self) -> bool:
        return super().cancelled or bool(self.outer and self.outer.cancelled)

    def checkpoint(self) -> None:
        while self.paused and not self.cancelled:
            time.sleep(0.1)
        if self.cancelled:
            self.cancel()
        super().checkpoint()


@dataclass
class QueueItem:
    id: int
    repo: str
    filename: str
    state: str = QUEUED
    progress: Progress | None = None
    error: str = ""
    result: Any = None
    cancel_requested: bool = False  # the user cancelled it (not the window closing)
    control: ItemControl = field(default_factory=ItemControl)

    @property
    def active(self) -> bool:
        return self.state in (QUEUED, RUNNING, PAUSED)


class DownloadQueue:
    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._items: list[QueueItem] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def add(self, repo: str, filename: str) -> QueueItem:
        """Queue a download; the same file already waiting or running is not queued twice."""
        with self._lock:
            for item in self._items:
                if item.active and (item.repo, item.filename) == (repo, filename):
                    return item
            item = QueueItem(next(self._ids), repo, filename)
            self._items.append(item)
            return item

    def items(self) -> list[QueueItem]:
        with self._lock:
            return list(self._items)

    def get(self, item_id: int) -> QueueItem | None:
        return next((i for i in self.items() if i.id == item_id), None)

    def pending(self) -> int:
        return sum(1 for i in self.items() if i.state == QUEUED)

    def _next(self) -> QueueItem | None:
        with self._lock:
            for item in self._items:
                if item.state == QUEUED:
                    item.state = RUNNING
                    return item
        return None

    def pause(self, item: QueueItem) -> None:
        if item.state == RUNNING:
            item.control.pause()
            item.state = PAUSED

    def resume(self, item: QueueItem) -> None:
        if item.state == PAUSED:
            item.state = RUNNING
            item.control.resume()

    def cancel(self, item: QueueItem) -> None:
        """Cancel a waiting item at once, a running one at its next checkpoint."""
        with self._lock:
            item.cancel_requested = True
            if item.state == QUEUED:
                item.state = CANCELLED
                return
        item.control.cancel()

    def clear_finished(self) -> None:
        with self._lock:
            self._items = [i for i in self._items if i.active]

    def run(self, control: JobControl, progress: ProgressCallback) -> list[QueueItem]:
        """Run queued items in order until none is left (or `control` is cancelled)."""
        ran = []
        while not control.cancelled and (item := self._next()) is not None:
            ran.append(item)
            self._run_one(item, control, progress)
        return ran

    def _run_one(self, item: QueueItem, control: JobControl, progress: ProgressCallback) -> None:
        item.control.outer = control

        def report(p: Progress) -> None:
            p.extra = {**p.extra, "item": item.id}
            item.progress = p
            progress(p)

        try:
            item.result = self._runner(item, item.control, report)
        except Cancelled:
            item.state = CANCELLED
        except HearthError as exc:
            item.state, item.error = FAILED, str(exc)
        else:
            item.state = DONE
        progress(Progress(0, 0, "", item.state, extra={"item": item.id, "state": item.state}))
