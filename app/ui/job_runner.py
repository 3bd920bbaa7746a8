"""Runs the shared job queue's jobs in the window, each in the generic Worker.

One runner per Core (`runner_for(core)`): the Jobs, Documents and Models pages
and the file-task dialog share it. It starts the oldest queued job of each free
lane (one model job, one indexing job and one download at a time), and looks
again whenever a job changes state. The queue's typed events reach the GUI thread
through it once: they feed its `model` (`ui/jobs_model.JobsModel`, the window's one
table of jobs, which the pages show filtered views of) and then go out as signals,
so a progress report costs no database read here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.errors import NotFound
from app.core.queue.events import JobEvent, JobProgressed, job_id_of
from app.core.queue.kinds import download as download_jobs
from app.core.queue.queue import CLOSED_NOTE, Job, JobQueue
from app.ui.jobs_model import JobsModel
from app.ui.workers import Worker

RESUMED_AFTER_A_CRASH = (download_jobs.KIND,)

_RUNNERS: dict[int, JobRunner] = {}


class _Bridge(QObject):
    """Carries queue events from any thread to the GUI thread."""

    event = Signal(object)  # a JobEvent
    finished = Signal(int)


class JobRunner(QObject):
    job_event = Signal(object)  # a typed queue event (app.core.queue.events)
    job_changed = Signal(int)  # job id: anything about it changed (progress included)
    job_finished = Signal(int, str)  # job id, final status

    def __init__(self, queue: JobQueue) -> None:
        super().__init__()
        self.queue = queue
        self.workers: dict[int, Worker] = {}
        self._lanes: dict[int, str] = {}
        self.model = JobsModel(self)  # each job as the last event told it
        self._bridge = _Bridge()
        self._bridge.event.connect(self._on_event)
        self._bridge.finished.connect(self._done)
        self._unsubscribe = queue.subscribe_events(self._bridge.event.emit)
        self.model.load(queue.list())  # the one read: events keep it current from here

    def job(self, job_id: int) -> Job | None:
        """The job as the last event told it (no database read), or as stored (a job
        older than the model's first read)."""
        job = self.model.job(job_id)
        if job is None:
            try:
                job = self.queue.get(job_id)
            except NotFound:
                return None
        return job

    def _on_event(self, event: JobEvent) -> None:
        if self.queue.closed:  # queued before its core closed
            return
        job_id = job_id_of(event)
        self.model.apply(event)
        self.job_event.emit(event)
        self.job_changed.emit(job_id)
        if not isinstance(event, JobProgressed):  # a lane may be free, or a job waiting
            self.kick()

    def kick(self) -> None:
        """Start every queued job whose lane is free."""
        while not self.queue.closed:  # a late event after its core closed: nothing to do
            busy = set(self._lanes.values())
            job = self.queue.next_queued(busy)
            if job is None:
                return
            self._start(job.id, self.queue.lane_of(job.kind))

    def _start(self, job_id: int, lane: str) -> None:
        queue, bridge = self.queue, self._bridge

        def job(control, progress):
            try:
                return queue.run(job_id, control, progress)
            finally:  # reaches the GUI thread through the bridge's queued signal
                bridge.finished.emit(job_id)

        worker = Worker(job, name=f"job-{job_id}")  # progress comes as queue events
        self.workers[job_id] = worker
        self._lanes[job_id] = lane
        worker.start()

    def _done(self, job_id: int) -> None:
        self.workers.pop(job_id, None)
        self._lanes.pop(job_id, None)
        if self.queue.closed:
            return
        job = self.job(job_id)  # its JobFinished event came before the thread ended
        status = job.status if job is not None else "removed"
        self.job_finished.emit(job_id, status)
        self.job_changed.emit(job_id)
        self.kick()

    def cancel(self, job_id: int) -> None:
        worker = self.workers.get(job_id)
        if worker is not None:
            worker.cancel()
        else:
            self.queue.cancel(job_id)

    def pause(self, job_id: int) -> bool:
        """Pause a running job at its next checkpoint; False when it is not running."""
        worker = self.workers.get(job_id)
        if worker is None:
            return False
        worker.control.pause()
        self.model.set_paused(job_id, True)
        self.job_changed.emit(job_id)
        return True

    def resume(self, job_id: int) -> None:
        worker = self.workers.get(job_id)
        if worker is not None:
            worker.control.resume()
            self.model.set_paused(job_id, False)
            self.job_changed.emit(job_id)

    def toggle_pause(self, job_id: int) -> bool:
        """Pause a running job, or resume a paused one; True when it is paused now."""
        if self.is_paused(job_id):
            self.resume(job_id)
        else:
            self.pause(job_id)
        return self.is_paused(job_id)

    def is_paused(self, job_id: int) -> bool:
        worker = self.workers.get(job_id)
        return worker is not None and worker.control.paused

    def running(self) -> list[int]:
        return list(self.workers)

    def resume_after_close(self) -> int:
        """Queue again the jobs a closing window stopped, and downloads a crash cut (not
        other jobs a crash killed: one that crashed Hearth would crash it at every start;
        a download cannot)."""
        stopped = [j for j in self.queue.list(limit=1000) if j.status == "interrupted"
                   and (j.error == CLOSED_NOTE or j.kind in RESUMED_AFTER_A_CRASH)]
        for job in stopped:
            self.queue.retry(job.id)
        return len(stopped)

    def stop(self, timeout_ms: int = 15000) -> None:
        """Stop running jobs as 'interrupted' (parts kept; the pages resume indexing
        on the next start) and wait for their threads."""
        for job_id in list(self.workers):
            self.queue.interrupt(job_id)
        for worker in list(self.workers.values()):
            worker.wait(timeout_ms)


def stop_runner(core, timeout_ms: int = 15000) -> None:
    """Stop the core's runner, if one was made (the window is closing)."""
    runner = _RUNNERS.get(id(core.jobs))
    if runner is not None and runner.queue is core.jobs:
        runner.stop(timeout_ms)


def runner_for(core) -> JobRunner:
    """The one runner for this core's queue (created on first use)."""
    runner = _RUNNERS.get(id(core.jobs))
    if runner is None or runner.queue is not core.jobs:
        runner = JobRunner(core.jobs)
        _RUNNERS[id(core.jobs)] = runner
    return runner
