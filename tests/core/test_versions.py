"""Message versions: regenerate and edit keep every version; the conversation, exports
and the next turn follow the version shown."""

import pytest

from app.core.llm.base import SamplingParams
from app.core.store.db import open_db
from app.core.store.history import History
from app.core.tasks.assistant import Assistant
from tests.fakes import FakeModel


@pytest.fixture
def setup(tmp_path):
    history = History(open_db(tmp_path / "h.db"))
    return history, Assistant(history), FakeModel()


def say(assistant, model, conv, text, reply):
    model.enqueue([reply])
    return assistant.send(conv.id, text, model, SamplingParams())


def test_regenerate_keeps_every_version_and_switches(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    say(assistant, model, conv, "q", "first")
    for reply in ("second", "third"):
        model.enqueue([reply])
        turn = assistant.regenerate(conv.id, model, SamplingParams())
    assert (turn.reply.version, turn.reply.versions) == (3, 3)
    shown = history.messages(conv.id)
    assert [m.content for m in shown] == ["q", "third"]
    assert shown[1].version == 3 and shown[1].versions == 3
    assert [m.content for m in history.versions(shown[1].id)] == ["first", "second", "third"]
    history.step_version(shown[1].id, -1)
    assert [m.content for m in history.messages(conv.id)] == ["q", "second"]
    assert history.step_version(shown[1].id, +5).content == "third"  # clamped at the end
    history.step_version(shown[1].id, -1)
    # the next turn continues from the version shown
    nxt = say(assistant, model, conv, "follow-up", "ok")
    prompt = model.render(nxt.plan.messages)
    assert "second" in prompt and "third" not in prompt and "first" not in prompt
    assert [m.content for m in history.messages(conv.id)] == ["q", "second", "follow-up", "ok"]
    assert len(history.messages(conv.id, all_versions=True)) == 6


def test_edit_keeps_the_old_question_and_its_branch(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    say(assistant, model, conv, "q1", "a1")
    say(assistant, model, conv, "q2", "a2")
    first = history.messages(conv.id)[0]
    model.enqueue(["a1-edited"])
    turn = assistant.edit(first.id, "q1-edited", model, SamplingParams())
    assert [m.content for m in history.messages(conv.id)] == ["q1-edited", "a1-edited"]
    assert (turn.user_message.version, turn.user_message.versions) == (2, 2)
    history.show_version(first.id)  # back to the original question: its whole branch returns
    assert [m.content for m in history.messages(conv.id)] == ["q1", "a1", "q2", "a2"]


def test_edit_of_a_later_question_sends_only_what_came_before(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    say(assistant, model, conv, "q1", "a1")
    say(assistant, model, conv, "q2", "a2")
    second = history.messages(conv.id)[2]
    model.enqueue(["a2b"])
    turn = assistant.edit(second.id, "q2b", model, SamplingParams())
    prompt = model.render(turn.plan.messages)
    assert "a1" in prompt and "q2b" in prompt and " q2 " not in prompt and "a2 " not in prompt


def test_exports_follow_the_versions_shown(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    say(assistant, model, conv, "q", "alpha")
    model.enqueue(["beta"])
    assistant.regenerate(conv.id, model, SamplingParams())
    md = history.export(conv.id)
    assert "beta" in md and "alpha" not in md and "(version 2/2)" in md
    everything = history.export(conv.id, all_versions=True)
    assert "alpha" in everything and "beta" in everything and "version 2/2, shown" in everything
