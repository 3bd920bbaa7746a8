"""The toolbox: which tools a model is offered (built-in ones and those of the MCP
servers in `mcp.json`, minus those switched off), who must approve a call, and
running a call within its limits (time, result size).

Settings kept: `tools_off` (["server/tool", ...] switched off; "server/*" for a
whole server) and `tools_always` (["server/tool", ...] the user allowed always).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.core import messages
from app.core.config import Settings
from app.core.errors import HearthError
from app.core.messages import Msg
from app.core.tools.calls import ToolCall
from app.core.tools.mcp_client import McpClient, ServerConfig, ToolFailed

log = logging.getLogger(__name__)
CALL_TIMEOUT_S = 60.0
RESULT_CHARS = 8_000  # what a result may put into the prompt; the rest is cut, and said so
Decision = Literal["once", "always", "deny"]


@dataclass
class ToolSpec:
    server: str
    name: str
    description: str
    parameters: dict[str, Any]
    enabled: bool = True

    @property
    def key(self) -> str:
        return f"{self.server}/{self.name}"

    def declaration(self) -> dict[str, Any]:
        """The OpenAI / chat-template shape (`tools` variable, `tools` request field)."""
        return {"type": "function", "function": {
            "name": self.name, "description": self.description,
            "parameters": self.parameters or {"type": "object", "properties": {}}}}


@dataclass
class ToolOutcome:
    call: ToolCall
    server: str
    status: str  # ok | denied | error
    text: str  # what the model reads
    full_chars: int = 0
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. snippets of a document search

    def record(self) -> dict[str, Any]:
        return {**self.call.to_dict(), "server": self.server, "status": self.status,
                "full_chars": self.full_chars}


Approver = Callable[[ToolCall, ToolSpec], Decision]


def cap(text: str, limit: int = RESULT_CHARS) -> str:
    if len(text) <= limit:
        return text
    return (text[:limit] + f"\n[result cut: {limit:,} of {len(text):,} characters shown]")


def load_config(path: Path) -> list[ServerConfig]:
    """The servers of an mcp.json ({"mcpServers": {name: {...}}}); none if it is absent."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HearthError(Msg("{path} could not be read: {error}.", path=path, error=str(exc)),
                          Msg("Fix the JSON: {{\"mcpServers\": {{\"name\": {{\"command\": ..., "
                              "\"args\": [...]}}}}}}.")
                          ) from exc
    servers = data.get("mcpServers", data.get("servers")) if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        raise HearthError(Msg("{path} has no \"mcpServers\" object.", path=path),
                          Msg("Write {{\"mcpServers\": {{\"name\": {{\"command\": ..., \"args\": "
                              "[...]}}}}}}."))
    return [ServerConfig.from_json(name, entry) for name, entry in servers.items()]


def save_config(path: Path, servers: list[ServerConfig]) -> None:
    data = {"mcpServers": {s.name: {k: v for k, v in {
        "command": s.command, "args": s.args, "env": s.env, "url": s.url,
        "headers": s.headers, "disabled": s.disabled}.items() if v} for s in servers}}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


class Toolbox:
    def __init__(self, settings: Settings, config_path: Path,
                 builtin: dict[str, Callable[..., ToolOutcome | str]] | None = None,
                 builtin_specs: list[ToolSpec] | None = None) -> None:
        self.settings = settings
        self.config_path = config_path
        self.mcp = McpClient()
        self._builtin = builtin or {}
        self._builtin_specs = builtin_specs or []
        self.timeout_s = CALL_TIMEOUT_S
        self.result_chars = RESULT_CHARS

    # what there is ------------------------------------------------------------
    def servers(self) -> list[ServerConfig]:
        return load_config(self.config_path)

    def _off(self) -> set[str]:
        return set(self.settings.get("tools_off") or [])

    def set_enabled(self, key: str, on: bool) -> None:
        """Switch a tool ("server/tool") or a whole server ("server/*") on or off."""
        off = self._off()
        off.discard(key) if on else off.add(key)
        self.settings.set("tools_off", sorted(off))

    def enabled(self, server: str, name: str) -> bool:
        off = self._off()
        return f"{server}/{name}" not in off and f"{server}/*" not in off

    def server_tools(self, config: ServerConfig) -> list[ToolSpec]:
        """Start the server if needed and list its tools (ToolFailed when it cannot start)."""
        return [ToolSpec(config.name, t.name, t.description or "", dict(t.input_schema or {}),
                         self.enabled(config.name, t.name))
                for t in self.mcp.tools(config)]

    def tool_names(self, server: str) -> list[str] | None:
        """The names of a server's tools ("hearth": the built-in ones), or None when the
        server is not configured or cannot be asked (it does not start)."""
        if server == "hearth":
            return [s.name for s in self._builtin_specs]
        config = next((c for c in self.servers() if c.name == server), None)
        if config is None:
            return None
        try:
            return [t.name for t in self.mcp.tools(config)]
        except HearthError:
            return None

    def listing(self) -> list[dict[str, Any]]:
        """Every server with its tools and switches, for Settings and `hearth tools`."""
        out = [{"server": "hearth", "builtin": True, "enabled": self.enabled("hearth", "*"),
                "where": Msg("built in"), "error": "", "tools": [
                    {**self._spec(s).__dict__, "key": s.key} for s in self._builtin_specs]}]
        for config in self.servers():
            entry = {"server": config.name, "builtin": False, "where": config.describe(),
                     "enabled": not config.disabled and self.enabled(config.name, "*"),
                     "error": "", "tools": []}
            if entry["enabled"]:
                try:
                    entry["tools"] = [{**s.__dict__, "key": s.key}
                                      for s in self.server_tools(config)]
                except HearthError as exc:
                    entry["error"] = messages.join(exc.message, exc.hint)  # str(exc)
            out.append(entry)
        return out

    def _spec(self, spec: ToolSpec) -> ToolSpec:
        spec.enabled = self.enabled(spec.server, spec.name)
        return spec

    def offered(self, notes: list[str] | None = None,
                mcp: bool = True) -> dict[str, tuple[ToolSpec, ServerConfig | None]]:
        """The tools to declare to the model, by the name the model calls them; servers
        that cannot start are left out with a note."""
        found: dict[str, tuple[ToolSpec, ServerConfig | None]] = {}
        for spec in map(self._spec, self._builtin_specs):
            if spec.enabled:
                found[spec.name] = (spec, None)
        if not mcp:
            return found
        try:
            servers = self.servers()
        except HearthError as exc:
            if notes is not None:
                notes.append(str(exc))
            return found
        for config in servers:
            if config.disabled or not self.enabled(config.name, "*"):
                continue
            try:
                specs = self.server_tools(config)
            except HearthError as exc:
                if notes is not None:
                    notes.append(str(exc))
                continue
            for spec in specs:
                if spec.enabled:
                    name = spec.name if spec.name not in found else f"{config.name}_{spec.name}"
                    found[name] = (spec, config)
        return found

    # approval and running -----------------------------------------------------
    def always_allowed(self, spec: ToolSpec) -> bool:
        return spec.key in set(self.settings.get("tools_always") or [])

    def allow_always(self, spec: ToolSpec) -> None:
        keys = set(self.settings.get("tools_always") or []) | {spec.key}
        self.settings.set("tools_always", sorted(keys))

    def run(self, call: ToolCall, offered: dict[str, tuple[ToolSpec, ServerConfig | None]],
            approve: Approver | None, context: dict[str, Any]) -> ToolOutcome:
        """Run one call: built-in tools at once; an MCP tool only once the user allows it
        (`approve` None = nobody to ask: denied unless allowed always)."""
        if call.name not in offered:
            return ToolOutcome(call, "", "error", f"There is no tool named '{call.name}'. "
                               f"Tools: {', '.join(offered) or 'none'}.")
        spec, config = offered[call.name]
        if config is None:
            return self._run_builtin(call, spec, context)
        if not self.always_allowed(spec):
            decision = approve(call, spec) if approve else "deny"
            if decision == "deny":
                return ToolOutcome(call, spec.server, "denied",
                                   "The user did not allow this tool call.")
            if decision == "always":
                self.allow_always(spec)
        try:
            result = self.mcp.call(config, spec.name, call.arguments, self.timeout_s)
        except ToolFailed as exc:
            return ToolOutcome(call, spec.server, "error", str(exc))
        text = result_text(result)
        status = "error" if getattr(result, "is_error", False) else "ok"
        return ToolOutcome(call, spec.server, status, cap(text, self.result_chars), len(text))

    def _run_builtin(self, call: ToolCall, spec: ToolSpec, context: dict[str, Any]) -> ToolOutcome:
        fn = self._builtin[spec.name]
        try:
            value = fn(context=context, **call.arguments)
        except (TypeError, ValueError, HearthError) as exc:
            return ToolOutcome(call, spec.server, "error", str(exc))
        if isinstance(value, ToolOutcome):
            value.call = call
            return value
        return ToolOutcome(call, spec.server, "ok", cap(value, self.result_chars), len(value))

    def close(self) -> None:
        self.mcp.close()


def result_text(result: Any) -> str:
    """An MCP CallToolResult as text: text parts as they are, others described."""
    parts = []
    for item in getattr(result, "content", None) or []:
        kind = getattr(item, "type", "")
        if kind == "text":
            parts.append(item.text)
        elif kind == "resource" and hasattr(item.resource, "text"):
            parts.append(item.resource.text)
        else:
            parts.append(f"[{kind or 'unknown'} content left out]")
    structured = getattr(result, "structured_content", None)
    if not parts and structured is not None:
        parts.append(json.dumps(structured, ensure_ascii=False))
    return "\n".join(parts)
