"""The Jobs page and the file-task dialog under pytest-qt, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.file_tasks import FileTaskDialog
from app.ui.jobs_model import BAR_ROLE, DETAILS, PROGRESS, STATUS, TITLE
from app.ui.jobs_view import JobsView
from tests.ui.conftest import GatedJob


@pytest.fixture
def view(qtbot, core):
    v = JobsView(core)
    qtbot.addWidget(v)
    v.resize(900, 420)
    v.show()
    yield v
    v.runner.stop()


def status(view, job_id):
    return view.text(job_id, STATUS)


def bar(view, job_id):
    return view.jobs.index(view.row_of(job_id), PROGRESS).data(BAR_ROLE)


def test_progress_cancel_and_retry_resume_from_finished_chunks(qtbot, core, view, tmp_path):
    demo = GatedJob(tmp_path / "result.md")
    core.jobs.register("demo", demo, lane="model")
    assert view.empty.isVisible() and not view.table.isVisible()
    job = core.jobs.submit("demo", "Demo job", {})
    qtbot.waitUntil(lambda: view.row_of(job.id) is not None and status(view, job.id) == "Running",
                    timeout=10000)
    qtbot.waitUntil(lambda: view.text(job.id, PROGRESS) == "2/4", timeout=10000)
    assert "2 of 4 chunks" in view.text(job.id, DETAILS)
    view.select(job.id)
    assert view.cancel_button.isEnabled() and not view.retry_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(view, job.id) == "Cancelled", timeout=10000)
    assert view.retry_button.isEnabled() and not view.open_button.isEnabled()
    assert sorted(k for k in core.jobs.parts(job.id)) == ["chunk:0", "chunk:1"]
    demo.gate.set()
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(view, job.id) == "Done", timeout=10000)
    assert demo.calls == ["chunk:0", "chunk:1", "chunk:2", "chunk:3"]  # none done twice
    assert bar(view, job.id) == 1000
    assert "Saved" in view.text(job.id, DETAILS)
    assert view.status.text() == (f'Finished: Demo job. <a href="{job.id}">Open the result</a>')
    view.status.linkActivated.emit(str(job.id))  # the link opens the result in a viewer
    assert "All four chunks." in view.viewer.browser.toPlainText()
    view.viewer.close()
    view.select(job.id)
    assert view.open_button.isEnabled()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert "All four chunks." in view.viewer.browser.toPlainText()
    view.viewer.close()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.row_of(job.id) is None, timeout=5000)


def test_dialog_refuses_bad_input_with_a_reason(qtbot, core, tmp_path):
    dialog = FileTaskDialog(core, None, tmp_path / "missing.md")
    qtbot.addWidget(dialog)
    dialog.start()
    assert not dialog.error.isHidden() and "does not exist" in dialog.error.text()
    assert dialog.job is None and not dialog.result()
    sheet = tmp_path / "a.xlsx"  # PDFs are translated as text; spreadsheets are not
    sheet.write_bytes(b"PK\x03\x04 not much")
    dialog.file.setText(str(sheet))
    dialog.kind.setCurrentIndex(1)  # translate
    dialog.start()
    assert ".md, .txt, .html and .docx" in dialog.error.text()
    assert core.jobs.list() == []


def test_dialog_follows_a_path_as_it_is_typed(qtbot, core, tmp_path):
    """Typing a path starts with "/": the dialog keeps saying where the result goes
    (it raised ValueError on a path with no file name)."""
    dialog = FileTaskDialog(core, None)
    qtbot.addWidget(dialog)
    for typed in ("/", "/tmp/", "~", str(tmp_path / "notes.md")):
        dialog.file.setText(typed)
    assert dialog.output.placeholderText() == str(tmp_path / "notes.summary.md")
    dialog.file.setText("/")
    assert dialog.output.placeholderText() == "next to the file"
    dialog.kind.setCurrentIndex(1)  # translate
    assert dialog.output.placeholderText() == "next to the file"


def test_dialog_passes_the_chosen_summary_language_into_the_job(qtbot, core, tmp_path,
                                                               monkeypatch):
    import app.ui.file_tasks as file_tasks

    kicked = []
    monkeypatch.setattr(file_tasks, "runner_for", lambda core: type(
        "Runner", (), {"kick": lambda self: kicked.append(True)})())  # queued, not run here
    src = tmp_path / "tea.md"
    src.write_text("# 泡茶\n\n绿茶的水温在八十度左右。\n", encoding="utf-8")
    dialog = FileTaskDialog(core, None, src)
    qtbot.addWidget(dialog)
    choice = dialog.summary_language
    assert dialog.form.isRowVisible(choice) and choice.currentText() == "Same as the document"
    assert "language" not in dialog.params()  # the document's own language
    choice.setCurrentText("Klingon")  # typed: passed as it is
    assert dialog.params()["language"] == "Klingon"
    choice.setCurrentIndex(choice.findText("Chinese"))
    dialog.start()
    assert dialog.job is not None and dialog.job.params["language"] == "zh" and kicked
    assert core.jobs.get(dialog.job.id).params["language"] == "zh"
    dialog.kind.setCurrentIndex(1)  # translate: the target language is asked instead
    assert not dialog.form.isRowVisible(choice)


def test_dialog_translates_a_file_with_the_real_model(qtbot, core, view, tmp_path):
    src = tmp_path / "hello.md"
    src.write_text("# Good morning\n\nToday we plant the garden together with the neighbours.\n\n"
                   "```\nkeep me\n```\n")
    dialog = FileTaskDialog(core, view, src, "translate")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentText("German")
    assert dialog.output.placeholderText() == str(tmp_path / "hello.de.md")
    assert not dialog.form.isRowVisible(dialog.length)
    dialog.start()
    assert dialog.job is not None and dialog.job.params["to"] == "German"
    job_id = dialog.job.id
    qtbot.waitUntil(lambda: view.row_of(job_id) is not None
                    and status(view, job_id) in ("Done", "Failed"), timeout=240000)
    assert status(view, job_id) == "Done", view.text(job_id, DETAILS)
    out = (tmp_path / "hello.de.md").read_text()
    assert out.startswith("# ") and out.endswith("```\nkeep me\n```\n")
    assert "source: English" in view.text(job_id, DETAILS)


def test_dropping_a_file_opens_the_task_dialog_for_it(qtbot, view, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "report.md"
    path.write_text("# Report\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert view.dialog.isVisible() and view.dialog.file.text() == str(path)
    assert view.dialog.output.placeholderText() == str(tmp_path / "report.summary.md")
    view.dialog.reject()


def test_pause_holds_a_running_job_and_resume_finishes_it(qtbot, core, view, tmp_path):
    demo = GatedJob(tmp_path / "result.md")
    core.jobs.register("demo", demo, lane="model")
    job = core.jobs.submit("demo", "Demo job", {})
    qtbot.waitUntil(lambda: view.row_of(job.id) is not None and status(view, job.id) == "Running",
                    timeout=10000)
    view.select(job.id)
    assert view.pause_button.isEnabled() and view.pause_button.text() == "Pause"
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(view, job.id) == "Paused", timeout=5000)
    assert view.pause_button.text() == "Resume"
    demo.gate.set()  # the job may go on now, but it is paused
    qtbot.wait(400)
    assert demo.calls == ["chunk:0", "chunk:1"] and status(view, job.id) == "Paused"
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(view, job.id) == "Done", timeout=10000)
    assert len(demo.calls) == 4 and not view.pause_button.isEnabled()


def test_indexing_runs_in_the_same_queue_and_page(qtbot, core, view, embedder, tmp_path):
    from app.core.queue.kinds import index as index_jobs

    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(3):
        (folder / f"n{i}.txt").write_text(f"Note {i}: the lighthouse keeper counts {i} ships.")
    core.documents.use_embedder(embedder)
    core.documents.add("notes", [folder], sync=False)
    job = index_jobs.submit(core.jobs, core.documents, "notes")
    view.runner.kick()
    qtbot.waitUntil(lambda: view.row_of(job.id) is not None and status(view, job.id) == "Done",
                    timeout=120000)
    assert view.text(job.id, TITLE) == "Index notes"
    assert view.text(job.id, DETAILS).startswith("Indexed 3 file(s)")
    assert bar(view, job.id) == 1000
    assert "Finished: Index notes. Indexed 3 file(s)" in view.status.text()


def test_progress_reaches_the_page_without_a_database_read(qtbot, core, view):
    """Progress travels once, as the queue's typed events: no SQL on the GUI thread per
    progress report (the page shows the job the event carries)."""
    import threading

    from app.core.queue.events import JobProgressed

    release = threading.Event()

    def chatty(ctx):
        for i in range(40):
            ctx.report(i + 1, 40, "steps", f"step {i + 1}")
        release.wait(20)
        return {"summary": "Chatty done"}

    core.jobs.register("chatty", chatty, lane="chatty")
    events: list = []
    view.runner.job_event.connect(events.append)
    statements: list[str] = []
    job = core.jobs.submit("chatty", "Chatty job", {})
    qtbot.waitUntil(lambda: view.row_of(job.id) is not None and status(view, job.id) == "Running",
                    timeout=10000)
    core.db.conn.set_trace_callback(statements.append)  # this (GUI) thread's connection
    try:
        qtbot.waitUntil(lambda: "step 40" in view.text(job.id, DETAILS),
                        timeout=10000)
        progressed = [e for e in events if isinstance(e, JobProgressed)]
        assert len(progressed) == 40 and progressed[-1].job.done == 40
        assert statements == []
    finally:
        core.db.conn.set_trace_callback(None)
        release.set()
    qtbot.waitUntil(lambda: status(view, job.id) == "Done", timeout=10000)
    assert view.text(job.id, DETAILS) == "Chatty done"


def test_empty_page_shows_what_to_do_not_disabled_buttons(view):
    assert view.jobs.rowCount() == 0
    assert view.empty.isVisible() and "Summarize or translate" in view.empty.text()
    assert not view.actions_bar.isVisible() and not view.table.isVisible()
    assert view.summarize_button.isVisible() and view.summarize_button.isEnabled()


@pytest.mark.parametrize("points", [9, 14])
def test_every_status_fits_its_column(qtbot, view, points):
    """'Interrupted' was cut to 'Interrupt…' in a 90 px column with the window's font."""
    from PySide6.QtWidgets import QApplication

    from app.ui.jobs_model import STATUS_TEXT, status_text

    before = QApplication.font()
    font = QApplication.font()
    font.setPointSize(points)  # as Settings > font size does, for the whole app
    QApplication.setFont(font)
    try:
        qtbot.waitUntil(lambda: view.table.font().pointSize() == points, timeout=2000)
        metrics = view.table.fontMetrics()
        room = view.table.columnWidth(STATUS) - 2 * view.table.style().pixelMetric(
            view.table.style().PixelMetric.PM_FocusFrameHMargin) - 6
        for state in STATUS_TEXT:
            assert metrics.horizontalAdvance(status_text(state)) <= room, status_text(state)
    finally:
        QApplication.setFont(before)
