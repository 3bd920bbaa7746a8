"""The core's background work (issue 12, failure 3): resuming unfinished syncs and the
folder watcher belong to `Core`, not to a page of the window; no Qt here."""

from __future__ import annotations

import time

import pytest

from app.core.queue.kinds import index as index_jobs


@pytest.fixture
def core(hearth_home, embedder):
    from app.core.session import Core

    c = Core()
    c.documents.use_embedder(embedder)
    yield c
    c.close()


def _queued(core) -> list:
    return [j for j in core.jobs.list() if j.kind == index_jobs.KIND and j.status == "queued"]


def _run_queued(core) -> dict:
    [job] = _queued(core)
    return core.jobs.run(job.id)


def test_start_background_resumes_an_unfinished_sync(core, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text("Apples grow in the north orchard.")
    (folder / "b.txt").write_text("Bees live in the south meadow.")
    core.documents.add("kb", [folder], sync=False)
    coll = core.documents.store.get("kb")
    core.documents.store.update(coll.id, sync_state="running")  # as a killed process leaves it
    assert core.start_background(watch_interval_s=0) == ["kb"]
    assert not core.background.running  # an interval of 0 watches nothing
    result = _run_queued(core)
    assert result["indexed"] == 2 and core.documents.store.get("kb").sync_state == "idle"
    assert core.start_background(watch_interval_s=0) == []  # nothing left to resume


def test_watcher_queues_a_sync_when_files_change(core, tmp_path):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha file about apples.")
    core.documents.add("w", [folder])
    core.start_background(watch_interval_s=0.2)
    assert core.background.running
    time.sleep(0.6)
    assert _queued(core) == []  # nothing changed yet
    (folder / "c.txt").write_text("Charlie file about cherries.")
    deadline = time.monotonic() + 20
    while not _queued(core):
        assert time.monotonic() < deadline, "the watcher queued no sync"
        time.sleep(0.1)
    result = _run_queued(core)
    assert result["indexed"] == 1 and result["unchanged"] == 1
    core.background.stop()
    assert not core.background.running
