"""The Documents page: collections, their files with status, indexing progress
with pause/resume/cancel, adding by dialog or drag and drop.

Indexing runs as `index` jobs in the shared job queue, started by the window's
one JobRunner (so the Jobs page lists them beside file jobs and downloads); the
page shows the running one through its view of the window's one jobs model (the
collections' waiting and running index jobs), which the queue's events keep
current: no database read per progress report. The core's folder watcher queues a re-sync of a
watched collection when its files change, and resumes unfinished syncs at start
(`Core.start_background`), whether or not this page exists.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.control import Progress
from app.core.errors import HearthError
from app.core.queue.kinds import index as index_jobs
from app.core.queue.queue import Job
from app.ui.core_text import error_text, say
from app.ui.document_files import DocumentFiles
from app.ui.drops import FileDropTarget
from app.ui.i18n import translate
from app.ui.job_runner import runner_for
from app.ui.jobs_model import ID_ROLE, JobsFilter
from app.ui.workers import Worker

REFRESH_EVERY_S = 1.0


def describe(p: Progress) -> str:
    """'3/12 files · 40 pages · 120 chunks · 35.2 chunks/s · ETA 12 s · name.pdf'"""
    parts = [translate("DocumentsView", "{done:.0f}/{total:.0f} files").format(
        done=p.done, total=p.total)]
    extra = p.extra or {}
    if "pages" in extra:
        parts.append(translate("DocumentsView", "{n} pages").format(n=extra["pages"]))
    if "chunks" in extra:
        parts.append(translate("DocumentsView", "{n} chunks").format(n=extra["chunks"]))
    if extra.get("chunks_per_s"):
        parts.append(translate("DocumentsView", "{rate:.1f} chunks/s").format(
            rate=extra["chunks_per_s"]))
    if p.eta_s is not None:
        parts.append(translate("DocumentsView", "ETA {eta:.0f} s").format(eta=p.eta_s))
    if p.message:
        parts.append(say(p.message))
    return " · ".join(parts)


def finished_line(name: str, job: Job, status: str) -> str:
    """'Notes: indexed 3 file(s)…' with the language's own colon (Chinese '：')."""
    return translate("DocumentsView", "{name}: {text}").format(
        name=name, text=finished_text(job, status))


def finished_text(job: Job, status: str) -> str:
    """What an ended index job did: its report, its error, or that it was stopped."""
    r = job.result if status == "done" else None
    if r is not None:
        skipped = translate("DocumentsView", ", {n} skipped").format(
            n=len(r.get("skipped") or [])) if r.get("skipped") else ""
        return translate("DocumentsView", "indexed {files} file(s), {chunks} chunks in "
                         "{seconds:.1f} s; {unchanged} unchanged{skipped}.").format(
            files=r.get("indexed", 0), chunks=r.get("chunks", 0),
            seconds=float(r.get("seconds") or 0), unchanged=r.get("unchanged", 0),
            skipped=skipped)
    if status == "cancelled":
        return translate("DocumentsView", "Cancelled. Finished files are kept; Sync now "
                         "resumes the rest.")
    if status == "interrupted":
        return translate("DocumentsView", "Stopped as Hearth closed; it resumes on the next "
                         "start.")
    return say(job.error) or translate("DocumentsView", "Indexing failed.")


class DocumentsView(FileDropTarget, QWidget):
    collections_changed = Signal()
    file_task_requested = Signal(str, str)  # kind (summarize|translate), a document's path
    # collection name, the job's result (SyncReport.to_dict() + "summary") or None
    sync_finished = Signal(str, object)
    progressed = Signal(object)  # Progress of the running sync, on the GUI thread

    def __init__(self, core, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        self.docs = core.documents
        self.runner = runner_for(core)
        # the index jobs waiting or running, for any collection
        self.index_jobs = JobsFilter(self.runner.model, kinds=[index_jobs.KIND],
                                     statuses=("queued", "running"), parent=self)
        self._shown: int | None = None  # the index job on the progress bar
        self._reported: Progress | None = None  # its report on the bar now
        self._shown_name: str | None = None  # its collection's name
        self._closed = False
        self._last_refresh = 0.0
        self.setAcceptDrops(True)
        self._build()
        # bound methods of this widget: Qt drops the connections with it
        self.index_jobs.dataChanged.connect(self._on_rows_changed)
        self.index_jobs.rowsInserted.connect(self._on_rows_inserted)
        self.runner.job_finished.connect(self._on_job_finished)
        self.refresh()
        self._warm = Worker(lambda _c, _p: self.docs.warm_up(), name="documents-warm-up")
        self._warm.error.connect(lambda _msg: None)  # a missing model shows when indexing
        self._warm.start()
        running = self.running_job  # started from the Jobs page before this page was built
        if running is not None:
            self._follow(running)

    # layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.collection_list = QListWidget()
        self.collection_list.setAccessibleName(self.tr("Collections"))
        self.collection_list.currentRowChanged.connect(lambda _: self.refresh_files())
        new_btn = QPushButton(self.tr("New…"))
        new_btn.clicked.connect(self._ask_new)
        self.rename_btn = QPushButton(self.tr("Rename…"))
        self.rename_btn.clicked.connect(self._ask_rename)
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.clicked.connect(self._ask_remove)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Collections")))
        lv.addWidget(self.collection_list, 1)
        row = QHBoxLayout()
        for b in (new_btn, self.rename_btn, self.remove_btn):
            row.addWidget(b)
        lv.addLayout(row)

        self.title = QLabel(self.tr("No collection selected"))
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.add_files_btn = QPushButton(self.tr("Add files…"))
        self.add_files_btn.clicked.connect(self._ask_files)
        self.add_folder_btn = QPushButton(self.tr("Add folder…"))
        self.add_folder_btn.clicked.connect(self._ask_folder)
        self.sync_btn = QPushButton(self.tr("Sync now"))
        self.sync_btn.clicked.connect(lambda: self.request_sync(self.current()))
        self.pause_btn = QPushButton(self.tr("Pause"))
        self.pause_btn.clicked.connect(self.toggle_pause)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.clicked.connect(self.cancel)
        tools = QHBoxLayout()
        for b in (self.add_files_btn, self.add_folder_btn, self.sync_btn):
            tools.addWidget(b)
        tools.addStretch(1)
        self.model_box = QComboBox()
        self.model_box.setAccessibleName(self.tr("Embedding model"))
        self.model_box.setToolTip(self.tr("The model that turns this collection's text into "
                                          "vectors; changing it embeds the collection again in "
                                          "the background"))
        self.model_box.activated.connect(lambda _i: self.change_model(
            self.model_box.currentData()))
        model_row = QHBoxLayout()
        model_row.addWidget(QLabel(self.tr("Embedding model")))
        model_row.addWidget(self.model_box, 1)
        self.advice = QLabel("")
        self.advice.setObjectName("hint")
        self.advice.setWordWrap(True)
        self.advice_btn = QPushButton("")
        self.advice_btn.clicked.connect(lambda: self.change_model(self.advice_btn.property(
            "model")))
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.advice, 1)
        advice_row.addWidget(self.advice_btn)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)
        self.files = DocumentFiles()
        self.files.file_task_requested.connect(self.file_task_requested)
        self.hint = QLabel(self.tr("Drop files or folders here to add them to the selected "
                                   "collection."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addLayout(model_row)
        rv.addLayout(advice_row)
        rv.addLayout(tools)
        # Pause and Cancel by the progress bar they act on (one row of five buttons did
        # not fit the window's minimum width)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.pause_btn)
        progress_row.addWidget(self.cancel_btn)
        rv.addLayout(progress_row)
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
        # a job the runner has started is running, even before its thread says so
        active = {index_jobs.collection_of(j): "running" if j.id in self.runner.workers
                  else j.status for j in self._active_jobs()}
        self.collection_list.blockSignals(True)
        self.collection_list.clear()
        for row in self.docs.collections():
            label = row["name"] + "  " + self.tr("({files} files, {chunks} chunks)").format(
                files=row["indexed"], chunks=row["chunks"])
            state = active.get(row["id"])
            if state == "queued":
                label += self.tr("  · waiting to index")
            elif row["sync_state"] != "idle" and state != "running":
                label += self.tr("  · unfinished")
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
        for b in (self.rename_btn, self.remove_btn, self.add_files_btn, self.add_folder_btn,
                  self.model_box):
            b.setEnabled(has)
        self.sync_btn.setEnabled(has and name not in self._active_names())
        if not has:
            self.title.setText(self.tr("No collection yet: click New… or drop a folder here."))
            self.files.setRowCount(0)
            self._show_model(None)
            return
        try:
            st = self.docs.status(name)
        except HearthError:
            self.files.setRowCount(0)
            return
        self.title.setText(self.tr("{name}: {files} files, {indexed} indexed, {skipped} "
                                   "skipped, {chunks} chunks").format(
            name=name, files=len(st["files"]), indexed=st["indexed"],
            skipped=st["skipped"] + st["errors"], chunks=st["chunks"]))
        self.files.show_files(st["files"])
        self._show_model(name)

    def _show_model(self, name: str | None) -> None:
        """The collection's embedding model, and the switch to a multilingual one when
        most of its text is not English and its model reads English only."""
        self.model_box.blockSignals(True)
        self.model_box.clear()
        advice = None
        if name is not None:
            coll = self.docs.store.get(name)
            current = coll.embedding_model or self.docs.model_of(coll) or "all-minilm-l6-v2"
            choices = self.docs.model_choices()
            if current not in [c for c, _ in choices]:
                choices.append((current, current))
            for model_id, label in choices:
                self.model_box.addItem(say(label), model_id)
            self.model_box.setCurrentIndex(max(0, self.model_box.findData(current)))
            advice = self.docs.model_advice(name)
        self.model_box.blockSignals(False)
        if advice:
            self.advice.setText(self.tr(
                "{share:.0%} of this collection's text is {script}, but {model} reads English "
                "only: questions in that language will miss passages.").format(
                share=advice["share"], script=say(advice["script"]), model=advice["model"]))
            self.advice_btn.setText(self.tr("Use {model}").format(model=advice["suggest"]))
            self.advice_btn.setProperty("model", advice["suggest"])
        self.advice.setVisible(bool(advice))
        self.advice_btn.setVisible(bool(advice))

    def change_model(self, model: str | None) -> bool:
        """Give the current collection another embedding model and re-embed it in the
        background (the indexing job, with progress)."""
        name = self.current()
        if not name or not model:
            return False
        try:
            changed = self.docs.set_model(name, model)
        except HearthError as exc:
            self._say(error_text(exc))
            self.refresh_files()
            return False
        if changed:
            self.progress_label.setText(self.tr(
                "{name}: embedding every file again with {model}.").format(name=name,
                                                                          model=model))
            self.request_sync(name)
        return changed

    def _active_names(self) -> set[str]:
        """Collections with an index job queued or running."""
        return {n for j in self._active_jobs() if (n := self._collection_name(j))}

    # collections -------------------------------------------------------------------
    def create_collection(self, name: str) -> bool:
        try:
            self.docs.store.create(name)
        except HearthError as exc:
            self._say(error_text(exc))
            return False
        self.refresh()
        self.select(name.strip())
        return True

    def rename_collection(self, new_name: str) -> bool:
        name = self.current()
        if not name or name in self._active_names():
            return False
        try:
            self.docs.rename(name, new_name)
        except HearthError as exc:
            self._say(error_text(exc))
            return False
        self.refresh()
        self.select(new_name.strip())
        return True

    def remove_collection(self) -> bool:
        name = self.current()
        if not name or name in self._active_names():
            return False
        self.docs.remove(name)
        self.refresh()
        return True

    def add_paths(self, paths: list[str | Path], name: str | None = None) -> bool:
        """Add folders/files to a collection (the selected one, or a new 'Documents')."""
        name = name or self.current()
        if name is None:
            name = self.tr("Documents")
        try:
            self.docs.add(name, list(paths), sync=False)
        except HearthError as exc:
            self._say(error_text(exc))
            return False
        self.refresh()
        self.select(name)
        self.request_sync(name)
        return True

    # indexing ---------------------------------------------------------------------
    # Indexing runs as `index` jobs in the shared queue (the Jobs page lists them too);
    # this page follows whichever index job the window's runner is running.
    def request_sync(self, name: str | None) -> None:
        """Queue a sync of the collection (one job per collection: a waiting or running
        one is left as is) and let the runner start it when the indexing lane is free."""
        if not name or self._closed:
            return
        try:
            job = index_jobs.submit(self.core.jobs, self.docs, name)
        except HearthError as exc:  # e.g. removed meanwhile
            self._say(error_text(exc))
            return
        self.runner.kick()
        running = self.running_job
        if running is not None:
            self._follow(running)
        if job.status == "queued" and running != job.id:
            self.progress_label.setText(self.tr("{name}: waiting for the indexing before it.")
                                        .format(name=name))
        self.refresh()

    @property
    def running_job(self) -> int | None:
        """The id of the index job this window is running, or None."""
        for job_id in self.runner.running():
            job = self._job(job_id)
            if job is not None and job.kind == index_jobs.KIND:
                return job_id
        return None

    @property
    def busy(self) -> bool:
        """True while an index job is queued or running, for any collection."""
        return bool(self._active_jobs())

    @property
    def syncing(self) -> str | None:
        """The name of the collection being indexed now, or None."""
        job_id = self.running_job
        return self._collection_name(self._job(job_id)) if job_id is not None else None

    def _job(self, job_id: int) -> Job | None:
        return self.runner.job(job_id)  # as the queue's last event told it (None: removed)

    def _active_jobs(self) -> list[Job]:
        return self.index_jobs.jobs()

    def _collection_name(self, job: Job | None) -> str | None:
        if job is None:
            return None
        try:
            return self.docs.store.by_id(index_jobs.collection_of(job)).name
        except HearthError:  # the collection was removed: its job title still names it
            return job.title.removeprefix("Index ")  # untranslated: the core's title

    def _follow(self, job_id: int) -> None:
        """Show a running index job on the progress bar, label and buttons."""
        if job_id == self._shown:
            return
        self._shown = job_id
        self._reported = None
        # looked up once: progress comes many times a second (renaming waits for the end)
        self._shown_name = self._collection_name(self._job(job_id))
        self.progress.setRange(0, 0)  # busy until the first report (model loading)
        self.progress_label.setText(self.tr("Indexing {name}: loading the embedding model…")
                                    .format(name=self._shown_name))
        self._set_running(True)
        self.pause_btn.setText(self.tr("Resume") if self.runner.is_paused(job_id)
                               else self.tr("Pause"))
        self.refresh()

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """An index job was queued (here, on the Jobs page, by the folder watcher)."""
        for row in range(first, last + 1):
            self._on_job_changed(self.index_jobs.index(row, 0).data(ID_ROLE))
        if self._shown is None:
            self.refresh()  # its collection says "waiting to index"

    def _on_rows_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=None) -> None:
        for row in range(top.row(), bottom.row() + 1):
            job_id = self.index_jobs.index(row, 0).data(ID_ROLE)
            self._on_job_changed(job_id)
            if job_id == self._shown:
                self._show_progress(job_id)

    def _on_job_changed(self, job_id: int) -> None:
        """Follow the index job the runner starts; paused or resumed here or on the
        Jobs page, the button says so."""
        if job_id in self.runner.workers:
            job = self._job(job_id)
            if job is not None and job.kind == index_jobs.KIND:
                self._follow(job_id)
                self.pause_btn.setText(self.tr("Resume") if self.runner.is_paused(job_id)
                               else self.tr("Pause"))

    def _show_progress(self, job_id: int) -> None:
        """The followed job's latest report, as the queue's event brought it."""
        p = self.runner.model.progress_of(job_id)
        if p is None or p is self._reported:
            return
        self._reported = p
        self.progressed.emit(p)
        if p.total:
            self.progress.setRange(0, int(p.total))
            self.progress.setValue(int(p.done))
        if self.runner.is_paused(job_id):
            return  # keep "Paused indexing …" until Resume
        self.progress_label.setText(self.tr("Indexing {name}: {progress}").format(
            name=self._shown_name, progress=describe(p)))
        # The table is redrawn at most once a second, and not at all for big collections
        # until the end (thousands of rows would stall the window).
        if (time.monotonic() - self._last_refresh > REFRESH_EVERY_S
                and self.files.rowCount() < 2000):
            self._last_refresh = time.monotonic()
            self.refresh_files()

    def _on_job_finished(self, job_id: int, status: str) -> None:
        job = self._job(job_id)
        if job is None or job.kind != index_jobs.KIND:
            if job_id == self._shown:  # removed meanwhile
                self._stop_following()
            return
        name = self._collection_name(job) or ""
        result = job.result if status == "done" else None
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if result is not None else 0)
        self.progress_label.setText(finished_line(name, job, status))
        self._stop_following()
        self.sync_finished.emit(name, result)

    def _stop_following(self) -> None:
        # the runner starts the next queued index job next, and _follow shows it
        self._shown = None
        self._set_running(False)
        self.refresh()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for button in (self.pause_btn, self.cancel_btn):
            button.setEnabled(running)
            button.setVisible(running)
        self.pause_btn.setText(self.tr("Pause"))

    def toggle_pause(self) -> None:
        job_id = self.running_job
        if job_id is None:
            return
        paused = self.runner.toggle_pause(job_id)
        self.pause_btn.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if paused:
            self.progress_label.setText(self.tr("Paused indexing {name}.").format(
                name=self.syncing))

    def cancel(self) -> None:
        """Stop the running sync (finished files stay indexed) and drop the queued ones."""
        for job in self._active_jobs():
            if job.status == "queued":
                self.runner.cancel(job.id)
        job_id = self.running_job
        if job_id is not None:
            self.runner.cancel(job_id)
        else:
            self.refresh()

    def shutdown(self) -> None:
        """Stop following the queue. A running index job is the runner's: the window
        stops it ('interrupted', resumed on the next start)."""
        if self._closed:
            return
        self._closed = True
        for signal, slot in ((self.runner.job_finished, self._on_job_finished),
                             (self.index_jobs.dataChanged, self._on_rows_changed),
                             (self.index_jobs.rowsInserted, self._on_rows_inserted)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already gone with the runner
                pass

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """The window closes its pages before it closes the core."""
        self.shutdown()
        super().closeEvent(event)

    # dialogs and drops -----------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.progress_label.setText(text)

    def _ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name:"))
        if ok and name.strip():
            self.create_collection(name)

    def _ask_rename(self) -> None:
        name = self.current()
        if name:
            new, ok = QInputDialog.getText(self, self.tr("Rename collection"),
                                           self.tr("New name:"), text=name)
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
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"))
        if paths:
            self.add_paths(paths)

    def _ask_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        if path:
            self.add_paths([path])

    def drop_files(self, paths: list[str]) -> None:
        self.add_paths(paths)
