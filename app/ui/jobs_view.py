"""The Jobs page: every background job (file jobs, indexing, downloads, whatever
registered with the shared queue) with its progress, ETA, cancel and retry.

Jobs run in the generic Worker through the shared JobRunner; this page only
shows them (a view of the window's one `JobsModel`, fed by the queue's events)
and sends the user's commands. A cancelled or interrupted job keeps
its finished chunks, so Retry resumes it. Files dropped on the page open the
file-task dialog.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.queue.events import JobFinished
from app.core.queue.queue import Job
from app.ui import notify
from app.ui.core_text import error_text, say
from app.ui.drops import FileDropTarget
from app.ui.file_tasks import FileTaskDialog
from app.ui.job_runner import runner_for
from app.ui.jobs_model import (  # noqa: F401 - amount, details, duration: for callers
    DETAILS,
    ID_ROLE,
    PROGRESS,
    STATUS,
    STATUS_TEXT,
    TITLE,
    JobsFilter,
    ProgressDelegate,
    amount,
    details,
    duration,
    job_title,
    status_text,
)

QUIET_KINDS = ("index",)  # re-syncs of watched folders come often: no desktop notice


class ResultViewer(QDialog):
    """Shows a job's text output (Markdown, text, HTML) inside Hearth."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(path.name)
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        text = path.read_text(encoding="utf-8", errors="replace")
        suffix = path.suffix.lower()
        if suffix in (".md", ".markdown"):
            self.browser.setMarkdown(text)
        elif suffix in (".html", ".htm"):
            self.browser.setHtml(text)
        else:
            self.browser.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        external = buttons.addButton(self.tr("Open in another app"),
                                     QDialogButtonBox.ButtonRole.ActionRole)
        external.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class JobsView(FileDropTarget, QWidget):
    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.queue = core.jobs
        self.runner = runner_for(core)
        self.jobs = JobsFilter(self.runner.model, parent=self)  # every job, newest first
        self.setAcceptDrops(True)
        self._build()
        for signal in (self.jobs.rowsInserted, self.jobs.rowsRemoved, self.jobs.modelReset):
            signal.connect(self._rows_changed)
        self.jobs.dataChanged.connect(self._data_changed)
        self.runner.job_event.connect(self._event)
        self._rows_changed()
        self.runner.kick()  # jobs queued earlier (or by another page) start now

    # construction ------------------------------------------------------
    def _build(self) -> None:
        self.summarize_button = QPushButton(self.tr("Summarize a file…"))
        self.summarize_button.clicked.connect(lambda: self.new_task("summarize"))
        self.translate_button = QPushButton(self.tr("Translate a file…"))
        self.translate_button.clicked.connect(lambda: self.new_task("translate"))
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.clear_button.setToolTip(self.tr("Remove finished jobs from the list (files stay)"))
        self.clear_button.clicked.connect(self.clear_finished)
        top = QHBoxLayout()
        for b in (self.summarize_button, self.translate_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        self.table = QTableView()
        self.table.setModel(self.jobs)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self.open_result())
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Hold the running job; Resume goes on from there"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the job; finished chunks are kept for Retry"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Run the job again from its finished chunks"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.open_button = QPushButton(self.tr("Open result"))
        self.open_button.clicked.connect(self.open_result)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_folder)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Forget this job (its output file stays)"))
        self.remove_button.clicked.connect(self.remove_selected)
        actions = QHBoxLayout()
        for b in (self.pause_button, self.cancel_button, self.retry_button, self.open_button,
                  self.folder_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.empty = QLabel(self.tr("No jobs yet. Summarize or translate a file, or drop one "
                                    "here.\nIndexing and model downloads show here too."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)  # a link to the finished result
        self.status.linkActivated.connect(self._open_linked)
        # the job buttons show with the jobs: an empty page shows what to do, not a row
        # of disabled buttons
        self.actions_bar = QWidget()
        self.actions_bar.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.status)

    # data --------------------------------------------------------------
    def row_of(self, job_id: int) -> int | None:
        """The job's row on this page (None: not listed)."""
        return self.jobs.row_of(job_id)

    def text(self, job_id: int, column: int) -> str:
        """What the page shows in a job's cell."""
        return self.jobs.text(job_id, column)

    def _rows_changed(self, *_args) -> None:
        has = self.jobs.rowCount() > 0
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.actions_bar.setVisible(has)
        self._update_buttons()

    def _data_changed(self, top: QModelIndex, _bottom: QModelIndex, _roles=None) -> None:
        # the buttons follow the selected job only: progress of others changes nothing
        if top.data(ID_ROLE) == self.selected_id():
            self._update_buttons()

    def _event(self, event) -> None:
        if isinstance(event, JobFinished):  # said as its row turns to Done or Failed
            self._finished(event.job.id, event.job.status)

    def _finished(self, job_id: int, status: str) -> None:
        """Say how a job ended; a desktop notice too when the window is not in front."""
        job = self.runner.job(job_id)
        if job is None:
            return
        summary = (job.result or {}).get("summary")
        if status == "done" and summary:
            text = self.tr("Finished: {job}. {summary}.").format(job=job_title(job),
                                                                 summary=say(summary))
        elif status == "done":
            failed = len((job.result or {}).get("failed_chunks") or [])
            text = self.tr("Finished: {job}.").format(job=job_title(job)) + (
                " " + self.tr("%n chunk(s) could not be done; they are marked in the file.",
                              "", failed) if failed else "")
        elif status == "failed":
            text = self.tr("Failed: {job}. {error}").format(job=job_title(job),
                                                            error=say(job.error))
        else:
            return
        label = escape(self.tr("Open the result"))
        link = f' <a href="{job.id}">{label}</a>' if self._output(job) else ""
        self.status.setText(escape(text) + link)
        if job.kind not in QUIET_KINDS:
            notify.desktop(self.window(), "Hearth", text)

    def _open_linked(self, href: str) -> None:
        """The status line's 'Open the result' link: select that job and open its file."""
        self.select(int(href))
        self.open_result()

    # selection and actions ---------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_job(self) -> Job | None:
        job_id = self.selected_id()
        return self.runner.job(job_id) if job_id is not None else None

    def select(self, job_id: int) -> None:
        row = self.row_of(job_id)
        if row is not None:
            self.table.selectRow(row)

    def _output(self, job: Job | None) -> Path | None:
        if job is None or job.status != "done" or not job.result:
            return None
        path = job.result.get("output_path")
        return Path(path) if path and Path(path).exists() else None

    def _size_columns(self) -> None:
        """Widths from the table's font (Settings can make it bigger), so that every
        status ("Interrupted") is whole; title and progress scale alike."""
        metrics = self.table.fontMetrics()
        status = max(metrics.horizontalAdvance(status_text(s)) for s in STATUS_TEXT)
        self.table.setColumnWidth(STATUS, status + 3 * metrics.averageCharWidth())
        self.table.setColumnWidth(TITLE, 40 * metrics.averageCharWidth())
        self.table.setColumnWidth(PROGRESS, 22 * metrics.averageCharWidth())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def _update_buttons(self, *_args) -> None:
        job = self.selected_job()
        running = bool(job) and job.status == "running" and job.id in self.runner.workers
        self.pause_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if running and self.runner.is_paused(job.id)
                                  else self.tr("Pause"))
        self.cancel_button.setEnabled(bool(job) and job.status in ("queued", "running"))
        self.retry_button.setEnabled(bool(job) and job.can_retry)
        has_output = self._output(job) is not None
        self.open_button.setEnabled(has_output)
        self.folder_button.setEnabled(has_output)
        self.remove_button.setEnabled(bool(job) and job.status != "running")

    def _act(self, fn) -> None:
        try:
            fn()
        except HearthError as exc:
            self.status.setText(escape(error_text(exc)))
        self._update_buttons()

    def cancel_selected(self) -> None:
        job_id = self.selected_id()
        if job_id is not None:
            self._act(lambda: self.runner.cancel(job_id))

    def toggle_pause(self) -> None:
        job_id = self.selected_id()
        if job_id is not None:
            self.runner.toggle_pause(job_id)
        self._update_buttons()

    def retry_selected(self) -> None:
        job_id = self.selected_id()
        if job_id is not None:
            self._act(lambda: (self.queue.retry(job_id), self.runner.kick()))

    def remove_selected(self) -> None:
        job_id = self.selected_id()
        if job_id is not None:
            self._act(lambda: self.queue.remove(job_id))

    def clear_finished(self) -> None:
        for job in self.jobs.jobs():
            if job.status == "done":
                self._act(lambda job_id=job.id: self.queue.remove(job_id))

    def open_result(self) -> None:
        path = self._output(self.selected_job())
        if path is None:
            return
        if path.suffix.lower() in (".md", ".markdown", ".txt", ".html", ".htm"):
            self.viewer = ResultViewer(path, self)
            self.viewer.show()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_folder(self) -> None:
        path = self._output(self.selected_job())
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def new_task(self, kind: str = "summarize", path: str | Path | None = None) -> None:
        self.dialog = FileTaskDialog(self.core, self, path, kind)
        self.dialog.accepted.connect(self._task_started)
        self.dialog.open()

    def _task_started(self) -> None:
        job = self.dialog.job
        if job is None:
            return
        self.select(job.id)
        verb = self.tr("Resuming") if self.dialog.resumed else self.tr("Started")
        self.status.setText(escape(self.tr("{verb}: {job}.").format(verb=verb,
                                                                    job=job_title(job))))

    # drag and drop -----------------------------------------------------
    def drop_files(self, paths: list[str]) -> None:
        self.new_task("summarize", paths[0])
