"""In the window a model calls an MCP tool after the user allows it in a dialog, and
answers with the result, shown folded under the reply; a denial; Settings > Tools
lists the servers with their tools and switches. The model is a scripted
OpenAI-compatible server (tests/scripted_openai.py), the MCP server the SDK-written
one in tests/mcp_server.py."""

from __future__ import annotations

import json

import pytest

from tests.core.tools.conftest import write_config
from tests.scripted_openai import MODEL, ScriptedServer
from tests.ui.conftest import wait_idle
from tests.ui.test_chat import send, stored

pytestmark = pytest.mark.slow


@pytest.fixture
def scripted(core, hearth_home):
    server = ScriptedServer("echo", {"text": "hello"}).start()
    write_config(hearth_home / "mcp.json")
    core.runtime.remotes.add("box", server.url)
    core.models.set_default(f"box/{MODEL}")
    yield server
    server.stop()


def _answer(qtbot, window, button: str) -> list:
    shown = []
    window.chat.approvals.shown.connect(shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    dialog = shown[0]
    from PySide6.QtWidgets import QPlainTextEdit

    assert dialog.once.text() == "Allow once" and "echo" in dialog.always.text()
    text = dialog.findChild(QPlainTextEdit, "toolArguments").toPlainText()
    assert json.loads(text) == {"text": "hello"}
    getattr(dialog, button).click()
    return shown


def test_allowed_call_answers_with_the_result_folded_under_it(qtbot, core, opener, scripted):
    window = opener.window(core)
    send(qtbot, window, "Echo hello please")
    _answer(qtbot, window, "once")
    wait_idle(qtbot, window)
    msgs = stored(window)
    assert [m.role for m in msgs] == ["user", "assistant", "tool", "assistant"]
    assert msgs[-1].content == "The tool said: echo: hello"
    assert json.loads(msgs[2].tool_result)["status"] == "ok"
    tool = [w for w in window.chat.messages.widgets() if w.message.role == "tool"][0]
    assert tool.fold is not None and "Tool echo (misbehaving)" in tool.fold.text()
    assert not tool.body.isVisibleTo(tool)  # folded
    tool.fold.click()
    assert tool.body.isVisibleTo(tool) and "echo: hello" in tool.body.text()


def test_denied_call_is_kept_and_the_model_is_told(qtbot, core, opener, scripted):
    window = opener.window(core)
    send(qtbot, window, "Echo hello please")
    _answer(qtbot, window, "deny")
    wait_idle(qtbot, window)
    msgs = stored(window)
    assert json.loads(msgs[2].tool_result)["status"] == "denied"
    assert "did not allow" in msgs[-1].content


def test_settings_lists_servers_with_tools_and_switches(qtbot, core, hearth_home):
    from PySide6.QtCore import Qt

    from app.ui.tools_panel import ToolsPanel

    write_config(hearth_home / "mcp.json")
    panel = ToolsPanel(core)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel._worker is None, timeout=60000)
    tree = panel.tree
    servers = {tree.topLevelItem(i).text(0): tree.topLevelItem(i)
               for i in range(tree.topLevelItemCount())}
    assert set(servers) == {"hearth", "misbehaving"}
    tools = {servers["misbehaving"].child(i).text(0): servers["misbehaving"].child(i)
             for i in range(servers["misbehaving"].childCount())}
    assert set(tools) == {"echo", "crash", "hang", "big"}
    tools["hang"].setCheckState(0, Qt.CheckState.Unchecked)
    assert core.settings.get("tools_off") == ["misbehaving/hang"]
    servers["misbehaving"].setCheckState(0, Qt.CheckState.Unchecked)
    assert "misbehaving/*" in core.settings.get("tools_off")
