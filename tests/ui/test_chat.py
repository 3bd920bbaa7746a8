"""The chat page with the real bundled model: streaming, stop, regenerate, edit,
errors in the window, the context meter and a responsive event loop."""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from app.core.llm.context import PromptPlan
from app.ui.context_meter import ContextMeter
from tests.ui.conftest import wait_idle


def send(qtbot, window, text: str) -> None:
    """Type `text` and press Enter, as a person would."""
    edit = window.chat.composer.edit
    edit.setFocus()
    edit.setPlainText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def stored(window):
    return window.core.history.messages(window.chat.conversation.id)


def test_send_streams_the_reply_and_renders_only_the_streaming_message(qtbot, window):
    chat = window.chat
    pieces = []
    chat.messages.append_piece = _recording(chat.messages.append_piece, pieces)
    send(qtbot, window, "Name three colours.")
    assert chat.composer.text() == ""  # the box is cleared at once
    qtbot.waitUntil(lambda: len(pieces) >= 2, timeout=60000)
    user_widget = chat.messages.widgets()[0]
    renders_before = user_widget.render_count
    wait_idle(qtbot, window)
    assert len(pieces) > 2  # streamed piece by piece, not all at the end
    msgs = stored(window)
    assert [(m.role, m.status) for m in msgs] == [("user", "complete"), ("assistant", "complete")]
    assert msgs[1].content.strip() and msgs[1].content.strip() == "".join(pieces).strip()
    widgets = chat.messages.widgets()
    assert [w.message.id for w in widgets] == [m.id for m in msgs]
    assert widgets[1].body.text()  # rendered
    assert user_widget.render_count == renders_before  # finished messages are not redrawn
    assert widgets[1].render_count >= 2
    assert "tok/s" in window.stats_label.text() and "CPU" in window.stats_label.text()
    # the conversation is in the sidebar, titled from the first message
    assert window.sidebar.list.item(0).text() == "Name three colours."
    assert "/ 2,048 tokens" in chat.meter.label.text()


def _recording(real, into: list):
    def record(piece: str) -> None:
        into.append(piece)
        real(piece)
    return record


def test_stop_keeps_the_partial_reply_as_stopped(qtbot, window):
    window.core.settings.set("max_tokens", 400)
    chat = window.chat
    send(qtbot, window, "Write a long story about a dragon who learns to bake bread.")
    qtbot.waitUntil(lambda: len(chat.messages.streaming_text()) > 10, timeout=60000)
    assert chat.composer.stop_button.isVisible()
    qtbot.keyClick(chat.composer.edit, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)
    reply = stored(window)[-1]
    assert reply.status == "stopped"
    assert reply.content.strip()
    assert reply.completion_tokens < 400
    assert chat.messages.widgets()[-1].status_text() == "stopped"
    assert "stopped" in chat.messages.widgets()[-1]._who.text()
    assert chat.composer.send_button.isVisible()


def test_regenerate_adds_a_version_the_switcher_walks_back_to(qtbot, window):
    chat = window.chat
    send(qtbot, window, "Say hello.")
    wait_idle(qtbot, window)
    first = stored(window)[-1]
    window.chat.composer.regen_button.click()
    wait_idle(qtbot, window)
    msgs = stored(window)
    assert [m.role for m in msgs] == ["user", "assistant"]
    assert msgs[-1].created > first.created and msgs[-1].status == "complete"
    assert [w.message.id for w in chat.messages.widgets()] == [m.id for m in msgs]
    reply = chat.messages.widgets()[-1]
    back, label, ahead = reply._versions
    assert label.text() == "2/2" and back.isEnabled() and not ahead.isEnabled()
    back.click()  # ‹ : the first reply is shown again, and the conversation follows it
    assert stored(window)[-1].id == first.id
    reply = chat.messages.widgets()[-1]
    assert reply.message.id == first.id and reply._versions[1].text() == "1/2"
    send(qtbot, window, "Thanks.")
    wait_idle(qtbot, window)
    assert [m.id for m in stored(window)][:2] == [msgs[0].id, first.id]


def test_edit_an_earlier_message_continues_from_it(qtbot, window):
    chat = window.chat
    send(qtbot, window, "What is 2 + 2?")
    wait_idle(qtbot, window)
    send(qtbot, window, "And 3 + 3?")
    wait_idle(qtbot, window)
    first_user = chat.messages.widgets()[0]
    first_user._edit.click()
    assert chat.composer.editing_id == first_user.message.id
    assert chat.composer.text() == "What is 2 + 2?"
    chat.composer.edit.setPlainText("What is the capital of France?")
    qtbot.keyClick(chat.composer.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    msgs = stored(window)
    assert [m.role for m in msgs] == ["user", "assistant"]
    assert msgs[0].content == "What is the capital of France?"
    assert [w.message.content for w in chat.messages.widgets()][0] == msgs[0].content


def test_core_errors_appear_in_the_window(qtbot, window):
    chat = window.chat
    chat.set_system_prompt("word " * 3000)  # cannot fit a 2,048-token window
    send(qtbot, window, "Hello?")
    wait_idle(qtbot, window)
    assert chat.banner.isVisible() and chat.banner.level == "error"
    assert "context length" in chat.banner.text()  # says what to do
    # what the user typed is kept; no reply is left 'generating'
    assert [(m.role, m.status) for m in stored(window)] == [("user", "complete")]
    assert chat.composer.send_button.isVisible()
    assert window.core.history.conversation(chat.conversation.id).system_prompt.startswith("word")


def test_event_loop_never_stalls_during_a_generation(qtbot, window):
    window.core.settings.set("max_tokens", 40)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10, timeout=beat)
    timer.start()
    send(qtbot, window, "Explain in a few sentences why the sky is blue.")
    wait_idle(qtbot, window)
    timer.stop()
    assert stored(window)[-1].completion_tokens > 8
    assert len(gaps) > 20
    assert max(gaps) < 250, f"the GUI stalled for {max(gaps)} ms"


def test_context_meter_warns_when_turns_are_dropped(qtbot):
    meter = ContextMeter()
    qtbot.addWidget(meter)
    plan = PromptPlan(tokens=[0] * 1500, messages=[], n_ctx=2048, reserve=400,
                      system_tokens=100, history_tokens=1300, new_tokens=100, dropped_turns=3)
    meter.set_plan(plan)
    assert "3 older turn" in meter.warning and meter.label.text().startswith("⚠")
    assert "history: 1,300 tokens" in meter.toolTip()
    plan.dropped_turns, plan.tokens = 0, [0] * 200
    meter.set_plan(plan)
    assert meter.warning == "" and meter.label.text() == "200 / 2,048 tokens"


def test_model_picker_lists_the_bundled_model_with_size_and_device(window):
    picker = window.chat.picker
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert any(t.startswith("smollm2-135m-instruct") and "MB" in t and "CPU" in t
               for t in texts), texts


def test_typing_while_a_model_loads_waits_for_it(qtbot, core):
    """A message sent before the model is loaded is queued behind the load."""
    from app.ui.main_window import MainWindow

    w = MainWindow(core)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.chat.models_ready, timeout=60000)
    start = time.monotonic()
    send(qtbot, w, "Hi!")
    wait_idle(qtbot, w)
    assert time.monotonic() - start < 120
    assert [m.status for m in w.core.history.messages(w.chat.conversation.id)] == [
        "complete", "complete"]
    w.close()


def test_attached_documents_go_into_the_prompt_and_are_cited(qtbot, window, embedder, tmp_path):
    core, chat = window.core, window.chat
    core.documents.use_embedder(embedder)
    notes = tmp_path / "garden.md"
    notes.write_text("# Garden notes\n\nThe key of the blue shed is under the third flowerpot.\n")
    core.documents.add("garden", [notes])
    chat.attach.set_attached(["garden"])  # before the conversation exists: held, then attached
    send(qtbot, window, "Where is the key of the blue shed?")
    wait_idle(qtbot, window)
    assert [c.name for c in core.documents.attached(chat.conversation.id)] == ["garden"]
    assert chat.citations.isVisible() and "garden.md" in chat.citations.item(0).text()
    assert "documents: 0 tokens" not in chat.meter.toolTip()  # snippets counted in the meter


def test_a_turn_waits_in_the_model_lane_and_stop_gives_the_text_back(qtbot, window):
    """The page queues nothing itself: a turn asked for while the model is in use (here
    held as a file job's chunk holds it) waits in the core's lane and says so; Stop
    ends it before anything is stored and the message goes back into the box."""
    chat, lane = window.chat, window.core.runtime.lane
    wait_idle(qtbot, window)
    statuses: list[str] = []
    chat.busy_changed.connect(statuses.append)
    lane.acquire()  # this thread holds it; the turn's worker thread must wait
    try:
        send(qtbot, window, "Are you there?")
        qtbot.waitUntil(lambda: any(s.startswith("Waiting for the model") for s in statuses),
                        timeout=10000)
        assert chat.busy_with_turn() and chat.composer.edit.toPlainText() == ""
        chat.stop()
        qtbot.waitUntil(lambda: not chat.busy_with_turn(), timeout=10000)
    finally:
        lane.release()
    assert chat.composer.edit.toPlainText() == "Are you there?"
    assert "Are you there?" not in [m.content for m in stored(window)]
    send(qtbot, window, "Are you there?")  # and it goes through once the lane is free
    qtbot.waitUntil(lambda: not chat.busy_with_turn(), timeout=120000)
    assert [m.role for m in stored(window)][-2:] == ["user", "assistant"]
    assert stored(window)[-2].content == "Are you there?"


def test_the_page_asks_the_core_for_model_work_and_renders_typed_results(qtbot, window):
    """ChatView keeps no queue of its own: what waits and runs is the core's ChatWork
    (one piece at a time, a turn before a waiting measurement), and each outcome
    reaches the page as its own signal."""
    from app.core.tasks.chat_work import Measure, Turn

    chat = window.chat
    wait_idle(qtbot, window)
    got: dict[str, list] = {"token": [], "turn_done": [], "measured": []}
    for name, values in got.items():
        getattr(chat.runner, name).connect(values.append)
    send(qtbot, window, "Say hello.")
    assert isinstance(chat.work.running, Turn) and chat.busy_with_turn()
    chat.measure()  # asked while the turn runs: it waits behind it
    assert [type(w) for w in chat.work.pending] == [Measure]
    qtbot.waitUntil(lambda: chat.work.idle(), timeout=120000)
    (result,) = got["turn_done"]
    assert "".join(got["token"]) == result.reply.content
    assert got["measured"] and got["measured"][-1].used > 0
    assert chat.meter.bar.total == got["measured"][-1].n_ctx
