"""The Models page's downloads: jobs of the shared queue (the Jobs page lists the same
ones), a progress bar per file, pause/resume/cancel, and downloads an earlier run
left part-way, ready to continue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.control import Progress
from app.core.errors import HearthError, NotFound
from app.core.models.names import split_part_names, target_path
from app.core.queue.kinds import download as download_jobs
from app.core.queue.queue import Job
from app.ui.i18n import state_text
from app.ui.job_runner import runner_for
from app.ui.model_widgets import cell, human, make_table, progress_text


class DownloadsPanel(QWidget):
    installed = Signal(object)  # the download Job whose model was verified and registered

    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.jobs = core.jobs
        self.manager = core.models
        self.runner = runner_for(core)
        self._shown: dict[int, str] = {}  # job id -> the state its row shows
        self.last_progress: dict[int, Progress] = {}  # job id -> its latest report
        self.table = make_table([self.tr("File"), self.tr("Progress"), self.tr("Status"), "", ""])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 140)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (3, 4):  # buttons: cell widgets do not size their column
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 90)
        self.note = QLabel(self.tr("Downloads run one at a time, in order, in the background job "
                           "queue (the Jobs page lists them too). A stopped download "
                           "continues where it left off."))
        self.note.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.note)
        v.addWidget(self.table, 1)
        self.runner.progress.connect(self._on_progress)
        self.runner.job_finished.connect(self._on_finished)
        self.runner.job_changed.connect(self._on_changed)
        self._list_jobs()
        self._list_unfinished()

    # rows ------------------------------------------------------------------
    def row_of(self, key: int | str) -> int | None:
        """The row of a download job (by id) or of a partial file with no job
        (by `_file_key(repo, filename)`)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(_KEY) == key:
                return row
        return None

    def job_ids(self) -> list[int]:
        return [k for r in range(self.table.rowCount())
                if isinstance(k := self.table.item(r, 0).data(_KEY), int)]

    def _add_row(self, key, text: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, cell(text, key))
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setValue(0)
        self.table.setCellWidget(row, 1, bar)
        self.table.setItem(row, 2, cell(""))
        for col in (3, 4):  # made once per row; what a click does follows the text
            button = QPushButton()
            button.clicked.connect(lambda _=False, b=button: self._clicked(b))
            self.table.setCellWidget(row, col, button)
        return row

    def _button(self, row: int, col: int, text: str, enabled: bool = True) -> None:
        """Set a row's button to an action ("" hides it)."""
        button = self.table.cellWidget(row, col)
        button.setText(text)
        button.setEnabled(enabled and bool(text))
        button.setVisible(bool(text))

    def _clicked(self, button: QPushButton) -> None:
        row = next((r for r in range(self.table.rowCount())
                    if button in (self.table.cellWidget(r, 3), self.table.cellWidget(r, 4))),
                   None)
        if row is None:
            return
        key = self.table.item(row, 0).data(_KEY)
        if isinstance(key, str):  # a partial file with no job
            repo, filename = key.split("\n", 1)
            if button.text() == "Continue":
                self.enqueue(repo, filename)
            return
        action = {"Pause": self.toggle_pause, "Resume": self.toggle_pause,
                  "Cancel": self.cancel, "Continue": self.continue_job,
                  "Remove": self.remove}.get(button.text())
        if action is not None:
            action(key)

    def _add_job_row(self, job: Job) -> int:
        row = self.row_of(job.id)
        if row is None:
            p = job.params
            loose = self.row_of(_file_key(p["repo"], p["filename"]))
            if loose is not None:  # its partial file is this job's now
                self.table.removeRow(loose)
            row = self._add_row(job.id, f"{p['filename']}  ({p['repo']})")
        self._render(job)
        return row

    def _list_jobs(self) -> None:
        """Download jobs still to run or stopped part-way (also from earlier runs)."""
        for job in reversed(self.jobs.list()):
            if job.kind == download_jobs.KIND and job.status != "done":
                self._add_job_row(job)

    def _list_unfinished(self) -> None:
        """Partial files a closed window or a killed process left with no job (e.g. from
        before downloads were jobs): offer to continue them."""
        claimed = set()
        for job_id in self.job_ids():
            p = self.jobs.get(job_id).params
            claimed.update((p["repo"], name) for name in split_part_names(p["filename"]))
        for left in self.manager.unfinished():
            if (left["repo"], left["filename"]) in claimed:
                continue
            key = _file_key(left["repo"], left["filename"])
            if self.row_of(key) is not None:
                continue
            row = self._add_row(key, f"{left['filename']}  ({left['repo']})")
            bar = self.table.cellWidget(row, 1)
            bar.setValue(int(1000 * left["saved"] / left["size"]) if left["size"] else 0)
            self.table.item(row, 2).setText(self.tr("stopped at {size}").format(
                size=human(left["saved"])))
            self._button(row, 3, self.tr("Continue"))
            self._button(row, 4, "")
        if self.table.rowCount():
            self.note.setText(self.tr("Some downloads stopped part-way: Continue picks them up "
                              "where they stopped."))

    # state -----------------------------------------------------------------
    @staticmethod
    def _saved(job: Job) -> int:
        """Bytes a stopped download keeps on disk: its partial file, and the finished
        parts of a split model."""
        names = split_part_names(job.params["filename"])
        saved = 0
        for name in names:
            try:
                target = target_path(job.params["repo"], name)
            except HearthError:  # an unsafe name: the pull refused it, nothing was saved
                return 0
            partial = target.with_name(target.name + ".partial")
            if partial.exists():
                saved += partial.stat().st_size
            elif len(names) > 1 and target.exists():
                saved += target.stat().st_size
        return saved

    def _render(self, job: Job) -> None:
        """Show a job's state in its row: text, bar and the buttons that fit it."""
        row = self.row_of(job.id)
        if row is None:
            return
        state = "paused" if job.status == "running" and self.runner.is_paused(job.id) \
            else job.status
        status = self.table.item(row, 2)
        bar = self.table.cellWidget(row, 1)
        status.setToolTip("")
        if job.fraction is not None:
            bar.setValue(int(job.fraction * 1000))
        if state == "queued":
            status.setText(state_text("queued"))
            self._button(row, 3, self.tr("Pause"), enabled=False)  # nothing to pause yet
            self._button(row, 4, self.tr("Cancel"))
        elif state in ("running", "paused"):
            if state == "paused":
                status.setText(state_text("paused"))
            elif self._shown.get(job.id) != "running":  # its progress reports say more
                p = self.last_progress.get(job.id)
                status.setText(progress_text(p) if p else state_text("starting"))
            self._button(row, 3, self.tr("Resume") if state == "paused" else self.tr("Pause"))
            self._button(row, 4, self.tr("Cancel"))
        elif state == "done":
            bar.setValue(1000)
            result = job.result or {}
            fit = (result.get("fit") or {}).get("label", "")
            status.setText(self.tr("installed as {model}").format(
                model=result.get("model_id", "?")) + (f" · {fit}" if fit else ""))
            self._button(row, 3, "")
            self._button(row, 4, "")
        else:  # cancelled, interrupted, failed: the bytes are kept
            kept = self._saved(job)
            keeps = " · " + self.tr("{size} kept; Continue resumes").format(
                size=human(kept)) if kept else ""
            if state == "failed":
                status.setText((job.error or state_text("failed")) + keeps)
                status.setToolTip(job.error)
            else:
                status.setText(state_text(state) + keeps)
            self._button(row, 3, self.tr("Continue"))
            self._button(row, 4, self.tr("Remove"))
        self._shown[job.id] = state

    def _on_changed(self, job_id: int) -> None:
        """A job changed (submitted, started, cancelled or retried here or on the Jobs
        page, removed): add, update or drop its row. Progress alone changes nothing."""
        job = self.runner.job(job_id)  # as the queue's event told it: no database read
        if job is None:  # removed
            row = self.row_of(job_id)
            if row is not None:
                self.table.removeRow(row)
            self._shown.pop(job_id, None)
            return
        if job.kind != download_jobs.KIND:
            return
        if self.row_of(job_id) is None:
            if job.status in ("queued", "running"):
                self._add_job_row(job)
            return
        state = "paused" if job.status == "running" and self.runner.is_paused(job_id) \
            else job.status
        if state != self._shown.get(job_id):
            self._render(job)

    def _on_progress(self, job_id: int, p: Progress) -> None:
        row = self.row_of(job_id)
        if row is None or self._shown.get(job_id) not in ("running", "paused", "queued"):
            return
        self.last_progress[job_id] = p
        if self._shown.get(job_id) != "running":
            self._on_changed(job_id)
        if p.fraction is not None:
            self.table.cellWidget(row, 1).setValue(int(p.fraction * 1000))
        status = state_text("paused") if self.runner.is_paused(job_id) else progress_text(p)
        if p.message and p.message not in ((p.extra or {}).get("file"),):
            status += f" · {p.message}"
        self.table.item(row, 2).setText(status)

    def _on_finished(self, job_id: int, status: str) -> None:
        if status == "removed":
            self._on_changed(job_id)
            return
        try:
            job = self.jobs.get(job_id)
        except NotFound:
            return
        if job.kind != download_jobs.KIND:
            return
        self._add_job_row(job)
        if status == "done":
            self.installed.emit(job)

    # actions ---------------------------------------------------------------
    def enqueue(self, repo: str, filename: str) -> Job:
        """Queue a download in the shared job queue (or continue the same file's job)."""
        job = download_jobs.submit(self.jobs, repo, filename)
        self._add_job_row(job)
        self.runner.kick()
        return self.jobs.get(job.id)

    def continue_job(self, job_id: int) -> None:
        """Run a stopped download again: it continues from the bytes it kept."""
        try:
            job = self.jobs.retry(job_id)
        except HearthError as exc:
            row = self.row_of(job_id)
            if row is not None:
                self.table.item(row, 2).setText(str(exc))
            return
        self._render(job)
        self.runner.kick()

    def remove(self, job_id: int) -> None:
        """Forget a stopped download and delete the bytes it kept."""
        try:
            self.jobs.remove(job_id)
        except HearthError as exc:
            row = self.row_of(job_id)
            if row is not None:
                self.table.item(row, 2).setText(str(exc))
            return
        self._on_changed(job_id)  # drops the row

    def toggle_pause(self, job_id: int) -> None:
        paused = self.runner.toggle_pause(job_id)
        row = self.row_of(job_id)
        if row is None:
            return
        self.table.cellWidget(row, 3).setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.table.item(row, 2).setText(state_text("paused" if paused else "resuming"))
        self._shown[job_id] = "paused" if paused else "running"

    def cancel(self, job_id: int) -> None:
        """Cancel a running download at its next checkpoint (its bytes are kept), a
        waiting one at once."""
        self.runner.cancel(job_id)
        job = self.jobs.get(job_id)
        if job.status != "running":  # it had not started
            self._render(job)


_KEY = Qt.ItemDataRole.UserRole  # a row's job id, or _file_key(...) for a partial file


def _file_key(repo: str, filename: str) -> str:
    return f"{repo}\n{filename}"
