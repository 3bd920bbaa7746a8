"""The Jobs page: every background job (file jobs, indexing, downloads, whatever
registered with the shared queue) with its progress, ETA, cancel and retry.

Jobs run in the generic Worker through the shared JobRunner; this page only
shows them and sends the user's commands. A cancelled or interrupted job keeps
its finished chunks, so Retry resumes it. Files dropped on the page open the
file-task dialog.
"""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError, NotFound
from app.core.queue.queue import Job
from app.ui import notify
from app.ui.drops import FileDropTarget
from app.ui.file_tasks import FileTaskDialog
from app.ui.job_runner import runner_for
from app.ui.model_widgets import human

COLUMNS = ("Job", "Status", "Progress", "Details")
STATUS_TEXT = {"queued": "Waiting", "running": "Running", "done": "Done", "failed": "Failed",
               "cancelled": "Cancelled", "interrupted": "Interrupted"}


def duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 1:
        return "a moment"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def amount(job: Job) -> str:
    """'3 of 12 chunks', or for downloads '41.2 MB of 93.8 MB'."""
    if not job.total:
        return ""
    if job.unit == "bytes":
        return f"{human(job.done)} of {human(job.total)}"
    return f"{job.done:.0f} of {job.total:.0f} {job.unit or 'steps'}"


def details(job: Job) -> str:
    """One line about a job: what it is doing, or how it ended."""
    counted = amount(job)
    if job.status == "running":
        parts = [counted] if counted else ["starting"]
        if job.eta_s is not None:
            parts.append(f"about {duration(job.eta_s)} left")
        if job.message:
            parts.append(job.message)
        return " · ".join(parts)
    if job.status == "done" and job.result:
        r = job.result
        if r.get("summary"):  # indexing and downloads say what they did
            return r["summary"]
        text = f"Saved {r.get('output_path', '')}" if r.get("output_path") else "Finished"
        failed = r.get("failed_chunks") or []
        if failed:
            text += f" · {len(failed)} chunk(s) could not be done (marked in the file)"
        if r.get("source_language"):
            text += f" · source: {r['source_language']}"
        return text
    if job.status in ("cancelled", "interrupted", "failed"):
        text = job.error or STATUS_TEXT[job.status]
        return f"{text} ({counted} done)" if counted and job.done else text
    if job.status == "queued":
        return WAITING.get(job.kind, "Waiting for the model")
    return ""


QUIET_KINDS = ("index",)  # re-syncs of watched folders come often: no desktop notice
WAITING = {"index": "Waiting for the indexing before it", "download": "Waiting for the "
           "download before it"}


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
        external = buttons.addButton("Open in another app",
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
        self.rows: dict[int, int] = {}  # job id -> row
        self._pending: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(100)  # coalesce bursts of progress into one repaint
        self._flush.timeout.connect(self._apply_pending)
        self.setAcceptDrops(True)
        self._build()
        self.runner.job_changed.connect(self._changed)
        self.runner.job_finished.connect(self._finished)
        self.reload()
        self.runner.kick()  # jobs queued earlier (or by another page) start now

    # construction ------------------------------------------------------
    def _build(self) -> None:
        self.summarize_button = QPushButton("Summarize a file…")
        self.summarize_button.clicked.connect(lambda: self.new_task("summarize"))
        self.translate_button = QPushButton("Translate a file…")
        self.translate_button.clicked.connect(lambda: self.new_task("translate"))
        self.clear_button = QPushButton("Clear finished")
        self.clear_button.setToolTip("Remove finished jobs from the list (files stay)")
        self.clear_button.clicked.connect(self.clear_finished)
        top = QHBoxLayout()
        for b in (self.summarize_button, self.translate_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Jobs")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 140)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda *_: self.open_result())
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip("Hold the running job; Resume goes on from there")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the job; finished chunks are kept for Retry")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button = QPushButton("Retry")
        self.retry_button.setToolTip("Run the job again from its finished chunks")
        self.retry_button.clicked.connect(self.retry_selected)
        self.open_button = QPushButton("Open result")
        self.open_button.clicked.connect(self.open_result)
        self.folder_button = QPushButton("Show in folder")
        self.folder_button.clicked.connect(self.show_folder)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Forget this job (its output file stays)")
        self.remove_button.clicked.connect(self.remove_selected)
        actions = QHBoxLayout()
        for b in (self.pause_button, self.cancel_button, self.retry_button, self.open_button,
                  self.folder_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.empty = QLabel("No jobs yet. Summarize or translate a file, or drop one here.\n"
                            "Indexing and model downloads show here too.")
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
    def reload(self) -> None:
        """Rebuild the table from the queue (newest first)."""
        selected = self.selected_id()
        jobs = self.queue.list()
        self.table.setRowCount(0)
        self.rows.clear()
        for job in jobs:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.rows[job.id] = row
            bar = QProgressBar()
            bar.setAccessibleName("Progress")
            self.table.setCellWidget(row, 2, bar)
            self._fill(row, job)
        self.empty.setVisible(not jobs)
        self.table.setVisible(bool(jobs))
        self.actions_bar.setVisible(bool(jobs))
        if selected in self.rows:
            self.table.selectRow(self.rows[selected])
        self._update_buttons()

    def _fill(self, row: int, job: Job) -> None:
        title = QTableWidgetItem(job.title)
        title.setData(Qt.ItemDataRole.UserRole, job.id)
        title.setToolTip(f"{job.title}\n{job.kind} job {job.id}, queued "
                         f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(job.created))}")
        self.table.setItem(row, 0, title)
        state = STATUS_TEXT.get(job.status, job.status)
        if job.status == "running" and self.runner.is_paused(job.id):
            state = "Paused"
        self.table.setItem(row, 1, QTableWidgetItem(state))
        info = details(job)
        item = QTableWidgetItem(info)
        item.setToolTip(info)
        self.table.setItem(row, 3, item)
        bar: QProgressBar = self.table.cellWidget(row, 2)
        if job.total:
            bar.setRange(0, 1000)
            bar.setValue(int(1000 * (job.fraction or 0)))
            bar.setFormat("%p%" if job.unit == "bytes" else f"{job.done:.0f}/{job.total:.0f}")
        elif job.status == "running":
            bar.setRange(0, 0)  # busy, size not known yet
        else:
            bar.setRange(0, 1000)
            bar.setValue(1000 if job.status == "done" else 0)
            bar.setFormat("")

    def _changed(self, job_id: int) -> None:
        self._pending.add(job_id)
        if not self._flush.isActive():
            self._flush.start()

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, set()
        if any(j not in self.rows for j in pending):
            self.reload()
            return
        for job_id in pending:
            job = self.runner.job(job_id)  # as the queue's event told it: no database read
            if job is None:  # removed
                self.reload()
                return
            self._fill(self.rows[job_id], job)
        self._update_buttons()

    def _finished(self, job_id: int, status: str) -> None:
        """Say how a job ended; a desktop notice too when the window is not in front."""
        job = self.runner.job(job_id)
        if job is None:
            return
        summary = (job.result or {}).get("summary")
        if status == "done" and summary:
            text = f"Finished: {job.title}. {summary}."
        elif status == "done":
            failed = len((job.result or {}).get("failed_chunks") or [])
            text = f"Finished: {job.title}." + (
                f" {failed} chunk(s) could not be done; they are marked in the file." if failed
                else "")
        elif status == "failed":
            text = f"Failed: {job.title}. {job.error}"
        else:
            return
        link = f' <a href="{job.id}">Open the result</a>' if self._output(job) else ""
        self.status.setText(escape(text) + link)
        if job.kind not in QUIET_KINDS:
            notify.desktop(self.window(), "Hearth", text)

    def _open_linked(self, href: str) -> None:
        """The status line's 'Open the result' link: select that job and open its file."""
        self.select(int(href))
        self.open_result()

    # selection and actions ---------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_job(self) -> Job | None:
        job_id = self.selected_id()
        if job_id is None:
            return None
        try:
            return self.queue.get(job_id)
        except NotFound:
            return None

    def select(self, job_id: int) -> None:
        if job_id in self.rows:
            self.table.selectRow(self.rows[job_id])

    def _output(self, job: Job | None) -> Path | None:
        if job is None or job.status != "done" or not job.result:
            return None
        path = job.result.get("output_path")
        return Path(path) if path and Path(path).exists() else None

    def _update_buttons(self) -> None:
        job = self.selected_job()
        running = bool(job) and job.status == "running" and job.id in self.runner.workers
        self.pause_button.setEnabled(running)
        self.pause_button.setText("Resume" if running and self.runner.is_paused(job.id)
                                  else "Pause")
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
            self.status.setText(escape(str(exc)))
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
        for job in self.queue.list():
            if job.status == "done":
                self.queue.remove(job.id)
        self.reload()

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
        self.reload()
        self.select(job.id)
        verb = "Resuming" if self.dialog.resumed else "Started"
        self.status.setText(escape(f"{verb}: {job.title}."))

    # drag and drop -----------------------------------------------------
    def drop_files(self, paths: list[str]) -> None:
        self.new_task("summarize", paths[0])
