"""`hearth models`: installed models, hub search, fit check, downloads, import."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from app.cli.args import bounded
from app.cli.output import StderrProgress, human_bytes, note, print_json, table, with_sigint
from app.core.errors import Cancelled, HearthError
from app.core.queue.kinds import download as download_jobs
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("models", help="installed models, hub search and downloads")
    ms = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)

    def add(name: str, func, help: str) -> argparse.ArgumentParser:
        sp = ms.add_parser(name, help=help)
        sp.add_argument("--json", action="store_true", help="machine-readable output")
        sp.set_defaults(func=func)
        return sp

    add("list", cmd_list, "installed models with their GGUF metadata and fit")
    sp = add("recommended", cmd_recommended, "a short list of current models, small to large, "
             "with the quantization for this machine")
    sp.add_argument("--offline", action="store_true",
                    help="do not ask the hub which entries still exist")
    sp.add_argument("--refresh", action="store_true", help="ask the hub again now")
    sp = add("search", cmd_search, "search the hub for GGUF models")
    sp.add_argument("query")
    sp.add_argument("--sort", choices=["downloads", "likes", "updated"], default="downloads",
                    help="order of the results (default: downloads)")
    sp.add_argument("--limit", type=bounded(int, 1), default=20,
                    help="at most N repos (default 20)")
    sp = add("files", cmd_files, "a repo's GGUF files with size, sha256, quantization, fit")
    sp.add_argument("repo")
    sp.add_argument("--revision", help="a branch, tag or commit of the repo (default: main)")
    sp = add("pull", cmd_pull, "download a GGUF file (resumes; verified; registered), or "
             "with --embedding a sentence-transformers model for document collections")
    sp.add_argument("repo")
    sp.add_argument("file", nargs="?", help="the GGUF file (not with --embedding)")
    sp.add_argument("--embedding", action="store_true",
                    help="REPO is a sentence-transformers embedding model: download all its "
                         "files (then `hearth docs add NAME PATH --embedding-model REPO`)")
    sp.add_argument("--revision", help="a branch, tag or commit of the repo (default: main)")
    sp.add_argument("--retries", type=bounded(int, 0), default=5,
                    help="reconnect this many times in a row without progress (default 5)")
    sp = add("import", cmd_import, "register a local .gguf file, or every one in a folder")
    sp.add_argument("path")
    sp.add_argument("--link", action="store_true",
                    help="register the file where it is instead of copying it")
    sp = add("rm", cmd_rm, "delete a downloaded or imported model")
    sp.add_argument("id")
    sp = add("default", cmd_default, "set the default chat model")
    sp.add_argument("id")
    sp = add("settings", cmd_settings, "show or set a model's own settings (KEY=VALUE)")
    sp.add_argument("id")
    sp.add_argument("values", nargs="*", metavar="KEY=VALUE",
                    help="e.g. n_ctx=8192 n_gpu_layers=20 temperature=0.7; KEY= clears it")
    sp = add("token", cmd_token, "set or clear the hub token used for gated repos")
    sp.add_argument("action", choices=["set", "clear", "status"])
    sp.add_argument("token", nargs="?", help="the token (read from stdin when left out)")
    _register_remote(ms)


def _register_remote(ms: argparse._SubParsersAction) -> None:
    p = ms.add_parser("remote", help="models on OpenAI-compatible servers (vLLM, llama-server)")
    rs = p.add_subparsers(dest="remote_command", metavar="ACTION", required=True)
    sp = rs.add_parser("add", help="add a server; its models become NAME/<model>")
    sp.add_argument("name", help="a short name, e.g. gpu-box")
    sp.add_argument("--url", required=True, help="e.g. http://gpu-box:8000/v1")
    sp.add_argument("--api-key", help="the server's key ('-' reads it from stdin)")
    sp.add_argument("--timeout", type=bounded(float, 1),
                    help="seconds to wait for the server (default 120)")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp.set_defaults(func=cmd_remote_add)
    sp = rs.add_parser("list", help="servers and their models (read again from each server)")
    sp.add_argument("name", nargs="?", help="only this server")
    sp.add_argument("--offline", action="store_true", help="show the last lists, ask no server")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp.set_defaults(func=cmd_remote_list)
    sp = rs.add_parser("rm", help="forget a server and its key")
    sp.add_argument("name")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp.set_defaults(func=cmd_remote_rm)


def _fit_label(fit: dict | None) -> str:
    if not fit:
        return "?"
    return fit["label"] + (" (est.)" if fit.get("estimated") else "")


def cmd_list(args: argparse.Namespace) -> int:
    core = Core()
    entries = core.models.installed()
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        print("No models installed. Run the set-up (python3 bootstrap.py) or "
              "`hearth models pull REPO FILE`.")
        return 0
    rows = []
    for m in entries:
        if m["source"] == "remote":
            rows.append([("* " if m["default"] else "  ") + m["id"], "-", "-", "-",
                         m["context_length"], "-", f"remote {m['where']}", "-", ""])
            continue
        params = m.get("parameters")
        rows.append([("* " if m["default"] else "  ") + m["id"], m.get("architecture", "?"),
                     f"{params / 1e6:.0f}M" if params else "?", m.get("quantization", "?"),
                     m.get("context_length", "?"), human_bytes(m["size"]), m["source"],
                     _fit_label(m.get("fit")), m["error"] or ""])
    print(table(rows, ["  id", "arch", "params", "quant", "ctx", "size", "source", "fit",
                       "problem"]))
    sys.stdout.flush()  # the notes below go to stderr: keep them after the table
    for left in core.models.unfinished():
        note(f"unfinished download: {left['repo']} {left['filename']} "
             f"({human_bytes(left['saved'])} of {human_bytes(left['size'])}); "
             f"`hearth models pull {left['repo']} {left['filename']}` continues it.")
    return 0


def cmd_recommended(args: argparse.Namespace) -> int:
    items = Core().models.recommended(check_hub=not args.offline, refresh=args.refresh)
    if args.json:
        print_json(items)
        return 0
    rows = [[r["repo"], r["quant"], r["parameters"], "~" + human_bytes(r["approx_size"]),
             r["license"], _fit_label(r["fit"]), r["note"]] for r in items]
    print(table(rows, ["repo", "quant", "params", "size", "licence", "fit", "note"]))
    if any(r.get("hub") == "unchecked" for r in items):
        note("the hub could not be reached: entries are shown unchecked.")
    print("\nSee a repo's files with `hearth models files REPO`, "
          "then `hearth models pull REPO FILE`.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    found = Core().models.search(args.query, args.sort, args.limit)
    if args.json:
        print_json([r.to_dict() for r in found])
        return 0
    if not found:
        print(f"No GGUF repos match {args.query!r}.")
        return 0
    rows = [[r.id, r.downloads, r.likes, r.last_modified, "gated" if r.gated else ""]
            for r in found]
    print(table(rows, ["repo", "downloads", "likes", "updated", ""]))
    return 0


def cmd_files(args: argparse.Namespace) -> int:
    core = Core()
    listing = core.models.files(args.repo, args.revision)
    best = core.models.best_fit(listing)
    saved = core.models.partial(listing)
    if args.json:
        print_json({"repo": listing.repo, "revision": listing.revision, "gated": listing.gated,
                    "best_fit": best,
                    "files": [{**f.to_dict(), "partial_bytes": saved.get(f.name, 0)}
                              for f in listing.files]})
        return 0
    if not listing.files:
        print(f"{listing.repo} has no GGUF files.")
        return 0
    rows = []
    for f in listing.files:
        fit = f.fit.to_dict() if f.fit else None
        name = f.name + (f" ({len(f.parts)} parts)" if f.split else "")
        part = saved.get(f.name, 0)
        rows.append([name, human_bytes(f.size) if f.size else "?", f.quantization or "?",
                     "projector" if f.projector else _fit_label(fit),
                     (f.sha256 or "")[:12], f"{human_bytes(part)} saved" if part else ""])
    print(table(rows, ["file", "size", "quant", "fit", "sha256", ""]))
    if best:
        print(f"\nLargest that fits this machine: {best}")
    if listing.gated:
        note("this repo is gated: set your token with `hearth models token set` to download.")
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    """Run the download as a job of the shared queue, in the foreground: the window's
    Jobs page shows it, and after Ctrl+C (or a kill) the same command continues it."""
    if args.embedding:
        return _pull_embedding(args)
    if not args.file:
        raise HearthError("Which file? A GGUF repo holds several.",
                          f"Run `hearth models files {args.repo}` to list them, or add "
                          "--embedding for a sentence-transformers model.")
    core = Core()
    progress = StderrProgress(args.file)
    core.models.pull_retries = args.retries
    try:
        job = download_jobs.submit(core.jobs, args.repo, args.file, args.revision)
        result = dict(with_sigint(lambda control: core.jobs.run(job.id, control, progress)))
    except Cancelled:
        print("\nStopped. What was downloaded is kept: run the same command to continue.",
              file=sys.stderr)
        return 130
    finally:
        core.close()
    result.pop("summary", None)  # the job's one line for the Jobs page
    for line in result.get("notes") or []:
        note(line)
    if args.json:
        print_json(result)
        return 0
    how = "already downloaded" if result["already_installed"] else (
        f"resumed from {human_bytes(result['resumed_from'])}" if result["resumed_from"] else
        "downloaded")
    print(f"{result['model_id']}: {human_bytes(result['size'])} {how}, sha256 verified, "
          f"fit: {(result.get('fit') or {}).get('label', '?')}.")
    print(f"Chat with it: hearth chat --model {result['model_id']}")
    return 0


def _pull_embedding(args: argparse.Namespace) -> int:
    """Every file of a sentence-transformers repo, verified, in the foreground; after
    Ctrl+C the same command resumes it."""
    from app.core.models.embedding_pull import pull_embedding

    try:
        result = with_sigint(lambda control: pull_embedding(
            args.repo, control, StderrProgress(args.repo), revision=args.revision,
            retries=args.retries))
    except Cancelled:
        print("\nStopped. What was downloaded is kept: run the same command to continue.",
              file=sys.stderr)
        return 130
    if args.json:
        print_json(result.to_dict())
        return 0
    print(f"{result.repo}: {result.files} files, {human_bytes(result.size)}, verified, in "
          f"{result.path}.")
    print(f"Use it: hearth docs add NAME FOLDER --embedding-model {result.repo}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    core = Core()
    mode = "link" if args.link else "copy"
    entries = core.models.import_path(args.path, mode, progress=StderrProgress("import"))
    if args.json:
        print_json([e.to_dict() for e in entries])
        return 0
    for e in entries:
        print(f"{e.id}: {e.path} ({'linked' if args.link else 'copied'})")
    return 0


def cmd_rm(args: argparse.Namespace) -> int:
    removed = Core().models.remove(args.id)
    if args.json:
        print_json(removed.__dict__)
        return 0
    msg = f"Removed {removed.model_id}; {human_bytes(removed.freed_bytes)} freed."
    if removed.kept:
        msg += f" The linked file was left at {removed.kept}."
    print(msg)
    return 0


def cmd_default(args: argparse.Namespace) -> int:
    model_id = Core().models.set_default(args.id)
    if args.json:
        print_json({"default_model": model_id})
    else:
        print(f"Default model: {model_id}")
    return 0


def _parse_value(text: str):
    if text == "":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def cmd_settings(args: argparse.Namespace) -> int:
    core = Core()
    values = {}
    for item in args.values:
        key, sep, value = item.partition("=")
        if not sep:
            raise HearthError(f"{item!r} is not KEY=VALUE.", "Write e.g. n_ctx=8192.")
        values[key.strip()] = _parse_value(value.strip())
    current = (core.models.update_settings(args.id, values) if values
               else core.catalog.get(args.id).settings or {})
    if args.json:
        print_json(current)
    elif not current:
        print(f"{args.id} uses the global settings.")
    else:
        for key, value in sorted(current.items()):
            print(f"{key} = {json.dumps(value)}")
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    core = Core()
    if args.action == "status":
        has = core.models.has_token()
        if args.json:
            print_json({"token_set": has})
        else:
            print("A hub token is set." if has else "No hub token is set.")
        return 0
    if args.action == "clear":
        cleared = core.models.clear_token()
        print("Hub token removed." if cleared else "No hub token was set.")
        return 0
    token = args.token
    if token is None:
        token = getpass.getpass("Hub token: ") if sys.stdin.isatty() else sys.stdin.readline()
    path = core.models.set_token(token)
    print(f"Hub token saved (readable by you only: {path}).")
    return 0


def cmd_remote_add(args: argparse.Namespace) -> int:
    core = Core()
    key = args.api_key
    if key == "-":
        key = getpass.getpass("API key: ") if sys.stdin.isatty() else sys.stdin.readline()
    server = core.runtime.remotes.add(args.name, args.url, key, args.timeout)
    if args.json:
        print_json(server)
        return 0
    models = server["models"]
    print(f"Added {server['name']} ({server['url']}) with {len(models)} model(s)"
          + (", API key stored readable by you only." if server["api_key_set"] else "."))
    for m in models:
        print(f"  {m['id']}  (context {m['n_ctx'] or 'not stated: n_ctx setting'})")
    if models:
        print(f"Chat with one: hearth chat --model {models[0]['id']}")
    return 0


def cmd_remote_list(args: argparse.Namespace) -> int:
    remotes = Core().runtime.remotes
    names = [args.name] if args.name else remotes.names()
    if args.name:
        remotes.server(args.name)  # a clear error for an unknown name
    servers = [remotes.describe(n) if args.offline else remotes.refresh(n) for n in names]
    if args.json:
        print_json(servers)
        return 0
    if not servers:
        print("No remote servers. Add one: hearth models remote add NAME --url URL")
        return 0
    for server in servers:
        key = "key set" if server["api_key_set"] else "no key"
        print(f"{server['name']}  {server['url']}  ({key})")
        if server["problem"]:
            print(f"  unreachable: {server['problem']} (showing its last list)")
        rows = [[m["id"], m["n_ctx"] or f"{remotes.n_ctx(m['id'])} (setting)"]
                for m in server["models"]]
        if rows:
            print("\n".join("  " + line for line in table(rows, ["model", "context"]).splitlines()))
    return 0


def cmd_remote_rm(args: argparse.Namespace) -> int:
    gone = Core().runtime.remotes.remove(args.name)
    if args.json:
        print_json(gone)
    else:
        print(f"Removed {gone['name']} ({gone['url']}) and its key.")
    return 0
