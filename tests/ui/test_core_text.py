"""The core's errors and notes in the window's language (app/ui/core_text.py): a
`Msg` is looked up under the context "core"; other text passes as it is."""

from __future__ import annotations

import pytest

from app.core import messages
from app.core.errors import DownloadError, HearthError, InvalidModelFile
from app.core.messages import Msg
from app.ui import core_text, i18n
from app.ui.core_text import error_text, say
from tests.hubserver import make_gguf
from tests.ui.test_translations import _english, _texts


@pytest.fixture
def chinese(qapp):
    assert i18n.install("zh_CN") == "zh_CN"
    yield
    i18n.install("en")


def test_a_message_is_found_in_the_translations(chinese):
    assert say(Msg("The disk is full.")) == "磁盘已满。"
    assert say(Msg("Loading {id}…", id="smollm2")) == "正在加载 smollm2…"


def test_a_message_inside_a_message_is_translated_too(chinese):
    error = Msg("The download of {name} is corrupt: {what}. The file was deleted and nothing "
                "was installed.", name="m.gguf",
                what=Msg("its size is {size:,} bytes, not {expected:,}", size=10, expected=2048))
    assert say(error) == ("m.gguf 的下载已损坏：其大小为 10 字节，而不是 2,048。"
                          "文件已删除，没有安装任何内容。")


def test_sentences_joined_in_chinese_need_no_space(chinese):
    both = messages.join(Msg("The disk is full."), Msg("Pull it again later; the partial "
                                                       "file was kept."))
    assert say(both) == "磁盘已满。请稍后重新下载；已下载的部分文件已保留。"


def test_a_translation_that_breaks_formatting_falls_back_to_english(chinese, monkeypatch):
    class Broken:
        @staticmethod
        def translate(context, text):
            assert context == "core"
            return "{nom} 坏了" if text.startswith("{name}") else "原因"

    monkeypatch.setattr(core_text, "QCoreApplication", Broken)
    text = Msg("{name} is damaged or truncated ({why}).", name="a.gguf",
               why=Msg("its header ends before it should"))
    # the broken sentence is English again; its reason, translated fine, stays translated
    assert say(text) == "a.gguf is damaged or truncated (原因)."


def test_plain_text_and_unknown_templates_pass_as_they_are(chinese):
    plain = "a server's own words"
    assert say(plain) is plain
    assert say(Msg("Not a template anyone translated {n}", n=3)) == \
        "Not a template anyone translated 3"
    assert say("") == ""


def test_error_text_says_message_and_hint(chinese):
    exc = DownloadError(Msg("The disk is full."), Msg("Free some space and pull again: it "
                                                      "continues where it stopped."))
    assert error_text(exc) == "磁盘已满。请释放一些空间后重新下载：会从中断处继续。"
    assert error_text(HearthError("plain words", "plain hint")) == "plain words plain hint"
    assert error_text(ValueError("bad value")) == "bad value"
    i18n.install("en")
    assert error_text(exc) == str(exc)  # English reads as the core wrote it


def test_models_page_says_a_broken_model_in_chinese(qtbot, core, hub_server, tmp_path):
    """Importing a truncated GGUF from the Models page in a Chinese window: the core's
    error (message and hint, and the reason inside) shows in Chinese."""
    from app.ui.models_view import ModelsView

    path = make_gguf(tmp_path / "Broken-Q8_0.gguf", seed=5)
    path.write_bytes(path.read_bytes()[:200])  # cut inside its header
    with pytest.raises(InvalidModelFile):  # what the core says (in English) ...
        core.models.import_path(str(path), "link")
    try:
        i18n.install("zh_CN")
        view = ModelsView(core)
        qtbot.addWidget(view)
        view.show()
        view.import_paths([str(path)], "link")
        qtbot.waitUntil(lambda: "Broken-Q8_0.gguf" in view.installed.note.text(),
                        timeout=60000)
        shown = view.installed.note.text()  # ... and what the window shows
        assert "已损坏或不完整" in shown and "请重新下载该模型" in shown, shown
        assert _english([shown]) == [], shown
        assert _english(_texts(view.installed)) == []
    finally:
        i18n.install("en")


def test_a_failed_job_reads_chinese_after_the_window_is_rebuilt(qtbot, opener, hub_server):
    """A download that failed in an English session is stored with its template: the
    Jobs page of a later Chinese window (a new core, read from SQLite) says it in
    Chinese; `hearth jobs` would still print the English."""
    from app.core.errors import HubError
    from app.core.queue.kinds import download as download_jobs
    from app.ui.jobs_model import DETAILS
    from app.ui.jobs_view import JobsView

    first = opener.core()
    job = download_jobs.submit(first.jobs, "nobody/Nothing-GGUF", "nothing-Q4_0.gguf")
    with pytest.raises(HubError) as failed:
        first.jobs.run(job.id)
    assert first.jobs.get(job.id).error == str(failed.value)  # English, as the CLI shows it
    close = opener.opened.pop()
    from tests.ui.conftest import close_core
    close_core(qtbot, close)

    second = opener.core()
    stored = second.jobs.get(job.id)
    assert stored.status == "failed" and isinstance(stored.error, Msg)
    try:
        i18n.install("zh_CN")
        view = JobsView(second)
        qtbot.addWidget(view)
        view.show()
        shown = view.text(job.id, DETAILS)
        assert "Hub 上没有仓库 'nobody/Nothing-GGUF'" in shown, shown
        assert _english([shown]) == [], shown
        view.runner.stop()
    finally:
        i18n.install("en")
