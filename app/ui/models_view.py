"""The Models page: recommended models and hub search, a repo's files with fit
verdicts, the download queue with pause/resume/cancel, and installed models.

Everything that touches the network or the disk runs in the generic Worker;
the window never waits. The hub is contacted only when the user searches or
opens a repo, never when the page opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.jobs import Progress
from app.core.models.queue import CANCELLED, DONE, FAILED, PAUSED, QueueItem
from app.ui.model_dialogs import ModelSettingsDialog, ask_import_mode, ask_token
from app.ui.workers import Worker


def human(n: float | None) -> str:
    if not n:
        return "?" if n is None else "0 B"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return t


def _cell(text: Any, data: Any = None, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if tip:
        item.setToolTip(tip)
    return item


def progress_text(p: Progress | None) -> str:
    if p is None or not p.total:
        return "waiting"
    text = f"{human(p.done)} / {human(p.total)}"
    if p.rate:
        text += f" · {human(p.rate)}/s"
    if p.eta_s is not None:
        text += f" · {p.eta_s:.0f} s left"
    return text


class ModelsView(QWidget):
    models_changed = Signal()  # the main window refreshes the chat's model picker

    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.manager = core.models
        self._runner: Worker | None = None
        self._listing = None
        self._rows: dict[int, int] = {}  # queue item id -> downloads table row
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_discover(), "Discover")
        self.tabs.addTab(self._build_downloads(), "Downloads")
        self.tabs.addTab(self._build_installed(), "Installed")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.load_recommended()
        self.refresh_installed()
        self._list_unfinished()

    # building ------------------------------------------------------------
    def _build_discover(self) -> QWidget:
        page = QWidget()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search the hub for GGUF models, e.g. llama 3.2")
        self.search_box.returnPressed.connect(self.search)
        self.sort = QComboBox()
        self.sort.addItems(["downloads", "likes", "updated"])
        self.sort.setToolTip("Sort results by")
        self.search_button = QPushButton("Search")
        self.search_button.clicked.connect(self.search)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.sort)
        bar.addWidget(self.search_button)
        self.status = QLabel("Recommended models for this machine. Search to find more.")
        self.status.setWordWrap(True)
        self.repos = _table(["Model", "Downloads", "Likes", "Updated", "Fit"])
        self.repos.itemSelectionChanged.connect(self._repo_selected)
        self.files = _table(["File", "Quant", "Size", "Fit", "sha256"])
        self.files.itemDoubleClicked.connect(lambda _item: self.download_selected())
        self.files_label = QLabel("Pick a model to see its files.")
        self.files_label.setWordWrap(True)
        self.download_button = QPushButton("Download")
        self.download_button.setEnabled(False)
        self.download_button.clicked.connect(self.download_selected)
        self.files.itemSelectionChanged.connect(
            lambda: self.download_button.setEnabled(bool(self.files.selectedItems())))
        token = QPushButton("Hub token…")
        token.setToolTip("For gated or private repos")
        token.clicked.connect(self.set_token)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.files_label)
        lv.addWidget(self.files, 1)
        row = QHBoxLayout()
        row.addWidget(token)
        row.addStretch(1)
        row.addWidget(self.download_button)
        lv.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.repos)
        split.addWidget(lower)
        v = QVBoxLayout(page)
        v.addLayout(bar)
        v.addWidget(self.status)
        v.addWidget(split, 1)
        return page

    def _build_downloads(self) -> QWidget:
        page = QWidget()
        self.downloads = _table(["File", "Progress", "Status", "", ""])
        self.downloads.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.downloads.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 140)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.downloads_note = QLabel("Downloads run one at a time, in order. A stopped "
                                     "download continues where it left off.")
        self.downloads_note.setWordWrap(True)
        v = QVBoxLayout(page)
        v.addWidget(self.downloads_note)
        v.addWidget(self.downloads, 1)
        return page

    def _build_installed(self) -> QWidget:
        page = QWidget()
        self.installed = _table(["Model", "Quant", "Size", "Source", "Fit", "Default"])
        self.installed.itemSelectionChanged.connect(self._installed_selected)
        buttons = QHBoxLayout()
        self.default_button = QPushButton("Set as default")
        self.default_button.clicked.connect(self.set_default_selected)
        self.settings_button = QPushButton("Settings…")
        self.settings_button.clicked.connect(self.edit_settings_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        import_file = QPushButton("Import file…")
        import_file.clicked.connect(self.import_file_dialog)
        import_folder = QPushButton("Scan folder…")
        import_folder.clicked.connect(self.import_folder_dialog)
        for b in (self.default_button, self.settings_button, self.delete_button):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(import_file)
        buttons.addWidget(import_folder)
        self.installed_note = QLabel("Drop .gguf files here to import them.")
        self.installed_note.setWordWrap(True)
        v = QVBoxLayout(page)
        v.addWidget(self.installed, 1)
        v.addLayout(buttons)
        v.addWidget(self.installed_note)
        return page

    # discover ------------------------------------------------------------
    def _run(self, job, on_result, name: str, on_error=None) -> Worker:
        worker = Worker(job, name)
        worker.result.connect(on_result)
        worker.error.connect(on_error or self._show_status)
        worker.start()
        return worker

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def load_recommended(self) -> None:
        self._run(lambda c, p: self.manager.recommended(), self._show_recommended, "recommended")

    def _show_recommended(self, items: list[dict]) -> None:
        if self.search_box.text().strip():
            return  # a search result arrived first
        self.repos.setRowCount(0)
        self.repos.setHorizontalHeaderLabels(["Recommended model", "Size", "License", "Params",
                                              "Fit"])
        for r in items:
            row = self.repos.rowCount()
            self.repos.insertRow(row)
            fit = r["fit"] or {}
            self.repos.setItem(row, 0, _cell(f"{r['repo']} — {r['note']}", r["repo"],
                                             r["filename"]))
            self.repos.setItem(row, 1, _cell(f"~{human(r['approx_size'])}"))
            self.repos.setItem(row, 2, _cell(r["license"]))
            self.repos.setItem(row, 3, _cell(r["parameters"]))
            self.repos.setItem(row, 4, _cell(fit.get("label", "?"),
                                             tip="estimated from the usual file size"))

    def search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self.load_recommended()
            return
        sort = self.sort.currentText()
        self.status.setText(f"Searching the hub for “{query}”…")
        self.search_button.setEnabled(False)
        worker = self._run(lambda c, p: self.manager.search(query, sort), self._show_results,
                           "hub-search")
        worker.finished.connect(lambda: self.search_button.setEnabled(True))

    def _show_results(self, results: list) -> None:
        self.repos.setRowCount(0)
        self.repos.setHorizontalHeaderLabels(["Model", "Downloads", "Likes", "Updated", ""])
        self.status.setText(f"{len(results)} GGUF repos found." if results else
                            "No GGUF repos match. Try other words.")
        for r in results:
            row = self.repos.rowCount()
            self.repos.insertRow(row)
            self.repos.setItem(row, 0, _cell(r.id, r.id))
            self.repos.setItem(row, 1, _cell(f"{r.downloads:,}"))
            self.repos.setItem(row, 2, _cell(f"{r.likes:,}"))
            self.repos.setItem(row, 3, _cell(r.last_modified))
            self.repos.setItem(row, 4, _cell("gated" if r.gated else ""))

    def _repo_selected(self) -> None:
        items = self.repos.selectedItems()
        if items:
            self.open_repo(self.repos.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def open_repo(self, repo: str) -> None:
        self.files.setRowCount(0)
        self.download_button.setEnabled(False)
        self.files_label.setText(f"Listing the files of {repo}…")
        self._run(lambda c, p: (self.manager.files(repo), None), self._show_files,
                  "hub-files", self.files_label.setText)

    def _show_files(self, value) -> None:
        listing, _ = value
        self._listing = listing
        best = self.manager.best_fit(listing)
        saved = self.manager.partial(listing)
        self.files.setRowCount(0)
        for f in listing.files:
            row = self.files.rowCount()
            self.files.insertRow(row)
            name = f.name + (f" ({len(f.parts)} parts)" if f.split else "")
            name += f" — {human(saved[f.name])} saved" if saved.get(f.name) else ""
            label = "vision projector" if f.projector else (f.fit.label if f.fit else "?")
            self.files.setItem(row, 0, _cell(("★ " if f.name == best else "") + name, f.name))
            self.files.setItem(row, 1, _cell(f.quantization or "?"))
            self.files.setItem(row, 2, _cell(human(f.size)))
            tip = (f"needs about {human(f.fit.need_bytes)} with a {f.fit.n_ctx}-token context"
                   if f.fit else "")
            self.files.setItem(row, 3, _cell(label, tip=tip))
            self.files.setItem(row, 4, _cell((f.sha256 or "")[:12], tip=f.sha256 or ""))
        text = f"{listing.repo}: {len(listing.files)} GGUF files."
        if best:
            text += f" ★ {best} is the largest that fits this machine."
        if listing.gated:
            text += " This repo is gated: set your hub token to download."
        self.files_label.setText(text)

    def download_selected(self) -> None:
        items = self.files.selectedItems()
        if not items or self._listing is None:
            return
        name = self.files.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.enqueue(self._listing.repo, name)

    def set_token(self) -> None:
        token = ask_token(self)
        if token:
            try:
                self.manager.set_token(token)
            except HearthError as exc:
                QMessageBox.warning(self, "Hub token", str(exc))
                return
            self.status.setText("Hub token saved.")

    # downloads -----------------------------------------------------------
    def enqueue(self, repo: str, filename: str) -> QueueItem:
        item = self.manager.enqueue(repo, filename)
        if item.id not in self._rows:
            self._add_download_row(item)
        self.tabs.setCurrentIndex(1)
        self._start_runner()
        return item

    def _add_download_row(self, item: QueueItem) -> None:
        row = self.downloads.rowCount()
        self.downloads.insertRow(row)
        self._rows[item.id] = row
        self.downloads.setItem(row, 0, _cell(f"{item.filename}  ({item.repo})", item.id))
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setValue(0)
        self.downloads.setCellWidget(row, 1, bar)
        self.downloads.setItem(row, 2, _cell("queued"))
        pause = QPushButton("Pause")
        pause.clicked.connect(lambda: self.toggle_pause(item))
        cancel = QPushButton("Cancel")
        cancel.clicked.connect(lambda: self.cancel(item))
        self.downloads.setCellWidget(row, 3, pause)
        self.downloads.setCellWidget(row, 4, cancel)

    def _list_unfinished(self) -> None:
        """Downloads a closed window or a killed process left part-way: offer to continue."""
        for left in self.manager.unfinished():
            row = self.downloads.rowCount()
            self.downloads.insertRow(row)
            self.downloads.setItem(row, 0, _cell(f"{left['filename']}  ({left['repo']})"))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(1000 * left["saved"] / left["size"]) if left["size"] else 0)
            self.downloads.setCellWidget(row, 1, bar)
            self.downloads.setItem(row, 2, _cell(f"stopped at {human(left['saved'])}"))
            button = QPushButton("Continue")
            button.clicked.connect(lambda _=False, r=row, lf=left: self._continue(r, lf))
            self.downloads.setCellWidget(row, 3, button)
        if self.downloads.rowCount():
            self.downloads_note.setText("Some downloads stopped part-way last time: "
                                        "Continue picks them up where they stopped.")

    def _continue(self, row: int, left: dict) -> None:
        self.downloads.removeRow(row)
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
        bar = self.downloads.cellWidget(row, 1)
        if "state" in p.extra:
            self._finish_row(item, row, bar)
            return
        if p.fraction is not None:
            bar.setValue(int(p.fraction * 1000))
        status = "paused" if item.state == PAUSED else progress_text(p)
        if p.message and p.message not in (p.extra.get("file"),):
            status += f" · {p.message}"
        self.downloads.item(row, 2).setText(status)

    def _finish_row(self, item: QueueItem, row: int, bar: QProgressBar) -> None:
        for col in (3, 4):
            self.downloads.cellWidget(row, col).setEnabled(False)
        if item.state == DONE:
            bar.setValue(1000)
            fit = item.result.fit.label if item.result and item.result.fit else ""
            self.downloads.item(row, 2).setText(f"installed as {item.result.model_id} · {fit}")
            self.refresh_installed()
            self.models_changed.emit()
        elif item.state == FAILED:
            self.downloads.item(row, 2).setText(item.error)
            self.downloads.item(row, 2).setToolTip(item.error)
        elif item.state == CANCELLED:
            self.downloads.item(row, 2).setText("cancelled")

    def toggle_pause(self, item: QueueItem) -> None:
        queue = self.manager.queue
        button = self.downloads.cellWidget(self._rows[item.id], 3)
        if item.state == PAUSED:
            queue.resume(item)
            button.setText("Pause")
            self.downloads.item(self._rows[item.id], 2).setText("resuming")
        else:
            queue.pause(item)
            if item.state == PAUSED:
                button.setText("Resume")
                self.downloads.item(self._rows[item.id], 2).setText("paused")

    def cancel(self, item: QueueItem) -> None:
        self.manager.queue.cancel(item)
        if item.state == CANCELLED:  # it had not started
            self._finish_row(item, self._rows[item.id],
                             self.downloads.cellWidget(self._rows[item.id], 1))

    # installed -----------------------------------------------------------
    def refresh_installed(self) -> None:
        self._run(lambda c, p: self.manager.installed(), self._show_installed, "models-list",
                  self.installed_note.setText)

    def _show_installed(self, models: list[dict]) -> None:
        self.installed.setRowCount(0)
        for m in models:
            row = self.installed.rowCount()
            self.installed.insertRow(row)
            self.installed.setItem(row, 0, _cell(m["id"], m["id"], m["path"]))
            self.installed.setItem(row, 1, _cell(m.get("quantization", "?")))
            self.installed.setItem(row, 2, _cell(human(m["size"])))
            self.installed.setItem(row, 3, _cell(m["source"]))
            fit = m.get("fit") or {}
            self.installed.setItem(row, 4, _cell(m["error"] or fit.get("label", "?")))
            self.installed.setItem(row, 5, _cell("✓" if m["default"] else ""))
        self._installed_selected()

    def selected_model(self) -> str | None:
        items = self.installed.selectedItems()
        if not items:
            return None
        return self.installed.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _installed_selected(self) -> None:
        model_id = self.selected_model()
        source = ""
        if model_id:
            source = self.installed.item(self.installed.currentRow(), 3).text()
        for b in (self.default_button, self.settings_button):
            b.setEnabled(bool(model_id))
        self.delete_button.setEnabled(bool(model_id) and source != "bundled")

    def select_installed(self, model_id: str) -> None:
        for row in range(self.installed.rowCount()):
            if self.installed.item(row, 0).data(Qt.ItemDataRole.UserRole) == model_id:
                self.installed.selectRow(row)

    def set_default_selected(self) -> None:
        model_id = self.selected_model()
        if model_id:
            self._run(lambda c, p: self.manager.set_default(model_id), self._changed,
                      "model-default", self.installed_note.setText)

    def delete_selected(self, confirm: bool = True) -> None:
        model_id = self.selected_model()
        if not model_id:
            return
        if confirm and QMessageBox.question(
                self, "Delete model", f"Delete {model_id} and its file?") != \
                QMessageBox.StandardButton.Yes:
            return
        self._run(lambda c, p: self.manager.remove(model_id), self._removed, "model-delete",
                  self.installed_note.setText)

    def _removed(self, removed) -> None:
        text = f"Deleted {removed.model_id}: {human(removed.freed_bytes)} freed."
        if removed.kept:
            text += f" The linked file stays at {removed.kept}."
        self.installed_note.setText(text)
        self._changed()

    def _changed(self, *_: Any) -> None:
        self.refresh_installed()
        self.models_changed.emit()

    def edit_settings_selected(self) -> ModelSettingsDialog | None:
        model_id = self.selected_model()
        if not model_id:
            return None
        entry = self.core.catalog.get(model_id)
        dialog = ModelSettingsDialog(model_id, entry.settings or {}, self.core.settings.all(),
                                     self)
        dialog.accepted.connect(lambda: self.save_settings(model_id, dialog.values()))
        dialog.open()
        return dialog

    def save_settings(self, model_id: str, values: dict) -> None:
        self._run(lambda c, p: self.manager.update_settings(model_id, values),
                  lambda _v: (self.installed_note.setText(f"Saved settings for {model_id}."),
                              self._changed()),
                  "model-settings", self.installed_note.setText)

    # import --------------------------------------------------------------
    def import_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a GGUF model", str(Path.home()),
                                              "GGUF models (*.gguf)")
        if path:
            mode = ask_import_mode(self, Path(path).name)
            if mode:
                self.import_paths([path], mode)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Scan a folder for GGUF models")
        if folder:
            mode = ask_import_mode(self, f"every GGUF model in {folder}")
            if mode:
                self.import_paths([folder], mode)

    def import_paths(self, paths: list[str], mode: str) -> Worker:
        self.tabs.setCurrentIndex(2)
        self.installed_note.setText("Importing…")

        def job(control, progress):
            done = []
            for p in paths:
                done += self.manager.import_path(p, mode, control, progress)
            return done

        worker = self._run(job, self._imported, "model-import", self.installed_note.setText)
        worker.progress.connect(lambda p: self.installed_note.setText(
            f"Importing: {p.message} {int((p.fraction or 0) * 100)}%"))
        return worker

    def _imported(self, entries: list) -> None:
        self.installed_note.setText("Imported " + ", ".join(e.id for e in entries) + ".")
        self._changed()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and (u.toLocalFile().lower().endswith(".gguf")
                                             or Path(u.toLocalFile()).is_dir()) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        mode = ask_import_mode(self, ", ".join(Path(p).name for p in paths))
        if mode:
            self.import_paths(paths, mode)
        event.acceptProposedAction()
