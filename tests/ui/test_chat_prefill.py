"""Typing in the real window evaluates the draft ahead (issue 19): the composer's pause in
typing reaches the core's prefill, so Enter leaves a token or two to evaluate."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.composer import DRAFT_PAUSE_MS
from tests.ui.conftest import wait_idle


def recorded_generations(core) -> list:
    engine = core.runtime.loaded
    seen: list = []
    real = engine.generate

    def generate(*args, **kwargs):
        gen = real(*args, **kwargs)
        seen.append(gen)
        return gen

    engine.generate = generate
    return seen


def type_and_send(qtbot, window, text: str) -> None:
    edit = window.chat.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text, delay=5)
    # the pause before Enter: the last draft reaches the core, which evaluates it
    qtbot.wait(DRAFT_PAUSE_MS + 300)
    qtbot.waitUntil(lambda: window.core.prefill.wait_idle(0.05), timeout=60000)
    assert window.core.prefill.last is not None
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_idle(qtbot, window)


def test_a_typed_message_is_evaluated_before_enter(qtbot, window):
    core = window.core
    gens = recorded_generations(core)
    type_and_send(qtbot, window, "Name three colours.")  # a new conversation
    core.prefill.last = None
    type_and_send(qtbot, window, "Now name three animals, please.")
    assert len(gens) == 2
    for gen in gens:
        assert gen.stats.prompt_tokens > 20
        assert gen.stats.prompt_tokens - gen.stats.cached_tokens <= 2, gen.stats


def test_no_prefill_when_the_setting_is_off(qtbot, window):
    from app.ui.settings_dialog import SettingsDialog

    core = window.core
    dialog = SettingsDialog(core, window)
    qtbot.addWidget(dialog)
    assert dialog.prefill_drafts.isChecked()  # on by default
    dialog.prefill_drafts.setChecked(False)
    dialog.accept()
    assert core.settings.get("prefill_drafts") is False
    edit = window.chat.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Name three colours.")
    qtbot.wait(600)  # longer than the composer's pause
    assert core.prefill.wait_idle(5) and core.prefill.last is None


def test_no_draft_after_drafting_stopped(qtbot):
    # The window stops drafts as it closes; text arriving after that must not start one
    # (it would reach a closed core).
    from app.ui.composer import Composer

    composer = Composer()
    qtbot.addWidget(composer)
    drafts: list[str] = []
    composer.draft_changed.connect(drafts.append)
    composer.edit.setPlainText("before")
    qtbot.waitUntil(lambda: drafts == ["before"], timeout=3000)
    composer.stop_drafting()
    composer.edit.setPlainText("after the window closed")
    qtbot.wait(DRAFT_PAUSE_MS * 3)
    assert drafts == ["before"]
