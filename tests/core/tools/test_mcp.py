"""MCP servers over stdio: the real `mcp-server-time` from PyPI, and the SDK-written
misbehaving server for the limits (crash mid-call, hang, a 10 MB result)."""

from __future__ import annotations

import json
import time

import pytest

from app.core.config import Settings
from app.core.errors import HearthError
from app.core.tools import builtin
from app.core.tools.calls import ToolCall
from app.core.tools.registry import RESULT_CHARS, Toolbox, load_config
from tests.core.tools.conftest import NoDocuments, time_server_command, write_config


def offered(toolbox, notes=None):
    return toolbox.offered(notes if notes is not None else [])


@pytest.mark.skipif(time_server_command() is None,
                    reason="mcp-server-time is not installed (pip install mcp-server-time)")
def test_real_time_server_lists_and_answers(db, tmp_path):
    write_config(tmp_path / "mcp.json", time_server=True)
    box = Toolbox(Settings(db), tmp_path / "mcp.json", builtin.functions(NoDocuments()),
                  builtin.specs())
    box.set_enabled("misbehaving/*", False)
    try:
        tools = offered(box)
        assert {"get_current_time", "convert_time"} <= set(tools)
        spec, config = tools["get_current_time"]
        assert spec.server == "time" and "timezone" in json.dumps(spec.parameters)
        out = box.run(ToolCall("get_current_time", {"timezone": "Europe/Paris"}), tools,
                      lambda c, s: "once", {})
        assert out.status == "ok", out.text
        assert json.loads(out.text)["timezone"] == "Europe/Paris"
        listing = {e["server"]: e for e in box.listing()}
        assert {t["name"] for t in listing["time"]["tools"]} >= {"get_current_time"}
        assert box.mcp.running() == ["time"]
    finally:
        box.close()
    assert box.mcp.running() == []


def test_crash_mid_call_is_one_clear_message_and_the_next_call_works(toolbox):
    tools = offered(toolbox)
    allow = lambda c, s: "once"  # noqa: E731
    out = toolbox.run(ToolCall("crash", {}), tools, allow, {})
    assert out.status == "error"
    assert "MCP server 'misbehaving' failed during 'crash'" in out.text
    out = toolbox.run(ToolCall("echo", {"text": "still here"}), tools, allow, {})
    assert (out.status, out.text) == ("ok", "echo: still here")


def test_hung_server_times_out_and_is_stopped(toolbox):
    tools = offered(toolbox)
    start = time.monotonic()
    out = toolbox.run(ToolCall("hang", {}), tools, lambda c, s: "once", {})
    assert time.monotonic() - start < 15
    assert out.status == "error" and "gave no answer within 3 s" in out.text
    assert "misbehaving" not in toolbox.mcp.running()


def test_ten_megabyte_result_is_cut_for_the_model(toolbox):
    toolbox.timeout_s = 120.0  # the SDK parses 10 MB of JSON in ~10 s on 2 busy cores
    tools = offered(toolbox)
    out = toolbox.run(ToolCall("big", {"megabytes": 10}), tools, lambda c, s: "once", {})
    assert out.status == "ok" and out.full_chars == 10_000_000
    assert len(out.text) < RESULT_CHARS + 100
    assert "result cut: 8,000 of 10,000,000 characters shown" in out.text


def test_a_server_that_cannot_start_is_a_note_and_other_tools_stay(db, tmp_path):
    (tmp_path / "mcp.json").write_text(json.dumps({"mcpServers": {
        "nothere": {"command": str(tmp_path / "no-such-program")}}}))
    box = Toolbox(Settings(db), tmp_path / "mcp.json", builtin.functions(NoDocuments()),
                  builtin.specs())
    notes: list[str] = []
    try:
        tools = box.offered(notes)
    finally:
        box.close()
    assert "calculator" in tools and "MCP server 'nothere' did not start" in notes[0]


def test_bad_config_says_how_to_fix_it(tmp_path):
    path = tmp_path / "mcp.json"
    path.write_text("{not json")
    with pytest.raises(HearthError, match="could not be read"):
        load_config(path)
    path.write_text(json.dumps({"mcpServers": {"x": {"args": ["a"]}}}))
    with pytest.raises(HearthError, match="neither a command nor a url"):
        load_config(path)
    assert load_config(tmp_path / "absent.json") == []


def test_http_server_by_url(db, tmp_path):
    import subprocess
    import sys

    from tests.core.tools.conftest import ROOT
    from tests.server.remote_server import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tests.mcp_server", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    (tmp_path / "mcp.json").write_text(json.dumps({"mcpServers": {
        "web": {"url": f"http://127.0.0.1:{port}/mcp"}}}))
    box = Toolbox(Settings(db), tmp_path / "mcp.json", builtin.functions(NoDocuments()),
                  builtin.specs())
    try:
        deadline = time.monotonic() + 60
        notes: list[str] = []
        while True:  # the server takes a few seconds to listen
            notes.clear()
            tools = box.offered(notes)
            if "echo" in tools or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert "echo" in tools, notes
        out = box.run(ToolCall("echo", {"text": "over http"}), tools, lambda c, s: "once", {})
        assert (out.status, out.text, out.server) == ("ok", "echo: over http", "web")
    finally:
        box.close()
        proc.terminate()
        proc.wait(10)


def test_a_server_that_refuses_tools_still_chats(hearth_home):
    from app.core.session import Core
    from tests.scripted_openai import MODEL, ScriptedServer

    server = ScriptedServer("echo", {"text": "x"}, refuse_tools=True).start()
    core = Core()
    try:
        core.runtime.remotes.add("box", server.url)
        conv = core.chat.start("hi", f"box/{MODEL}", None)
        turn = core.chat.send(conv.id, "hi", f"box/{MODEL}")
        assert turn.reply.content == "No tools here." and turn.reply.status == "complete"
        assert "tools" in server.requests[0] and "tools" not in server.requests[1]
        turn = core.chat.send(conv.id, "again", f"box/{MODEL}")  # not offered any more
        assert "tools" not in server.requests[2]
    finally:
        core.close()
        server.stop()
