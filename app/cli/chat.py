"""`hearth chat`: one streamed turn (or an interactive session with no message)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.approval import approver
from app.cli.args import sampling
from app.cli.output import note, print_json, with_sigint
from app.core.errors import HearthError
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("chat", help="chat with a model (streams the reply)")
    p.add_argument("message", nargs="?", help="your message; omit for an interactive session")
    p.add_argument("--model", help="model id (see `hearth models list`)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--conversation", type=int, help="continue this conversation")
    group.add_argument("--new", action="store_true", help="start a new conversation (default)")
    p.add_argument("--system", help="system prompt for this conversation")
    p.add_argument("--max-tokens", type=sampling("max_tokens", int),
                   help="longest reply in tokens (default: the max_tokens setting)")
    p.add_argument("--temperature", type=sampling("temperature"), help="0 to 2")
    p.add_argument("--seed", type=int, help="sampling seed: the same seed repeats a reply")
    p.add_argument("--json", action="store_true", help="print one JSON object at the end "
                   "(a reasoning model's thinking in its `reasoning` field)")
    p.add_argument("--attach", action="append", metavar="FILE", default=[],
                   help="send a file with this message (whole if it fits, else indexed "
                   "into the conversation's own collection and cited); repeatable")
    p.add_argument("--hide-reasoning", action="store_true",
                   help="do not stream a reasoning model's thinking to stderr")
    p.add_argument("--yes", action="store_true",
                   help="allow every tool call without asking (MCP tools are asked for "
                        "on the terminal otherwise)")
    p.set_defaults(func=run)


def _turn(core: Core, args: argparse.Namespace, conversation_id: int | None, text: str,
          model_id: str) -> dict:
    """One turn through the send path the window uses (attached collections included)."""
    if conversation_id is None:
        system = args.system if args.system is not None else core.settings.get("system_prompt")
        conv = core.chat.start(text, model_id, system)
    else:
        conv = core.history.conversation(conversation_id)
        if args.system is not None:
            conv = core.history.update_conversation(conv.id, system_prompt=args.system)
    stream = None if args.json else _print_piece
    overrides = {"max_tokens": args.max_tokens, "temperature": args.temperature,
                 "seed": args.seed}
    approve = approver(args.yes, stdin_free=getattr(args, "stdin_free", True))
    thinking = None if args.json or args.hide_reasoning else _print_thought
    result = with_sigint(lambda control: core.chat.send(
        conv.id, text, model_id, on_token=stream, control=control, overrides=overrides,
        on_reasoning=thinking, attachments=args.attach or None, approve=approve))
    args.attach = []  # an interactive session sends them with the first message only
    for line in result.notes:
        note(line)
    if not args.json:
        for t in result.tools:
            shown = " ".join(t.text.split())
            print(f"\n[tool {t.call.name} ({t.server}): {t.status}] "
                  f"{shown[:160]}{'…' if len(shown) > 160 else ''}", file=sys.stderr)
    # the snippets of the conversation's attached collections that the reply drew on
    citations = core.asker.citations_of(result.reply.id)
    if not args.json:
        sys.stdout.write("\n")
        for c in citations:
            text = " ".join(c["text"].split())
            print(f"[{c['n']}] {Path(c['path']).name}, page {c['page']}: "
                  f"{text[:120]}{'…' if len(text) > 120 else ''}")
        sys.stdout.flush()
        if result.reply.status == "stopped":
            note("stopped; the partial reply is kept in the history.")
        elif result.stats.finish_reason == "length":  # else it reads as a finished reply
            note(f"the reply was cut off at the {result.stats.completion_tokens}-token limit; "
                 "allow more with --max-tokens N (or `hearth models settings ID "
                 "max_tokens=N`).")
    return {**result.to_dict(), "citations": citations}


def _print_thought(piece: str) -> None:
    """A reasoning model's thinking goes to stderr (dim on a terminal), apart from the
    answer on stdout."""
    dim = sys.stderr.isatty()
    sys.stderr.write(f"\x1b[2m{piece}\x1b[0m" if dim else piece)
    sys.stderr.flush()


def _print_piece(piece: str) -> None:
    sys.stdout.write(piece)
    sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    core = Core()
    try:
        model_id = args.model or core.runtime.default_id()
        if not core.runtime.remotes.is_remote(model_id):
            core.catalog.get(model_id)  # fail early on a bad model, before any conversation
        if args.conversation is not None:
            core.history.conversation(args.conversation)  # fail early on a bad id
        text = args.message
        args.stdin_free = True  # stdin can still answer tool approvals
        if text is None and not sys.stdin.isatty():
            text = sys.stdin.read()
            args.stdin_free = False
        if text is not None:
            result = _turn(core, args, args.conversation, text, model_id)
            if args.json:
                print_json(result)
            return 130 if result["status"] == "stopped" else 0
        return _interactive(core, args, model_id)
    finally:
        core.close()


def _interactive(core: Core, args: argparse.Namespace, model_id: str) -> int:
    print(f"Hearth chat with {model_id}. Ctrl+C stops a reply; Ctrl+D or /quit leaves.",
          file=sys.stderr)
    conversation_id = args.conversation
    while True:
        try:
            text = input("\nyou> ")
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return 0
        if text.strip() in ("/quit", "/exit"):
            return 0
        if not text.strip():
            continue
        sys.stdout.write("hearth> ")
        try:
            result = _turn(core, args, conversation_id, text, model_id)
        except HearthError as exc:
            print(f"error: {exc}", file=sys.stderr)
            continue
        conversation_id = result["conversation_id"]
