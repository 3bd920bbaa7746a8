"""Table helpers and a job runner shared by the Models page's panels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.core.control import Progress
from app.core.units import human_bytes as human
from app.ui.i18n import translate
from app.ui.workers import Worker


def make_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return t


def cell(text: Any, data: Any = None, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if tip:
        item.setToolTip(tip)
    return item


def progress_text(p: Progress | None) -> str:
    if p is None or not p.total:
        return translate("ModelTables", "waiting")
    text = f"{human(p.done)} / {human(p.total)}"
    if p.rate:
        text += f" · {human(p.rate)}/s"
    if p.eta_s is not None:
        text += " · " + translate("ModelTables", "{eta:.0f} s left").format(eta=p.eta_s)
    return text


def run_job(job, on_result, name: str, on_error) -> Worker:
    """Run a core job in the generic worker; its result and error go to the callbacks.

    The callbacks must be methods of a QObject (a widget): Qt then calls them on the GUI
    thread. A lambda has no thread of its own and would run in the worker's thread."""
    worker = Worker(job, name)
    worker.result.connect(on_result)
    worker.error.connect(on_error)
    worker.start()
    return worker
