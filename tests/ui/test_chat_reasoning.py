"""The window shows a reasoning model's thinking as a collapsed "Thought for N s" block
above the answer, streamed live (the real model under DeepSeek-R1's template, which
opens <think> in the prompt)."""

from pathlib import Path

from app.core.llm.templates import ChatTemplate
from tests.ui.conftest import wait_idle
from tests.ui.test_chat import send, stored

TEMPLATES = Path(__file__).parents[1] / "fixtures" / "templates"


def test_thinking_streams_into_a_collapsed_block(qtbot, window):
    chat = window.chat
    engine = window.core.runtime.engine()
    saved = engine.template
    engine.template = ChatTemplate((TEMPLATES / "deepseek_r1_distill.jinja").read_text(),
                                   saved.bos_token, saved.eos_token)
    try:
        send(qtbot, window, "What is 2 + 2?")
        qtbot.waitUntil(lambda: chat.messages.widgets()[-1].thought is not None
                        and chat.messages.widgets()[-1].thought.isVisible(), timeout=60000)
        live = chat.messages.widgets()[-1].thought
        assert live.toggle.text().startswith("Thinking")
        assert not live.text.isVisible()  # collapsed while it streams
        wait_idle(qtbot, window)
    finally:
        engine.template = saved
    reply = stored(window)[-1]
    assert reply.reasoning and reply.content == ""
    block = chat.messages.widgets()[-1].thought
    assert block.toggle.text().startswith("Thought for")
    block.toggle.click()
    assert block.text.isVisible() and block.text.text() == reply.reasoning
    # reopened later, the block comes back from the stored reply
    chat.open_conversation(chat.conversation.id)
    assert chat.messages.widgets()[-1].thought.text.text() == reply.reasoning


def test_model_settings_dialog_switches_thinking_per_model(qtbot, core):
    from app.core.config import DEFAULTS
    from app.ui.model_dialogs import ModelSettingsDialog

    dialog = ModelSettingsDialog("smollm2-135m-instruct", {}, DEFAULTS)
    qtbot.addWidget(dialog)
    assert dialog.values()["thinking"] is None  # follows the global setting
    dialog.thinking.setCurrentIndex(2)
    values = dialog.values()
    assert values["thinking"] is False
    saved = core.models.update_settings("smollm2-135m-instruct", values)
    assert saved["thinking"] is False
    assert core.runtime.sampling("smollm2-135m-instruct").thinking is False
