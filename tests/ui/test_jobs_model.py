"""The window's one jobs model and the pages' filtered views of it (Jobs, Documents,
Models), fed by the real queue's events, with real jobs, offscreen."""

from __future__ import annotations

import threading

import pytest

from app.core.queue.events import JobProgressed
from app.core.queue.kinds import index as index_jobs
from app.core.units import human_bytes
from app.ui.documents_view import DocumentsView
from app.ui.job_runner import runner_for
from app.ui.jobs_model import DETAILS, ID_ROLE, STATUS, JobsFilter
from app.ui.jobs_view import JobsView
from app.ui.models_view import ModelsView


@pytest.fixture
def pages(qtbot, core):
    """The three pages that show jobs, on one core (one runner, one model)."""
    jobs, docs, models = JobsView(core), DocumentsView(core), ModelsView(core)
    for page in (jobs, docs, models):
        qtbot.addWidget(page)
    yield jobs, docs, models
    runner_for(core).stop()


class Changes:
    """Records the rows each dataChanged of a view covered, with the job in them."""

    def __init__(self, view) -> None:
        self.view = view
        self.seen: list[tuple[int, int, list[int]]] = []
        view.dataChanged.connect(self._changed)

    def _changed(self, top, bottom, _roles=None) -> None:
        ids = [self.view.index(r, 0).data(ID_ROLE) for r in range(top.row(), bottom.row() + 1)]
        self.seen.append((top.row(), bottom.row(), ids))

    def rows(self) -> set[int]:
        return {r for top, bottom, _ in self.seen for r in range(top, bottom + 1)}

    def job_ids(self) -> set[int]:
        return {i for _, _, ids in self.seen for i in ids}


def _notes(tmp_path, name: str, n: int):
    folder = tmp_path / name
    folder.mkdir()
    for i in range(n):
        (folder / f"n{i}.txt").write_text(f"Note {i}: the {name} keeper counts {i} ships.")
    return folder


def test_a_progress_event_updates_exactly_one_row_in_every_view(qtbot, core, pages, embedder,
                                                                 tmp_path):
    jobs_page, docs_page, models_page = pages
    core.documents.use_embedder(embedder)
    core.documents.add("harbour", [_notes(tmp_path, "harbour", 6)], sync=False)
    core.documents.add("lighthouse", [_notes(tmp_path, "lighthouse", 2)], sync=False)
    coll = core.documents.store.get("harbour").id
    model = runner_for(core).model
    # views by kind (the pages) and by collection (one for each)
    this = JobsFilter(model, where=lambda j: index_jobs.collection_of(j) == coll)
    other = JobsFilter(model, where=lambda j: index_jobs.collection_of(j) not in (None, coll))
    with qtbot.waitSignal(docs_page.sync_finished, timeout=120000):  # a row in the views
        docs_page.request_sync("lighthouse")
    views = {"jobs": jobs_page.jobs, "documents": docs_page.index_jobs,
             "downloads": models_page.downloads.rows, "this": this, "other": other}
    changes = {name: Changes(view) for name, view in views.items()}
    progressed: list[JobProgressed] = []
    runner_for(core).job_event.connect(
        lambda e: progressed.append(e) if isinstance(e, JobProgressed) else None)
    with qtbot.waitSignal(docs_page.sync_finished, timeout=120000):
        docs_page.request_sync("harbour")
    job_id = next(j.id for j in model.jobs() if j.title == "Index harbour")
    assert len(progressed) >= 6 and {e.job.id for e in progressed} == {job_id}
    for name in ("jobs", "documents", "this"):  # the job's one row, and only it
        assert changes[name].seen, name
        assert all(top == bottom for top, bottom, _ in changes[name].seen), name
        assert changes[name].job_ids() == {job_id}, name
        assert len(changes[name].rows()) == 1, name
    assert changes["downloads"].seen == [] and changes["other"].seen == []
    assert views["downloads"].rowCount() == 0 and other.rowCount() == 1
    assert jobs_page.jobs.rowCount() == 2 and this.rowCount() == 1
    # as many row updates on the Jobs page as events about the job after it was listed
    assert len(changes["jobs"].seen) >= len(progressed)


def test_a_finished_job_moves_state_in_all_views(qtbot, core, pages, embedder, tmp_path):
    jobs_page, docs_page, _models_page = pages
    core.documents.use_embedder(embedder)
    core.documents.add("harbour", [_notes(tmp_path, "harbour", 3)], sync=False)
    model = runner_for(core).model
    running = JobsFilter(model, statuses=["running"])
    ended = JobsFilter(model, statuses=["done", "failed", "cancelled", "interrupted"])
    seen_running: list[int] = []
    running.rowsInserted.connect(lambda *_: seen_running.append(running.rowCount()))
    with qtbot.waitSignal(docs_page.sync_finished, timeout=120000):
        docs_page.request_sync("harbour")
    (job,) = model.jobs()
    assert seen_running == [1]  # it ran, in the running view
    assert running.rowCount() == 0 and ended.row_of(job.id) == 0
    assert jobs_page.text(job.id, STATUS) == "Done"
    assert jobs_page.text(job.id, DETAILS).startswith("Indexed 3 file(s)")
    assert docs_page.index_jobs.rowCount() == 0 and not docs_page.busy
    assert docs_page.running_job is None and "indexed 3 file(s)" in docs_page.progress_label.text()
    assert "waiting" not in docs_page.collection_list.item(0).text()
    # queued again: back in the Documents page's view, and Waiting on the Jobs page
    again = index_jobs.submit(core.jobs, core.documents, "harbour")
    assert again.id == job.id and jobs_page.text(job.id, STATUS) in ("Waiting", "Running")
    assert docs_page.index_jobs.row_of(job.id) == 0
    with qtbot.waitSignal(docs_page.sync_finished, timeout=120000):
        runner_for(core).kick()
    assert jobs_page.text(job.id, STATUS) == "Done" and docs_page.index_jobs.rowCount() == 0


def test_a_burst_of_progress_runs_no_sql_on_the_gui_thread(qtbot, core, pages):
    """1,000 progress reports reach the three pages with no SQL statement on the GUI
    thread's connection (the pages show the job the events carry)."""
    jobs_page, docs_page, models_page = pages
    go, done = threading.Event(), threading.Event()

    def burst(ctx):  # a download as far as the pages can tell
        go.wait(20)
        for i in range(1000):
            ctx.report((i + 1) * 1000, 1_000_000, "bytes", "")
        done.wait(20)
        return {"summary": "Burst done", "model_id": "burst-q8_0"}

    core.jobs.register("download", burst, lane="download")
    progressed: list[JobProgressed] = []
    runner = runner_for(core)
    runner.job_event.connect(
        lambda e: progressed.append(e) if isinstance(e, JobProgressed) else None)
    job = core.jobs.submit("download", "Download burst.gguf",
                           {"repo": "test/Burst-GGUF", "filename": "burst.gguf"})
    runner.kick()
    qtbot.waitUntil(lambda: jobs_page.text(job.id, STATUS) == "Running", timeout=10000)
    jobs_page.select(job.id)  # its buttons follow its state at every report
    panel = models_page.downloads
    jobs_changes, panel_changes = Changes(jobs_page.jobs), Changes(panel.rows)
    statements: list[str] = []
    core.db.conn.set_trace_callback(statements.append)  # the GUI thread's connection
    try:
        go.set()
        qtbot.waitUntil(lambda: len(progressed) == 1000, timeout=60000)
        qtbot.wait(50)  # the views repaint
        assert statements == []
        size = human_bytes(1_000_000)
        assert jobs_page.text(job.id, DETAILS).startswith(f"{size} of {size}")
        assert panel.bar_value(panel.row_of(job.id)) == 1000
        assert panel.status_text(panel.row_of(job.id)).startswith(f"{size} / {size}")
    finally:
        core.db.conn.set_trace_callback(None)
        done.set()
    assert len(jobs_changes.seen) >= 1000 and jobs_changes.job_ids() == {job.id}
    assert len(panel_changes.seen) >= 1000 and panel_changes.job_ids() == {job.id}
    assert len(jobs_changes.rows()) == 1 and len(panel_changes.rows()) == 1
    assert docs_page.index_jobs.rowCount() == 0
    qtbot.waitUntil(lambda: jobs_page.text(job.id, STATUS) == "Done", timeout=10000)
    assert panel.status_text(panel.row_of(job.id)) == "installed as burst-q8_0"
