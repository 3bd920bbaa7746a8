"""`hearth jobs`: the shared background queue (file jobs, indexing, downloads),
the command-line face of the window's Jobs page."""

from __future__ import annotations

import argparse
import time

from app.cli.output import StderrProgress, human_bytes, note, print_json, table, with_sigint
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("jobs", help="background jobs: list, run again, remove")
    p.add_argument("--json", action="store_true", help="`hearth jobs --json`: the list as JSON")
    jsubs = p.add_subparsers(dest="jobs_command", metavar="ACTION")
    ls = jsubs.add_parser("list", help="every job, newest first")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    retry = jsubs.add_parser("retry", help="run a cancelled, failed or interrupted job again "
                             "here, from its finished parts")
    retry.add_argument("id", type=int)
    retry.add_argument("--json", action="store_true")
    retry.set_defaults(func=cmd_retry)
    rm = jsubs.add_parser("rm", help="forget a job that is not running")
    rm.add_argument("id", type=int)
    rm.set_defaults(func=cmd_rm)
    p.set_defaults(func=cmd_list)


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""


def cmd_list(args: argparse.Namespace) -> int:
    core = Core()
    try:
        jobs = core.jobs.list()
        if args.json:
            print_json([j.to_dict() for j in jobs])
            return 0
        if not jobs:
            print("No jobs. `hearth summarize FILE`, `hearth translate FILE --to LANG`, "
                  "`hearth docs add` and `hearth models pull` run as jobs.")
            return 0
        rows = []
        for j in jobs:
            done = (f"{human_bytes(j.done)}/{human_bytes(j.total)}" if j.unit == "bytes"
                    else f"{j.done:.0f}/{j.total:.0f} {j.unit}") if j.total else ""
            about = (j.result or {}).get("summary") or (j.result or {}).get("output_path") \
                or j.error
            rows.append([j.id, j.kind, j.status, done, _when(j.created), j.title,
                         (about or "")[:60]])
        print(table(rows, ["id", "kind", "status", "progress", "created", "title", "outcome"]))
        return 0
    finally:
        core.close()


def cmd_retry(args: argparse.Namespace) -> int:
    core = Core()
    try:
        job = core.jobs.retry(args.id)
        result = with_sigint(lambda control: core.jobs.run(job.id, control,
                                                           StderrProgress(job.title)))
        if args.json:
            print_json(result)
        else:
            print(f"Finished: {job.title}. "
                  f"{result.get('summary') or result.get('output_path') or ''}".rstrip())
        return 0
    finally:
        core.close()


def cmd_rm(args: argparse.Namespace) -> int:
    core = Core()
    try:
        job = core.jobs.get(args.id)
        core.jobs.remove(job.id)
        note(f"removed job {job.id} ({job.title}).")
        return 0
    finally:
        core.close()
