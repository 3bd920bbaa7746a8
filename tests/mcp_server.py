"""A small MCP server, written with the `mcp` SDK, that misbehaves on request: the
limits tests start it over stdio (`python -m tests.mcp_server`), or over streamable
HTTP (`python -m tests.mcp_server PORT`, at http://127.0.0.1:PORT/mcp).

Tools: echo (well-behaved), crash (the process exits mid-call), hang (never answers),
big (a 10 MB result).
"""

from __future__ import annotations

import os
import time

from mcp.server.mcpserver import MCPServer

server = MCPServer("misbehaving")


@server.tool()
def echo(text: str) -> str:
    """Repeat the text."""
    return f"echo: {text}"


@server.tool()
def crash() -> str:
    """Exit the server process in the middle of the call."""
    os._exit(3)


@server.tool()
def hang() -> str:
    """Never answer."""
    while True:
        time.sleep(1)


@server.tool()
def big(megabytes: int = 10) -> str:
    """A result of `megabytes` MB of text."""
    return "x" * (megabytes * 1_000_000)


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1:  # a port: serve over streamable HTTP at /mcp
        server.run("streamable-http", host="127.0.0.1", port=int(sys.argv[1]))
    else:
        server.run("stdio")
