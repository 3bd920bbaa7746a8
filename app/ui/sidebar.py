"""The conversation list: newest first, rename in place, delete with confirmation,
and full-text search across every conversation (the core's FTS5 index)."""

from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.session import Core
from app.ui.core_text import error_text

ID_ROLE = Qt.ItemDataRole.UserRole
MSG_ROLE = Qt.ItemDataRole.UserRole + 1


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes/no (a module function so a test can answer for the user)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def when(ts: float) -> str:
    """A time, weekday or date in the window's language (QLocale, set by i18n.install)."""
    age = time.time() - ts
    moment = QDateTime.fromSecsSinceEpoch(int(ts))
    if age < 86400:
        return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    if age < 7 * 86400:
        return QLocale().dayName(moment.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


class ConversationSidebar(QWidget):
    conversation_selected = Signal(int)
    result_selected = Signal(int, int)  # conversation id, message id
    new_requested = Signal()
    deleted = Signal(int)
    error = Signal(str)

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self._quiet = False
        self.new_button = QPushButton(self.tr("New conversation"))
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New conversation"))
        self.new_button.clicked.connect(self.new_requested)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all conversations (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setToolTip(self.tr("Full-text search across every message"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=200, timeout=self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._renamed)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.no_results = QLabel(self.tr("No messages match."))
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for w in (self.list, self.results, self.no_results):
            self.pages.addWidget(w)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 4, 8)
        box.addWidget(self.new_button)
        box.addWidget(self.search)
        box.addWidget(self.pages, 1)
        for text, keys, slot in ((self.tr("Rename"), QKeySequence(Qt.Key.Key_F2),
                                  self.rename_current),
                                 (self.tr("Delete"), QKeySequence.StandardKey.Delete,
                                  self.delete_current)):
            act = QAction(text, self.list, shortcut=keys,
                          shortcutContext=Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            self.list.addAction(act)
        self.setMinimumWidth(200)

    # list --------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list (newest first), keeping or setting the selection quietly."""
        current = select_id if select_id is not None else self.current_id()
        self._quiet = True
        try:
            self.list.clear()
            for conv in self.core.history.conversations():
                item = QListWidgetItem(conv.title)
                item.setData(ID_ROLE, conv.id)
                tip = conv.title + "\n" + self.tr("last used {when}").format(
                    when=when(conv.updated))
                if conv.model:
                    tip += "\n" + self.tr("model: {model}").format(model=conv.model)
                item.setToolTip(tip)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if conv.id == current:
                    self.list.setCurrentItem(item)
            if current is None:
                self.list.setCurrentItem(None)
        finally:
            self._quiet = False

    def select(self, conversation_id: int | None) -> None:
        self._quiet = True
        try:
            self.list.setCurrentItem(None)
            for i in range(self.list.count()):
                if self.list.item(i).data(ID_ROLE) == conversation_id:
                    self.list.setCurrentRow(i)
        finally:
            self._quiet = False

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def ids(self) -> list[int]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def _current_changed(self, item: QListWidgetItem | None, _prev) -> None:
        if item is not None and not self._quiet:
            self.conversation_selected.emit(item.data(ID_ROLE))

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item:
            self.list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._quiet:
            return
        try:
            conv = self.core.history.rename(item.data(ID_ROLE), item.text())
        except HearthError as exc:
            self.error.emit(error_text(exc))
            return
        self._quiet = True
        item.setText(conv.title)
        self._quiet = False

    def delete_current(self) -> None:
        cid = self.current_id()
        if cid is not None:
            self.delete(cid)

    def delete(self, conversation_id: int, ask: bool = True) -> bool:
        title = self.core.history.conversation(conversation_id).title
        if ask and not confirm(self, self.tr("Delete conversation"),
                               self.tr("Delete “{title}” and all its messages? This cannot be "
                                       "undone.").format(title=title)):
            return False
        self.core.history.delete(conversation_id)
        self.refresh(select_id=None if conversation_id == self.current_id() else None)
        self.deleted.emit(conversation_id)
        return True

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename"), self.rename_current)
        menu.addAction(self.tr("Delete…"), self.delete_current)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    # search ------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.pages.setCurrentWidget(self.list)
            return
        self.results.clear()
        for hit in self.core.history.search(text):
            who = self.tr("You") if hit["role"] == "user" else self.tr("Reply")
            snippet = " ".join(hit["snippet"].split())
            item = QListWidgetItem(hit["title"] + "\n" + self.tr("{who}: {snippet}").format(
                who=who, snippet=snippet))
            item.setData(ID_ROLE, hit["conversation_id"])
            item.setData(MSG_ROLE, hit["message_id"])
            item.setToolTip(f"{hit['title']} · {when(hit['created'])}")
            self.results.addItem(item)
        self.pages.setCurrentWidget(self.results if self.results.count() else self.no_results)

    def _open_result(self, item: QListWidgetItem) -> None:
        self.result_selected.emit(item.data(ID_ROLE), item.data(MSG_ROLE))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
