"""The Models page's downloads: jobs of the shared queue (the Jobs page lists the same
ones), a progress bar per file, pause/resume/cancel, and downloads an earlier run
left part-way, ready to continue.

The job rows are a view of the window's one `JobsModel` (download jobs, oldest
first, kept current by the queue's events); partial files that no job claims are a
small model of their own after them. Each row's two buttons follow its state.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QConcatenateTablesProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.models.names import split_part_names, target_path
from app.core.queue.kinds import download as download_jobs
from app.core.queue.queue import Job
from app.ui.core_text import error_text, say
from app.ui.i18n import fit_text, state_text, translate
from app.ui.job_runner import runner_for
from app.ui.jobs_model import (
    BAR_ROLE,
    ID_ROLE,
    JOB_ROLE,
    PROGRESS,
    STATE_ROLE,
    STATUS,
    TITLE,
    JobsFilter,
    JobsModel,
    ProgressDelegate,
)
from app.ui.model_widgets import human, progress_text

HEADERS = (QT_TRANSLATE_NOOP("ModelDownloads", "File"),
           QT_TRANSLATE_NOOP("ModelDownloads", "Status"),
           QT_TRANSLATE_NOOP("ModelDownloads", "Progress"), "")
# a row's buttons are named by these keys; each shows its translation
ACTION_LABELS = {"Pause": QT_TRANSLATE_NOOP("ModelDownloads", "Pause"),
                 "Resume": QT_TRANSLATE_NOOP("ModelDownloads", "Resume"),
                 "Cancel": QT_TRANSLATE_NOOP("ModelDownloads", "Cancel"),
                 "Continue": QT_TRANSLATE_NOOP("ModelDownloads", "Continue"),
                 "Remove": QT_TRANSLATE_NOOP("ModelDownloads", "Remove")}
ACTIONS = 3  # the column with a row's two buttons


def saved_bytes(job: Job) -> int:
    """Bytes a stopped download keeps on disk: its partial file, and the finished parts
    of a split model."""
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


def buttons_for(state: str) -> tuple[tuple[str, bool], tuple[str, bool]]:
    """The two buttons of a download in `state`: (action, enabled); "" hides one. The
    actions are keys of ACTION_LABELS (shown translated)."""
    if state == "queued":
        return ("Pause", False), ("Cancel", True)  # untranslated: keys; nothing to pause yet
    if state in ("running", "paused"):
        return ("Resume" if state == "paused" else "Pause", True), ("Cancel", True)  # untranslated
    if state == "done":
        return ("", False), ("", False)
    return ("Continue", True), ("Remove", True)  # untranslated: keys; the bytes are kept


class DownloadJobs(JobsFilter):
    """Download jobs, oldest first: those not done, and those done since `since` (a
    download finished while the page is open stays to say where it went)."""

    def __init__(self, model: JobsModel, since: float, parent=None) -> None:
        super().__init__(model, kinds=[download_jobs.KIND],
                         where=lambda j: j.status != "done" or (j.finished or 0) >= since,
                         parent=parent)
        self._kept: dict[tuple[int, float], int] = {}  # (job, updated) -> bytes on disk
        self.setSortRole(ID_ROLE)
        self.sort(TITLE, Qt.SortOrder.AscendingOrder)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return translate("ModelDownloads", HEADERS[section]) if HEADERS[section] else ""
        return super().headerData(section, orientation, role)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        job: Job | None = super().data(index, JOB_ROLE)
        if job is None:
            return None
        col = index.column()
        if col == TITLE:
            return f"{job.params['filename']}  ({job.params['repo']})"
        if col == STATUS:
            state = super().data(index, STATE_ROLE)
            if role == Qt.ItemDataRole.ToolTipRole:
                return say(job.error) if state == "failed" else None
            return self.status_text(job, state)
        if col == PROGRESS:
            return super().data(index, role) if role == Qt.ItemDataRole.DisplayRole else None
        return None

    def status_text(self, job: Job, state: str) -> str:
        if state in ("queued", "paused"):
            return state_text(state)
        if state == "running":
            p = self.jobs_model.progress_of(job.id)
            if p is None:
                return state_text("starting")
            text = progress_text(p)
            if p.message and p.message != (p.extra or {}).get("file"):
                text += f" · {say(p.message)}"
            return text
        if state == "done":
            result = job.result or {}
            fit = fit_text(result["fit"]) if result.get("fit") else ""
            return translate("ModelDownloads", "installed as {model}").format(
                model=result.get("model_id", "?")) + (f" · {fit}" if fit else "")
        key = (job.id, job.updated)  # a stopped job's bytes change only when it runs
        if key not in self._kept:
            self._kept[key] = saved_bytes(job)
        kept = self._kept[key]
        keeps = " · " + translate("ModelDownloads", "{size} kept; Continue resumes").format(
            size=human(kept)) if kept else ""
        return (say(job.error) or state_text("failed")) + keeps if state == "failed" else \
            state_text(state) + keeps


class RowButtons(QWidget):
    """A row's two buttons; what a click does follows their text. The row is read when
    clicked (a persistent index follows it as rows come and go above it)."""

    def __init__(self, index: QModelIndex, on_click) -> None:
        super().__init__()
        self.index = QPersistentModelIndex(index)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        self.buttons = (QPushButton(), QPushButton())
        for button in self.buttons:
            button.clicked.connect(lambda _=False, b=button: on_click(self.key,
                                                                     b.property("action")))
            layout.addWidget(button)

    @property
    def key(self) -> int | str | None:
        if not self.index.isValid():
            return None
        return self.index.sibling(self.index.row(), 0).data(ID_ROLE)

    def show_actions(self, actions) -> None:
        for button, (text, enabled) in zip(self.buttons, actions, strict=True):
            button.setProperty("action", text)  # the key; the label is its translation
            button.setText(translate("ModelDownloads", ACTION_LABELS[text]) if text else "")
            button.setEnabled(enabled and bool(text))
            button.setVisible(bool(text))


class DownloadsPanel(QWidget):
    installed = Signal(object)  # the download Job whose model was verified and registered

    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.jobs = core.jobs
        self.manager = core.models
        self.runner = runner_for(core)
        self.downloads = DownloadJobs(self.runner.model, time.time(), self)
        self.leftovers = QStandardItemModel(0, len(HEADERS), self)  # partial files, no job
        self.rows = QConcatenateTablesProxyModel(self)
        self.rows.addSourceModel(self.downloads)
        self.rows.addSourceModel(self.leftovers)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PROGRESS, 140)
        header.setSectionResizeMode(ACTIONS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ACTIONS, 190)
        self.note = QLabel(self.tr("Downloads run one at a time, in order, in the background job "
                           "queue (the Jobs page lists them too). A stopped download "
                           "continues where it left off."))
        self.note.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.note)
        v.addWidget(self.table, 1)
        self.rows.rowsInserted.connect(self._rows_inserted)
        self.rows.dataChanged.connect(self._data_changed)
        self.downloads.rowsInserted.connect(self._jobs_inserted)
        self.runner.job_finished.connect(self._on_finished)
        self._rows_inserted(QModelIndex(), 0, self.rows.rowCount() - 1)
        self._list_unfinished()

    # rows ------------------------------------------------------------------
    def row_of(self, key: int | str) -> int | None:
        """The row of a download job (by id) or of a partial file with no job
        (by `_file_key(repo, filename)`)."""
        for row in range(self.rows.rowCount()):
            if self.rows.index(row, 0).data(ID_ROLE) == key:
                return row
        return None

    def job_ids(self) -> list[int]:
        return [job.id for job in self.downloads.jobs()]

    def buttons(self, row: int) -> tuple[QPushButton, QPushButton]:
        return self.table.indexWidget(self.rows.index(row, ACTIONS)).buttons

    def status_text(self, row: int) -> str:
        return str(self.rows.index(row, STATUS).data() or "")

    def bar_value(self, row: int) -> int:
        return self.rows.index(row, PROGRESS).data(BAR_ROLE)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            index = self.rows.index(row, ACTIONS)
            widget = RowButtons(index, self._clicked)
            self.table.setIndexWidget(index, widget)
            self._show_buttons(row)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=None) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self._show_buttons(row)

    def _show_buttons(self, row: int) -> None:
        widget = self.table.indexWidget(self.rows.index(row, ACTIONS))
        if widget is None:
            return
        state = self.rows.index(row, 0).data(STATE_ROLE)
        actions = buttons_for(state) if state else (("Continue", True), ("", False))  # untranslated
        widget.show_actions(actions)

    def _jobs_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """A download job's row replaces the row of the partial file it continues."""
        for row in range(first, last + 1):
            job = self.downloads.job_at(row)
            if job is None:
                continue
            keys = {_file_key(job.params["repo"], name)
                    for name in split_part_names(job.params["filename"])}
            for left in reversed(range(self.leftovers.rowCount())):
                if self.leftovers.item(left, 0).data(ID_ROLE) in keys:
                    self.leftovers.removeRow(left)

    def _list_unfinished(self) -> None:
        """Partial files a closed window or a killed process left with no job (e.g. from
        before downloads were jobs): offer to continue them."""
        claimed = set()
        for job in self.downloads.jobs():
            p = job.params
            claimed.update((p["repo"], name) for name in split_part_names(p["filename"]))
        for left in self.manager.unfinished():
            key = _file_key(left["repo"], left["filename"])
            if (left["repo"], left["filename"]) in claimed or self.row_of(key) is not None:
                continue
            first = QStandardItem(f"{left['filename']}  ({left['repo']})")
            first.setData(key, ID_ROLE)
            bar = QStandardItem("")
            bar.setData(int(1000 * left["saved"] / left["size"]) if left["size"] else 0,
                        BAR_ROLE)
            self.leftovers.appendRow([first, QStandardItem(
                self.tr("stopped at {size}").format(size=human(left["saved"]))), bar,
                QStandardItem("")])
        stopped = any(j.status in ("failed", "cancelled", "interrupted")
                      for j in self.downloads.jobs())
        if stopped or self.leftovers.rowCount():
            self.note.setText(self.tr("Some downloads stopped part-way: Continue picks them up "
                              "where they stopped."))

    def _clicked(self, key: int | str | None, text: str) -> None:
        if key is None:
            return
        if isinstance(key, str):  # a partial file with no job
            repo, filename = key.split("\n", 1)
            if text == "Continue":
                self.enqueue(repo, filename)
            return
        action = {"Pause": self.toggle_pause, "Resume": self.toggle_pause,
                  "Cancel": self.cancel, "Continue": self.continue_job,
                  "Remove": self.remove}.get(text)
        if action is not None:
            action(key)

    def _say(self, text: str) -> None:
        self.note.setText(text)

    def _on_finished(self, job_id: int, status: str) -> None:
        if status != "done":
            return
        job = self.runner.job(job_id)
        if job is not None and job.kind == download_jobs.KIND:
            self.installed.emit(job)

    # actions ---------------------------------------------------------------
    def enqueue(self, repo: str, filename: str) -> Job:
        """Queue a download in the shared job queue (or continue the same file's job)."""
        job = download_jobs.submit(self.jobs, repo, filename)
        self.runner.kick()
        return self.runner.job(job.id) or job

    def continue_job(self, job_id: int) -> None:
        """Run a stopped download again: it continues from the bytes it kept."""
        try:
            self.jobs.retry(job_id)
        except HearthError as exc:
            self._say(error_text(exc))
            return
        self.runner.kick()

    def remove(self, job_id: int) -> None:
        """Forget a stopped download and delete the bytes it kept."""
        try:
            self.jobs.remove(job_id)
        except HearthError as exc:
            self._say(error_text(exc))

    def toggle_pause(self, job_id: int) -> None:
        self.runner.toggle_pause(job_id)

    def cancel(self, job_id: int) -> None:
        """Cancel a running download at its next checkpoint (its bytes are kept), a
        waiting one at once."""
        self.runner.cancel(job_id)


def _file_key(repo: str, filename: str) -> str:
    return f"{repo}\n{filename}"
