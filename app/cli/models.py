"""`hearth models`: installed models (the model manager issue adds hub commands)."""

from __future__ import annotations

import argparse

from app.cli.output import human_bytes, print_json, table
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("models", help="installed models, hub search and downloads")
    ms = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    ls = ms.add_parser("list", help="installed models with their GGUF metadata")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    core = Core()
    entries = [e.to_dict() for e in core.catalog.entries()]
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        print("No models installed. Run the set-up (python3 bootstrap.py) or "
              "`hearth models pull REPO FILE`.")
        return 0
    rows = []
    for m in entries:
        params = m.get("parameters")
        rows.append([m["id"], m.get("architecture", "?"),
                     f"{params / 1e6:.0f}M" if params else "?", m.get("quantization", "?"),
                     m.get("context_length", "?"), human_bytes(m["size"]), m["source"],
                     m["error"] or ""])
    print(table(rows, ["id", "arch", "params", "quant", "ctx", "size", "source", "problem"]))
    return 0
