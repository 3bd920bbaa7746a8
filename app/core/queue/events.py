"""What the job queue tells its listeners, as typed events carrying the job as it is
now: a listener (the window's runner and pages, a terminal) shows them without
reading the database again, even for a progress report many times a second."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # queue.py emits these: no import cycle at run time
    from app.core.control import Progress
    from app.core.queue.queue import Job


@dataclass(frozen=True)
class JobChanged:
    """Queued, started, cancelled while waiting, queued again: `job` is its new state."""

    job: Job


@dataclass(frozen=True)
class JobProgressed:
    """A progress report of a running job (`job` has its done/total/message/eta)."""

    job: Job
    progress: Progress


@dataclass(frozen=True)
class JobFinished:
    """The job ended: `job.status` is done, failed, cancelled or interrupted."""

    job: Job


@dataclass(frozen=True)
class JobRemoved:
    job_id: int


JobEvent = JobChanged | JobProgressed | JobFinished | JobRemoved


def job_id_of(event: JobEvent) -> int:
    return event.job_id if isinstance(event, JobRemoved) else event.job.id
