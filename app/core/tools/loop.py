"""Pieces of the tool-calling loop in the send path (tasks.assistant): what a reply
asked for, the messages a template reads back, and hiding call markup while streaming."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.control import JobControl
from app.core.llm.base import GenerationStats
from app.core.tools.calls import ToolCall, parse_tool_calls, visible_prefix

MAX_ROUNDS = 5  # model turns that may call tools before it must answer


@dataclass
class ToolRound:
    text: str
    calls: list[ToolCall] = field(default_factory=list)

    @classmethod
    def parse(cls, content: str, stats: GenerationStats, known: set[str],
              control: JobControl | None) -> ToolRound:
        """The calls in a finished reply; none when tools are off or the reply was cut
        short (stopped, or out of tokens mid-call)."""
        if not known or stats.finish_reason == "cancelled" or (
                control is not None and control.cancelled):
            return cls(content)
        text, calls = parse_tool_calls(content, known)
        return cls(text, calls)


def tool_message(record: dict[str, Any], text: str) -> dict[str, Any]:
    """A tool result as chat templates and OpenAI-compatible servers read it."""
    return {"role": "tool", "content": text, "tool_call_id": record.get("id", ""),
            "name": record.get("name", "")}


def prompt_messages(history: list[dict[str, Any]], tools: bool) -> list[dict[str, Any]]:
    """History for a model with tools as it is; for one without, tool results and calls
    are left out (its template may reject the 'tool' role)."""
    if tools:
        return history
    out = []
    for m in history:
        if m["role"] == "tool":
            continue
        if "tool_calls" in m:
            if not m["content"].strip():
                continue
            m = {"role": m["role"], "content": m["content"]}
        out.append(m)
    return out


def stream_filter(on_token: Callable[[str], None]) -> Callable[[str], None]:
    """Pass streamed text on, but not a tool call's markup (from its marker on)."""
    state = {"text": "", "shown": 0}

    def show(piece: str) -> None:
        state["text"] += piece
        upto = visible_prefix(state["text"])
        if upto > state["shown"]:
            on_token(state["text"][state["shown"]:upto])
            state["shown"] = upto

    return show
