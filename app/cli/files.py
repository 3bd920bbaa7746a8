"""`hearth summarize` and `hearth translate`: whole-file jobs in the foreground.

Each run is a job in the shared queue (the window's Jobs page lists it). Ctrl+C
stops it and keeps the finished chunks: running the same command again
resumes from there.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from app.cli.output import StderrProgress, note, print_json, with_sigint
from app.core.errors import Cancelled
from app.core.queue.kinds import files as file_jobs
from app.core.queue.queue import INPUT_KEY
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("summarize", help="summarize a whole file of any length",
                        description="Summarize a file (md, txt, pdf, docx, html...) into "
                        "FILE.summary.md, one part per top-level section.")
    p.add_argument("file", help="the file to summarize")
    p.add_argument("-o", "--output", help="the file to write, or a folder for "
                   "FILE.summary.md (default: next to FILE)")
    p.add_argument("--length", default="medium",
                   help="short, medium, long, or a word count per part (default: medium)")
    p.add_argument("--language", metavar="LANG",
                   help="write the summary in this language: a name or code (zh, Chinese, "
                   "fr...; default: the document's own language)")
    p.add_argument("--model", help="model id (see `hearth models list`)")
    p.add_argument("--json", action="store_true", help="print one JSON object at the end")
    p.set_defaults(func=run_summarize)

    t = subs.add_parser("translate", help="translate a whole file, keeping its format",
                        description="Translate a .md, .txt, .html or .docx file into another "
                        "language; code blocks and markup stay as they are.")
    t.add_argument("file", help="the file to translate")
    t.add_argument("--to", required=True, metavar="LANG",
                   help="target language: a name or code (French, fr, de, Japanese...)")
    t.add_argument("-o", "--output", help="the file to write, or a folder for FILE.LANG.ext "
                   "(default: next to FILE)")
    t.add_argument("--model", help="model id (see `hearth models list`)")
    t.add_argument("--json", action="store_true", help="print one JSON object at the end")
    t.set_defaults(func=run_translate)


def run_summarize(args: argparse.Namespace) -> int:
    core = Core()
    try:
        params = file_jobs.summarize_params(args.file, args.output, args.length, args.model,
                                            args.language)
        return _run(core, "summarize", params, args.json)
    finally:
        core.close()


def run_translate(args: argparse.Namespace) -> int:
    core = Core()
    try:
        params = file_jobs.translate_params(args.file, args.to, args.output, args.model)
        return _run(core, "translate", params, args.json)
    finally:
        core.close()


def _run(core: Core, kind: str, params: dict[str, Any], as_json: bool) -> int:
    job, resumed = file_jobs.submit(core.jobs, kind, params)
    if resumed:
        done = len([k for k in core.jobs.parts(job.id) if k != INPUT_KEY])
        note(f"resuming job {job.id} ({done} chunk(s) already done).")
    start = time.perf_counter()
    try:
        result = with_sigint(lambda control: core.jobs.run(job.id, control,
                                                           StderrProgress(job.title)))
    except Cancelled:
        note(f"stopped; the finished chunks are kept. Run the same command again to resume "
             f"job {job.id}.")
        return 130
    result["seconds"] = round(time.perf_counter() - start, 2)
    result["job_id"] = job.id
    for line in result.get("notes") or []:
        note(line)
    if as_json:
        print_json(result)
    else:
        _describe(result)
    return 0


def _describe(result: dict[str, Any]) -> None:
    src = result.get("source_language") or "unknown"
    work = f"{result['chunks']} chunk(s)" if result["chunks"] else "short enough to keep whole"
    written = result.get("summary_language")
    into = f", summary in {written}" if written and written not in (src, "unknown") else ""
    print(f"Wrote {result['output_path']} ({work}, {result['seconds']:.1f} s; "
          f"source language: {src}{into}).")
    for failed in result["failed_chunks"]:
        print(f"warning: not done: {failed.get('where', '')}: {failed.get('reason', '')}",
              file=sys.stderr)
