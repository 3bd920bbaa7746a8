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
