"""`hearth history`: list, show, search, export and delete conversations."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from app.cli.args import bounded
from app.cli.output import print_json, table
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("history", help="your conversations")
    hs = p.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    ls = hs.add_parser("list", help="conversations, newest first")
    ls.add_argument("--limit", type=bounded(int, 0), default=0,
                    help="show at most N conversations (default 0: all)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    show = hs.add_parser("show", help="one conversation with its messages")
    show.add_argument("id", type=int)
    show.add_argument("--all-versions", action="store_true",
                      help="every version of regenerated replies and edited questions")
    show.add_argument("--reasoning", action="store_true", help="a reasoning model's thinking")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    pick = hs.add_parser("pick", help="show this version of a message (the conversation "
                         "continues from it); ids from `history show --all-versions`")
    pick.add_argument("message_id", type=int)
    pick.add_argument("--json", action="store_true")
    pick.set_defaults(func=cmd_pick)
    search = hs.add_parser("search", help="full-text search over all messages")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)
    export = hs.add_parser("export", help="export a conversation as Markdown or JSON")
    export.add_argument("id", type=int)
    export.add_argument("--format", choices=["md", "json"], default="md",
                        help="Markdown (default) or JSON")
    export.add_argument("-o", "--output", type=Path,
                        help="write to this file (default: print it)")
    export.add_argument("--all-versions", action="store_true",
                        help="every version, not only those shown")
    export.add_argument("--reasoning", action="store_true",
                        help="include a reasoning model's thinking in Markdown")
    export.set_defaults(func=cmd_export)
    rm = hs.add_parser("rm", help="delete a conversation")
    rm.add_argument("id", type=int)
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(func=cmd_rm)


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def cmd_list(args: argparse.Namespace) -> int:
    core = Core()
    convs = core.history.conversations(limit=args.limit or None)
    if args.json:
        print_json([c.to_dict() for c in convs])
    elif convs:
        print(table([[c.id, _when(c.updated), c.model or "", c.title] for c in convs],
                    ["id", "updated", "model", "title"]))
    else:
        print("No conversations yet. Start one with `hearth chat \"...\"`.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    core = Core()
    conv = core.history.conversation(args.id)
    msgs = core.history.messages(conv.id, all_versions=args.all_versions)
    if args.json:
        print_json({"conversation": conv.to_dict(), "messages": [m.to_dict() for m in msgs]})
        return 0
    print(f"# {conv.title}  (id {conv.id}, {_when(conv.created)})")
    for m in msgs:
        status = "" if m.status == "complete" else f" [{m.status}]"
        if m.versions > 1:
            shown = ", shown" if args.all_versions and m.active else ""
            status += f" (version {m.version}/{m.versions}{shown}, message {m.id})"
        print(f"\n{m.role}{status}:")
        if m.reasoning and args.reasoning:
            print(f"[thought for {m.reasoning_s or 0:.0f} s]\n{m.reasoning}\n[/thought]")
        print(m.content)
    return 0


def cmd_pick(args: argparse.Namespace) -> int:
    core = Core()
    msg = core.history.show_version(args.message_id)
    if args.json:
        print_json(msg.to_dict())
    else:
        print(f"Conversation {msg.conversation_id} now shows version {msg.version}/"
              f"{msg.versions} of message {msg.id}.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    core = Core()
    hits = core.history.search(args.text)
    if args.json:
        print_json(hits)
    elif hits:
        print(table([[h["conversation_id"], h["message_id"], h["role"], h["title"], h["snippet"]]
                     for h in hits], ["conv", "msg", "role", "title", "match"]))
    else:
        print("No messages match.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    core = Core()
    text = core.history.export(args.id, args.format, all_versions=args.all_versions,
                               reasoning=args.reasoning)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"Wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text + "\n")
    return 0


def cmd_rm(args: argparse.Namespace) -> int:
    core = Core()
    core.history.delete(args.id)
    if args.json:
        print_json({"deleted": args.id})
    else:
        print(f"Deleted conversation {args.id}.")
    return 0
