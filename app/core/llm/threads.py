"""How many CPU threads the decode loop uses, chosen per generation from conditions.

Measured on the 2-core VM (bench/llm.py, issue 19): llama.cpp's OpenMP workers spin
while they wait at a barrier, so 2 decode threads beside one busy process collapsed
to 22-38 tokens/s (some runs 1-8) while 1 thread ran at 120. Sleeping at barriers
instead (`OMP_WAIT_POLICY=PASSIVE`) avoids the collapse but costs the idle case
most: 2 threads idle fell from 144 to 45 tokens/s (SmolLM2-135M; a small model has
many barriers per token). So the workers keep llama.cpp's default spin, and what
is chosen is the count: all cores when they are free, one fewer for each CPU
other processes (niced ones included, see _busy_seconds) or Hearth's own
background work (indexing) keep busy. A reply looks again every RECHECK_TOKENS
tokens (a real look at most every MIN_WINDOW_S), so load that starts mid-reply
costs a fraction of a second at the collapsed rate.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import psutil

RECHECK_TOKENS = 8  # a reply asks for a count again every this many tokens (cheap: see choose)
MIN_WINDOW_S = 0.2  # a shorter window says too little: the last look stands
FIRST_TOKEN_AGE_S = 2.0  # before a reply's first token, a look this recent stands

_own_work = 0
_own_lock = threading.Lock()


@contextmanager
def background_work() -> Iterator[None]:
    """Mark Hearth's own CPU-heavy background work (indexing) while it runs, so a reply
    meanwhile decodes with one thread fewer."""
    global _own_work
    with _own_lock:
        _own_work += 1
    try:
        yield
    finally:
        with _own_lock:
            _own_work -= 1


def own_work() -> int:
    return _own_work


def _busy_seconds(t) -> float:
    """CPU seconds spent by anything, niced processes included: a niced process yields
    its share, but each of a 2-thread batch's barriers still waits for a CPU it holds
    (measured beside a nice-19 busy loop, 2 threads decoded at 38-66 tokens/s against
    50-59 with 1)."""
    return t.user + getattr(t, "nice", 0.0) + t.system + getattr(t, "irq", 0.0) \
        + getattr(t, "softirq", 0.0) + getattr(t, "steal", 0.0)


class ThreadChooser:
    """Picks the thread count from the CPU time other processes used since the last
    look (psutil; this process's own time left out) and Hearth's own background work.
    `fixed` > 0: the user's setting, always used."""

    def __init__(self, max_threads: int, fixed: int = 0) -> None:
        self.max_threads = max(1, max_threads)
        self.fixed = fixed
        self.others = 0.0  # CPUs other processes kept busy in the last window
        self.last = fixed or self.max_threads
        self._proc = psutil.Process()
        self._mark = self._sample()

    def _sample(self) -> tuple[float, float, float]:
        own = self._proc.cpu_times()
        return (time.monotonic(), _busy_seconds(psutil.cpu_times()), own.user + own.system)

    def choose(self, max_age: float = 0.0) -> int:
        """The thread count for the next tokens; a choice made less than `max_age`
        seconds ago stands without a look (reading /proc costs ~1-8 ms, which a reply's
        first token should not wait for when a prefill looked a moment ago)."""
        if self.fixed:
            return self.fixed
        if time.monotonic() - self._mark[0] >= max(max_age, MIN_WINDOW_S):
            now = self._sample()
            elapsed = now[0] - self._mark[0]
            others = (now[1] - self._mark[1]) - (now[2] - self._mark[2])
            self.others = max(0.0, others / elapsed)
            self._mark = now
        free = (os.cpu_count() or 1) - self.others - own_work()
        # a core counts as free while at most 0.4 of it is busy elsewhere
        self.last = max(1, min(self.max_threads, math.floor(free + 0.4)))
        return self.last

    def describe(self) -> str:
        if self.fixed:
            return f"{self.fixed} (set)"
        return (f"{self.last} of {self.max_threads} (other processes kept "
                f"{self.others:.1f} CPUs busy; own background jobs: {own_work()})")
