"""What a Chinese-speaking user met in the real window (zh_CN, under Xvfb): English
left in the status line, the file-task dialog, the Models page and Settings, and
citations punctuated as English. Each test loads zh_CN as the window does and puts
the English back after."""

from __future__ import annotations

import pytest

from app.core.messages import Msg
from app.ui import i18n


@pytest.fixture
def zh(qapp):
    assert i18n.install("zh_CN") == "zh_CN"
    yield
    i18n.install("en")


def test_a_finished_job_is_said_in_chinese_on_the_status_line(qtbot, core, zh):
    """The Jobs page's status line put the core's English summary into the Chinese
    sentence: '已完成：索引 我的资料。Indexed 1 file(s), 1 chunks; 5 unchanged。'"""
    from app.ui.jobs_view import JobsView

    def index_like(ctx):
        return {"summary": Msg("Indexed {indexed} file(s), {chunks} chunks; {unchanged} "
                               "unchanged", indexed=1, chunks=1, unchanged=5)}

    core.jobs.register("demo-summary", index_like, lane="model")
    view = JobsView(core)
    qtbot.addWidget(view)
    try:
        job = core.jobs.submit("demo-summary", "Demo", {})
        qtbot.waitUntil(lambda: "已完成" in view.status.text(), timeout=10000)
        text = view.status.text()
        assert "Indexed" not in text and "unchanged" not in text, text
        assert "已索引 1 个文件" in text, text
        assert job.id
    finally:
        view.runner.stop()


def test_the_file_task_dialog_names_languages_in_chinese(qtbot, core, tmp_path, zh):
    """'译为: French' (English names, and French first) for a Chinese user: the list names
    each language in the window's language, translates into Chinese by default, and
    the job is still told the language's English name."""
    from app.core.tasks import language
    from app.ui.file_tasks import FileTaskDialog

    src = tmp_path / "letter.txt"
    src.write_text("Dear team, the office is closed on Friday.\n")
    dialog = FileTaskDialog(core, None, src, "translate")
    qtbot.addWidget(dialog)
    shown = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert dialog.language.currentText() == "中文"
    assert "法语" in shown and "French" not in shown and "English" not in shown
    assert len(shown) == len(language.LANGUAGES)
    assert dialog.params()["to"] == "Chinese"
    assert dialog.output.placeholderText() == str(tmp_path / "letter.zh.txt")
    dialog.language.setCurrentIndex(dialog.language.findText("德语"))
    assert dialog.params()["to"] == "German"
    assert dialog.output.placeholderText() == str(tmp_path / "letter.de.txt")
    dialog.language.setCurrentText("Klingon")  # typed: passed on as it is
    assert dialog.params()["to"] == "Klingon"
    summary = dialog.summary_language
    assert summary.itemText(0) == "与文档相同" and summary.findText("日语") > 0
    summary.setCurrentIndex(summary.findText("日语"))
    dialog.kind.setCurrentIndex(0)
    assert dialog.params()["language"] == "ja"


def test_a_file_dialog_without_a_file_says_so_in_chinese(qtbot, core, zh):
    from app.ui.file_tasks import FileTaskDialog

    dialog = FileTaskDialog(core, None)
    qtbot.addWidget(dialog)
    dialog.start()
    assert not dialog.error.isHidden()
    assert "Choose" not in dialog.error.text() and "文件" in dialog.error.text()


def test_job_titles_and_details_name_the_language_in_chinese(qtbot, core, zh):
    """'把 letter.txt 翻译成Chinese' and '原文：English' on the Jobs page."""
    from app.core.queue.queue import Job
    from app.ui.jobs_model import details, job_title

    job = core.jobs.submit("translate", "Translate letter.txt into Chinese",
                           {"path": "/tmp/letter.txt", "to": "Chinese"})
    assert "Chinese" not in job_title(job) and "中文" in job_title(job)
    done = Job(**{**job.__dict__, "status": "done",
                  "result": {"output_path": "/tmp/letter.zh.txt",
                             "source_language": "English"}})
    assert "English" not in details(done) and "英语" in details(done)
    unknown = Job(**{**done.__dict__, "result": {"output_path": "/tmp/x.zh.txt",
                                                 "source_language": "unknown"}})
    assert "unknown" not in details(unknown)


def test_every_offered_language_has_a_translatable_name():
    from app.core.tasks import language

    assert set(language.LANGUAGES.values()) <= set(i18n.LANGUAGE_NAMES)


def test_citations_are_punctuated_as_chinese(qtbot, zh):
    """'[1] 长城指南.pdf, 第 2 页: 开放时间。' read as English punctuation inside Chinese."""
    from app.ui.citations import CitationsPanel

    panel = CitationsPanel()
    qtbot.addWidget(panel)
    panel.set_citations([
        {"n": 1, "path": "/d/长城指南.pdf", "page": 2, "text": "开放时间。", "ocr": False},
        {"n": 2, "path": "/d/扫描.pdf", "page": 1, "text": "会议纪要", "ocr": True}])
    assert panel.item(0).text() == "[1] 长城指南.pdf，第 2 页：开放时间。"
    assert panel.item(1).text() == "[2] 扫描.pdf，第 1 页（OCR）：会议纪要"


def test_citations_read_as_before_in_english(qtbot):
    from app.ui.citations import CitationsPanel

    panel = CitationsPanel()
    qtbot.addWidget(panel)
    panel.set_citations([{"n": 2, "path": "/d/guide.pdf", "page": 3, "text": "Warranty.",
                          "ocr": True}])
    assert panel.item(0).text() == "[2] guide.pdf, page 3 (OCR): Warranty."


def test_installed_models_say_where_they_came_from_in_chinese(qtbot, core, zh):
    """The Models page's Source column said 'bundled', 'downloaded'; a bundled model
    still cannot be deleted."""
    from app.ui.installed_models import InstalledPanel

    panel = InstalledPanel(core)
    qtbot.addWidget(panel)
    panel._show_installed([
        {"id": "smollm2-135m-instruct", "path": "/m/a.gguf", "quantization": "Q4_1",
         "size": 98_000_000, "source": "bundled", "fit": {}, "error": "", "default": True},
        {"id": "tiny", "path": "/m/b.gguf", "quantization": "Q4_K_M", "size": 16_000_000,
         "source": "downloaded", "fit": {}, "error": "", "default": False}])
    sources = [panel.table.item(r, 3).text() for r in range(2)]
    assert sources == ["内置", "已下载"]
    panel.table.selectRow(0)
    assert not panel.delete_button.isEnabled()
    panel.table.selectRow(1)
    assert panel.delete_button.isEnabled()


def test_the_built_in_tools_are_described_in_chinese(qtbot, core, zh):
    """Settings > Tools listed 'hearth — built in' and the built-in tools' English
    descriptions (the model is still given the English ones)."""
    from app.ui.tools_panel import ToolsPanel

    panel = ToolsPanel(core)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel._worker is None, timeout=10000)
    panel.fill(core.tools.listing())
    top = panel.tree.topLevelItem(0)
    shown = [top.text(1)] + [top.child(i).text(1) for i in range(top.childCount())]
    english = [t for t in shown if any(w in t for w in ("built", "The ", "Evaluate", "Search"))]
    assert english == [], shown
    from app.core.tools import builtin
    from app.ui.tools_panel import BUILTIN

    assert {s.description for s in builtin.specs()} <= set(BUILTIN)


def test_the_file_dialogs_read_chinese(qtbot, tmp_path, zh):
    """Qt's own file dialog (Add folder…, Browse…) said '&Look in:', 'Files of &type:'
    and 'Folder': Qt's Chinese translation lacks these three, so Hearth carries them."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    (tmp_path / "子文件夹").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "&Look in:" not in labels and "Files of &type:" not in labels, labels
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    view = dialog.findChildren(QTreeView)[0]
    model, root = view.model(), view.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=5000)
    root = view.rootIndex()
    assert model.index(0, 2, root).data() == "文件夹"


def test_search_results_and_index_results_use_the_chinese_colon(qtbot, core, zh):
    """'你: 长城…' in the conversation search and '我的资料: 已索引…' on the Documents
    page: an English colon joined the name to the Chinese text."""
    from app.core.queue.queue import Job
    from app.ui.documents_view import finished_line
    from app.ui.sidebar import ConversationSidebar

    conv = core.history.new_conversation(title="长城", model="smollm2-135m-instruct")
    core.history.add_message(conv.id, "user", "八达岭长城的门票多少钱")
    side = ConversationSidebar(core)
    qtbot.addWidget(side)
    side.search.setText("门票")
    side.run_search()
    assert side.results.count() == 1
    text = side.results.item(0).text()
    assert "你：" in text and ": " not in text, text
    job = Job(1, "index", "Index 我的资料", {}, "done",
              result={"indexed": 5, "chunks": 9, "seconds": 9.4, "unchanged": 0})
    line = finished_line("我的资料", job, "done")
    assert line.startswith("我的资料：已索引 5 个文件"), line


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_chat_bar_fits_the_smallest_window(qtbot, core, opener, language):
    """At the window's minimum size the chat page's bar needed more room than it had:
    the model picker, 'System prompt…', 'Documents: 我的资料' and the context meter were
    drawn over each other. Narrow, the bar takes two rows and none is squeezed."""
    from PySide6.QtCore import QRect

    from app.ui.main_window import MIN_SIZE

    i18n.install(language)
    try:
        w = opener.window(core)
        chat = w.chat
        chat.attach.set_attached(["我的资料"])
        for size in (MIN_SIZE, w.size().expandedTo(MIN_SIZE), MIN_SIZE):
            w.resize(size)
            qtbot.wait(50)
            parts = [chat.picker, chat.system_button, chat.attach, chat.meter]
            rects = [QRect(p.mapTo(chat, p.rect().topLeft()), p.size()) for p in parts]
            for part, rect in zip(parts, rects, strict=True):
                assert chat.rect().contains(rect), (type(part).__name__, rect, chat.rect())
                assert rect.width() >= part.minimumSizeHint().width(), type(part).__name__
            for i, a in enumerate(rects):
                for b in rects[i + 1:]:
                    assert not a.intersects(b), (a, b)
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_documents_page_fits_the_smallest_window(qtbot, core, opener, language):
    """At the minimum size the Documents page cut its buttons ('添加文件夹…' lost its
    first character) and its title: Pause and Cancel now sit by the progress bar they
    act on, and the title wraps."""
    from PySide6.QtWidgets import QPushButton

    from app.ui.main_window import MIN_SIZE

    i18n.install(language)
    try:
        core.documents.store.create("我的资料")
        w = opener.window(core)
        w.resize(MIN_SIZE)
        w.show_page(2)
        view = w.pages["Documents"]
        view.select("我的资料")
        qtbot.wait(50)
        right = view.add_files_btn.parentWidget()
        for b in right.findChildren(QPushButton):
            if b.isVisible():
                assert b.width() >= b.minimumSizeHint().width(), b.text()
                assert b.geometry().right() <= right.width(), b.text()
        assert view.title.width() <= right.width()
    finally:
        i18n.install("en")


def test_about_says_which_version_this_is(qtbot, core, opener, zh):
    """Help > About named no version, which a report needs."""
    from app import __version__

    core.settings.set("language", "zh_CN")
    w = opener.window(core)
    text = w.about_text()
    assert f"{__version__}" in text and "版本" in text, text


def test_a_message_being_typed_survives_a_crash(qtbot, core, opener):
    """Typed, not sent, then Hearth was killed (kill -9): the text was gone at the next
    start. The draft is kept as it is typed and put back in its conversation."""
    from app.ui.composer import DRAFT_PAUSE_MS
    from tests.ui.conftest import wait_idle

    conv = core.history.new_conversation(title="长城", model="smollm2-135m-instruct")
    core.history.add_message(conv.id, "user", "八达岭长城在哪里？")
    core.settings.set("ui_last_conversation", conv.id)
    first = opener.window(core)
    first.chat.composer.edit.setPlainText("这句话还没发送")
    qtbot.wait(DRAFT_PAUSE_MS * 3)
    # no close: a crash saves nothing more; the next start reads what was stored
    second = opener.window(core)
    assert second.chat.conversation.id == conv.id
    assert second.chat.composer.text() == "这句话还没发送"
    second.chat.composer.edit.setPlainText("")
    qtbot.wait(DRAFT_PAUSE_MS * 3)
    assert opener.window(core).chat.composer.text() == ""
    second.chat.composer.edit.setPlainText("你好")
    qtbot.wait(DRAFT_PAUSE_MS * 3)
    assert core.settings.get("ui_draft")["text"] == "你好"
    second.chat.send("你好")  # sent: not put back at the next start
    assert core.settings.get("ui_draft") is None
    wait_idle(qtbot, second)


def test_a_paused_job_is_not_counted_as_running(qtbot, core, opener, tmp_path):
    """The status bar said '任务：1 个运行中' for indexing the user had paused."""
    from tests.ui.conftest import GatedJob

    core.settings.set("language", "zh_CN")
    demo = GatedJob(tmp_path / "out.md")
    core.jobs.register("demo-pause", demo, lane="model")
    w = opener.window(core)
    try:
        job = core.jobs.submit("demo-pause", "Demo", {})
        qtbot.waitUntil(lambda: "运行中" in w.jobs_label.text(), timeout=10000)
        w.runner.toggle_pause(job.id)
        qtbot.waitUntil(lambda: "已暂停" in w.jobs_label.text(), timeout=5000)
        assert "运行中" not in w.jobs_label.text()
        w.runner.toggle_pause(job.id)
        demo.gate.set()
        qtbot.waitUntil(lambda: w.jobs_label.isHidden(), timeout=10000)
    finally:
        demo.gate.set()
        i18n.install("en")


def test_the_system_prompt_dialog_shows_the_whole_prompt(qtbot, core, opener):
    """System prompt… opened a small box whose one long line ran out of sight behind a
    horizontal scroll bar ('You are Hearth, a helpful assistan')."""
    from PySide6.QtWidgets import QPlainTextEdit

    w = opener.window(core)
    dialog = w.chat.system_prompt_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QPlainTextEdit)
    assert edit.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert edit.width() >= 400 and edit.toPlainText() == w.chat.system_prompt()
    assert not edit.horizontalScrollBar().isVisible()
    dialog.setTextValue("简明回答")
    dialog.accept()
    assert dialog.textValue() == "简明回答"
