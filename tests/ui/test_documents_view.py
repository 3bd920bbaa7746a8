"""The Documents page under pytest-qt, offscreen, with the real embedding model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.ui.documents_view import DocumentsView
from tests.fixtures import documents as fx


@pytest.fixture
def corpus(tmp_path):
    pytest.importorskip("fpdf", reason="fpdf2 (dev extra) writes the test PDFs")
    return fx.make_corpus(tmp_path / "docs")


@pytest.fixture
def view(qtbot, core, embedder):
    core.documents.use_embedder(embedder)
    v = DocumentsView(core)
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    core.start_background(watch_interval_s=0.5)  # the core watches, as in the window
    yield v
    core.background.stop()
    v.shutdown()


def _column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _index(qtbot, view, action, timeout=120000):
    with qtbot.waitSignal(view.sync_finished, timeout=timeout) as blocker:
        action()
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    return blocker.args


def _index_jobs(core):
    return [j for j in core.jobs.list() if j.kind == "index"]


def test_add_folder_indexes_with_progress_and_lists_files(qtbot, view, corpus, tmp_path):
    assert view.collection_list.count() == 0 and not view.add_files_btn.isEnabled()
    assert view.create_collection("Manuals")
    fx.make_broken(tmp_path / "docs")  # broken files beside the good ones
    progress = []
    view.progressed.connect(progress.append)
    name, report = _index(qtbot, view, lambda: view.add_paths([corpus]))
    assert name == "Manuals" and report["indexed"] == 6 and len(report["skipped"]) == 6
    assert progress and progress[-1].done == progress[-1].total == 12
    statuses = dict(zip([Path(p).name for p in _column(view.files, 0)],
                        _column(view.files, 1), strict=True))
    assert statuses["guide.pdf"] == "indexed" and statuses["locked.pdf"] == "skipped"
    reasons = dict(zip([Path(p).name for p in _column(view.files, 0)],
                       _column(view.files, 4), strict=True))
    assert "encrypted" in reasons["locked.pdf"]
    assert "indexed 6 file(s)" in view.progress_label.text()
    assert "6 skipped" in view.progress_label.text()
    # it ran as a job in the shared queue, which the Jobs page lists
    [job] = _index_jobs(view.core)
    assert job.status == "done" and job.result["indexed"] == 6
    assert job.params == {"collection_id": view.docs.store.get("Manuals").id}
    assert view.running_job is None and view.syncing is None
    assert "Manuals" in view.collection_list.item(0).text()
    view.grab().save(str(tmp_path / "documents.png"))


def test_drop_adds_to_a_new_collection_and_watcher_picks_up_changes(qtbot, view, corpus):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    _, report = _index(qtbot, view, lambda: view.dropEvent(event))
    assert view.current() == "Documents" and report["indexed"] == 6
    # a new file in the watched folder is indexed without anyone asking
    (corpus / "new.md").write_text("# Bees\n\nA hive holds fifty thousand bees in summer.\n")
    with qtbot.waitSignal(view.sync_finished, timeout=60000) as blocker:
        pass
    assert blocker.args[1]["indexed"] == 1 and blocker.args[1]["unchanged"] == 6
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    # the re-sync re-queued the collection's one job rather than adding another
    [job] = _index_jobs(view.core)
    assert job.status == "done" and job.result["indexed"] == 1
    hits = view.docs.search(["Documents"], "How many bees live in a hive?", 1)
    assert hits[0].name == "new.md"


def test_pause_resume_and_cancel(qtbot, view, core, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"n{i:02}.txt").write_text(f"Note {i} is about item number {i}.")
    core.settings.set("index_batch", 2)
    view.create_collection("Notes")
    paused = {}

    def on_progress(p):
        if p.done >= 2 and not paused:
            view.toggle_pause()
            paused["at"] = p.done

    view.progressed.connect(on_progress)
    view.add_paths([folder])
    qtbot.waitUntil(lambda: "at" in paused, timeout=120000)
    job_id = view.running_job
    assert job_id is not None and view.syncing == "Notes" and view.busy
    assert view.pause_btn.text() == "Resume" and view.runner.is_paused(job_id)
    assert "Paused indexing Notes" in view.progress_label.text()
    view.request_sync("Notes")  # asked again while it runs: the same job, no second one
    assert [j.id for j in _index_jobs(core)] == [job_id]
    view.toggle_pause()
    assert view.pause_btn.text() == "Pause" and not view.runner.is_paused(job_id)
    with qtbot.waitSignal(view.sync_finished, timeout=60000) as blocker:
        view.cancel()
    name, report = blocker.args
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    assert name == "Notes" and not view.pause_btn.isEnabled()
    if report is None:  # cancelled before the end
        assert core.jobs.get(job_id).status == "cancelled"
        assert "Cancelled" in view.progress_label.text()
        assert "unfinished" in view.collection_list.currentItem().text()
        done = core.documents.status("Notes")["indexed"]
        assert done < 30
        _, again = _index(qtbot, view, lambda: view.request_sync("Notes"))
        assert again["indexed"] == 30 - done  # finished files were not redone
    assert core.documents.status("Notes")["indexed"] == 30
    [job] = _index_jobs(core)  # the retry re-queued the same job
    assert job.id == job_id and job.status == "done"


def test_a_second_collection_waits_for_the_first(qtbot, view, core, corpus, tmp_path):
    """One index job at a time: a second collection's sync waits in the queue."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("Apples grow on trees in the orchard.")
    core.documents.add("first", [corpus], sync=False)
    core.documents.add("second", [notes], sync=False)
    finished = []
    view.sync_finished.connect(lambda name, report: finished.append((name, report)))
    view.request_sync("first")
    view.request_sync("second")
    view.request_sync("first")  # already queued or running: no new job
    assert len(_index_jobs(core)) == 2 and view.syncing == "first"
    labels = [view.collection_list.item(i).text() for i in range(view.collection_list.count())]
    assert [t for t in labels if "waiting to index" in t] == [
        next(t for t in labels if t.startswith("second"))]
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=120000)
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    assert [(n, r["indexed"]) for n, r in finished] == [("first", 6), ("second", 1)]
    assert all(j.status == "done" for j in _index_jobs(core))


def test_a_failed_sync_shows_its_error(qtbot, view, core, monkeypatch):
    from app.core.errors import HearthError

    def failing(name):
        def job(control, progress):
            raise HearthError("The index folder is read-only.", "Check its permissions.")
        return job

    view.create_collection("kb")
    monkeypatch.setattr(core.documents, "sync_job", failing)
    name, report = _index(qtbot, view, lambda: view.request_sync("kb"))
    assert name == "kb" and report is None
    assert view.progress_label.text() == (
        "kb: The index folder is read-only. Check its permissions.")
    [job] = _index_jobs(core)
    assert job.status == "failed" and "read-only" in job.error


def test_rename_and_remove(qtbot, view):
    assert view.create_collection("Old")
    assert not view.create_collection("Old")  # duplicate: refused with a message
    assert "already exists" in view.progress_label.text()
    assert view.rename_collection("New name")
    assert view.current() == "New name"
    assert view.remove_collection()
    assert view.collection_list.count() == 0


def test_attach_button_holds_choice_until_the_conversation_exists(qtbot, core):
    from app.ui.citations import AttachButton

    core.documents.store.create("kb")
    core.documents.store.create("other")
    button = AttachButton(core)
    qtbot.addWidget(button)
    button.set_conversation(None)
    button._fill()
    kb = next(a for a in button.menu_.actions() if a.text() == "kb")
    kb.setChecked(True)  # chosen before the first message
    assert button.pending == ["kb"] and button.text() == "Documents: kb"
    conv = core.history.new_conversation("t")
    button.set_conversation(conv.id)
    assert [c.name for c in core.documents.attached(conv.id)] == ["kb"]
    button.set_attached(["kb", "other"])
    assert [c.name for c in core.documents.attached(conv.id)] == ["kb", "other"]
    button.set_conversation(None)
    assert button.text() == "Documents"


def test_citations_panel_lists_and_opens_files(qtbot, monkeypatch, tmp_path):
    from app.ui import citations as mod

    opened = []
    monkeypatch.setattr(mod.QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel = mod.CitationsPanel()
    qtbot.addWidget(panel)
    path = str(tmp_path / "guide.pdf")
    panel.set_citations([{"n": 1, "path": path, "page": 3, "score": 0.6,
                          "text": "The Aurora warranty lasts 37 months."}])
    assert not panel.isHidden() and panel.count() == 1
    assert panel.item(0).text().startswith("[1] guide.pdf, page 3: The Aurora warranty")
    with qtbot.waitSignal(panel.opened) as blocker:
        panel.itemClicked.emit(panel.item(0))
    assert blocker.args == [path] and opened[0].toLocalFile() == path
    panel.set_citations([])
    assert panel.isHidden()


def test_page_shows_the_sync_the_core_resumed(qtbot, core, embedder, corpus):
    """The core resumes a sync a crash left half done; the page only shows it."""
    from app.ui.job_runner import runner_for

    core.documents.use_embedder(embedder)
    core.documents.add("kb", [corpus], sync=False)
    coll = core.documents.store.get("kb")
    core.documents.store.update(coll.id, sync_state="running")  # as a killed process leaves it
    runner_for(core)  # the window's runner, which runs what the core queues
    assert core.start_background(watch_interval_s=0) == ["kb"]
    view = DocumentsView(core)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.syncing == "kb", timeout=20000)
    assert view.busy
    qtbot.waitUntil(lambda: core.documents.store.get("kb").sync_state == "idle", timeout=120000)
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    [job] = _index_jobs(core)
    assert job.status == "done" and job.result["indexed"] == 6
    view.shutdown()


def test_a_chinese_collection_is_offered_the_multilingual_model(qtbot, core, embedder):
    """The English model on Chinese files: the page says so, and one click re-embeds the
    collection with multilingual-e5-small in the background."""
    from app.core.docs.embedder import Embedder
    from app.core.models import bundled

    if bundled.path_of(bundled.MULTILINGUAL) is None:
        pytest.skip("multilingual-e5-small is not set up (python -m app.core.models.bundled)")
    zh = Path(__file__).resolve().parents[1] / "corpus" / "zh"
    core.documents.keep_embedder(embedder)  # each collection its own model, loaded once
    core.documents.keep_embedder(Embedder(bundled.MULTILINGUAL.id, threads=2))
    core.documents.add("zh", [zh / "kettle.md", zh / "tea.md", zh / "gpu.md"])
    view = DocumentsView(core)
    qtbot.addWidget(view)
    view.show()
    try:
        view.select("zh")
        assert view.model_box.currentData() == "all-minilm-l6-v2"
        assert view.advice.isVisible() and "Chinese" in view.advice.text()
        assert view.advice_btn.text() == "Use multilingual-e5-small"
        with qtbot.waitSignal(view.sync_finished, timeout=240000):
            view.advice_btn.click()
        qtbot.waitUntil(lambda: not view.busy, timeout=10000)
        assert core.documents.store.get("zh").embedding_model == "multilingual-e5-small"
        assert view.model_box.currentData() == "multilingual-e5-small"
        assert not view.advice.isVisible()
        assert core.documents.search(["zh"], "水壶保修多久", k=1)[0].name == "kettle.md"
    finally:
        view.shutdown()


def test_skip_reasons_read_chinese_in_a_chinese_window(qtbot, core, embedder, tmp_path):
    """Issue 14: a Chinese window's Documents page gives each skipped file's reason in
    Chinese (the core stored its template); the core, as the CLI reads it, says English."""
    from app.ui import i18n
    from tests.ui.test_translations import _english

    bad = fx.make_broken(tmp_path / "bad")
    core.documents.use_embedder(embedder)
    try:
        i18n.install("zh_CN")
        v = DocumentsView(core)
        qtbot.addWidget(v)
        v.show()
        assert v.create_collection("Broken")
        _, report = _index(qtbot, v, lambda: v.add_paths([tmp_path / "bad"]))
        assert len(report["skipped"]) == len(bad)
        reasons = dict(zip([Path(p).name for p in _column(v.files, 0)], _column(v.files, 4),
                           strict=True))
        assert reasons["locked.pdf"] == ("locked.pdf 已加密（受密码保护）。"
                                         "请另存一份不受保护的副本再建立索引。")
        # pdfium's own words stay as they are, inside the Chinese sentence
        assert reasons["corrupt.pdf"].startswith("corrupt.pdf 不是可读取的 PDF（")
        assert reasons["corrupt.pdf"].endswith("）。文件可能已损坏：请打开后重新保存，"
                                               "或把它移出文件夹。")
        assert reasons["broken.epub"].startswith("broken.epub 已损坏（不是有效的 zip 压缩包）。")
        # no English left but the file names and format names (Word, zip)
        others = [re.sub(r"\b(Word|zip)\b", "", reasons[n].replace(n, ""))
                  for n in bad if n != "corrupt.pdf"]
        assert _english(others) == [], others
        v.shutdown()
    finally:
        i18n.install("en")
    english = {Path(f["path"]).name: f["reason"]
               for f in core.documents.status("Broken")["files"]}
    assert english["locked.pdf"] == ("locked.pdf is encrypted (password-protected). "
                                     "Save an unprotected copy to index it.")


def _ink_runs(image) -> list[tuple[int, int]]:
    """Runs of columns holding dark pixels (text, the menu arrow), frame left out."""
    from PySide6.QtGui import QColor

    inked = [any(QColor(image.pixel(x, y)).lightness() < 140
                 for y in range(4, image.height() - 4))
             for x in range(4, image.width() - 4)]
    runs, start = [], None
    for x, ink in enumerate(inked + [False]):
        if ink and start is None:
            start = x
        elif not ink and start is not None:
            runs.append((start, x))
            start = None
    return runs


@pytest.mark.parametrize("points", [9, 11])
def test_attach_buttons_menu_arrow_does_not_touch_its_text(qtbot, core, points):
    """The arrow was drawn in the bottom corner over the last letter ('Documents')."""
    from PySide6.QtGui import QFont

    from app.ui.citations import AttachButton

    button = AttachButton(core)
    qtbot.addWidget(button)
    font = QFont(button.font())
    font.setPointSize(points)
    button.setFont(font)
    button.resize(button.sizeHint())
    button.show()
    runs = _ink_runs(button.grab().toImage())
    assert len(runs) >= 2, runs
    (*_, text_end), (arrow_start, _) = runs[-2], runs[-1]
    assert arrow_start - text_end >= 4, runs  # a clear gap between the 's' and the arrow
