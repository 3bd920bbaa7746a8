"""Hearth's command line: a thin layer over app.core (`--json` everywhere).

Each sub-module registers its commands; errors end with one actionable line on
stderr and a non-zero exit (a traceback only with --debug).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import traceback

from app.core.errors import Cancelled, HearthError
from app.core.store.failures import explain

COMMAND_MODULES = ("chat", "history", "models", "doctor", "files", "docs", "jobs", "serve",
                   "backup", "tools")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="hearth",
        description="Hearth: a private AI assistant. With no command, opens the window.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and llama.cpp logs")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}").register(subs)
    _explain_json(parser)
    return parser


def _explain_json(parser: argparse.ArgumentParser) -> None:
    """Every command's --json means the same: say so where a command left it bare."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _explain_json(sub)
        elif "--json" in action.option_strings and not action.help:
            action.help = "print the result as JSON (errors still go to stderr, one line)"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.debug:
        os.environ["HEARTH_DEBUG"] = "1"
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except Cancelled:
        print("Stopped.", file=sys.stderr)
        return 130
    except HearthError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except (sqlite3.Error, OSError) as exc:
        # A full disk, a locked or damaged database, a read-only data folder:
        # one line that says what to do (nothing saved before is lost).
        problem = explain(exc)
        if problem is None and isinstance(exc, OSError) and exc.filename:
            # a path the user gave (an -o FILE in a missing folder, say): name it
            if args.debug:
                traceback.print_exc()
            print(f"error: {exc.strerror or exc}: {exc.filename}. Check the path and try "
                  "again.", file=sys.stderr)
            return 1
        if problem is None:
            raise
        if args.debug:
            traceback.print_exc()
        print(f"error: {problem}", file=sys.stderr)
        return problem.exit_code
