"""Settings > Server: the window starts and stops the same API as `hearth serve`."""

from __future__ import annotations

import httpx2
import pytest

openai = pytest.importorskip("openai", reason="the openai client is a dev dependency")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_settings_starts_the_server_shows_its_url_and_stops_it(qtbot, core):
    from app.ui.server_panel import holder_for, stop_server
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(core)
    qtbot.addWidget(dialog)
    panel = dialog.server
    assert dialog.tabs.tabText(dialog.tabs.indexOf(panel)) == "Server"
    port = free_port()
    panel.port.setValue(port)
    panel.key.setText("k3y")
    panel.toggle.click()
    qtbot.waitUntil(lambda: holder_for(core).running, timeout=90000)
    assert panel.url.text() == f"http://127.0.0.1:{port}/v1"
    assert panel.toggle.text() == "Stop" and not panel.port.isEnabled()
    client = openai.OpenAI(base_url=panel.url.text(), api_key="k3y", max_retries=0)
    reply = client.chat.completions.create(
        model="smollm2-135m-instruct", max_tokens=4,
        messages=[{"role": "user", "content": "Say hi."}])
    assert reply.choices[0].message.content
    assert httpx2.get(panel.url.text() + "/models").status_code == 401  # the key is needed
    dialog.close()  # the server outlives the dialog
    assert holder_for(core).running
    again = SettingsDialog(core)
    qtbot.addWidget(again)
    assert again.server.toggle.text() == "Stop" and again.server.key.text() == "k3y"
    again.server.toggle.click()
    assert not holder_for(core).running
    assert again.server.status.text() == "Stopped."
    with pytest.raises(httpx2.HTTPError):
        httpx2.get(f"http://127.0.0.1:{port}/v1/models", timeout=2)
    stop_server(core)


def test_other_computers_without_a_key_is_refused_with_the_reason(qtbot, core):
    from app.ui.server_panel import ServerPanel, holder_for

    panel = ServerPanel(core)
    qtbot.addWidget(panel)
    panel.lan.setChecked(True)
    panel.key.setText("")
    panel.toggle.click()
    assert not holder_for(core).running
    assert "API key" in panel.status.text()
