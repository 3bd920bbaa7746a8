"""`python -m bench [--quick] [--only NAME ...]`: run every bench module, print a table,
write `bench/results/<machine>-<date>.json`.

Each module runs in its own subprocess (`python -m bench._one NAME`), so one
module's imports, memory and crashes cannot skew or stop another's figures.
"""

from __future__ import annotations

import argparse
import json
import os
import pkgutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import machine

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results"
NOT_MODULES = {"common", "machine"}


def modules() -> list[str]:
    """Bench modules: every bench/<name>.py with a `run`, in a stable order."""
    names = [m.name for m in pkgutil.iter_modules([str(BENCH_DIR)])
             if not m.name.startswith("_") and m.name not in NOT_MODULES]
    order = ["llm", "followup", "startup", "memory", "gui", "indexing", "retrieval"]
    return sorted(names, key=lambda n: (order.index(n) if n in order else len(order), n))


def run_module(name: str, quick: bool, timeout: float) -> tuple[list[dict], float]:
    """Run one module in a subprocess; a crash or timeout becomes a row saying so."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = Path(tmp.name)
    cmd = [sys.executable, "-m", "bench._one", name, str(out)] + (["--quick"] if quick else [])
    start = time.perf_counter()
    rows, err = None, ""
    try:
        # stderr passes through: modules report their progress there
        proc = subprocess.run(cmd, cwd=ROOT, timeout=timeout, stdout=subprocess.DEVNULL)
        if out.exists() and out.stat().st_size:
            rows = json.loads(out.read_text())
        else:
            err = f"exited with code {proc.returncode} (see the output above)"
    except subprocess.TimeoutExpired:
        err = f"timed out after {timeout:.0f} s"
    finally:
        out.unlink(missing_ok=True)
    if rows is None:
        rows = [{"name": f"{name}: failed", "value": None, "unit": "", "baseline": None,
                 "ratio": None, "target": "", "ok": False, "note": err}]
    return rows, time.perf_counter() - start


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "n/a"
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def print_table(rows: list[dict]) -> None:
    head = ("figure", "value", "baseline", "ratio", "target", "ok")
    lines = []
    for r in rows:
        ok = {True: "yes", False: "NO", None: ""}[r.get("ok")]
        ratio = f"{r['ratio']:.3f}x" if r.get("ratio") is not None else ""
        lines.append((r["name"], fmt(r["value"], r["unit"]),
                      fmt(r["baseline"], r["unit"]) if r.get("baseline") is not None else "",
                      ratio, r.get("target") or "", ok))
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for line, r in zip(lines, rows, strict=True):
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
        if r.get("note"):
            print(f"    {r['note']}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="fewer runs and smaller sizes (< 10 min)")
    p.add_argument("--only", nargs="+", metavar="NAME", help="run only these modules")
    p.add_argument("--list", action="store_true", help="list the bench modules and exit")
    p.add_argument("--out", type=Path,
                   help="result file (default bench/results/<machine>-<date>.json)")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed per module")
    args = p.parse_args(argv)
    names = modules()
    if args.list:
        print("\n".join(names))
        return 0
    if args.only:
        unknown = sorted(set(args.only) - set(names))
        if unknown:
            p.error(f"unknown bench module(s): {', '.join(unknown)}; "
                    f"choose from {', '.join(names)}")
        names = [n for n in names if n in args.only]
    info = machine.describe()
    print(f"Machine: {info['summary']}", flush=True)
    all_rows: list[dict] = []
    timings: dict[str, float] = {}
    for name in names:
        print(f"[{name}] running...", file=sys.stderr, flush=True)
        rows, seconds = run_module(name, args.quick, args.timeout)
        timings[name] = round(seconds, 1)
        for r in rows:
            r.setdefault("module", name)
        all_rows.extend(rows)
        print(f"[{name}] {seconds:.1f} s", file=sys.stderr, flush=True)
    print()
    print_table(all_rows)
    out = args.out or RESULTS / f"{info['slug']}-{time.strftime('%Y-%m-%d')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    result = {"machine": info, "quick": args.quick, "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
              "module_seconds": timings, "rows": all_rows}
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, indent=1) + "\n")
    os.replace(tmp, out)
    missed = [r["name"] for r in all_rows if r.get("ok") is False]
    print(f"\nWrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}"
          f" ({sum(timings.values()):.0f} s). Targets missed: {len(missed)}"
          + (f" ({'; '.join(missed)})" if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
