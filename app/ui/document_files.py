"""The Documents page's file table: every file of a collection with its status,
pages, chunks and the reason a file was skipped. Double-click opens a file;
right-click offers to open, summarize or translate it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.core_text import say
from app.ui.i18n import state_text

FILE_COLUMNS = [QT_TRANSLATE_NOOP("DocumentFiles", "File"),
                QT_TRANSLATE_NOOP("DocumentFiles", "Status"),
                QT_TRANSLATE_NOOP("DocumentFiles", "Pages"),
                QT_TRANSLATE_NOOP("DocumentFiles", "Chunks"),
                QT_TRANSLATE_NOOP("DocumentFiles", "Reason")]


class _ElideRight(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class DocumentFiles(QTableWidget):
    file_task_requested = Signal(str, str)  # kind (summarize|translate), the file's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(FILE_COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in FILE_COLUMNS])
        self.setAccessibleName(self.tr("Files of the collection"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        # keep the file name: one line per cell (a wrapped path was cut after its folder)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the path and the reason share the width (the reason's tooltip has all of it);
        # status, pages and chunks take what their contents need
        header = self.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # a reason is a sentence: cut at its end (ElideMiddle kept its start and end only)
        self.setItemDelegateForColumn(4, _ElideRight(self))
        self.cellDoubleClicked.connect(self._open_file)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu_at)

    def show_files(self, files: list[dict[str, Any]]) -> None:
        """Fill the table from `Documents.status(name)["files"]`."""
        self.setRowCount(len(files))
        for r, f in enumerate(files):
            values = [f["path"], state_text(f["status"]), f["pages"] or "", f["chunks"],
                      say(f["reason"] or "")]
            for c, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                if c == 0:
                    item.setToolTip(f"{v}\n" + self.tr("Double-click to open; right-click to "
                                                      "summarize or translate the whole file"))
                if c == 4 and v:
                    item.setToolTip(str(v))
                self.setItem(r, c, item)

    def file_menu(self, path: str) -> QMenu:
        """Right-click on a document: open it, or summarize or translate the whole file."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        for label, kind in ((self.tr("Summarize…"), "summarize"),
                            (self.tr("Translate…"), "translate")):
            menu.addAction(label, lambda k=kind: self.file_task_requested.emit(k, path))
        return menu

    def _menu_at(self, pos) -> None:
        item = self.itemAt(pos)
        if item is not None:
            path = self.item(item.row(), 0).text()
            self.file_menu(path).exec(self.viewport().mapToGlobal(pos))

    def _open_file(self, row: int, _col: int) -> None:
        item = self.item(row, 0)
        if item:
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.text()))
