"""Tool calls in a model's output, in the formats current chat templates teach:

- Qwen / Hermes: `<tool_call>{"name": ..., "arguments": {...}}</tool_call>` (one or more)
- Llama 3.1+: the reply is one JSON object `{"name": ..., "parameters": {...}}`
  (after `<|python_tag|>` when that token is printed), or several joined by `;`
- Mistral: `[TOOL_CALLS][{"name": ..., "arguments": {...}}, ...]` or
  `[TOOL_CALLS]name[ARGS]{...}`
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

_HERMES = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.S)
_MISTRAL = "[TOOL_CALLS]"
# where a call may begin: text from here on is not shown to the user while streaming
MARKERS = ("<tool_call>", _MISTRAL, "<|python_tag|>")


@dataclass
class ToolCall:
    name: str
    arguments: dict[str, Any]
    id: str = field(default_factory=lambda: "call_" + uuid.uuid4().hex[:12])

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "arguments": self.arguments}

    def to_message(self) -> dict[str, Any]:
        """The OpenAI shape that templates (and OpenAI-compatible servers) read back."""
        return {"id": self.id, "type": "function",
                "function": {"name": self.name, "arguments": self.arguments}}


def as_call(obj: Any) -> ToolCall | None:
    """A call from its JSON object ({"name", "arguments" or "parameters"}), or None."""
    if not isinstance(obj, dict):
        return None
    if isinstance(obj.get("function"), dict):  # {"type": "function", "function": {...}}
        obj = obj["function"]
    name = obj.get("name")
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):  # OpenAI sends arguments as a JSON string
        try:
            args = json.loads(args or "{}")
        except json.JSONDecodeError:
            return None
    if not isinstance(name, str) or not name or not isinstance(args, dict):
        return None
    return ToolCall(name, args)


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def parse_tool_calls(text: str, known: set[str] | None = None) -> tuple[str, list[ToolCall]]:
    """The text meant for the user and the tool calls in `text`. A bare JSON object
    (Llama's format) counts as a call only when it names a tool in `known`."""
    if "<tool_call>" in text:
        calls = [c for c in (as_call(_loads(m)) for m in _HERMES.findall(text)) if c]
        return text[:text.index("<tool_call>")].strip(), calls
    if _MISTRAL in text:
        before, _, rest = text.partition(_MISTRAL)
        rest = rest.strip()
        if "[ARGS]" in rest:
            name, _, args = rest.partition("[ARGS]")
            call = as_call({"name": name.strip(), "arguments": _loads(args.strip())})
            return before.strip(), [call] if call else []
        found = _loads(rest)
        found = found if isinstance(found, list) else [found]
        return before.strip(), [c for c in map(as_call, found) if c]
    body = text.replace("<|python_tag|>", "").strip()
    if body.startswith("{") and known:
        calls = [as_call(_loads(part)) for part in body.split(";")]
        if calls and all(c and c.name in known for c in calls):
            return "", calls  # type: ignore[return-value]
    return text, []


def visible_prefix(text: str) -> int:
    """How much of streamed `text` can be shown now: up to a tool-call marker, holding
    back a tail that may be the start of one."""
    for marker in MARKERS:
        at = text.find(marker)
        if at >= 0:
            return at
    for n in range(min(len(text), max(map(len, MARKERS))), 0, -1):
        if any(m.startswith(text[-n:]) for m in MARKERS):
            return len(text) - n
    return len(text)
