"""The background job queue shared by file jobs, indexing and downloads.

Jobs are rows in the `jobs` table, so they outlive the process. A job's handler
stores each finished unit of work as a *part* (`job_parts`); when a cancelled,
failed or killed job runs again, the handler finds those parts and skips the
work they cover, so it resumes instead of starting over.

The queue itself starts no threads: `run(job_id, control, progress)` runs one
job in the caller's thread (the CLI runs it in the foreground, the window in a
Worker). Jobs are grouped in *lanes*; a runner runs at most one job per lane at
a time (every job that needs the loaded model shares the "model" lane).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.core import messages
from app.core.control import JobControl, Progress, ProgressCallback, RateMeter, no_progress
from app.core.errors import Cancelled, HearthError, NotFound
from app.core.hardware import alive_elsewhere
from app.core.messages import Msg
from app.core.queue.events import (
    JobChanged,
    JobEvent,
    JobFinished,
    JobProgressed,
    JobRemoved,
)
from app.core.store.sqlite import Database

STATUSES = ("queued", "running", "done", "failed", "cancelled", "interrupted")
FINISHED = ("done", "failed", "cancelled", "interrupted")
PERSIST_EVERY_S = 1.0  # progress is written to the database at most this often
INPUT_KEY = "input"  # the part that records which input the other parts were made from
# why a job stopped when the window closed; such jobs continue on the next start
CLOSED_NOTE = Msg("Hearth was closed while this job ran; it continues from its finished "
                  "parts.")


@dataclass
class Job:
    id: int
    kind: str
    title: str
    params: dict[str, Any]
    status: str
    done: float = 0
    total: float = 0
    unit: str = ""
    message: str = ""
    error: str = ""
    result: dict[str, Any] | None = None
    created: float = 0.0
    updated: float = 0.0
    started: float | None = None
    finished: float | None = None
    pid: int | None = None
    eta_s: float | None = None  # live only: not stored

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Job:
        return cls(
            id=row["id"], kind=row["kind"], title=row["title"],
            params=json.loads(row["params"] or "{}"), status=row["status"],
            done=row["done"] or 0, total=row["total"] or 0, unit=row["unit"] or "",
            # stored with their template (messages.encode): the window shows them in its
            # language, also for a job that failed before the language was changed
            message=messages.decode(row["message"]), error=messages.decode(row["error"]),
            result=_result(row["result"]),
            created=row["created"], updated=row["updated"], started=row["started"],
            finished=row["finished"], pid=row.get("pid"),
        )

    @property
    def fraction(self) -> float | None:
        return min(1.0, self.done / self.total) if self.total else None

    @property
    def can_retry(self) -> bool:
        """Failed, cancelled, interrupted, or done with parts that failed (retried alone)."""
        failed_parts = bool(self.result and self.result.get("failed_chunks"))
        return self.status in ("failed", "cancelled", "interrupted") or (
            self.status == "done" and failed_parts)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "id", "kind", "title", "params", "status", "done", "total", "unit", "message",
            "error", "result", "created", "updated", "started", "finished", "eta_s")}


@dataclass
class Part:
    key: str
    seq: int
    status: str  # done | failed
    output: str
    info: dict[str, Any] = field(default_factory=dict)


class JobContext:
    """What a handler gets: the job, its stored parts, control and progress."""

    def __init__(self, queue: JobQueue, job: Job, control: JobControl,
                 progress: ProgressCallback) -> None:
        self.queue = queue
        self.job = job
        self.control = control
        self._progress = progress
        self._meter = RateMeter()
        self._last_persist = 0.0

    @property
    def params(self) -> dict[str, Any]:
        return self.job.params

    def parts(self) -> dict[str, Part]:
        """Parts finished by earlier runs of this job, by key."""
        return self.queue.parts(self.job.id)

    def save_part(self, key: str, output: str, status: str = "done",
                  info: dict[str, Any] | None = None) -> None:
        self.queue.save_part(self.job.id, key, output, status, info)

    def clear_parts(self) -> None:
        self.queue.clear_parts(self.job.id)

    def bind_input(self, fingerprint: str) -> bool:
        """Tie stored parts to one input (e.g. a file's sha256): parts made from a
        different input are dropped. Returns True when earlier parts are kept."""
        marker = self.parts().get(INPUT_KEY)
        if marker is not None and marker.output == fingerprint:
            return True
        self.clear_parts()
        self.save_part(INPUT_KEY, fingerprint, "done", {})
        return False

    def report(self, done: float, total: float, unit: str = "chunks", message: str = "",
               reused: bool = False, **extra: Any) -> None:
        """Report progress (rate and ETA measured here): see `relay`. `reused`: this
        step took a part stored by an earlier run, so it says nothing about speed."""
        self._meter.total = total
        if reused:
            self._meter.rebase(done)
            rate, eta = 0.0, None
        else:
            rate, eta = self._meter.update(done)
        self.relay(Progress(done=done, total=total, unit=unit, message=message, rate=rate,
                            eta_s=eta, extra=extra))

    def relay(self, p: Progress) -> None:
        """Record `p` on the job (persisted about once a second, and when it completes)
        and forward it tagged with the job id. Handlers that call code reporting
        `Progress` itself (indexing, downloads) pass this as its callback."""
        self.job.done, self.job.total, self.job.unit = p.done, p.total, p.unit
        self.job.message, self.job.eta_s = p.message, p.eta_s
        now = time.monotonic()
        if now - self._last_persist >= PERSIST_EVERY_S or (p.total and p.done >= p.total):
            self._last_persist = now
            self.queue._update(self.job.id, done=p.done, total=p.total, unit=p.unit,
                               message=p.message)
        p.extra = {**p.extra, "job_id": self.job.id}
        self.queue._notify(self.job.id, JobProgressed(replace(self.job), p))
        self._progress(p)


Handler = Callable[[JobContext], dict[str, Any]]
Listener = Callable[[int], None]
EventListener = Callable[[JobEvent], None]
Cleanup = Callable[[Job], None]


class JobQueue:
    """Persistent jobs: submit, run, cancel, retry, list; handlers register by kind."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()
        self._handlers: dict[str, tuple[Handler, str]] = {}
        self._cleanups: dict[str, Cleanup] = {}
        self._controls: dict[int, JobControl] = {}
        self._interrupting: set[int] = set()  # stopped by a closing window, not the user
        self._live: dict[int, Job] = {}  # running jobs with their live progress
        self._listeners: list[Listener] = []
        self._event_listeners: list[EventListener] = []
        self.closed = False  # set by Core.close: late events must not touch the database

    # registry ----------------------------------------------------------
    def register(self, kind: str, handler: Handler, lane: str = "model",
                 on_remove: Cleanup | None = None) -> None:
        """Handle jobs of `kind`; at most one job per `lane` runs at a time.
        `on_remove(job)` cleans up after an unfinished job the user removes
        (e.g. a download's partial file)."""
        self._handlers[kind] = (handler, lane)
        if on_remove is not None:
            self._cleanups[kind] = on_remove

    def lane_of(self, kind: str) -> str:
        return self._handlers[kind][1] if kind in self._handlers else kind

    def kinds(self) -> list[str]:
        return list(self._handlers)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(job_id)` (from any thread) whenever a job changes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def subscribe_events(self, listener: EventListener) -> Callable[[], None]:
        """Call `listener(event)` (from the thread that changed the job) with a typed
        event (`events.JobChanged`, `JobProgressed`, `JobFinished`, `JobRemoved`)
        carrying the job as it is now, so the listener needs no database read."""
        self._event_listeners.append(listener)
        return lambda: (self._event_listeners.remove(listener)
                        if listener in self._event_listeners else None)

    def close(self) -> None:
        """No more events: the database is closing (a runner may still hold this queue)."""
        self.closed = True

    def _notify(self, job_id: int, event: JobEvent) -> None:
        if self.closed:
            return
        for listener in list(self._listeners):
            listener(job_id)
        for event_listener in list(self._event_listeners):
            event_listener(event)

    # reading -----------------------------------------------------------
    def get(self, job_id: int) -> Job:
        if job_id in self._live:
            return self._live[job_id]
        rows = list(self.db.query("select * from jobs where id = ?", [job_id]))
        if not rows:
            raise NotFound(Msg("No job with id {job_id}.", job_id=job_id),
                           Msg("The Jobs page lists the jobs there "
                               "are."))
        return Job.from_row(rows[0])

    def list(self, limit: int = 200) -> list[Job]:
        rows = self.db.query("select * from jobs order by id desc limit ?", [limit])
        return [self._live.get(r["id"]) or Job.from_row(r) for r in rows]

    def next_queued(self, busy_lanes: set[str] | frozenset[str] = frozenset()) -> Job | None:
        """The oldest queued job whose lane is free and whose kind has a handler."""
        for row in self.db.query("select * from jobs where status = 'queued' order by id"):
            kind = row["kind"]
            if kind in self._handlers and self.lane_of(kind) not in busy_lanes:
                return Job.from_row(row)
        return None

    def find_resumable(self, kind: str, params: dict[str, Any]) -> Job | None:
        """The newest unfinished job of `kind` with exactly these params, if any."""
        return self._newest(kind, params, ("queued", "cancelled", "interrupted", "failed"))

    def latest(self, kind: str, params: dict[str, Any]) -> Job | None:
        """The newest job of `kind` with exactly these params, whatever its status."""
        return self._newest(kind, params, STATUSES)

    def _newest(self, kind: str, params: dict[str, Any],
                statuses: tuple[str, ...]) -> Job | None:
        marks = ", ".join("?" * len(statuses))
        rows = self.db.query(f"select * from jobs where kind = ? and status in ({marks}) "
                             "order by id desc", [kind, *statuses])
        wanted = json.dumps(params, sort_keys=True)
        for row in rows:
            if json.dumps(json.loads(row["params"]), sort_keys=True) == wanted:
                return self._live.get(row["id"]) or Job.from_row(row)
        return None

    def counts(self) -> dict[str, int]:
        """How many jobs there are in each status (for a status-bar count)."""
        return {r["status"]: r["n"] for r in self.db.query(
            "select status, count(*) as n from jobs group by status")}

    def parts(self, job_id: int) -> dict[str, Part]:
        rows = self.db.query("select * from job_parts where job_id = ? order by seq", [job_id])
        return {r["key"]: Part(r["key"], r["seq"], r["status"], r["output"] or "",
                               json.loads(r["info"] or "{}")) for r in rows}

    # writing -----------------------------------------------------------
    def submit(self, kind: str, title: str, params: dict[str, Any]) -> Job:
        if kind not in self._handlers:
            raise HearthError(Msg("Hearth has no job of kind '{kind}'.", kind=kind),
                              Msg("Known kinds: {kinds}.",
                                  kinds=", ".join(self._handlers) or Msg("none")))
        now = time.time()
        with self._lock, self.db.conn:
            job_id = self.db["jobs"].insert({
                "kind": kind, "title": title, "params": json.dumps(params), "status": "queued",
                "done": 0, "total": 0, "created": now, "updated": now,
            }).last_pk
        job = self.get(job_id)
        self._notify(job_id, JobChanged(job))
        return job

    def submit_once(self, kind: str, title: str, params: dict[str, Any]) -> Job:
        """One job per (kind, params): the waiting or running one is returned as is, a
        finished one is queued again (for work that repeats, like syncing a collection
        or continuing a download), otherwise a new job is queued."""
        job = self.latest(kind, params)
        if job is None:
            return self.submit(kind, title, params)
        if job.status in ("queued", "running"):
            return job
        self._update(job.id, status="queued", title=title, error="", finished=None,
                     result=None)
        job = self.get(job.id)
        self._notify(job.id, JobChanged(job))
        return job

    def _update(self, job_id: int, **values: Any) -> None:
        values["updated"] = time.time()
        for key in ("message", "error"):
            if key in values:
                values[key] = messages.encode(values[key])
        with self._lock, self.db.conn:
            self.db["jobs"].update(job_id, values)

    def save_part(self, job_id: int, key: str, output: str, status: str = "done",
                  info: dict[str, Any] | None = None) -> None:
        with self._lock, self.db.conn:
            seq = self.db.execute("select count(*) from job_parts where job_id = ?",
                                  [job_id]).fetchone()[0]
            self.db["job_parts"].upsert({
                "job_id": job_id, "key": key, "seq": seq, "status": status, "output": output,
                "info": json.dumps(info or {}), "created": time.time(),
            }, pk=("job_id", "key"))

    def clear_parts(self, job_id: int) -> None:
        with self._lock, self.db.conn:
            self.db.execute("delete from job_parts where job_id = ?", [job_id])

    def cancel(self, job_id: int) -> None:
        """Stop a running job (its finished parts are kept) or drop a queued one."""
        control = self._controls.get(job_id)
        if control is not None:
            control.cancel()
            return
        job = self.get(job_id)
        if job.status == "queued":
            self._update(job_id, status="cancelled", finished=time.time())
            self._notify(job_id, JobChanged(self.get(job_id)))

    def interrupt(self, job_id: int) -> None:
        """Stop a running job because Hearth is closing: it ends 'interrupted', which
        the pages resume on the next start, rather than 'cancelled' by the user."""
        control = self._controls.get(job_id)
        if control is not None:
            self._interrupting.add(job_id)
            control.cancel()

    def retry(self, job_id: int) -> Job:
        """Queue a job again; it resumes from its finished parts (failed parts are redone)."""
        job = self.get(job_id)
        if not job.can_retry:
            raise HearthError(Msg("Job {job_id} is {status}; only a failed, cancelled or "
                                  "interrupted job, or one with failed chunks, can be retried.",
                                  job_id=job_id, status=job.status))
        if job.status == "done":  # keep the good parts, redo only the failed ones
            with self._lock, self.db.conn:
                self.db.execute("delete from job_parts where job_id = ? and status = 'failed'",
                                [job_id])
        self._update(job_id, status="queued", error="", finished=None)
        job = self.get(job_id)
        self._notify(job_id, JobChanged(job))
        return job

    def remove(self, job_id: int) -> None:
        """Forget a job that is not running, with its stored parts."""
        if job_id in self._controls:
            raise HearthError(Msg("That job is running."), Msg("Cancel it first, then remove it."))
        job = self.get(job_id)
        cleanup = self._cleanups.get(job.kind)
        if cleanup is not None and job.status != "done":
            cleanup(job)
        with self._lock, self.db.conn:
            self.db.execute("delete from job_parts where job_id = ?", [job_id])
            self.db.execute("delete from jobs where id = ?", [job_id])
        self._notify(job_id, JobRemoved(job_id))

    def mark_interrupted(self) -> int:
        """Jobs left 'running' by a process that is gone become 'interrupted' (resumable)."""
        rows = list(self.db.query("select id, pid from jobs where status = 'running'"))
        dead = [r["id"] for r in rows
                if r["id"] not in self._controls and not alive_elsewhere(r["pid"])]
        for job_id in dead:
            self._update(job_id, status="interrupted",
                         error=Msg("Hearth stopped while this job ran; retry to resume it."))
        return len(dead)

    # running -----------------------------------------------------------
    def run(self, job_id: int, control: JobControl | None = None,
            progress: ProgressCallback = no_progress) -> dict[str, Any]:
        """Run one job to the end in this thread; returns its result.

        Raises `Cancelled` when cancelled (status 'cancelled', parts kept) and the
        handler's `HearthError` when it fails (status 'failed').
        """
        job = self.get(job_id)
        if job.kind not in self._handlers:
            raise HearthError(Msg("Hearth cannot run jobs of kind '{kind}' here.", kind=job.kind))
        if job_id in self._controls or (job.status == "running" and alive_elsewhere(job.pid)):
            raise HearthError(Msg("Job {job_id} is already running.", job_id=job_id),
                              Msg("Wait for it to finish, or cancel it in the window that runs "
                                  "it."))
        handler = self._handlers[job.kind][0]
        control = control or JobControl()
        self._controls[job_id] = control
        self._update(job_id, status="running", error="", started=time.time(), finished=None,
                     pid=os.getpid())
        job = Job.from_row(next(iter(self.db.query("select * from jobs where id = ?", [job_id]))))
        self._live[job_id] = job
        self._notify(job_id, JobChanged(replace(job)))
        status, error, result = "failed", "", None
        try:
            result = handler(JobContext(self, job, control, progress))
            status = "done"
            return result
        except Cancelled:
            if job_id in self._interrupting:
                status, error = "interrupted", CLOSED_NOTE
            else:
                status, error = "cancelled", Msg("Cancelled; retry to resume from the finished "
                                                 "parts.")
            raise
        except HearthError as exc:
            error = messages.join(exc.message, exc.hint)  # reads as str(exc)
            raise
        except BaseException as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self._controls.pop(job_id, None)
            self._interrupting.discard(job_id)
            self._live.pop(job_id, None)
            values: dict[str, Any] = {"status": status, "error": error,
                                      "finished": time.time(), "done": job.done,
                                      "total": job.total, "message": job.message}
            if result is not None:
                stored = {**result, "summary": messages.encode(result["summary"])} \
                    if isinstance(result.get("summary"), str) else result
                values["result"] = json.dumps(stored, default=str)
            self._update(job_id, **values)
            self._notify(job_id, JobFinished(self.get(job_id)))

    def running(self) -> list[int]:
        return list(self._controls)


def file_digest(path: Path, chunk: int = 1 << 20) -> str:
    """sha256 of a file, to tell whether a job's input changed since its parts were made."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _result(stored: str | None) -> dict[str, Any] | None:
    """A job's stored result; its "summary", a message kept with its template
    (messages.encode), comes back as one."""
    result = json.loads(stored) if stored else None
    if isinstance(result, dict) and isinstance(result.get("summary"), str):
        result["summary"] = messages.decode(result["summary"])
    return result
