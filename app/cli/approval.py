"""Asking the user on the terminal before an MCP tool runs (`hearth chat`)."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from app.cli.output import note
from app.core.tools.calls import ToolCall
from app.core.tools.registry import Approver, Decision, ToolSpec

ANSWERS: dict[str, Decision] = {"y": "once", "yes": "once", "a": "always", "always": "always",
                                "n": "deny", "no": "deny", "": "deny"}


def describe(call: ToolCall, spec: ToolSpec) -> str:
    args = json.dumps(call.arguments, ensure_ascii=False)
    if len(args) > 400:
        args = args[:400] + "…"
    return (f"\nThe model wants to call the tool '{spec.name}' of the MCP server "
            f"'{spec.server}' with {args}\n")


def approver(allow_all: bool, stdin_free: bool = True) -> Approver:
    """`--yes`: allow all. Otherwise ask on stdin (when it did not carry the message) or
    on the controlling terminal; with neither, the call is denied and we say how to allow."""
    if allow_all:
        return lambda call, spec: "once"

    def ask(call: ToolCall, spec: ToolSpec) -> Decision:
        sys.stdout.flush()
        question = describe(call, spec) + "Allow it? [y]es once, [a]lways for this tool, [N]o: "
        if stdin_free:
            return _ask(question, sys.stdin, sys.stderr)
        try:
            with open("/dev/tty", "r+", encoding="utf-8") as tty:
                return _ask(question, tty, tty)
        except OSError:
            note(f"no terminal to ask on: the call of '{spec.name}' was denied "
                 "(run with --yes to allow tool calls).")
            return "deny"

    return ask


def _ask(question: str, inp: TextIO, out: TextIO) -> Decision:
    while True:
        out.write(question)
        out.flush()
        line = inp.readline()
        if not line:  # end of input: nobody to say yes
            out.write("\n")
            return "deny"
        answer = ANSWERS.get(line.strip().lower())
        if answer is not None:
            return answer
        out.write("Please answer y, a or n.\n")
