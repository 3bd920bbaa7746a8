"""MCP servers, through the maintained `mcp` SDK, on one asyncio loop in a background
thread that Hearth owns (started with the first server, stopped by `close`).

Each server runs as one task that holds its transport and session open (anyio
contexts must be left by the task that entered them) until it is stopped; calls
from any thread are scheduled onto the loop and waited for with a timeout. A
server that crashes or hangs is stopped and reported in one sentence; the next
call starts it again.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.errors import HearthError
from app.core.messages import Msg

if TYPE_CHECKING:  # asyncio loads with the first MCP server (~35 ms of every start before)
    import asyncio

log = logging.getLogger(__name__)
START_TIMEOUT_S = 60.0  # a first `npx`/`uvx` start may unpack a package


class ToolFailed(HearthError):
    """A tool call that could not give a result; the conversation goes on with this message."""


@dataclass
class ServerConfig:
    """One entry of mcp.json's "mcpServers": a command (stdio) or a URL (HTTP)."""

    name: str
    command: str = ""
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    disabled: bool = False

    @classmethod
    def from_json(cls, name: str, entry: Any) -> ServerConfig:
        if not isinstance(entry, dict) or not (entry.get("command") or entry.get("url")):
            raise HearthError(Msg("MCP server '{name}' in mcp.json has neither a command nor a "
                                  "url.", name=name),
                              Msg("Give it \"command\" (and \"args\") for a local server, or "
                                  "\"url\"."))
        args = entry.get("args", [])
        if not isinstance(args, list):
            raise HearthError(Msg("MCP server '{name}': \"args\" must be a list of strings.",
                                  name=name))
        return cls(name, str(entry.get("command", "")), [str(a) for a in args],
                   {str(k): str(v) for k, v in (entry.get("env") or {}).items()},
                   str(entry.get("url", "")),
                   {str(k): str(v) for k, v in (entry.get("headers") or {}).items()},
                   bool(entry.get("disabled", False)))

    def describe(self) -> str:
        return self.url or " ".join([self.command, *self.args])


class _Server:
    """The task that keeps one server's session open on the loop."""

    def __init__(self, config: ServerConfig) -> None:
        import asyncio

        self.config = config
        self.session: Any = None
        self.tools: list[Any] = []
        self.ready = asyncio.Event()
        self.stop = asyncio.Event()
        self.error: BaseException | None = None
        self.task: asyncio.Task | None = None

    async def run(self) -> None:
        from mcp import ClientSession

        try:
            async with self._transport() as streams, ClientSession(streams[0], streams[1]) as s:
                await s.initialize()
                self.tools = list((await s.list_tools()).tools)
                self.session = s
                self.ready.set()
                await self.stop.wait()
        except BaseException as exc:  # noqa: BLE001 - kept and reported by whoever waits
            self.error = exc
        finally:
            self.session = None
            self.ready.set()

    def _transport(self):
        c = self.config
        if c.url:
            from mcp.client.streamable_http import streamable_http_client

            return streamable_http_client(c.url)
        from mcp import StdioServerParameters, stdio_client

        env = {**os.environ, **c.env}  # PATH and HOME, so `npx` and `uvx` are found
        return stdio_client(StdioServerParameters(command=c.command, args=c.args, env=env))


def _reason(exc: BaseException) -> str:
    """The innermost error of an anyio exception group, in words."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return str(exc) or type(exc).__name__


class McpClient:
    """The configured servers; thread-safe; `close` stops every server and the loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._servers: dict[str, _Server] = {}

    # the loop ---------------------------------------------------------------
    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        import asyncio

        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=loop.run_forever, name="hearth-mcp",
                                                daemon=True)
                self._thread.start()
                self._loop = loop
            return self._loop

    def _submit(self, coro) -> Future:
        import asyncio

        return asyncio.run_coroutine_threadsafe(coro, self._ensure_loop())

    # servers ----------------------------------------------------------------
    def tools(self, config: ServerConfig, timeout_s: float = START_TIMEOUT_S) -> list[Any]:
        """The server's tools (mcp.types.Tool), starting it if it is not running."""
        return self._wait(self._submit(self._started(config)), config, timeout_s,
                          Msg("start")).tools

    async def _started(self, config: ServerConfig) -> _Server:
        import asyncio

        server = self._servers.get(config.name)
        if server is None or server.error is not None or server.config != config:
            if server is not None:
                await self._stop(server)
            server = _Server(config)
            self._servers[config.name] = server
            server.task = asyncio.ensure_future(server.run())
        await server.ready.wait()
        if server.error is not None or server.session is None:
            self._servers.pop(config.name, None)
            raise ToolFailed(Msg("The MCP server '{name}' did not start: {reason}.",
                                 name=config.name,
                                 reason=_reason(server.error or RuntimeError("it closed"))),
                             Msg("Check its command in mcp.json ({command}).",
                                 command=config.describe()))
        return server

    def call(self, config: ServerConfig, tool: str, arguments: dict[str, Any],
             timeout_s: float) -> Any:
        """Call `tool`; ToolFailed (in one sentence) when the server fails, crashes, or
        gives no answer within `timeout_s` (the server is then stopped)."""
        return self._wait(self._submit(self._call(config, tool, arguments, timeout_s)),
                          config, timeout_s + START_TIMEOUT_S, Msg("answer"), tool)

    async def _call(self, config: ServerConfig, tool: str, arguments: dict[str, Any],
                    timeout_s: float) -> Any:
        import asyncio

        server = await self._started(config)
        try:
            return await asyncio.wait_for(server.session.call_tool(tool, arguments), timeout_s)
        except TimeoutError:
            await self._stop(server)
            raise ToolFailed(Msg("The tool '{tool}' of the MCP server '{name}' gave no answer "
                                 "within {timeout_s:g} s; the server was stopped.", tool=tool,
                                 name=config.name, timeout_s=timeout_s),
                             Msg("It starts again at the next call.")) from None
        except ToolFailed:
            raise
        except Exception as exc:  # noqa: BLE001 - a crashed server or a broken reply
            await self._stop(server)
            raise ToolFailed(Msg("The MCP server '{name}' failed during '{tool}': {reason}.",
                                 name=config.name, tool=tool, reason=_reason(exc)),
                             Msg("It starts again at the next call.")) from exc

    def _wait(self, future: Future, config: ServerConfig, timeout_s: float, what: str,
              tool: str = "") -> Any:
        try:
            return future.result(timeout_s)
        except FutureTimeout:
            future.cancel()
            self.stop_server(config.name)
            if tool:
                raise ToolFailed(Msg("The MCP server '{name}' did not {what} within {timeout_s:g} "
                                     "s (tool {tool!r}).", name=config.name, what=what,
                                     timeout_s=timeout_s, tool=tool)) from None
            raise ToolFailed(Msg("The MCP server '{name}' did not {what} within {timeout_s:g} "
                                 "s.", name=config.name, what=what, timeout_s=timeout_s)) from None

    async def _stop(self, server: _Server) -> None:
        import asyncio

        server.stop.set()
        if self._servers.get(server.config.name) is server:
            del self._servers[server.config.name]
        if server.task is not None and not server.task.done():
            try:
                await asyncio.wait_for(asyncio.shield(server.task), 5.0)
            except (TimeoutError, asyncio.CancelledError):
                server.task.cancel()

    def stop_server(self, name: str) -> None:
        import asyncio

        loop = self._loop
        server = self._servers.get(name)
        if loop is not None and server is not None:
            asyncio.run_coroutine_threadsafe(self._stop(server), loop)

    def running(self) -> list[str]:
        return [n for n, s in self._servers.items() if s.session is not None]

    def close(self, timeout_s: float = 10.0) -> None:
        """Stop every server (their processes end with them) and the loop."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None:
            return
        import asyncio

        async def stop_all() -> None:
            await asyncio.gather(*(self._stop(s) for s in list(self._servers.values())),
                                 return_exceptions=True)

        try:
            asyncio.run_coroutine_threadsafe(stop_all(), loop).result(timeout_s)
        except Exception as exc:  # noqa: BLE001 - closing: log and go on
            log.warning("MCP servers did not all stop: %s", exc)
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(timeout_s)
