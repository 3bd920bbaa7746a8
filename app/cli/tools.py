"""`hearth tools`: the built-in tools and the MCP servers of mcp.json, with switches."""

from __future__ import annotations

import argparse

from app.cli.output import print_json
from app.core.errors import HearthError
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("tools", help="tools models may call: built-in and MCP servers")
    tsub = p.add_subparsers(dest="tools_command", metavar="ACTION", required=True)
    ls = tsub.add_parser("list", help="servers (started to ask them) with their tools")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)
    for name, on in (("on", True), ("off", False)):
        sp = tsub.add_parser(name, help=f"switch a tool ('server/tool') or a server "
                                        f"('server') {name}")
        sp.add_argument("key")
        sp.set_defaults(func=run_switch, on=on)


def run_list(args: argparse.Namespace) -> int:
    core = Core()
    try:
        listing = core.tools.listing()
        if args.json:
            print_json({"config": str(core.tools.config_path), "servers": listing})
            return 0
        print(f"MCP servers are configured in {core.tools.config_path}")
        for server in listing:
            state = "on" if server["enabled"] else "off"
            print(f"\n{server['server']} ({state}) - {server['where']}")
            if server["error"]:
                print(f"  error: {server['error']}")
            for tool in server["tools"]:
                mark = "on " if tool["enabled"] else "off"
                print(f"  [{mark}] {tool['key']}: {tool['description'].splitlines()[0][:80]}"
                      if tool["description"] else f"  [{mark}] {tool['key']}")
        return 0
    finally:
        core.close()


def run_switch(args: argparse.Namespace) -> int:
    core = Core()
    try:
        key = args.key if "/" in args.key else f"{args.key}/*"
        server = key.split("/", 1)[0]
        known = {"hearth", *(s.name for s in core.tools.servers())}
        if server not in known:
            raise HearthError(f"No tool server named '{server}'.",
                              "Run `hearth tools list` to see the servers and tools.")
        name = key.split("/", 1)[1]
        if name != "*":
            names = core.tools.tool_names(server)  # None: the server cannot be asked now
            if names is not None and name not in names:
                raise HearthError(f"No tool '{name}' on '{server}' (it has: "
                                  f"{', '.join(names) or 'none'}).",
                                  "Run `hearth tools list` to see the servers and tools.")
        core.tools.set_enabled(key, args.on)
        print(f"{key} is {'on' if args.on else 'off'}.")
        return 0
    finally:
        core.close()
