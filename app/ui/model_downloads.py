"""The download queue on the Models page: a progress bar per file, pause/resume/cancel,
and downloads an earlier run left part-way, ready to continue."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.jobs import Progress
from app.core.models.queue import CANCELLED, DONE, FAILED, PAUSED, QueueItem
from app.ui.model_widgets import cell, human, make_table, progress_text
from app.ui.workers import Worker


class DownloadsPanel(QWidget):
    installed = Signal(object)  # a QueueItem whose model was verified and registered

    def __init__(self, manager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self._runner: Worker | None = None
        self._rows: dict[int, int] = {}  # queue item id -> table row
        self.table = make_table(["File", "Progress", "Status", "", ""])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 140)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (3, 4):  # buttons: cell widgets do not size their column
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 90)
        self.note = QLabel("Downloads run one at a time, in order. A stopped "
                           "download continues where it left off.")
        self.note.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.note)
        v.addWidget(self.table, 1)
        self._list_unfinished()

    def enqueue(self, repo: str, filename: str) -> QueueItem:
        item = self.manager.enqueue(repo, filename)
        if item.id not in self._rows:
            self._add_download_row(item)
        self._start_runner()
        return item

    def _add_download_row(self, item: QueueItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._rows[item.id] = row
        self.table.setItem(row, 0, cell(f"{item.filename}  ({item.repo})", item.id))
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setValue(0)
        self.table.setCellWidget(row, 1, bar)
        self.table.setItem(row, 2, cell("queued"))
        pause = QPushButton("Pause")
        pause.clicked.connect(lambda: self.toggle_pause(item))
        cancel = QPushButton("Cancel")
        cancel.clicked.connect(lambda: self.cancel(item))
        self.table.setCellWidget(row, 3, pause)
        self.table.setCellWidget(row, 4, cancel)

    def _list_unfinished(self) -> None:
        """Downloads a closed window or a killed process left part-way: offer to continue."""
        for left in self.manager.unfinished():
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, cell(f"{left['filename']}  ({left['repo']})"))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(1000 * left["saved"] / left["size"]) if left["size"] else 0)
            self.table.setCellWidget(row, 1, bar)
            self.table.setItem(row, 2, cell(f"stopped at {human(left['saved'])}"))
            button = QPushButton("Continue")
            button.clicked.connect(lambda _=False, r=row, lf=left: self._continue(r, lf))
            self.table.setCellWidget(row, 3, button)
        if self.table.rowCount():
            self.note.setText("Some downloads stopped part-way last time: "
                                        "Continue picks them up where they stopped.")

    def _continue(self, row: int, left: dict) -> None:
        self.table.removeRow(row)
        self._rows = {k: (v - 1 if v > row else v) for k, v in self._rows.items()}
        self.enqueue(left["repo"], left["filename"])

    def _start_runner(self) -> None:
        if self._runner is not None or not self.manager.queue.pending():
            return
        self._runner = Worker(self.manager.queue.run, "downloads")
        self._runner.progress.connect(self._on_progress)
        self._runner.finished.connect(self._runner_done)
        self._runner.start()

    def _runner_done(self) -> None:
        self._runner = None
        self._start_runner()  # items added while it finished

    def _on_progress(self, p: Progress) -> None:
        item = self.manager.queue.get(p.extra.get("item", -1))
        if item is None or item.id not in self._rows:
            return
        row = self._rows[item.id]
        bar = self.table.cellWidget(row, 1)
        if "state" in p.extra:
            self._finish_row(item, row, bar)
            return
        if p.fraction is not None:
            bar.setValue(int(p.fraction * 1000))
        status = "paused" if item.state == PAUSED else progress_text(p)
        if p.message and p.message not in (p.extra.get("file"),):
            status += f" · {p.message}"
        self.table.item(row, 2).setText(status)

    def _finish_row(self, item: QueueItem, row: int, bar: QProgressBar) -> None:
        for col in (3, 4):
            self.table.cellWidget(row, col).setEnabled(False)
        if item.state == DONE:
            bar.setValue(1000)
            fit = item.result.fit.label if item.result and item.result.fit else ""
            self.table.item(row, 2).setText(f"installed as {item.result.model_id} · {fit}")
            self.installed.emit(item)
        elif item.state == FAILED:
            self.table.item(row, 2).setText(item.error)
            self.table.item(row, 2).setToolTip(item.error)
        elif item.state == CANCELLED:
            self.table.item(row, 2).setText("cancelled")

    def toggle_pause(self, item: QueueItem) -> None:
        queue = self.manager.queue
        button = self.table.cellWidget(self._rows[item.id], 3)
        if item.state == PAUSED:
            queue.resume(item)
            button.setText("Pause")
            self.table.item(self._rows[item.id], 2).setText("resuming")
        else:
            queue.pause(item)
            if item.state == PAUSED:
                button.setText("Resume")
                self.table.item(self._rows[item.id], 2).setText("paused")

    def cancel(self, item: QueueItem) -> None:
        self.manager.queue.cancel(item)
        if item.state == CANCELLED:  # it had not started
            self._finish_row(item, self._rows[item.id],
                             self.table.cellWidget(self._rows[item.id], 1))
