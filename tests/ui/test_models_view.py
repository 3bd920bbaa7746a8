"""The Models page under pytest-qt, offscreen, against the test hub."""

import pytest
from PySide6.QtCore import Qt

from app.ui.job_runner import runner_for
from app.ui.models_view import ModelsView
from tests.hubserver import make_gguf

REPO = "test-org/Tiny-Chat-GGUF"
FILE = "Tiny-Chat-1M-Q8_0.gguf"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return make_gguf(tmp_path_factory.mktemp("ui-gguf") / FILE, n_floats=262_144)


@pytest.fixture
def hub(hub_server, tiny):
    hub_server.add_repo(REPO, {FILE: tiny, "README.md": b"# tiny"}, downloads=42, likes=7)
    hub_server.add_repo("other/Tiny-Base-GGUF", {"base-Q4_K_M.gguf": tiny}, downloads=3)
    return hub_server


@pytest.fixture
def view(qtbot, core, hub):
    v = ModelsView(core)
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    qtbot.waitUntil(lambda: v.repos.rowCount() > 0 and v.installed.table.rowCount() > 0,
                    timeout=60000)
    return v


def _texts(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_opens_without_network_and_shows_recommended(view, hub):
    assert hub.log == []  # nothing was asked of the hub at start-up
    assert view.repos.rowCount() >= 5
    assert all(t in ("GPU", "CPU only", "too big") or t.startswith("partly")
               for t in _texts(view.repos, 4))
    assert "smollm2-135m-instruct" in _texts(view.installed.table, 0)


def test_search_lists_repos_then_files_with_fit(view, qtbot, hub, tiny):
    view.search_box.setText("tiny")
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _texts(view.repos, 0) == [REPO, "other/Tiny-Base-GGUF"],
                    timeout=30000)
    assert _texts(view.repos, 1)[0] == "42"
    assert view.repos.isColumnHidden(4)  # no empty fit column: a repo's fit is per file
    view.repos.selectRow(0)
    qtbot.waitUntil(lambda: view.files.rowCount() == 1, timeout=30000)
    assert view.files.item(0, 0).text().endswith(FILE)
    assert view.files.item(0, 1).text() == "Q8_0"
    assert view.files.item(0, 3).text() in ("GPU", "CPU only") or \
        view.files.item(0, 3).text().startswith("partly")
    assert view.files.item(0, 4).toolTip() == hub.repos[REPO].files[FILE].sha256
    assert "largest that fits" in view.files_label.text()


def test_download_with_progress_then_installed(view, qtbot, hub, tiny):
    hub.switches.rate = 1_000_000  # ~1 s for the 1 MB file, so progress is seen
    view.open_repo(REPO)
    qtbot.waitUntil(lambda: view.files.rowCount() == 1, timeout=30000)
    view.files.selectRow(0)
    values = []
    panel = view.downloads
    panel.rows.dataChanged.connect(lambda top, *_: values.append(panel.bar_value(top.row())))
    with qtbot.waitSignal(view.models_changed, timeout=60000):
        qtbot.mouseClick(view.download_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentIndex() == 1
    assert any(0 < v < 1000 for v in values) and values[-1] == 1000
    assert panel.status_text(0).startswith("installed as tiny-chat-1m-q8_0")
    qtbot.waitUntil(lambda: "tiny-chat-1m-q8_0" in _texts(view.installed.table, 0), timeout=30000)


def _progress_past(panel, job_id, n):
    p = panel.runner.model.progress_of(job_id)
    return p is not None and p.done > n


def test_pause_resume_and_cancel_in_the_queue(view, qtbot, hub, core):
    hub.switches.rate = 300_000
    panel, runner = view.downloads, runner_for(core)
    first = view.enqueue(REPO, FILE)
    second = view.enqueue("other/Tiny-Base-GGUF", "base-Q4_K_M.gguf")
    assert {j.id for j in core.jobs.list() if j.kind == "download"} == {first.id, second.id}
    qtbot.waitUntil(lambda: _progress_past(panel, first.id, 50_000), timeout=30000)
    assert core.jobs.get(second.id).status == "queued"  # one download at a time
    row, row2 = panel.row_of(first.id), panel.row_of(second.id)
    pause = panel.buttons(row)[0]
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert runner.is_paused(first.id) and pause.text() == "Resume"
    assert panel.status_text(row) == "paused"
    qtbot.mouseClick(panel.buttons(row2)[1], Qt.MouseButton.LeftButton)  # Cancel
    assert core.jobs.get(second.id).status == "cancelled"  # still waiting: cancelled at once
    assert panel.status_text(row2) == "cancelled"
    assert [b.text() for b in panel.buttons(row2)] == ["Continue", "Remove"]
    qtbot.wait(600)  # paused for a while: the connection is closed meanwhile
    sent = sum(e.sent for e in hub.downloads(FILE))
    qtbot.wait(300)
    assert sum(e.sent for e in hub.downloads(FILE)) == sent  # nothing flows while paused
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert not runner.is_paused(first.id) and pause.text() == "Pause"
    qtbot.waitUntil(lambda: core.jobs.get(first.id).status == "done", timeout=60000)
    ranges = [e.range for e in hub.downloads(FILE)]
    assert ranges[0] is None and ranges[-1].startswith("bytes=")  # resumed, not restarted
    qtbot.waitUntil(lambda: panel.status_text(row).startswith("installed as"),
                    timeout=30000)


def test_cancelled_download_keeps_its_bytes_and_continue_resumes(view, qtbot, hub, core,
                                                                 tiny):
    from app.ui.model_downloads import DownloadsPanel

    hub.switches.rate = 300_000
    panel, runner = view.downloads, runner_for(core)
    job = view.enqueue(REPO, FILE)
    qtbot.waitUntil(lambda: _progress_past(panel, job.id, 100_000), timeout=30000)
    row = panel.row_of(job.id)
    with qtbot.waitSignal(runner.job_finished, timeout=30000) as finished:
        qtbot.mouseClick(panel.buttons(row)[1], Qt.MouseButton.LeftButton)  # Cancel
    assert finished.args == [job.id, "cancelled"]
    (left,) = core.models.unfinished()
    kept = left["saved"]
    assert kept > 100_000
    text = panel.status_text(row)
    assert text.startswith("cancelled · ") and text.endswith(" kept; Continue resumes")
    assert [b.text() for b in panel.buttons(row)] == ["Continue", "Remove"]
    # The page opened again (another run of the window) lists the stopped job, not a
    # second row for its partial file.
    again = DownloadsPanel(core)
    qtbot.addWidget(again)
    assert again.job_ids() == [job.id] and again.rows.rowCount() == 1
    assert again.status_text(0) == text
    hub.switches.rate = None
    with qtbot.waitSignal(panel.installed, timeout=60000) as installed:
        qtbot.mouseClick(panel.buttons(row)[0], Qt.MouseButton.LeftButton)  # Continue
    assert installed.args[0].id == job.id
    assert hub.downloads(FILE)[-1].range == f"bytes={kept}-"
    assert core.jobs.get(job.id).result["resumed_from"] == kept
    qtbot.waitUntil(lambda: panel.status_text(row).startswith(
        "installed as tiny-chat-1m-q8_0"), timeout=30000)
    assert core.models.unfinished() == []


def test_remove_deletes_a_stopped_download_and_its_bytes(view, qtbot, hub, core):
    hub.switches.rate = 300_000
    panel = view.downloads
    job = view.enqueue(REPO, FILE)
    qtbot.waitUntil(lambda: _progress_past(panel, job.id, 50_000), timeout=30000)
    with qtbot.waitSignal(runner_for(core).job_finished, timeout=30000):
        panel.cancel(job.id)
    assert core.models.unfinished()
    qtbot.mouseClick(panel.buttons(panel.row_of(job.id))[1],
                     Qt.MouseButton.LeftButton)  # Remove
    assert panel.row_of(job.id) is None and core.models.unfinished() == []
    assert not [j for j in core.jobs.list() if j.id == job.id]


def test_hub_unreachable_is_said_plainly(view, qtbot, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    view.search_box.setText("llama")
    view.search()
    qtbot.waitUntil(lambda: "Cannot reach the hub" in view.status.text(), timeout=30000)
    assert "installed models keep working" in view.status.text()
    qtbot.waitUntil(view.search_button.isEnabled, timeout=5000)  # when the search ends


def test_import_default_and_delete(view, qtbot, tmp_path, core):
    path = make_gguf(tmp_path / "Mine-Q8_0.gguf", seed=9)
    with qtbot.waitSignal(view.models_changed, timeout=60000):
        view.import_paths([str(path)], "link")
    qtbot.waitUntil(lambda: "mine-q8_0" in _texts(view.installed.table, 0), timeout=30000)
    view.installed.select("mine-q8_0")
    assert view.installed.delete_button.isEnabled()
    with qtbot.waitSignal(view.models_changed, timeout=30000):
        view.installed.set_default_selected()
    assert core.settings.get("default_model") == "mine-q8_0"
    qtbot.waitUntil(lambda: "✓" in _texts(view.installed.table, 5), timeout=30000)
    view.installed.select("mine-q8_0")
    with qtbot.waitSignal(view.models_changed, timeout=30000):
        view.installed.delete_selected(confirm=False)
    assert "Deleted mine-q8_0" in view.installed.note.text() and path.exists()
    view.installed.select("smollm2-135m-instruct")
    assert not view.installed.delete_button.isEnabled()  # the bundled model stays


def test_model_settings_dialog_saves_overrides(view, qtbot, core):
    view.installed.select("smollm2-135m-instruct")
    dialog = view.installed.edit_settings_selected()
    dialog.n_ctx.setValue(1024)
    dialog.temperature.setValue(0.7)
    dialog.top_k.setValue(0)
    dialog.gpu.setCurrentText("0")
    with qtbot.waitSignal(view.models_changed, timeout=30000):
        dialog.accept()
    eff = core.runtime.effective("smollm2-135m-instruct")
    assert eff["n_ctx"] == 1024 and eff["temperature"] == pytest.approx(0.7)
    assert eff["top_k"] == 0 and eff["n_gpu_layers"] == 0
    own = core.catalog.model_settings("smollm2-135m-instruct")
    assert not {"max_tokens", "top_p", "system_prompt"} & set(own)  # left global


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent takes a QPoint
def test_dropping_gguf_files_imports_them(view, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from app.ui import models_view

    path = make_gguf(tmp_path / "Dropped-Q8_0.gguf", seed=11)
    monkeypatch.setattr(models_view, "ask_import_mode", lambda parent, what: "copy")  # the click
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(view.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(view.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.models_changed, timeout=60000):
        view.dropEvent(drop)
    qtbot.waitUntil(lambda: "dropped-q8_0" in _texts(view.installed.table, 0), timeout=30000)
    text = tmp_path / "notes.txt"
    text.write_text("hi")
    mime2 = QMimeData()
    mime2.setUrls([QUrl.fromLocalFile(str(text))])
    enter2 = QDragEnterEvent(view.rect().center(), Qt.DropAction.CopyAction, mime2,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter2.ignore()
    view.dragEnterEvent(enter2)
    assert not enter2.isAccepted()


def test_recommended_row_opens_its_repo_with_the_file_preselected(view, qtbot, hub, tiny):
    from app.core.models.recommended import RECOMMENDED

    rec = RECOMMENDED[0]
    hub.add_repo(rec.repo, {rec.filename: tiny, "other-Q8_0.gguf": tiny})
    view.repos.selectRow(0)
    qtbot.waitUntil(lambda: view.files.rowCount() == 2, timeout=30000)
    row = view.files.currentRow()
    assert view.files.item(row, 0).data(Qt.ItemDataRole.UserRole) == rec.filename
    assert view.download_button.isEnabled()


def test_worker_results_reach_widgets_on_the_gui_thread(qtbot, core, hub):
    import threading

    threads = []

    class Probe(ModelsView):
        def _show_results(self, results):
            threads.append(threading.current_thread().name)
            super()._show_results(results)

        def _search_done(self):
            threads.append(threading.current_thread().name)
            super()._search_done()

    view = Probe(core)
    qtbot.addWidget(view)
    view.search_box.setText("tiny")
    view.search()
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=30000)
    assert set(threads) == {threading.main_thread().name}
    qtbot.waitUntil(lambda: view.installed.table.rowCount() > 0, timeout=30000)


def test_recommended_check_hides_what_the_hub_does_not_know(view, qtbot, hub, tiny):
    from app.core.models.recommended import RECOMMENDED

    rec = RECOMMENDED[1]
    hub.add_repo(rec.repo, {rec.quants[0].filename: tiny})
    assert view.repos.rowCount() == len(RECOMMENDED)  # unchecked at first, no network needed
    view.check_recommended()
    qtbot.waitUntil(lambda: view.repos.rowCount() == 1, timeout=30000)
    assert view.repos.item(0, 0).data(Qt.ItemDataRole.UserRole) == rec.repo
    assert rec.quants[0].name in view.repos.item(0, 0).text()


def test_a_partial_file_with_no_job_is_offered_and_its_job_takes_its_row(qtbot, core, hub,
                                                                          tiny):
    """A download an older Hearth left part-way (a partial file, no job) shows as a row
    with Continue; continuing it queues a job whose row replaces the file's."""
    import json

    from app.core.models.names import target_path
    from app.ui.model_downloads import DownloadsPanel

    data = tiny.read_bytes()
    partial = target_path(REPO, FILE).with_name(FILE + ".partial")
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_bytes(data[:200_000])
    partial.with_name(partial.name + ".json").write_text(
        json.dumps({"repo": REPO, "filename": FILE, "size": len(data)}))
    panel = DownloadsPanel(core)
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    assert panel.rows.rowCount() == 1 and panel.job_ids() == []
    assert panel.status_text(0).startswith("stopped at ")
    assert panel.bar_value(0) == int(1000 * 200_000 / len(data))
    assert [b.text() for b in panel.buttons(0) if b.isVisibleTo(panel)] == ["Continue"]
    assert "stopped part-way" in panel.note.text()
    with qtbot.waitSignal(panel.installed, timeout=60000):
        qtbot.mouseClick(panel.buttons(0)[0], Qt.MouseButton.LeftButton)  # Continue
    (job_id,) = panel.job_ids()
    assert panel.rows.rowCount() == 1 and panel.row_of(job_id) == 0
    qtbot.waitUntil(lambda: panel.status_text(0).startswith("installed as"), timeout=30000)
    assert [b.isVisibleTo(panel) for b in panel.buttons(0)] == [False, False]
