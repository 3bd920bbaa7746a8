"""Settings > Server: start and stop the same OpenAI-compatible API as `hearth serve`
(port, key, status, the URL to copy). The server runs in this process, over the
window's Core, and keeps running when the dialog closes; it stops with the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import config
from app.core.secrets import delete_secret, read_secret, write_secret
from app.ui.workers import Worker

KEY_FILE = "serve_key"
_HOLDERS: dict[int, ServerHolder] = {}


class ServerHolder(QObject):
    """The one API server of a Core, outliving the Settings dialog."""

    changed = Signal()

    def __init__(self, core) -> None:
        super().__init__()
        self.core = core
        self.server = None  # app.server.runner.ApiServer while running
        self.error = ""

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def started(self, server) -> None:
        self.server, self.error = server, ""
        self.changed.emit()

    def failed(self, error: Exception) -> None:
        self.server, self.error = None, str(error)
        self.changed.emit()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.changed.emit()


def holder_for(core) -> ServerHolder:
    if id(core) not in _HOLDERS:
        _HOLDERS[id(core)] = ServerHolder(core)
    return _HOLDERS[id(core)]


def stop_server(core) -> None:
    """Stop the window's API server, if it runs (the window calls this on close)."""
    holder = _HOLDERS.pop(id(core), None)
    if holder is not None:
        holder.stop()


def _key_path():
    return config.data_home() / KEY_FILE


class ServerPanel(QWidget):
    """Port, "other computers" (which needs a key), key, Start/Stop, status and URL."""

    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.holder = holder_for(core)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(int(core.settings.get("serve_port") or 8080))
        self.port.setToolTip(self.tr("Programs connect to http://127.0.0.1:PORT/v1"))
        self.lan = QCheckBox(self.tr("Let other computers connect (needs a key)"))
        self.lan.setChecked(bool(core.settings.get("serve_lan")))
        secret = read_secret(_key_path(), "the server key", "Set it again.")  # untranslated
        self.key = QLineEdit(secret or "")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("no key (this computer only)"))
        self.key.setAccessibleName(self.tr("API key"))
        self.toggle = QPushButton(self.tr("Start"))
        self.toggle.clicked.connect(self.start_or_stop)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("Server URL"))
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url.text()))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy)
        form = QFormLayout()
        form.addRow(self.tr("&Port"), self.port)
        form.addRow("", self.lan)
        form.addRow(self.tr("API &key"), self.key)
        form.addRow(self.tr("URL"), url_row)
        intro = QLabel(self.tr("Other programs (editors, scripts, agents) can use Hearth's "
                               "models through the OpenAI API, as with `hearth serve`. The "
                               "server keeps running when this dialog closes, and stops with "
                               "Hearth."))
        intro.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.status, 1)
        box.addLayout(row)
        box.addStretch(1)
        self.holder.changed.connect(self.show_state)
        self.show_state()

    def options(self) -> Any:
        from app.server.runner import ServeOptions

        key = self.key.text().strip() or None
        host = "0.0.0.0" if self.lan.isChecked() else "127.0.0.1"
        return ServeOptions(host, self.port.value(), key)

    def start_or_stop(self) -> None:
        if self.holder.running:
            self.holder.stop()
            return
        options = self.options()
        try:
            options.check()
        except Exception as exc:  # noqa: BLE001 - shown in the status line
            self.holder.failed(exc)
            return
        self.core.settings.update({"serve_port": options.port, "serve_lan": self.lan.isChecked()})
        if options.api_key:
            write_secret(_key_path(), options.api_key)
        else:
            delete_secret(_key_path())
        core = self.core

        def job(_control, _progress):
            from app.server.runner import ApiServer  # imports FastAPI: off the GUI thread

            return ApiServer(core, options).start()

        self.toggle.setEnabled(False)
        self.status.setText(self.tr("Starting…"))
        worker = Worker(job, "api-server")
        worker.result.connect(self.holder.started)
        worker.error.connect(self.holder.failed)
        worker.start()

    def show_state(self) -> None:
        running = self.holder.running
        self.toggle.setEnabled(True)
        self.toggle.setText(self.tr("Stop") if running else self.tr("Start"))
        for w in (self.port, self.lan, self.key):
            w.setEnabled(not running)
        if running:
            server = self.holder.server
            self.url.setText(server.url)
            where = f"{server.options.host}:{server.port}"
            self.status.setText(
                self.tr("Running on {address}; requests need the key.").format(address=where)
                if server.options.api_key else
                self.tr("Running on {address}.").format(address=where))
        else:
            self.url.setText("")
            self.status.setText(self.holder.error or self.tr("Stopped."))
