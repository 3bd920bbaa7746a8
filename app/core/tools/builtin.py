"""Tools that need no server: searching the attached collections, the date and time,
and a calculator. They run without asking: they read nothing the user has not
given Hearth already and change nothing."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from simpleeval import SimpleEval

from app.core.tools.registry import ToolSpec

SERVER = "hearth"  # the "server" built-in tools are listed under

_FUNCTIONS: dict[str, Callable[..., Any]] = {
    name: getattr(math, name) for name in (
        "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "log", "log10", "log2",
        "exp", "floor", "ceil", "factorial", "radians", "degrees", "hypot")
}
_FUNCTIONS.update(abs=abs, round=round, min=min, max=max)


def calculate(expression: str) -> str:
    """Evaluate arithmetic safely: simpleeval walks the syntax tree (no eval()), allows
    only numbers, operators and the math functions above, and caps huge powers."""
    constants = {"pi": math.pi, "e": math.e, "tau": math.tau}
    evaluator = SimpleEval(functions=_FUNCTIONS, names=constants)
    try:
        value = evaluator.eval(expression)
    except Exception as exc:  # noqa: BLE001 - any bad expression is the model's error to fix
        raise ValueError(f"cannot calculate {expression!r}: {exc}") from exc
    if not isinstance(value, (int, float)):
        raise ValueError(f"{expression!r} is not arithmetic")
    return str(value)


def now() -> str:
    current = datetime.now().astimezone()
    return current.strftime("%A %d %B %Y, %H:%M:%S %Z (UTC%z)") + f"; ISO {current.isoformat()}"


def specs() -> list[ToolSpec]:
    return [
        ToolSpec(SERVER, "current_datetime", "The current local date, time and time zone.",
                 {"type": "object", "properties": {}}),
        ToolSpec(SERVER, "calculator",
                 "Evaluate an arithmetic expression (+ - * / // % **, sqrt, sin, log, pi, ...).",
                 {"type": "object", "properties": {
                     "expression": {"type": "string", "description": "e.g. (3 + 4) * 2**10"}},
                  "required": ["expression"]}),
        ToolSpec(SERVER, "search_documents",
                 "Search the user's document collections attached to this conversation "
                 "(all collections when none is attached); cite results as [n].",
                 {"type": "object", "properties": {
                     "query": {"type": "string", "description": "what to look for"}},
                  "required": ["query"]}),
    ]


def functions(documents: Any) -> dict[str, Callable[..., Any]]:
    """The built-in tools' code; `documents` is the core's Documents service."""
    from app.core.docs.snippets import format_snippets
    from app.core.tools.registry import ToolOutcome

    def search_documents(query: str, context: dict[str, Any], **_: Any) -> ToolOutcome | str:
        conversation_id = context.get("conversation_id")
        names = [c.name for c in documents.attached(conversation_id)] if conversation_id else []
        names = names or [c["name"] for c in documents.collections()]
        if not names:
            return "There are no document collections (add some in Documents)."
        start = int(context.get("citations", 0))  # numbers go on across searches of a turn
        found = documents.search(names, query, 5)
        text, used = format_snippets(found, lambda t: len(t) // 4, 1500)
        if not used:
            return f"Nothing in {', '.join(names)} matches {query!r}."
        for s in used:
            text = text.replace(f"[{s.n}] ", f"[{s.n + start}] ", 1)
            s.n += start
        context["citations"] = start + len(used)
        return ToolOutcome(None, SERVER, "ok", text, len(text),  # type: ignore[arg-type]
                           extra={"snippets": used})

    return {
        "current_datetime": lambda context, **_: now(),
        "calculator": lambda expression="", context=None, **_: calculate(str(expression)),
        "search_documents": search_documents,
    }
