"""The window's one table of jobs, fed only by the queue's typed events.

`JobsModel` holds every job the window knows (newest first): one read of the queue
when it is made, then each `JobChanged`, `JobProgressed`, `JobFinished` and
`JobRemoved` event updates, inserts or drops one row, so a progress report costs no
database read on the GUI thread. The Jobs, Documents and Models pages show filtered
views of it (`JobsFilter`: by kind, by status, by any test on the job, e.g. one
collection's index jobs); none of them keeps its own copy of a job.

The window's `JobRunner` owns the model and feeds it; pages reach it through
`runner_for(core).model`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from app.core.control import Progress
from app.core.queue.events import JobEvent, JobFinished, JobProgressed, JobRemoved
from app.core.queue.queue import Job
from app.core.tasks import language
from app.core.units import human_bytes as human
from app.ui.core_text import say
from app.ui.i18n import language_name, translate

COLUMNS = (QT_TRANSLATE_NOOP("JobsModel", "Job"), QT_TRANSLATE_NOOP("JobsModel", "Status"),
           QT_TRANSLATE_NOOP("JobsModel", "Progress"), QT_TRANSLATE_NOOP("JobsModel", "Details"))
TITLE, STATUS, PROGRESS, DETAILS = range(len(COLUMNS))

_USER = Qt.ItemDataRole.UserRole
JOB_ROLE = _USER + 1  # the Job as the last event told it
ID_ROLE = _USER + 2  # its id
STATE_ROLE = _USER + 3  # its status, or "paused" for a running job on hold
BAR_ROLE = _USER + 4  # the bar's value out of 1000; -1 while busy with no size yet
PROGRESS_ROLE = _USER + 5  # the latest Progress report of a running job (or None)

# shown through status_text() and details(), in the window's language
STATUS_TEXT = {"queued": QT_TRANSLATE_NOOP("JobsModel", "Waiting"),
               "running": QT_TRANSLATE_NOOP("JobsModel", "Running"),
               "done": QT_TRANSLATE_NOOP("JobsModel", "Done"),
               "failed": QT_TRANSLATE_NOOP("JobsModel", "Failed"),
               "cancelled": QT_TRANSLATE_NOOP("JobsModel", "Cancelled"),
               "interrupted": QT_TRANSLATE_NOOP("JobsModel", "Interrupted"),
               "paused": QT_TRANSLATE_NOOP("JobsModel", "Paused")}
WAITING = {"index": QT_TRANSLATE_NOOP("JobsModel", "Waiting for the indexing before it"),
           "download": QT_TRANSLATE_NOOP("JobsModel", "Waiting for the download before it"),
           "": QT_TRANSLATE_NOOP("JobsModel", "Waiting for the model")}


UNITS = {"files": QT_TRANSLATE_NOOP("JobsModel", "files"),
         "chunks": QT_TRANSLATE_NOOP("JobsModel", "chunks"),
         "pages": QT_TRANSLATE_NOOP("JobsModel", "pages"),
         "parts": QT_TRANSLATE_NOOP("JobsModel", "parts"),
         "steps": QT_TRANSLATE_NOOP("JobsModel", "steps")}


SUMMARY_LENGTHS = {"short": QT_TRANSLATE_NOOP("JobsModel", "short"),
                   "medium": QT_TRANSLATE_NOOP("JobsModel", "medium"),
                   "long": QT_TRANSLATE_NOOP("JobsModel", "long")}


def job_title(job: Job) -> str:
    """A job's title in the window's language, made from its kind and params (the
    core's own title, in English, for kinds it does not know)."""
    p = job.params or {}
    try:
        if job.kind == "download":
            return translate("JobsModel", "Download {file}").format(file=p["filename"])
        if job.kind == "index":
            return translate("JobsModel", "Index {collection}").format(
                collection=job.title.removeprefix("Index "))  # untranslated: the core's
        if job.kind == "summarize":
            length = p.get("length", "medium")
            length = (translate("JobsModel", SUMMARY_LENGTHS[length])
                      if length in SUMMARY_LENGTHS else length)
            if p.get("language"):  # chosen: two summaries of one file in two languages
                return translate("JobsModel", "Summarize {file} ({length}, in {language})"
                                 ).format(file=Path(p["path"]).name, length=length,
                                          language=language_name(
                                              language.resolve(p["language"])[1]))
            return translate("JobsModel", "Summarize {file} ({length})").format(
                file=Path(p["path"]).name, length=length)
        if job.kind == "translate":
            into = job.title.rsplit(" into ", 1)[-1]  # the language's name, as resolved
            return translate("JobsModel", "Translate {file} into {language}").format(
                file=Path(p["path"]).name, language=language_name(into))
    except (KeyError, TypeError):
        pass
    return job.title


def status_text(state: str) -> str:
    """A job's state as the Jobs page's Status column says it."""
    return translate("JobsModel", STATUS_TEXT[state]) if state in STATUS_TEXT else state

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 1:
        return translate("JobsModel", "a moment")
    seconds = int(seconds)
    if seconds < 60:
        return translate("JobsModel", "{s} s").format(s=seconds)
    if seconds < 3600:
        return translate("JobsModel", "{m} min {s:02d} s").format(m=seconds // 60,
                                                                   s=seconds % 60)
    return translate("JobsModel", "{h} h {m:02d} min").format(h=seconds // 3600,
                                                              m=seconds % 3600 // 60)


def amount(job: Job) -> str:
    """'3 of 12 chunks', or for downloads '41.2 MB of 93.8 MB'."""
    if not job.total:
        return ""
    if job.unit == "bytes":
        return translate("JobsModel", "{done} of {total}").format(done=human(job.done),
                                                                  total=human(job.total))
    key = job.unit or "steps"
    unit = translate("JobsModel", UNITS[key]) if key in UNITS else key
    return translate("JobsModel", "{done:.0f} of {total:.0f} {unit}").format(
        done=job.done, total=job.total, unit=unit)


def details(job: Job) -> str:
    """One line about a job: what it is doing, or how it ended."""
    counted = amount(job)
    if job.status == "running":
        parts = [counted] if counted else [translate("JobsModel", "starting")]
        if job.eta_s is not None:
            parts.append(translate("JobsModel", "about {time} left").format(
                time=duration(job.eta_s)))
        if job.message:
            parts.append(say(job.message))
        return " · ".join(parts)
    if job.status == "done" and job.result:
        r = job.result
        if r.get("summary"):  # indexing and downloads say what they did
            return say(r["summary"])
        text = translate("JobsModel", "Saved {path}").format(path=r["output_path"]) \
            if r.get("output_path") else translate("JobsModel", "Finished")
        failed = r.get("failed_chunks") or []
        if failed:
            text += " · " + translate("JobsModel", "chunks that could not be done (marked in "
                                      "the file): {n}").format(n=len(failed))
        if r.get("source_language"):
            text += " · " + translate("JobsModel", "source: {language}").format(
                language=language_name(r["source_language"]))
        return text
    if job.status in ("cancelled", "interrupted", "failed"):
        text = say(job.error) or status_text(job.status)
        return translate("JobsModel", "{text} ({amount} done)").format(
            text=text, amount=counted) if counted and job.done else text
    if job.status == "queued":
        return translate("JobsModel", WAITING.get(job.kind, WAITING[""]))
    return ""


def bar_value(job: Job) -> int:
    """The progress bar out of 1000; -1 for a running job that has no size yet."""
    if job.total:
        return int(1000 * (job.fraction or 0))
    if job.status == "running":
        return -1
    return 1000 if job.status == "done" else 0


def bar_text(job: Job) -> str:
    if not job.total:
        return ""
    if job.unit == "bytes":
        return f"{int(100 * (job.fraction or 0))}%"
    return f"{job.done:.0f}/{job.total:.0f}"


class JobsModel(QAbstractTableModel):
    """Every job the window knows, newest first, one row each (see the module doc)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []  # newest (highest id) first
        self._rows: dict[int, int] = {}  # job id -> row
        self._progress: dict[int, Progress] = {}  # running jobs' latest reports
        self._paused: set[int] = set()

    # feeding ------------------------------------------------------------------
    def load(self, jobs: Iterable[Job]) -> None:
        """Start from the queue's jobs as stored (the one read; events do the rest)."""
        self.beginResetModel()
        self._jobs = sorted(jobs, key=lambda j: -j.id)
        self._reindex()
        self._progress.clear()
        self._paused.clear()
        self.endResetModel()

    def apply(self, event: JobEvent) -> None:
        """One queue event: update, insert or drop that job's row (and only it)."""
        if isinstance(event, JobRemoved):
            self._remove(event.job_id)
            return
        job = event.job
        if isinstance(event, JobProgressed):
            self._progress[job.id] = event.progress
        elif job.status != "running":  # a finished or queued-again job has no live report
            self._progress.pop(job.id, None)
        if isinstance(event, JobFinished) or job.status != "running":
            self._paused.discard(job.id)
        row = self._rows.get(job.id)
        if row is None:
            self._insert(job)
        else:
            self._jobs[row] = job
            self._changed(row)

    def set_paused(self, job_id: int, paused: bool) -> None:
        """The runner holds or releases a running job (the queue has no event for it)."""
        if paused:
            self._paused.add(job_id)
        else:
            self._paused.discard(job_id)
        row = self._rows.get(job_id)
        if row is not None:
            self._changed(row)

    def _insert(self, job: Job) -> None:
        row = next((i for i, j in enumerate(self._jobs) if j.id < job.id), len(self._jobs))
        self.beginInsertRows(QModelIndex(), row, row)
        self._jobs.insert(row, job)
        self._reindex()
        self.endInsertRows()

    def _remove(self, job_id: int) -> None:
        row = self._rows.get(job_id)
        self._progress.pop(job_id, None)
        self._paused.discard(job_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._jobs[row]
        self._reindex()
        self.endRemoveRows()

    def _reindex(self) -> None:
        self._rows = {job.id: row for row, job in enumerate(self._jobs)}

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # reading ------------------------------------------------------------------
    def job(self, job_id: int) -> Job | None:
        row = self._rows.get(job_id)
        return self._jobs[row] if row is not None else None

    def jobs(self) -> list[Job]:
        return list(self._jobs)

    def row_of(self, job_id: int) -> int | None:
        return self._rows.get(job_id)

    def progress_of(self, job_id: int) -> Progress | None:
        return self._progress.get(job_id)

    def state(self, job: Job) -> str:
        """Its status, or 'paused' while the runner holds it."""
        return "paused" if job.status == "running" and job.id in self._paused else job.status

    def counts(self) -> dict[str, int]:
        """Jobs by state; a held job counts as 'paused', not 'running'."""
        counts: dict[str, int] = {}
        for job in self._jobs:
            state = self.state(job)
            counts[state] = counts.get(state, 0) + 1
        return counts

    # Qt's model interface ------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("JobsModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return job_title(job)
            if col == STATUS:
                return status_text(self.state(job))
            if col == PROGRESS:
                return bar_text(job)
            return details(job)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TITLE:
                queued = time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created))
                return job_title(job) + "\n" + self.tr("{kind} job {id}, queued {when}").format(
                    kind=job.kind, id=job.id, when=queued)
            return details(job) if col == DETAILS else None
        return self.role_data(job, role)

    def role_data(self, job: Job, role: int) -> Any:
        if role == JOB_ROLE:
            return job
        if role == ID_ROLE:
            return job.id
        if role == STATE_ROLE:
            return self.state(job)
        if role == BAR_ROLE:
            return bar_value(job)
        if role == PROGRESS_ROLE:
            return self._progress.get(job.id)
        return None


class JobsFilter(QSortFilterProxyModel):
    """A page's view of the jobs: those of some kinds, in some states, passing a test.

    Filtering is dynamic: a job that changes state enters or leaves the view by
    itself (a finished index job leaves a view of running ones)."""

    def __init__(self, model: JobsModel, kinds: Iterable[str] | None = None,
                 statuses: Iterable[str] | None = None,
                 where: Callable[[Job], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs_model = model
        self.kinds = frozenset(kinds) if kinds is not None else None
        self.statuses = frozenset(statuses) if statuses is not None else None
        self.where = where
        self.setDynamicSortFilter(True)
        self.setSourceModel(model)

    def set_where(self, where: Callable[[Job], bool] | None) -> None:
        """Show the jobs passing another test (e.g. another collection's)."""
        self.where = where
        self.invalidateFilter()

    def accepts(self, job: Job) -> bool:
        return ((self.kinds is None or job.kind in self.kinds)
                and (self.statuses is None or job.status in self.statuses)
                and (self.where is None or self.where(job)))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        job = self.jobs_model.data(self.jobs_model.index(source_row, 0, source_parent),
                                   JOB_ROLE)
        return job is not None and self.accepts(job)

    # reading (rows of this view) ----------------------------------------------
    def job_at(self, row: int) -> Job | None:
        return self.data(self.index(row, 0), JOB_ROLE)

    def jobs(self) -> list[Job]:
        return [job for row in range(self.rowCount()) if (job := self.job_at(row))]

    def row_of(self, job_id: int) -> int | None:
        source = self.jobs_model.row_of(job_id)
        if source is None:
            return None
        row = self.mapFromSource(self.jobs_model.index(source, 0)).row()
        return row if row >= 0 else None

    def text(self, job_id: int, column: int) -> str:
        """What this view shows in a job's cell ('' when the job is not in it)."""
        row = self.row_of(job_id)
        return "" if row is None else str(self.index(row, column).data() or "")


class ProgressDelegate(QStyledItemDelegate):
    """Paints a cell as a progress bar (`BAR_ROLE` out of 1000, -1 busy) with the
    cell's text on it, so a view needs no widget per row."""

    def paint(self, painter, option, index) -> None:  # noqa: ANN001 - Qt's signature
        value = index.data(BAR_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.minimum, bar.maximum = (0, 0) if value < 0 else (0, 1000)
        bar.progress = max(0, value)
        bar.text = str(index.data() or "")
        bar.textVisible = bool(bar.text)
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
