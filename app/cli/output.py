"""Small helpers for printing results (JSON on stdout, notes and progress on stderr)
and for running long work in the foreground with Ctrl+C stopping it."""

from __future__ import annotations

import json
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from app.core.control import JobControl, Progress
from app.core.units import human_bytes  # noqa: F401 - the CLI's formatter


def with_sigint(fn: Callable[[JobControl], Any]) -> Any:
    """Run fn(control) with Ctrl+C cancelling it (it stops at its next checkpoint,
    keeping what it finished) instead of killing the process."""
    control = JobControl()
    previous = signal.signal(signal.SIGINT, lambda *_: control.cancel())
    try:
        return fn(control)
    finally:
        signal.signal(signal.SIGINT, previous)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def note(text: str) -> None:
    print(f"note: {text}", file=sys.stderr, flush=True)


def table(rows: list[list[Any]], headers: list[str]) -> str:
    cells = [headers] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


class StderrProgress:
    """A progress callback that redraws one line on stderr (at most 10 times a second)."""

    def __init__(self, label: str = "") -> None:
        self.label = label
        self._last = 0.0

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        done = p.total and p.done >= p.total
        if now - self._last < 0.1 and not done:
            return
        self._last = now
        parts = [self.label] if self.label else []
        if p.unit == "bytes":
            total = f" / {human_bytes(p.total)}" if p.total else ""
            parts.append(f"{human_bytes(p.done)}{total}")
            if p.rate:
                parts.append(f"{human_bytes(p.rate)}/s")
        else:
            parts.append(f"{p.done:.0f}" + (f"/{p.total:.0f}" if p.total else "") + f" {p.unit}")
            if p.rate:
                parts.append(f"{p.rate:.1f} {p.unit}/s")
        if p.fraction is not None:
            parts.insert(1 if self.label else 0, f"{p.fraction * 100:5.1f}%")
        if p.eta_s is not None:
            parts.append(f"ETA {p.eta_s:.0f}s")
        if p.message:
            parts.append(p.message)
        end = "\n" if done or not sys.stderr.isatty() else ""
        sys.stderr.write("\r" + "  ".join(parts) + end)
        sys.stderr.flush()
