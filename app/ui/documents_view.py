"""The Documents page: collections, their files with status, indexing progress
with pause/resume/cancel, adding by dialog or drag and drop.

Indexing runs in the generic Worker on its own database connection; a polling
FolderWatcher (core) re-syncs watched collections when their files change.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.docs.watch import FolderWatcher, is_being_indexed
from app.core.errors import HearthError
from app.core.jobs import Progress
from app.ui.workers import Worker

FILE_COLUMNS = ["File", "Status", "Pages", "Chunks", "Reason"]
REFRESH_EVERY_S = 1.0


def describe(p: Progress) -> str:
    """'3/12 files · 40 pages · 120 chunks · 35.2 chunks/s · ETA 12 s · name.pdf'"""
    parts = [f"{p.done:.0f}/{p.total:.0f} files"]
    extra = p.extra or {}
    if "pages" in extra:
        parts.append(f"{extra['pages']} pages")
    if "chunks" in extra:
        parts.append(f"{extra['chunks']} chunks")
    if extra.get("chunks_per_s"):
        parts.append(f"{extra['chunks_per_s']:.1f} chunks/s")
    if p.eta_s is not None:
        parts.append(f"ETA {p.eta_s:.0f} s")
    if p.message:
        parts.append(p.message)
    return " · ".join(parts)


class DocumentsView(QWidget):
    collections_changed = Signal()
    sync_finished = Signal(str, object)  # collection name, SyncReport or None
    progressed = Signal(object)  # Progress of the running sync, on the GUI thread
    _watch_due = Signal(str)  # from the watcher thread

    def __init__(self, core, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        self.docs = core.documents
        self.worker: Worker | None = None
        self.syncing: str | None = None
        self._queue: list[str] = []
        self._last_refresh = 0.0
        self.setAcceptDrops(True)
        self._build()
        self._watch_due.connect(self.request_sync)
        interval = float(core.settings.get("watch_interval_s", 10.0))
        self.watcher = FolderWatcher(self.docs.db_path, core.home, self._watch_due.emit,
                                     interval_s=interval)
        watcher = self.watcher
        self.destroyed.connect(lambda *_: watcher.stop(0.1))
        if interval > 0:
            watcher.start()
        self.refresh()
        self.resume_unfinished()

    def resume_unfinished(self) -> None:
        """Finish syncs that a quit, a crash or a cancel left half done (the next start
        resumes them; during a session a cancelled sync waits for Sync now)."""
        for row in self.docs.collections():
            if row["sync_state"] != "idle" and not is_being_indexed(self.core.home, row["id"]):
                self.request_sync(row["name"])

    # layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.collection_list = QListWidget()
        self.collection_list.setAccessibleName("Collections")
        self.collection_list.currentRowChanged.connect(lambda _: self.refresh_files())
        new_btn = QPushButton("New…")
        new_btn.clicked.connect(self._ask_new)
        self.rename_btn = QPushButton("Rename…")
        self.rename_btn.clicked.connect(self._ask_rename)
        self.remove_btn = QPushButton("Remove")
        self.remove_btn.clicked.connect(self._ask_remove)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel("Collections"))
        lv.addWidget(self.collection_list, 1)
        row = QHBoxLayout()
        for b in (new_btn, self.rename_btn, self.remove_btn):
            row.addWidget(b)
        lv.addLayout(row)

        self.title = QLabel("No collection selected")
        self.title.setObjectName("pageTitle")
        self.add_files_btn = QPushButton("Add files…")
        self.add_files_btn.clicked.connect(self._ask_files)
        self.add_folder_btn = QPushButton("Add folder…")
        self.add_folder_btn.clicked.connect(self._ask_folder)
        self.sync_btn = QPushButton("Sync now")
        self.sync_btn.clicked.connect(lambda: self.request_sync(self.current()))
        self.pause_btn = QPushButton("Pause")
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.cancel_btn = QPushButton("Cancel")
        self.cancel_btn.clicked.connect(self.cancel)
        tools = QHBoxLayout()
        for b in (self.add_files_btn, self.add_folder_btn, self.sync_btn):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(self.pause_btn)
        tools.addWidget(self.cancel_btn)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Indexing progress")
        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)
        self.files = QTableWidget(0, len(FILE_COLUMNS))
        self.files.setHorizontalHeaderLabels(FILE_COLUMNS)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.verticalHeader().setVisible(False)
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.files.cellDoubleClicked.connect(self._open_file)
        self.hint = QLabel("Drop files or folders here to add them to the selected collection.")
        self.hint.setObjectName("hint")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addLayout(tools)
        rv.addWidget(self.progress)
        rv.addWidget(self.progress_label)
        rv.addWidget(self.files, 1)
        rv.addWidget(self.hint)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._set_running(False)

    # state ---------------------------------------------------------------------
    def current(self) -> str | None:
        item = self.collection_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, name: str) -> None:
        for i in range(self.collection_list.count()):
            if self.collection_list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.collection_list.setCurrentRow(i)
                return

    def refresh(self) -> None:
        keep = self.current()
        self.collection_list.blockSignals(True)
        self.collection_list.clear()
        for row in self.docs.collections():
            label = f"{row['name']}  ({row['indexed']} files, {row['chunks']} chunks)"
            if row["sync_state"] != "idle" and row["name"] != self.syncing:
                label += "  · unfinished"
            self.collection_list.addItem(label)
            self.collection_list.item(self.collection_list.count() - 1).setData(
                Qt.ItemDataRole.UserRole, row["name"])
        self.collection_list.blockSignals(False)
        if keep:
            self.select(keep)
        if self.collection_list.currentRow() < 0 and self.collection_list.count():
            self.collection_list.setCurrentRow(0)
        self.refresh_files()
        self.collections_changed.emit()

    def refresh_files(self) -> None:
        name = self.current()
        has = name is not None
        for b in (self.rename_btn, self.remove_btn, self.add_files_btn, self.add_folder_btn):
            b.setEnabled(has)
        self.sync_btn.setEnabled(has and self.syncing != name)
        if not has:
            self.title.setText("No collection yet: click New… or drop a folder here.")
            self.files.setRowCount(0)
            return
        try:
            st = self.docs.status(name)
        except HearthError:
            self.files.setRowCount(0)
            return
        self.title.setText(f"{name}: {len(st['files'])} files, {st['indexed']} indexed, "
                           f"{st['skipped'] + st['errors']} skipped, {st['chunks']} chunks")
        self.files.setRowCount(len(st["files"]))
        for r, f in enumerate(st["files"]):
            values = [f["path"], f["status"], f["pages"] or "", f["chunks"], f["reason"] or ""]
            for c, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                if c == 0:
                    item.setToolTip("Double-click to open")
                if c == 4 and v:
                    item.setToolTip(str(v))
                self.files.setItem(r, c, item)

    # collections -------------------------------------------------------------------
    def create_collection(self, name: str) -> bool:
        try:
            self.docs.store.create(name)
        except HearthError as exc:
            self._say(str(exc))
            return False
        self.refresh()
        self.select(name.strip())
        return True

    def rename_collection(self, new_name: str) -> bool:
        name = self.current()
        if not name or name == self.syncing:
            return False
        try:
            self.docs.rename(name, new_name)
        except HearthError as exc:
            self._say(str(exc))
            return False
        self.refresh()
        self.select(new_name.strip())
        return True

    def remove_collection(self) -> bool:
        name = self.current()
        if not name or name == self.syncing:
            return False
        self.docs.remove(name)
        self.refresh()
        return True

    def add_paths(self, paths: list[str | Path], name: str | None = None) -> bool:
        """Add folders/files to a collection (the selected one, or a new 'Documents')."""
        name = name or self.current()
        if name is None:
            name = "Documents"
        try:
            self.docs.add(name, list(paths), sync=False)
        except HearthError as exc:
            self._say(str(exc))
            return False
        self.refresh()
        self.select(name)
        self.request_sync(name)
        return True

    # indexing ---------------------------------------------------------------------
    def request_sync(self, name: str | None) -> None:
        if not name:
            return
        if self.syncing == name or name in self._queue:
            return
        if self.worker is not None:
            self._queue.append(name)
            return
        self._start(name)

    def _start(self, name: str) -> None:
        self.syncing = name
        self.worker = Worker(self.docs.sync_job(name), name=f"index-{name}")
        # Bound methods of this widget, so Qt queues the calls onto the GUI thread
        # (a lambda would run in the worker's thread).
        self.worker.progress.connect(self._on_progress)
        self.worker.result.connect(self._on_result)
        self.worker.error.connect(self._on_error)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(self._next)
        self.progress.setRange(0, 0)  # busy until the first report (model loading)
        self.progress_label.setText(f"Indexing {name}: loading the embedding model…")
        self._set_running(True)
        self.worker.start()

    def _on_result(self, report) -> None:
        self._done(self.syncing or "", report, "")

    def _on_error(self, message: str) -> None:
        self._done(self.syncing or "", None, message)

    def _on_cancelled(self) -> None:
        self._done(self.syncing or "", None,
                   "Cancelled. Finished files are kept; Sync now resumes the rest.")

    def _on_progress(self, p: Progress) -> None:
        self.progressed.emit(p)
        if p.total:
            self.progress.setRange(0, int(p.total))
            self.progress.setValue(int(p.done))
        self.progress_label.setText(f"Indexing {self.syncing}: {describe(p)}")
        # The table is redrawn at most once a second, and not at all for big collections
        # until the end (thousands of rows would stall the window).
        if (time.monotonic() - self._last_refresh > REFRESH_EVERY_S
                and self.files.rowCount() < 2000):
            self._last_refresh = time.monotonic()
            self.refresh_files()

    def _done(self, name: str, report, error: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if report is not None else 0)
        if report is not None:
            skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
            self.progress_label.setText(
                f"{name}: indexed {report.indexed} file(s), {report.chunks} chunks in "
                f"{report.seconds:.1f} s; {report.unchanged} unchanged{skipped}.")
        else:
            self.progress_label.setText(f"{name}: {error}")
        self.sync_finished.emit(name, report)

    def _next(self) -> None:
        self.worker = None
        self.syncing = None
        self._set_running(False)
        self.refresh()
        if self._queue:
            self._start(self._queue.pop(0))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.pause_btn.setEnabled(running)
        self.cancel_btn.setEnabled(running)
        self.pause_btn.setText("Pause")

    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        control = self.worker.control
        if control.paused:
            control.resume()
            self.pause_btn.setText("Pause")
        else:
            control.pause()
            self.pause_btn.setText("Resume")
            self.progress_label.setText(f"Paused indexing {self.syncing}.")

    def cancel(self) -> None:
        self._queue.clear()
        if self.worker is not None:
            self.worker.cancel()

    def shutdown(self) -> None:
        """Stop the watcher and any indexing (finished files stay indexed)."""
        self.watcher.stop(1.0)
        self.cancel()
        if self.worker is not None:
            self.worker.wait(30000)

    # dialogs and drops -----------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.progress_label.setText(text)

    def _ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, "New collection", "Name:")
        if ok and name.strip():
            self.create_collection(name)

    def _ask_rename(self) -> None:
        name = self.current()
        if name:
            new, ok = QInputDialog.getText(self, "Rename collection", "New name:", text=name)
            if ok and new.strip() and new != name:
                self.rename_collection(new)

    def _ask_remove(self) -> None:
        name = self.current()
        if name and QMessageBox.question(
                self, "Remove collection",
                f"Remove the collection '{name}' and its index? Your files are not touched."
        ) == QMessageBox.StandardButton.Yes:
            self.remove_collection()

    def _ask_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add files")
        if paths:
            self.add_paths(paths)

    def _ask_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Add folder")
        if path:
            self.add_paths([path])

    def _open_file(self, row: int, _col: int) -> None:
        item = self.files.item(row, 0)
        if item:
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.text()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

