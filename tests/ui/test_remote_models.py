"""Models page > Add server…: a real OpenAI-compatible server's models join the list
and the chat page's model picker; removing the server takes them away."""

from __future__ import annotations

import importlib.util

import pytest

from app.ui.installed_models import InstalledPanel
from tests.server.remote_server import ALIAS, KEY, LlamaServer


@pytest.fixture(scope="module")
def remote(chat_model_path):
    if importlib.util.find_spec("starlette_context") is None:
        pytest.skip("llama-cpp-python's server extra is not installed")
    server = LlamaServer(chat_model_path, n_ctx=1024).wait()
    yield server
    server.stop()


def _ids(panel: InstalledPanel) -> list[str]:
    return [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]


def test_add_a_server_on_the_models_page(qtbot, core, remote):
    from app.core.tasks.chat_work import ChatWork
    from app.ui.model_picker import ModelPicker

    panel = InstalledPanel(core)
    qtbot.addWidget(panel)
    dialog = panel.add_server_dialog()
    dialog.name.setText("Box")
    dialog.url.setText(remote.url)
    dialog.key.setText(KEY)
    dialog.accept()
    model = f"box/{ALIAS}"
    qtbot.waitUntil(lambda: model in _ids(panel), timeout=30000)
    row = _ids(panel).index(model)
    assert panel.table.item(row, 3).text() == "remote"
    assert panel.table.item(row, 4).text() == f"runs on {remote.url}"
    entries, _default = ChatWork(core.chat).installed()
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.refresh(entries, core.settings.all(), model)
    assert picker.current_id() == model and "on box" in picker.currentText()
    panel.table.selectRow(row)
    panel.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: model not in _ids(panel), timeout=30000)
    assert "Removed the server box" in panel.note.text()


def test_a_wrong_key_is_shown_on_the_page(qtbot, core, remote):
    panel = InstalledPanel(core)
    qtbot.addWidget(panel)
    panel.add_server("box", remote.url, "wrong")
    qtbot.waitUntil(lambda: "refused the API key" in panel.note.text(), timeout=30000)
    assert panel.note.text().startswith("The model server 'box'")
    assert "wrong" not in panel.note.text()  # the key is never shown back


def test_the_window_chats_with_a_remote_model(qtbot, core, opener, remote):
    from tests.ui.conftest import wait_idle
    from tests.ui.test_chat import send, stored

    model = f"box/{ALIAS}"
    core.runtime.remotes.add("box", remote.url, KEY)
    core.models.update_settings(model, {"n_ctx": 1024})
    core.models.set_default(model)
    window = opener.window(core)
    assert window.chat.picker.current_id() == model
    send(qtbot, window, "What is the capital of France?")
    wait_idle(qtbot, window)
    msgs = stored(window)
    assert [(m.role, m.status) for m in msgs] == [("user", "complete"), ("assistant", "complete")]
    assert msgs[1].model == model and msgs[1].content.strip()
    assert "/ 1,024 tokens" in window.chat.meter.label.text()
