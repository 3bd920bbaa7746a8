"""On the command line a model calls an MCP tool (the real mcp-server-time) after the
user allows it on the terminal, and answers with the result; --yes allows without
asking; a denial is told to the model. The model is a scripted OpenAI-compatible
server (tests/scripted_openai.py) used as a remote backend."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli
from tests.core.tools.conftest import time_server_command
from tests.scripted_openai import MODEL, ScriptedServer

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(time_server_command() is None,
                                 reason="mcp-server-time is not installed "
                                        "(pip install mcp-server-time)")]


@pytest.fixture
def scripted(hearth_home):
    server = ScriptedServer("get_current_time", {"timezone": "Asia/Tokyo"}).start()
    hearth_home.mkdir(parents=True, exist_ok=True)
    (hearth_home / "mcp.json").write_text(json.dumps({"mcpServers": {
        "time": {"command": time_server_command(), "args": ["--local-timezone", "UTC"]}}}))
    added = run_cli("models", "remote", "add", "box", "--url", server.url, home=hearth_home)
    assert added.returncode == 0, added.stderr
    yield server
    server.stop()


def test_the_user_allows_the_call_and_the_model_answers_with_the_result(scripted, hearth_home):
    chat = run_cli("chat", "--model", f"box/{MODEL}", "What time is it in Tokyo?",
                   home=hearth_home, input="y\n")
    assert chat.returncode == 0, chat.stderr
    assert "tool 'get_current_time' of the MCP server 'time'" in chat.stderr
    assert '{"timezone": "Asia/Tokyo"}' in chat.stderr
    assert "The tool said:" in chat.stdout and "Asia/Tokyo" in chat.stdout
    assert "[tool get_current_time (time): ok]" in chat.stderr
    first, second = scripted.requests
    assert "get_current_time" in {t["function"]["name"] for t in first["tools"]}
    call = second["messages"][-2]["tool_calls"][0]
    assert json.loads(call["function"]["arguments"]) == {"timezone": "Asia/Tokyo"}
    assert second["messages"][-1]["tool_call_id"] == call["id"]
    shown = run_cli("history", "show", "--json", "1", home=hearth_home)
    roles = [m["role"] for m in json.loads(shown.stdout)["messages"]]
    assert roles == ["user", "assistant", "tool", "assistant"], shown.stdout


def test_yes_allows_without_asking_and_no_denies(scripted, hearth_home):
    chat = run_cli("chat", "--model", f"box/{MODEL}", "--yes", "--json", "Time in Tokyo?",
                   home=hearth_home)
    assert chat.returncode == 0, chat.stderr
    result = json.loads(chat.stdout)
    assert result["tool_calls"][0]["status"] == "ok" and "Asia/Tokyo" in result["reply"]
    assert "Allow it?" not in chat.stderr
    denied = run_cli("chat", "--model", f"box/{MODEL}", "--json", "Time in Tokyo?",
                     home=hearth_home, input="n\n")
    result = json.loads(denied.stdout)
    assert result["tool_calls"][0]["status"] == "denied"
    assert "did not allow" in result["reply"]


def test_tools_list_shows_servers_and_switches_them(scripted, hearth_home):
    listed = run_cli("tools", "list", "--json", home=hearth_home)
    assert listed.returncode == 0, listed.stderr
    servers = {s["server"]: s for s in json.loads(listed.stdout)["servers"]}
    assert {t["name"] for t in servers["hearth"]["tools"]} == {
        "current_datetime", "calculator", "search_documents"}
    assert "get_current_time" in {t["name"] for t in servers["time"]["tools"]}
    off = run_cli("tools", "off", "time/get_current_time", home=hearth_home)
    assert off.returncode == 0 and "time/get_current_time is off" in off.stdout
    bad = run_cli("tools", "off", "nosuch", home=hearth_home)
    assert bad.returncode != 0 and "hearth tools list" in bad.stderr


def test_switching_a_tool_the_server_does_not_have_is_an_error(scripted, hearth_home):
    """`hearth tools off time/nope` said 'time/nope is off.' and stored a switch for a tool
    that does not exist (a typo left the real tool on)."""
    for key in ("time/get_curent_time", "hearth/calculater"):
        bad = run_cli("tools", "off", key, home=hearth_home)
        assert bad.returncode == 1, bad.stdout
        assert bad.stderr.startswith(f"error: No tool '{key.split('/')[1]}' on '")
        assert "hearth tools list" in bad.stderr and bad.stderr.count("\n") == 1
    listed = json.loads(run_cli("tools", "list", "--json", home=hearth_home).stdout)
    assert all(t["enabled"] for s in listed["servers"] for t in s["tools"])
    assert run_cli("tools", "off", "hearth/calculator", home=hearth_home).returncode == 0
