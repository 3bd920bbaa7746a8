"""Background jobs from the window: the ways in to a file job, the status-bar count,
and jobs that a closing window stops going on at the next start."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent

from app.core.queue.queue import CLOSED_NOTE
from tests.ui.conftest import GatedJob


def test_menu_drop_and_document_menu_open_the_file_task(qtbot, core, opener, tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text("# Report\n\nThe harvest was good this year.\n")
    w = opener.window(core)
    w.file_task("translate")  # File > Translate a file… (Ctrl+Shift+T)
    jobs = w.pages["Jobs"]
    assert w.stack.currentWidget() is jobs and jobs.dialog.isVisible()
    assert jobs.dialog.task == "translate"
    jobs.dialog.reject()
    shortcuts = {a.text(): a.shortcut().toString() for a in w.findChildren(QAction)}
    assert shortcuts.get("S&ummarize a file…") == "Ctrl+Shift+S"

    w.show_page(0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    w.chat.dropEvent(QDropEvent(QPointF(30, 30), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    # a drop attaches the file to the next message; the banner offers summarize instead
    assert w.chat.composer.attached == [str(doc)]
    assert "report.md" in w.chat.composer.attach_note.text()
    assert w.chat.banner._action.text() == "Summarize or translate instead"
    w.chat.banner._action.click()
    assert w.chat.composer.attached == []
    assert w.stack.currentWidget() is jobs and jobs.dialog.file.text() == str(doc)
    assert jobs.dialog.task == "summarize"
    jobs.dialog.reject()

    w.show_page(2)  # Documents: right-click a document > Translate…
    menu = w.pages["Documents"].files.file_menu(str(doc))
    assert [a.text() for a in menu.actions()] == ["Open", "Summarize…", "Translate…"]
    menu.actions()[2].trigger()
    assert w.stack.currentWidget() is jobs and jobs.dialog.file.text() == str(doc)
    assert jobs.dialog.task == "translate"
    jobs.dialog.reject()


def test_a_job_stopped_by_closing_goes_on_at_the_next_start(qtbot, core, opener):
    first = GatedJob()
    core.jobs.register("demo", first, lane="model")
    w = opener.window(core)
    job = core.jobs.submit("demo", "Demo job", {})
    w.runner.kick()
    qtbot.waitUntil(lambda: len(first.calls) == 2, timeout=10000)
    qtbot.waitUntil(lambda: w.jobs_label.isVisible(), timeout=5000)
    assert "Jobs: 1 running" in w.jobs_label.text()
    w.close()
    stopped = core.jobs.get(job.id)
    assert stopped.status == "interrupted" and stopped.error == CLOSED_NOTE

    again = opener.core()  # the next start, on the same data
    second = GatedJob(gate_open=True)
    again.jobs.register("demo", second, lane="model")
    w2 = opener.window(again)
    qtbot.waitUntil(lambda: again.jobs.get(job.id).status == "done", timeout=15000)
    assert second.calls == ["chunk:2", "chunk:3"]  # the two finished chunks were kept
    qtbot.waitUntil(lambda: not w2.jobs_label.isVisible(), timeout=5000)


def test_the_window_indexes_with_the_embedding_model_in_a_child_process(qtbot, core, opener,
                                                                        tmp_path):
    import psutil

    core.documents.isolate_embedder = True  # as create_window does
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(3):
        (folder / f"n{i}.txt").write_text(f"Note {i}: the lighthouse keeper counts {i} ships.")
    w = opener.window(core)
    w.show_page(2)
    docs = w.pages["Documents"]
    docs.add_paths([folder], name="notes")
    qtbot.waitUntil(lambda: not docs.busy and core.documents.status("notes")["indexed"] == 3,
                    timeout=180000)
    embedder = core.documents.embedder
    assert embedder.isolated and embedder.loaded
    child = embedder._process.pid
    assert child != psutil.Process().pid and psutil.pid_exists(child)
    hits = core.documents.search(["notes"], "How many ships does the keeper count?", 2)
    assert hits and "ships" in hits[0].text
    core.documents.close()
    assert not psutil.pid_exists(child)


def test_a_download_cut_by_a_crash_goes_on_at_the_next_start(qtbot, hearth_home, hub_server,
                                                            opener, tmp_path):
    """A crash leaves its jobs 'interrupted' for a retry by hand (a file job that crashed
    Hearth would crash it again), but a download cannot crash Hearth: it goes on."""
    import subprocess

    from app.core.queue.kinds import download as download_jobs
    from tests.hubserver import make_gguf

    tiny = make_gguf(tmp_path / "tiny-Q4_K_M.gguf", n_floats=65_536)
    hub_server.add_repo("crash-org/Tiny-GGUF", {"tiny-Q4_K_M.gguf": tiny.read_bytes()})
    first = opener.core()
    job = download_jobs.submit(first.jobs, "crash-org/Tiny-GGUF", "tiny-Q4_K_M.gguf")
    gone = subprocess.Popen(["true"])
    gone.wait()
    first.jobs._update(job.id, status="running", pid=gone.pid)  # as a killed Hearth left it
    again = opener.core()  # the next start
    assert again.jobs.get(job.id).status == "interrupted"
    opener.window(again)
    qtbot.waitUntil(lambda: again.jobs.get(job.id).status == "done", timeout=60000)
    assert again.jobs.get(job.id).result["model_id"]
