"""Progress reporting and cancel/pause control shared by every long job.

Core jobs take a `JobControl` and call `control.checkpoint()` between units of
work, and report through a plain `ProgressCallback`; the GUI's generic worker
turns those into Qt signals, the CLI prints them to stderr.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.errors import Cancelled


@dataclass
class Progress:
    """One progress report: `done` of `total` units (total 0 when unknown)."""

    done: float = 0
    total: float = 0
    unit: str = ""
    message: str = ""
    rate: float = 0.0  # units per second, 0 when unknown
    eta_s: float | None = None
    extra: dict = field(default_factory=dict)

    @property
    def fraction(self) -> float | None:
        return min(1.0, self.done / self.total) if self.total else None


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A progress callback that ignores reports."""


class JobControl:
    """Cancel and pause switches for one job, safe to flip from any thread."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def cancel(self) -> None:
        self._cancel.set()
        self._running.set()  # wake a paused job so it can see the cancel

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        """Block while paused; raise `Cancelled` once cancelled."""
        if not self._running.is_set():
            self._running.wait()
        if self._cancel.is_set():
            raise Cancelled()


class RateMeter:
    """Turns a stream of `done` counts into rate and ETA, smoothed over a window."""

    def __init__(self, total: float = 0, window_s: float = 5.0) -> None:
        self.total = total
        self.window_s = window_s
        self._samples: list[tuple[float, float]] = []

    def update(self, done: float) -> tuple[float, float | None]:
        now = time.monotonic()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self.window_s:
            self._samples.pop(0)
        t0, d0 = self._samples[0]
        rate = (done - d0) / (now - t0) if now > t0 else 0.0
        eta = (self.total - done) / rate if rate > 0 and self.total else None
        return rate, eta

    def rebase(self, done: float) -> None:
        """Measure from `done` on: steps that reused stored work took no time, and
        counting them as speed would promise the rest in a moment."""
        self._samples = [(time.monotonic(), done)]
