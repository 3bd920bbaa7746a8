"""Each corpus case in a process of its own, under a memory cap, with its peak
memory and time: the README's worst-case figures.

    python -m tests.corpus.measure DIR [--only NAME ...] [--cap-mb 2048] [--json OUT]

The child runs every door of one case (tests/corpus/doors.py) with its address
space capped (RLIMIT_AS), so a zip bomb that tried to fill the RAM fails here
instead of freezing the machine; the parent reads the child's peak resident
memory from wait4().
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child(path: str, doors: list[str]) -> int:
    from tests.corpus.doors import run_door

    out = [run_door(door, Path(path)).__dict__ for door in doors]
    print(json.dumps(out))
    return 0


def measure(case, cap_mb: int, timeout: float = 120) -> dict:
    """Run one case's doors in a capped child: its outcomes, peak RSS (MiB) and seconds."""
    def cap() -> None:
        limit = cap_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    home = tempfile.mkdtemp(prefix="hearth-corpus-")
    env = dict(os.environ, HEARTH_HOME=home, HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.corpus.measure", "--child", str(case.path),
         *case.doors], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=cap)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))
    reader.start()
    stdout = proc.stdout.read()
    reader.join()
    _, status, usage = os.wait4(proc.pid, 0)  # the child's own peak memory, not the tree's
    proc.returncode = os.waitstatus_to_exitcode(status)
    timer.cancel()
    stderr = err[0] if err else b""
    seconds = time.perf_counter() - start
    peak = usage.ru_maxrss / 1024
    try:
        outcomes = json.loads(stdout.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        outcomes = [{"door": "process", "result": "crash", "seconds": seconds,
                     "message": (stderr.decode()[-400:] or f"exit {proc.returncode}")}]
    return {"name": case.name, "kind": case.kind, "expect": case.expect, "note": case.note,
            "outcomes": outcomes, "peak_mib": round(peak, 1), "seconds": round(seconds, 2)}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(argv[1], argv[2:])
    from tests.corpus.doors import Outcome
    from tests.corpus.generate import build

    ap = argparse.ArgumentParser(prog="python -m tests.corpus.measure")
    ap.add_argument("dir")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--cap-mb", type=int, default=2048)
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    cases = [c for c in build(Path(args.dir)) if not args.only or c.name in args.only]
    rows, failed = [], 0
    for case in cases:
        row = measure(case, args.cap_mb)
        problems = [p for o in row["outcomes"]
                    if (p := Outcome(**o).problem(case.expect))]
        row["problems"] = problems
        failed += bool(problems)
        rows.append(row)
        results = ",".join(f"{o['door']}:{o['result']}" for o in row["outcomes"])
        print(f"{'FAIL' if problems else 'pass'} {row['peak_mib']:7.1f} MiB "
              f"{row['seconds']:6.2f} s  {case.name:32} {results}"
              + (f"  {problems}" if problems else ""), flush=True)
    worst_mem = max(rows, key=lambda r: r["peak_mib"])
    worst_time = max(rows, key=lambda r: r["seconds"])
    print(f"\n{len(rows)} cases, {len(rows) - failed} pass; worst memory "
          f"{worst_mem['peak_mib']} MiB ({worst_mem['name']}), worst time "
          f"{worst_time['seconds']} s ({worst_time['name']}), cap {args.cap_mb} MiB")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
