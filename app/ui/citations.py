"""The two document widgets of the chat page: AttachButton (the collections
attached to the conversation) and CitationsPanel (the reply's citations; a
click opens the cited file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QToolButton


class AttachButton(QToolButton):
    """'Documents' menu of collections to attach to the open conversation.

    Before the conversation exists the choice is held and attached by
    `set_conversation` once it does.
    """

    attached_changed = Signal(list)  # names

    def __init__(self, core, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        self.conversation_id: int | None = None
        self.pending: list[str] = []
        self.setText(self.tr("Documents"))
        self.setToolTip(
            self.tr("Attach document collections: answers then cite their files and pages"))
        self.setAccessibleName(self.tr("Attach documents"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The style draws the arrow in the bottom corner, over the last letter: put it
        # beside the text, as a combo box has it, with room kept for it.
        self.setStyleSheet("QToolButton { padding-right: 14px; }"
                           "QToolButton::menu-indicator { subcontrol-position: right center; }")
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)

    def names(self) -> list[str]:
        if self.conversation_id is None:
            return list(self.pending)
        return [c.name for c in self.core.documents.attached(self.conversation_id)]

    def set_conversation(self, conversation_id: int | None) -> None:
        """Follow the open conversation; a held choice is attached to a new one."""
        if conversation_id is not None and self.conversation_id is None and self.pending:
            self.core.documents.attach(conversation_id, self.pending)
        self.conversation_id = conversation_id
        self.pending = [] if conversation_id is not None else self.pending
        self._label()

    def set_attached(self, names: list[str]) -> None:
        if self.conversation_id is None:
            self.pending = list(names)
        else:
            self.core.documents.attach(self.conversation_id, names)
        self._label()
        self.attached_changed.emit(list(names))

    def _label(self) -> None:
        names = self.names()
        self.setText(self.tr("Documents: %1").replace("%1", ", ".join(names)) if names
                     else self.tr("Documents"))

    def _fill(self) -> None:
        self.menu_.clear()
        chosen = set(self.names())
        collections = [c.name for c in self.core.documents.store.collections()]
        if not collections:
            self.menu_.addAction(self.tr("No collections yet: add some on the Documents page")
                                 ).setEnabled(False)
        for name in collections:
            action = self.menu_.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.toggled.connect(self._toggled)

    def _toggled(self, _checked: bool) -> None:
        names = [a.text() for a in self.menu_.actions() if a.isCheckable() and a.isChecked()]
        self.set_attached(names)


class CitationsPanel(QListWidget):
    """The citations of the last answer: '[n] file, page p: excerpt'; a click opens the file."""

    opened = Signal(str)  # the path that was opened

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Citations"))
        self.setWordWrap(True)
        self.setMaximumHeight(130)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.itemClicked.connect(self._open)
        self.hide()

    def set_citations(self, citations: list[dict]) -> None:
        self.clear()
        for c in citations:
            excerpt = " ".join(str(c["text"]).split())
            where = (self.tr("section {n}") if c.get("page_unit") == "section" else self.tr(
                "page {n}")).format(n=c["page"])
            if c.get("ocr"):
                where = self.tr("{where} (OCR)").format(where=where)
            # the punctuation is the language's own (Chinese: '，' and '：')
            label = self.tr("[{n}] {file}, {where}: {excerpt}").format(
                n=c["n"], file=Path(c["path"]).name, where=where,
                excerpt=excerpt[:180] + ("…" if len(excerpt) > 180 else ""))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, c["path"])
            item.setToolTip(c["path"] + "\n\n" + self.tr("Click to open"))
            self.addItem(item)
        self.setVisible(bool(citations))

    def show_for(self, core, message_id: int | None) -> None:
        self.set_citations(core.asker.citations_of(message_id) if message_id else [])

    def _open(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.opened.emit(path)
