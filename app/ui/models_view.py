"""The Models page: recommended models and hub search, a repo's files with fit
verdicts, downloads (jobs of the shared queue) with pause/resume/cancel, and
installed models.

Everything that touches the network or the disk runs in the generic Worker;
the window never waits. The hub is contacted only when the user searches or
opens a repo, never when the page opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.queue.queue import Job
from app.ui.core_text import error_text
from app.ui.drops import FileDropTarget
from app.ui.i18n import fit_text
from app.ui.installed_models import InstalledPanel
from app.ui.model_dialogs import ask_import_mode, ask_token
from app.ui.model_downloads import DownloadsPanel
from app.ui.model_widgets import cell, human, make_table, run_job
from app.ui.recommended_notes import note_text
from app.ui.workers import Worker

_FILE_ROLE = Qt.ItemDataRole.UserRole + 1  # a recommended row's file, preselected on open


class ModelsView(FileDropTarget, QWidget):
    models_changed = Signal()  # the main window refreshes the chat's model picker

    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.manager = core.models
        self._listing = None
        self._wanted = ""  # the repo whose files the user asked for last
        self.setAcceptDrops(True)
        self.downloads = DownloadsPanel(core)
        self.installed = InstalledPanel(core)
        self.downloads.installed.connect(lambda _job: self.installed.refresh())
        self.downloads.installed.connect(lambda _job: self.models_changed.emit())
        self.installed.changed.connect(self.models_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_discover(), self.tr("Discover"))
        self.tabs.addTab(self._wrap(self.downloads), self.tr("Downloads"))
        self.tabs.addTab(self._wrap(self.installed), self.tr("Installed"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.load_recommended()
        self.installed.refresh()

    @staticmethod
    def _wrap(panel: QWidget) -> QWidget:
        page = QWidget()
        QVBoxLayout(page).addWidget(panel)
        return page

    # building ------------------------------------------------------------
    def _build_discover(self) -> QWidget:
        page = QWidget()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search the hub for GGUF models, e.g. "
                                                   "llama 3.2"))
        self.search_box.returnPressed.connect(self.search)
        self.sort = QComboBox()
        for key, label in (("downloads", self.tr("downloads")), ("likes", self.tr("likes")),
                           ("updated", self.tr("updated"))):
            self.sort.addItem(label, key)  # the hub's sort key stays as data
        self.sort.setToolTip(self.tr("Sort results by"))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.sort)
        bar.addWidget(self.search_button)
        self.status = QLabel(self.tr("Recommended models for this machine. Search to find more."))
        self.status.setWordWrap(True)
        self.repos = make_table([self.tr("Model"), self.tr("Downloads"), self.tr("Likes"),
                                 self.tr("Updated"), self.tr("Fit")])
        self.repos.itemSelectionChanged.connect(self._repo_selected)
        self.files = make_table([self.tr("File"), self.tr("Quant"), self.tr("Size"),
                                 self.tr("Fit"), "sha256"])
        self.files.itemDoubleClicked.connect(lambda _item: self.download_selected())
        self.files_label = QLabel(self.tr("Pick a model to see its files."))
        self.files_label.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setEnabled(False)
        self.download_button.clicked.connect(self.download_selected)
        self.files.itemSelectionChanged.connect(
            lambda: self.download_button.setEnabled(bool(self.files.selectedItems())))
        token = QPushButton(self.tr("Hub token…"))
        token.setToolTip(self.tr("For gated or private repos"))
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

    # discover ------------------------------------------------------------
    def _run(self, job, on_result, name: str, on_error=None) -> Worker:
        return run_job(job, on_result, name, on_error or self._show_status)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def load_recommended(self) -> None:
        self._run(lambda c, p: self.manager.recommended(), self._show_recommended, "recommended")

    def check_recommended(self) -> None:
        """Ask the hub (in the background, remembered for a day) which recommended
        entries still exist and hide the others; unreachable, the list stays as it is."""
        self._run(lambda c, p: self.manager.recommended(check_hub=True),
                  self._show_recommended, "recommended-check", on_error=lambda _m: None)

    def _show_recommended(self, items: list[dict]) -> None:
        if self.search_box.text().strip():
            return  # a search result arrived first
        self.repos.setRowCount(0)
        self.repos.setHorizontalHeaderLabels([self.tr("Recommended model"), self.tr("Size"),
                                              self.tr("License"), self.tr("Params"),
                                              self.tr("Fit")])
        self.repos.setColumnHidden(4, False)
        for r in items:
            row = self.repos.rowCount()
            self.repos.insertRow(row)
            fit = r["fit"] or {}
            first = cell(f"{r['repo']} · {r.get('quant', '')} — {note_text(r['note'])}",
                         r["repo"], r["filename"])
            first.setData(_FILE_ROLE, r["filename"])
            self.repos.setItem(row, 0, first)
            self.repos.setItem(row, 1, cell(f"~{human(r['approx_size'])}"))
            self.repos.setItem(row, 2, cell(r["license"]))
            self.repos.setItem(row, 3, cell(r["parameters"]))
            self.repos.setItem(row, 4, cell(fit_text(fit) if fit else "?",
                                             tip=self.tr("estimated from the usual file size")))

    def search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self.load_recommended()
            return
        sort = self.sort.currentData() or "downloads"
        self.status.setText(self.tr("Searching the hub for “{query}”…").format(query=query))
        self.search_button.setEnabled(False)
        worker = self._run(lambda c, p: self.manager.search(query, sort), self._show_results,
                           "hub-search")
        worker.finished.connect(self._search_done)

    def _search_done(self) -> None:
        self.search_button.setEnabled(True)

    def _show_results(self, results: list) -> None:
        self.repos.setRowCount(0)
        self.repos.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Downloads"),
                                              self.tr("Likes"), self.tr("Updated"), ""])
        self.repos.setColumnHidden(4, True)  # a repo's fit shows with its files, below
        self.status.setText(self.tr("%n GGUF repo(s) found.", "", len(results)) if results else
                            self.tr("No GGUF repos match. Try other words."))
        for r in results:
            row = self.repos.rowCount()
            self.repos.insertRow(row)
            self.repos.setItem(row, 0, cell(r.id, r.id))
            self.repos.setItem(row, 1, cell(f"{r.downloads:,}"))
            self.repos.setItem(row, 2, cell(f"{r.likes:,}"))
            self.repos.setItem(row, 3, cell(r.last_modified))
            self.repos.setItem(row, 4, cell(self.tr("gated") if r.gated else ""))

    def _repo_selected(self) -> None:
        items = self.repos.selectedItems()
        if items:
            first = self.repos.item(items[0].row(), 0)
            self.open_repo(first.data(Qt.ItemDataRole.UserRole), first.data(_FILE_ROLE))

    def open_repo(self, repo: str, select: str | None = None) -> None:
        """List `repo`'s files (in the worker); `select` preselects one of them."""
        self._wanted = repo
        self.files.setRowCount(0)
        self.download_button.setEnabled(False)
        self.files_label.setText(self.tr("Listing the files of {repo}…").format(repo=repo))
        self._run(lambda c, p: (self.manager.files(repo), select), self._show_files,
                  "hub-files", self.files_label.setText)

    def _show_files(self, value) -> None:
        listing, select = value
        if listing.repo != self._wanted:
            return  # the user has moved on to another repo meanwhile
        self._listing = listing
        best = self.manager.best_fit(listing)
        saved = self.manager.partial(listing)
        self.files.setRowCount(0)
        for f in listing.files:
            row = self.files.rowCount()
            self.files.insertRow(row)
            name = f.name + (" " + self.tr("({n} parts)").format(n=len(f.parts))
                             if f.split else "")
            name += " — " + self.tr("{size} saved").format(size=human(saved[f.name])) \
                if saved.get(f.name) else ""
            label = self.tr("vision projector") if f.projector else (
                fit_text(f.fit) if f.fit else "?")
            self.files.setItem(row, 0, cell(("★ " if f.name == best else "") + name, f.name))
            self.files.setItem(row, 1, cell(f.quantization or "?"))
            self.files.setItem(row, 2, cell(human(f.size)))
            tip = (self.tr("needs about {size} with a {n_ctx}-token context").format(
                size=human(f.fit.need_bytes), n_ctx=f.fit.n_ctx) if f.fit else "")
            self.files.setItem(row, 3, cell(label, tip=tip))
            self.files.setItem(row, 4, cell((f.sha256 or "")[:12], tip=f.sha256 or ""))
            if f.name == select:
                self.files.selectRow(row)
        text = self.tr("{repo}: %n GGUF file(s).", "", len(listing.files)).format(
            repo=listing.repo)
        if best:
            text += " ★ " + self.tr("{file} is the largest that fits this machine.").format(
                file=best)
        if listing.gated:
            text += " " + self.tr("This repo is gated: set your hub token to download.")
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
                QMessageBox.warning(self, self.tr("Hub token"), error_text(exc))
                return
            self.status.setText(self.tr("Hub token saved."))

    # downloads -----------------------------------------------------------
    # installed -----------------------------------------------------------
    # downloads and import -----------------------------------------------
    def enqueue(self, repo: str, filename: str) -> Job:
        self.tabs.setCurrentIndex(1)
        return self.downloads.enqueue(repo, filename)

    def import_paths(self, paths: list[str], mode: str) -> Worker:
        self.tabs.setCurrentIndex(2)
        return self.installed.import_paths(paths, mode)

    def accepts_files(self, paths: list[str]) -> bool:
        return all(p.lower().endswith(".gguf") or Path(p).is_dir() for p in paths)

    def drop_files(self, paths: list[str]) -> None:
        mode = ask_import_mode(self, ", ".join(Path(p).name for p in paths))
        if mode:
            self.import_paths(paths, mode)
