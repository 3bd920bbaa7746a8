"""The persistent job queue: states, cancel, retry, resume from parts, interrupted jobs."""

from __future__ import annotations

import json

import pytest

from app.core.control import JobControl
from app.core.errors import Cancelled, HearthError, NotFound
from app.core.queue.queue import JobContext, JobQueue
from app.core.store.db import open_db
from tests.core.tasks.helpers import make_queue


def counting_handler(calls: list[str], stop_after: int | None = None):
    """A job of 5 units; stores each as a part; cancels itself after `stop_after` units."""

    def handler(ctx: JobContext) -> dict:
        done = ctx.parts()
        for i in range(5):
            key = f"unit:{i}"
            if key not in done:
                ctx.control.checkpoint()
                calls.append(key)
                ctx.save_part(key, f"out{i}")
                if stop_after is not None and len(calls) == stop_after:
                    ctx.control.cancel()
            ctx.report(i + 1, 5, "units")
        ctx.control.checkpoint()
        return {"outputs": [p.output for p in ctx.parts().values()]}

    return handler


def test_submit_run_done_with_result_and_progress(tmp_path):
    q = make_queue(tmp_path)
    calls: list[str] = []
    q.register("count", counting_handler(calls))
    seen = []
    q.subscribe(seen.append)
    job = q.submit("count", "Count to five", {"n": 5})
    assert job.status == "queued" and q.next_queued().id == job.id
    reports = []
    result = q.run(job.id, progress=reports.append)
    assert result == {"outputs": ["out0", "out1", "out2", "out3", "out4"]}
    done = q.get(job.id)
    assert done.status == "done" and done.done == 5 and done.total == 5
    assert done.result == result and done.finished and done.pid
    assert [r.done for r in reports] == [1, 2, 3, 4, 5] and reports[-1].extra["job_id"] == job.id
    assert job.id in seen and q.next_queued() is None


def test_cancel_keeps_parts_and_retry_resumes_without_redoing(tmp_path):
    q = make_queue(tmp_path)
    calls: list[str] = []
    q.register("count", counting_handler(calls, stop_after=2))
    job = q.submit("count", "Count", {})
    with pytest.raises(Cancelled):
        q.run(job.id)
    assert q.get(job.id).status == "cancelled" and q.get(job.id).can_retry
    assert set(q.parts(job.id)) == {"unit:0", "unit:1"}
    q.register("count", counting_handler(calls))
    assert q.retry(job.id).status == "queued"
    q.run(job.id)
    assert calls == ["unit:0", "unit:1", "unit:2", "unit:3", "unit:4"]  # nothing done twice
    assert q.get(job.id).status == "done"


def test_failure_is_recorded_and_retry_refused_for_running_or_done(tmp_path):
    q = make_queue(tmp_path)

    def broken(ctx):
        raise HearthError("The file is gone.", "Choose it again.")

    q.register("broken", broken)
    job = q.submit("broken", "Broken", {})
    with pytest.raises(HearthError):
        q.run(job.id)
    failed = q.get(job.id)
    assert failed.status == "failed" and "Choose it again" in failed.error
    q.register("broken", lambda ctx: {"ok": True})
    q.retry(job.id)
    assert q.run(job.id) == {"ok": True}
    with pytest.raises(HearthError, match="only a failed"):
        q.retry(job.id)


def test_cancel_queued_job_and_remove(tmp_path):
    q = make_queue(tmp_path)
    q.register("count", counting_handler([]))
    job = q.submit("count", "Count", {})
    q.save_part(job.id, "unit:0", "x")
    q.cancel(job.id)
    assert q.get(job.id).status == "cancelled"
    q.remove(job.id)
    with pytest.raises(NotFound):
        q.get(job.id)
    assert q.parts(job.id) == {}


def test_unknown_kind_is_refused(tmp_path):
    q = make_queue(tmp_path)
    with pytest.raises(HearthError, match="no job of kind"):
        q.submit("nope", "x", {})


def test_killed_job_becomes_interrupted_and_resumable(tmp_path):
    """A job row left 'running' by a process that no longer exists."""
    db = open_db(tmp_path / "jobs.db")
    q = JobQueue(db)
    calls: list[str] = []
    q.register("count", counting_handler(calls))
    job = q.submit("count", "Count", {"a": 1})
    q.save_part(job.id, "unit:0", "out0")
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    with db.conn:
        db["jobs"].update(job.id, {"status": "running", "pid": dead_pid})
    fresh = JobQueue(db)
    fresh.register("count", counting_handler(calls))
    assert fresh.mark_interrupted() == 1
    assert fresh.get(job.id).status == "interrupted"
    assert fresh.find_resumable("count", {"a": 1}).id == job.id
    assert fresh.find_resumable("count", {"a": 2}) is None
    fresh.retry(job.id)
    fresh.run(job.id)
    assert calls == ["unit:1", "unit:2", "unit:3", "unit:4"]


def test_job_running_in_a_live_process_is_not_interrupted(tmp_path):
    import os

    db = open_db(tmp_path / "jobs.db")
    q = JobQueue(db)
    q.register("count", counting_handler([]))
    job = q.submit("count", "Count", {})
    with db.conn:
        db["jobs"].update(job.id, {"status": "running", "pid": os.getppid()})
    assert q.mark_interrupted() == 0
    with pytest.raises(HearthError, match="already running"):
        q.run(job.id)


def test_bind_input_drops_parts_of_a_changed_input(tmp_path):
    q = make_queue(tmp_path)
    q.register("x", lambda ctx: {})
    job = q.submit("x", "x", {})
    ctx = JobContext(q, q.get(job.id), JobControl(), lambda p: None)
    assert ctx.bind_input("sha-1") is False
    ctx.save_part("chunk:0", "done")
    assert ctx.bind_input("sha-1") is True and "chunk:0" in ctx.parts()
    assert ctx.bind_input("sha-2") is False and "chunk:0" not in ctx.parts()


def test_lanes_let_other_kinds_run_beside_a_model_job(tmp_path):
    q = make_queue(tmp_path)
    q.register("summarize", lambda ctx: {}, lane="model")
    q.register("download", lambda ctx: {}, lane="network")
    a = q.submit("summarize", "a", {})
    b = q.submit("download", "b", {})
    assert q.next_queued().id == a.id
    assert q.next_queued({"model"}).id == b.id
    assert q.next_queued({"model", "network"}) is None
    assert json.loads(json.dumps(q.get(a.id).to_dict()))["kind"] == "summarize"


def test_retry_of_a_done_job_redoes_only_its_failed_parts(tmp_path):
    q = make_queue(tmp_path)
    calls: list[str] = []

    def handler(ctx):
        parts = ctx.parts()
        failed = []
        for i in range(3):
            key = f"unit:{i}"
            if key not in parts:
                calls.append(key)
                ok = not (i == 1 and len(calls) < 3)  # unit 1 fails the first time only
                ctx.save_part(key, "x" if ok else "", "done" if ok else "failed")
                if not ok:
                    failed.append(key)
            elif parts[key].status == "failed":
                failed.append(key)
        return {"failed_chunks": failed}

    q.register("flaky", handler)
    job = q.submit("flaky", "Flaky", {})
    assert q.run(job.id) == {"failed_chunks": ["unit:1"]}
    assert q.get(job.id).can_retry
    q.retry(job.id)
    assert q.run(job.id) == {"failed_chunks": []}
    assert calls == ["unit:0", "unit:1", "unit:2", "unit:1"]
    assert not q.get(job.id).can_retry


def test_submit_once_reuses_a_waiting_job_and_requeues_a_finished_one(tmp_path):
    q = make_queue(tmp_path)
    calls: list[str] = []
    q.register("count", counting_handler(calls))
    first = q.submit_once("count", "Count", {"what": "a"})
    assert q.submit_once("count", "Count", {"what": "a"}).id == first.id  # still waiting
    other = q.submit_once("count", "Count", {"what": "b"})
    assert other.id != first.id
    q.run(first.id)
    again = q.submit_once("count", "Count again", {"what": "a"})
    assert again.id == first.id and again.status == "queued" and again.title == "Count again"
    assert again.result is None and len(q.list()) == 2


def test_interrupt_ends_a_running_job_as_interrupted_with_parts_kept(tmp_path):
    q = make_queue(tmp_path)
    calls: list[str] = []

    def handler(ctx: JobContext) -> dict:
        for i in range(5):
            ctx.control.checkpoint()
            ctx.save_part(f"unit:{i}", "x")
            calls.append(i)
            if i == 1:
                q.interrupt(ctx.job.id)  # as the closing window does from its thread
        return {}

    q.register("count", handler)
    job = q.submit("count", "Count", {})
    with pytest.raises(Cancelled):
        q.run(job.id)
    stopped = q.get(job.id)
    assert stopped.status == "interrupted" and stopped.can_retry
    assert "closed" in stopped.error and len(q.parts(job.id)) == 2


def test_relay_records_progress_from_code_that_reports_itself(tmp_path):
    from app.core.control import Progress

    q = make_queue(tmp_path)

    def handler(ctx: JobContext) -> dict:
        for i in range(3):
            ctx.relay(Progress(i + 1, 3, "files", f"file {i}", extra={"pages": i}))
        return {}

    q.register("files", handler)
    job = q.submit("files", "Files", {})
    seen = []
    q.run(job.id, progress=seen.append)
    assert [(p.done, p.extra["pages"], p.extra["job_id"]) for p in seen] == [
        (1, 0, job.id), (2, 1, job.id), (3, 2, job.id)]
    done = q.get(job.id)
    assert (done.done, done.total, done.unit, done.message) == (3, 3, "files", "file 2")


def test_removing_an_unfinished_job_runs_its_cleanup_but_not_a_done_one(tmp_path):
    q = make_queue(tmp_path)
    cleaned: list[int] = []
    q.register("count", counting_handler([]), on_remove=lambda job: cleaned.append(job.id))
    waiting = q.submit("count", "A", {"n": 1})
    finished = q.submit("count", "B", {"n": 2})
    q.run(finished.id)
    q.remove(waiting.id)
    q.remove(finished.id)
    assert cleaned == [waiting.id] and q.list() == []


def test_submit_once_returns_the_running_job_untouched(tmp_path):
    """A sync asked for while the same one runs (the watcher, Sync now) is that job:
    not a second one, and the running one is not re-queued under its handler."""
    import threading

    q = make_queue(tmp_path)
    started, release = threading.Event(), threading.Event()

    def handler(ctx: JobContext) -> dict:
        started.set()
        release.wait(10)
        return {"ok": True}

    q.register("sync", handler, lane="index")
    job = q.submit_once("sync", "Sync", {"collection_id": 1})
    runner = threading.Thread(target=q.run, args=(job.id,))
    runner.start()
    assert started.wait(10)
    same = q.submit_once("sync", "Sync again", {"collection_id": 1})
    assert same.id == job.id and same.status == "running" and same.title == "Sync"
    assert [j.id for j in q.list()] == [job.id]
    release.set()
    runner.join(10)
    assert q.get(job.id).status == "done"


def test_the_queue_tells_typed_events_with_the_job_as_it_is(tmp_path):
    from app.core.queue.events import JobChanged, JobFinished, JobProgressed, JobRemoved

    q = make_queue(tmp_path)
    calls: list[str] = []
    q.register("count", counting_handler(calls))
    events: list = []
    unsubscribe = q.subscribe_events(events.append)
    job = q.submit("count", "Count", {})
    q.run(job.id)
    q.remove(job.id)
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["JobChanged", "JobChanged"] + ["JobProgressed"] * 5 + [
        "JobFinished", "JobRemoved"]
    assert [e.job.status for e in events[:2]] == ["queued", "running"]
    progressed = [e for e in events if isinstance(e, JobProgressed)]
    assert [e.job.done for e in progressed] == [1, 2, 3, 4, 5]  # a snapshot each time
    assert progressed[0].progress.extra["job_id"] == job.id
    finished = next(e for e in events if isinstance(e, JobFinished))
    assert finished.job.status == "done" and finished.job.result["outputs"]
    assert isinstance(events[-1], JobRemoved) and events[-1].job_id == job.id
    assert isinstance(events[0], JobChanged)
    unsubscribe()
    q.submit("count", "Again", {})
    assert len(events) == 9


def test_a_resumed_job_does_not_promise_to_end_in_a_moment(tmp_path):
    """Parts reused from an earlier run are reported in a burst: they must not count as
    speed, or a resumed job says 'about a moment left' with most of its work ahead."""
    import time

    q = make_queue(tmp_path)

    def handler(ctx: JobContext) -> dict:
        for i in range(15):  # finished by the run before the crash: reused at once
            ctx.report(i + 1, 25, "chunks", reused=True)
        for i in range(15, 18):  # real work: 0.2 s a chunk
            time.sleep(0.2)
            ctx.report(i + 1, 25, "chunks")
        return {}

    q.register("slow", handler)
    job = q.submit("slow", "Slow", {})
    reports = []
    q.run(job.id, progress=reports.append)
    assert all(r.eta_s is None for r in reports[:15])  # nothing measured yet
    last = reports[-1]
    # 7 chunks left at 0.2 s each: about 1.4 s, not the ~0.03 s the burst suggests
    assert last.eta_s is not None and last.eta_s > 0.7, last.eta_s
