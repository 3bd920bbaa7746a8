"""What every bench module shares: the row format, timing helpers and target checks.

A bench module is any `bench/<name>.py` (not starting with `_`, not this file)
with `run(quick: bool) -> list[dict]`. The runner (`python -m bench`) calls each
one's `run` and prints/stores the rows it returns. Build rows with `row()` so
every module speaks the same format:

    {"name": "decode tokens/s (engine vs llama.cpp loop)",
     "value": 231.4, "unit": "tok/s",
     "baseline": 236.0,        # measured in the same run, or None
     "ratio": 0.98,            # value / baseline (or given explicitly), or None
     "target": ">= 0.97x",     # from DESIGN.md; "" when the figure has none
     "ok": True,               # target met? None when no target or not measured
     "note": "baseline: bare llama_decode + native sampler chain, 2 threads"}

Targets are short strings: "<op> <number><suffix>". A target ending in "x" is
checked against the ratio, any other against the value in the row's unit
(so ">= 0.97x", "<= 1.2x", "<= 50 ms", "<= 1.5 s", ">= 0.95").
A figure that could not be measured (a part not built yet, no GPU) is a row with
value None and a note saying why: use `na()`.
"""

from __future__ import annotations

import gc
import re
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

ROW_KEYS = ("name", "value", "unit", "baseline", "ratio", "target", "ok", "note")
_TARGET = re.compile(r"^\s*(<=|>=|<|>)\s*([0-9.]+)\s*(\S*)\s*$")


def check(target: str, value: float | None, ratio: float | None) -> bool | None:
    """Whether `target` is met; None when there is no target or nothing to check it on."""
    m = _TARGET.match(target or "")
    if not m:
        return None
    op, number, suffix = m.group(1), float(m.group(2)), m.group(3)
    figure = ratio if suffix == "x" else value
    if figure is None:
        return None
    return {"<=": figure <= number, ">=": figure >= number,
            "<": figure < number, ">": figure > number}[op]


def row(name: str, value: float | None, unit: str, *, baseline: float | None = None,
        ratio: float | None = None, target: str = "", note: str = "") -> dict[str, Any]:
    """One result row; the ratio defaults to value / baseline."""
    if ratio is None and value is not None and baseline:
        ratio = value / baseline
    return {"name": name, "value": value, "unit": unit, "baseline": baseline,
            "ratio": ratio, "target": target, "ok": check(target, value, ratio), "note": note}


def na(name: str, note: str, unit: str = "", target: str = "") -> dict[str, Any]:
    """A figure that could not be measured here, with the reason."""
    return row(name, None, unit, target=target, note=note)


def say(text: str) -> None:
    """A progress line on stderr (the runner shows it as the module runs)."""
    print(f"  {text}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(values: list[float], baselines: list[float]) -> float:
    """Median of per-round ratios: each round ran both sides back to back, so a burst
    of load from other processes hits a pair together instead of skewing one side."""
    return statistics.median(v / b for v, b in zip(values, baselines, strict=True) if b)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation, like numpy's default."""
    data = sorted(values)
    if not data:
        return float("nan")
    pos = (len(data) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds one call of `fn` took, and what it returned (GC off while timing)."""
    gc_was = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        out = fn()
        return time.perf_counter() - start, out
    finally:
        if gc_was:
            gc.enable()


def repeat(fn: Callable[[], Any], runs: int, warmup: int = 1) -> list[float]:
    """Seconds of each of `runs` timed calls of `fn`, after `warmup` untimed ones."""
    for _ in range(warmup):
        fn()
    return [timed(fn)[0] for _ in range(runs)]


# Between the two sides of a decode comparison: llama.cpp's OpenMP workers spin for a
# while after a run, and the next side's first tokens would share the cores with them
# (measured: Hearth 119 vs 132 tok/s back to back, 148 vs 150 with this pause).
SETTLE_S = 0.5


def interleaved(fns: dict[str, Callable[[], float]], runs: int,
                warmup: int = 1, settle_s: float = 0.0) -> dict[str, list[float]]:
    """Call each function of `fns` in turn, `runs` rounds, collecting what each returns,
    `settle_s` apart.

    Alternating the two sides of a comparison inside one loop spreads machine
    noise (other processes, CPU frequency) evenly over both.
    """
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    out: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(runs):
        for key, fn in fns.items():
            time.sleep(settle_s)
            out[key].append(fn())
    return out
