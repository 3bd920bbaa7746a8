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
