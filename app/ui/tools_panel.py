"""Settings > Tools: the built-in tools and the MCP servers of mcp.json, each server
with its tools and an on/off switch (a check box) for the server and each tool.
Listing starts the servers, so it runs off the GUI thread."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.core_text import say
from app.ui.i18n import translate
from app.ui.workers import Worker

KEY = Qt.ItemDataRole.UserRole


# the built-in tools' descriptions (app/core/tools/builtin.py; the model is given the
# English), as Settings > Tools shows them
BUILTIN = [
    QT_TRANSLATE_NOOP("ToolsPanel", "The current local date, time and time zone."),
    QT_TRANSLATE_NOOP("ToolsPanel", "Evaluate an arithmetic expression (+ - * / // % **, sqrt, "
                      "sin, log, pi, ...)."),
    QT_TRANSLATE_NOOP("ToolsPanel", "Search the user's document collections attached to this "
                      "conversation (all collections when none is attached); cite results "
                      "as [n]."),
]


def described(description: str) -> str:
    """A built-in tool's description in the window's language (another as it is)."""
    return translate("ToolsPanel", description) if description in BUILTIN else description


class ToolsPanel(QWidget):
    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self._worker: Worker | None = None
        self._filling = False
        path = core.tools.config_path
        intro = QLabel(self.tr("Models may call these tools. Built-in ones run at once; a tool "
                               "of an MCP server runs only after you allow it. Servers are "
                               "configured in {file} (see the README's Tools section).").format(
            file=f"<a href='{path.as_uri()}'>{html.escape(str(path))}</a>"))
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(False)
        intro.linkActivated.connect(lambda _: self._open_config())
        self.tree = QTreeWidget()
        self.tree.setObjectName("toolsTree")
        self.tree.setHeaderLabels([self.tr("Tool"), self.tr("Description")])
        self.tree.setAccessibleName(self.tr("Tools by server, with on/off switches"))
        self.tree.itemChanged.connect(self._changed)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload servers"))
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.reload_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.tree, 1)
        box.addLayout(row)
        self.reload()

    def _open_config(self) -> None:
        path = self.core.tools.config_path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text('{\n  "mcpServers": {}\n}\n', encoding="utf-8")  # untranslated
        from PySide6.QtCore import QUrl

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reload(self) -> None:
        if self._worker is not None:
            return
        self.status.setText(self.tr("Starting the servers to list their tools…"))
        self.reload_button.setEnabled(False)
        self._worker = Worker(lambda control, progress: self.core.tools.listing(), "tools")
        self._worker.result.connect(self.fill)
        self._worker.error.connect(self.status.setText)
        self._worker.finished.connect(self._done)
        self._worker.start()

    def _done(self) -> None:
        self._worker = None
        self.reload_button.setEnabled(True)

    def fill(self, listing: list[dict[str, Any]]) -> None:
        self._filling = True
        self.tree.clear()
        problems = []
        for server in listing:
            top = QTreeWidgetItem([server["server"], say(server["where"])])
            top.setData(0, KEY, f"{server['server']}/*")
            top.setCheckState(0, Qt.CheckState.Checked if server["enabled"]
                              else Qt.CheckState.Unchecked)
            for tool in server["tools"]:
                about = described(tool["description"]) if server.get("builtin") else \
                    tool["description"]
                item = QTreeWidgetItem([tool["name"], about.split("\n")[0]])
                item.setData(0, KEY, tool["key"])
                item.setToolTip(1, about)
                item.setCheckState(0, Qt.CheckState.Checked if tool["enabled"]
                                   else Qt.CheckState.Unchecked)
                top.addChild(item)
            if server["error"]:
                problems.append(say(server["error"]))
                top.addChild(QTreeWidgetItem([self.tr("(not started)"), say(server["error"])]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self._filling = False
        servers = len(listing) - 1
        self.status.setText(" ".join(problems) or
                            self.tr("%n MCP server(s) configured.", "", servers))

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, KEY)
        if self._filling or column != 0 or not key:
            return
        self.core.tools.set_enabled(key, item.checkState(0) == Qt.CheckState.Checked)

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.wait(60000)
