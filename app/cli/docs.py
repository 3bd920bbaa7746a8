"""`hearth docs ...` (collections), `hearth ask` (cited answers) and `hearth search`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from app.cli.args import bounded, sampling
from app.cli.output import StderrProgress, note, print_json, table, with_sigint


def register(subs: argparse._SubParsersAction) -> None:
    docs = subs.add_parser("docs", help="document collections: add, list, status, sync, rm")
    dsubs = docs.add_subparsers(dest="docs_command", metavar="ACTION", required=True)

    p = dsubs.add_parser("add", help="add folders or files to a collection and index them")
    p.add_argument("collection")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--embedding-model", metavar="MODEL",
                   help="the collection's embedding model: all-minilm-l6-v2 (English, the "
                        "default), multilingual-e5-small (Chinese and 90+ other languages), "
                        "a downloaded hub model (owner/name) or a model folder; changing it "
                        "embeds the collection anew")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_add)

    p = dsubs.add_parser("list", help="collections with their file and chunk counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_list)

    p = dsubs.add_parser("status", help="a collection's sources and files with their status")
    p.add_argument("collection")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_status)

    p = dsubs.add_parser("sync", help="index new and changed files, drop deleted ones")
    p.add_argument("collection")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_sync)

    p = dsubs.add_parser("rm", help="remove a collection, or some of its folders/files")
    p.add_argument("collection")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_rm)

    p = dsubs.add_parser("rename", help="rename a collection")
    p.add_argument("collection")
    p.add_argument("new_name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_rename)

    p = dsubs.add_parser("watch", help="resume unfinished syncs and keep watched collections "
                         "indexed until Ctrl+C (what the window does in the background)")
    p.add_argument("--interval", type=float,
                   help="seconds between checks (default: the watch_interval_s setting)")
    p.add_argument("--once", action="store_true",
                   help="index what is unfinished or changed now, then exit")
    p.add_argument("--json", action="store_true", help="one JSON object per finished sync")
    p.set_defaults(func=run_watch)

    p = subs.add_parser("ask", help="answer a question from a collection, with citations")
    p.add_argument("collection", help="collection name (several: a,b)")
    p.add_argument("question")
    p.add_argument("--k", type=bounded(int, 1), default=5,
                   help="snippets to retrieve (default 5)")
    p.add_argument("--documents-only", action="store_true",
                   help="refuse when the documents do not contain the answer")
    p.add_argument("--model", help="model id (see `hearth models list`)")
    p.add_argument("--conversation", type=int,
                   help="continue this conversation (default: a new one, kept in the history)")
    p.add_argument("--max-tokens", type=sampling("max_tokens", int),
                   help="longest answer in tokens (default: the max_tokens setting)")
    p.add_argument("--seed", type=int, help="sampling seed: the same seed repeats an answer")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_ask)

    p = subs.add_parser("search", help="ranked snippets from a collection (no language model)")
    p.add_argument("collection", help="collection name (several: a,b)")
    p.add_argument("query")
    p.add_argument("--k", type=bounded(int, 1), default=5, help="passages (default 5)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_search)


def _core():
    from app.core.session import Core

    return Core()


def _names(arg: str) -> list[str]:
    return [n.strip() for n in arg.split(",") if n.strip()]


def _index(core, name: str) -> dict:
    """Sync as a job of the shared queue (the window's Jobs page lists it), here in
    the foreground; Ctrl+C stops it with the finished files kept."""
    from app.core.queue.kinds import index as index_jobs

    job = index_jobs.submit(core.jobs, core.documents, name)
    result = with_sigint(lambda control: core.jobs.run(
        job.id, control, StderrProgress("indexing")))
    result.pop("summary", None)
    return result


def run_watch(args: argparse.Namespace) -> int:
    """The core's background work in the foreground: the queued index jobs run here."""
    import time

    from app.core.errors import Cancelled
    from app.core.queue.kinds import index as index_jobs

    core = _core()
    try:
        if args.once:
            core.background.resume_unfinished()
            core.background.check_now()
        else:
            core.start_background(args.interval)
            note("watching; Ctrl+C stops.")

        def loop(control) -> int:
            other = {core.jobs.lane_of(k) for k in core.jobs.kinds()} - {"index"}
            while not control.cancelled:
                job = core.jobs.next_queued(other)
                if job is None or job.kind != index_jobs.KIND:
                    if args.once:
                        return 0
                    time.sleep(0.5)
                    continue
                result = core.jobs.run(job.id, control, StderrProgress("indexing"))
                result.pop("summary", None)
                _show(args, result, _print_report)
            return 130

        try:
            return with_sigint(loop)
        except Cancelled:
            return 130
    finally:
        core.close()


def _print_report(report: dict) -> None:
    print(f"{report['collection']}: indexed {report['indexed']} file(s), "
          f"{report['chunks']} chunk(s), {report['pages']} page(s) in {report['seconds']:.1f} s"
          f" ({report['chunks_per_s']:.1f} chunks/s); {report['unchanged']} unchanged, "
          f"{report['removed']} removed; {report['total_chunks']} chunks in the index.")
    if report["skipped"]:
        print(f"Skipped {len(report['skipped'])} file(s):")
        for item in report["skipped"]:
            print(f"  {item['path']}: {item['reason']}")


def run_add(args: argparse.Namespace) -> int:
    core = _core()
    try:
        core.documents.add(args.collection, args.paths, sync=False,
                           embedding_model=args.embedding_model)
        _show(args, _index(core, args.collection), _print_report)
    finally:
        core.close()
    return 0


def run_sync(args: argparse.Namespace) -> int:
    core = _core()
    try:
        _show(args, _index(core, args.collection), _print_report)
    finally:
        core.close()
    return 0


def _show(args, data, human) -> None:
    if args.json:
        print_json(data)
    else:
        human(data)


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "never"


def run_list(args: argparse.Namespace) -> int:
    core = _core()
    try:
        rows = core.documents.collections()
        if args.json:
            print_json(rows)
        elif not rows:
            print("No collections yet: `hearth docs add NAME FOLDER` creates one.")
        else:
            print(table([[r["name"], r["files"], r["indexed"], r["skipped"] + r["errors"],
                          r["chunks"], r["sync_state"], _when(r["last_sync"])] for r in rows],
                        ["collection", "files", "indexed", "skipped", "chunks", "state",
                         "last sync"]))
    finally:
        core.close()
    return 0


def run_status(args: argparse.Namespace) -> int:
    core = _core()
    try:
        st = core.documents.status(args.collection)
        if args.json:
            print_json(st)
            return 0
        print(f"{st['name']}: {len(st['files'])} file(s), {st['indexed']} indexed, "
              f"{st['skipped'] + st['errors']} skipped, {st['pending']} pending, "
              f"{st['chunks']} chunks; index {st['index_kind'] or 'none'}; "
              f"embedding model {st['embedding_model'] or 'default'}; "
              f"state {st['sync_state']}; last sync {_when(st['last_sync'])}")
        if st["sync_state"] != "idle":
            note("indexing did not finish: `hearth docs sync` resumes it.")
        for src in st["sources"]:
            print(f"  source ({src['kind']}): {src['path']}")
        rows = [[f["path"], f["status"], f["pages"] or "", f["chunks"], f["reason"] or ""]
                for f in st["files"]]
        if rows:
            print(table(rows, ["file", "status", "pages", "chunks", "reason"]))
    finally:
        core.close()
    return 0


def run_rm(args: argparse.Namespace) -> int:
    core = _core()
    try:
        result = core.documents.remove(args.collection, args.paths or None)
        if args.json:
            print_json(result)
        elif result["removed"] == "collection":
            print(f"Removed the collection '{args.collection}' (your files are untouched).")
        else:
            print(f"Removed {len(args.paths)} source(s), {result['files']} file(s) "
                  f"from '{args.collection}'.")
    finally:
        core.close()
    return 0


def run_rename(args: argparse.Namespace) -> int:
    core = _core()
    try:
        coll = core.documents.rename(args.collection, args.new_name)
        if args.json:
            print_json(coll.to_dict())
        else:
            print(f"Renamed '{args.collection}' to '{coll.name}'.")
    finally:
        core.close()
    return 0


def run_search(args: argparse.Namespace) -> int:
    core = _core()
    try:
        snippets = core.documents.search(_names(args.collection), args.query, args.k)
        if args.json:
            print_json([s.citation() | {"rank_score": round(s.rank_score, 5)} for s in snippets])
            return 0
        if not snippets:
            print("Nothing found.")
        for s in snippets:
            text = " ".join(s.text.split())
            print(f"[{s.n}] {s.label()}  score {s.score:.3f}\n    "
                  f"{text[:300]}{'…' if len(text) > 300 else ''}")
    finally:
        core.close()
    return 0


def run_ask(args: argparse.Namespace) -> int:
    core = _core()
    try:
        stream = None if args.json else _print_piece
        if args.conversation is not None:
            core.history.conversation(args.conversation)  # fail early on a bad id
        overrides = {"max_tokens": args.max_tokens, "seed": args.seed}
        result = with_sigint(lambda control: core.chat.ask(
            args.question, args.model, collections=_names(args.collection), k=args.k,
            conversation_id=args.conversation, documents_only=args.documents_only,
            system_prompt=core.settings.get("system_prompt"), on_token=stream,
            control=control, overrides=overrides))
        if args.json:
            print_json(result.to_dict())
            return 0
        if result.refused:
            print(result.answer)
        else:
            sys.stdout.write("\n")
        for c in result.citations:
            text = " ".join(c["text"].split())
            name = Path(c["path"]).name
            scan = " (OCR)" if c.get("ocr") else ""
            print(f"[{c['n']}] {name}, {c['page_unit']} {c['page']}{scan} "
                  f"(score {c['score']:.3f}): "
                  f"{text[:160]}{'…' if len(text) > 160 else ''}")
    finally:
        core.close()
    return 0


def _print_piece(piece: str) -> None:
    sys.stdout.write(piece)
    sys.stdout.flush()
