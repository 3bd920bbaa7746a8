"""Conversation logic with the fake model: commit order, stop, failure, edit, regenerate."""

import pytest

from app.core.control import JobControl
from app.core.errors import ContextOverflow, HearthError
from app.core.llm.base import SamplingParams
from app.core.store.db import open_db
from app.core.store.history import History
from app.core.tasks.assistant import Assistant
from tests.fakes import FakeModel


@pytest.fixture
def setup(tmp_path):
    history = History(open_db(tmp_path / "h.db"))
    return history, Assistant(history), FakeModel()


def test_user_message_is_committed_before_generation(setup, tmp_path):
    history, assistant, model = setup
    conv = assistant.start_conversation("Hello", model.model_id, "sys")
    seen = []

    def check(_piece):
        # A second connection sees what a crash would leave behind.
        other = History(open_db(tmp_path / "h.db"))
        seen.append([(m.role, m.status) for m in other.messages(conv.id)])

    model.on_piece = check
    model.enqueue(["Hi", " there"])
    result = assistant.send(conv.id, "Hello", model, SamplingParams(), "sys")
    assert seen[0] == [("user", "complete"), ("assistant", "generating")]
    assert result.reply.content == "Hi there"
    assert result.reply.status == "complete"
    assert conv.title == "Hello"


def test_stop_keeps_partial_reply_as_stopped(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    control = JobControl()
    model.on_piece = lambda piece: control.cancel() if piece == "b" else None
    model.enqueue(["a", "b", "c", "d"])
    result = assistant.send(conv.id, "go", model, SamplingParams(), control=control)
    assert result.reply.status == "stopped"
    assert result.reply.content == "ab"  # stopped within one token
    assert [m.status for m in history.messages(conv.id)] == ["complete", "stopped"]


def test_failure_mid_reply_is_recorded(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")

    def boom(piece):
        if piece == "2":
            raise HearthError("engine broke")

    model.on_piece = boom
    model.enqueue(["1", "2"])
    with pytest.raises(HearthError):
        assistant.send(conv.id, "go", model, SamplingParams())
    msgs = history.messages(conv.id)
    assert [(m.role, m.status) for m in msgs] == [("user", "complete"), ("assistant", "failed")]
    assert msgs[1].content == "1" and "engine broke" in msgs[1].error


def test_a_failed_reply_keeps_the_errors_templates(setup):
    """The window shows a failed reply's error in its language (issue 14): the stored
    error keeps the message's and the hint's templates, not only their English."""
    from app.core.messages import Msg

    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")

    def boom(piece):
        raise HearthError(Msg("The model {id} stopped.", id="m"), Msg("Try again."))

    model.on_piece = boom
    model.enqueue(["1"])
    with pytest.raises(HearthError):
        assistant.send(conv.id, "go", model, SamplingParams())
    error = history.messages(conv.id)[1].error
    assert error == "The model m stopped. Try again."
    assert isinstance(error, Msg)
    assert [p.template for p in error.args.values()] == ["The model {id} stopped.", "Try again."]


def test_history_goes_back_into_the_prompt(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    model.enqueue(["first-answer"])
    assistant.send(conv.id, "first-question", model, SamplingParams())
    model.enqueue(["second-answer"])
    result = assistant.send(conv.id, "second-question", model, SamplingParams())
    prompt = model.render(result.plan.messages)
    assert "first-question" in prompt and "first-answer" in prompt
    assert result.stats.cached_tokens > 0  # shared prefix with the previous turn


def test_regenerate_replaces_last_reply(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    model.enqueue(["old"])
    assistant.send(conv.id, "q", model, SamplingParams())
    model.enqueue(["new"])
    assistant.regenerate(conv.id, model, SamplingParams())
    assert [m.content for m in history.messages(conv.id)] == ["q", "new"]


def test_edit_continues_from_the_edited_message(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    for q in ("q1", "q2"):
        model.enqueue([f"a-{q}"])
        assistant.send(conv.id, q, model, SamplingParams())
    first_user = history.messages(conv.id)[0]
    model.enqueue(["a-edited"])
    assistant.edit(first_user.id, "q1-edited", model, SamplingParams())
    assert [m.content for m in history.messages(conv.id)] == ["q1-edited", "a-edited"]


def test_old_turns_dropped_and_reported(setup):
    history, assistant, model = setup
    model.n_ctx = 60
    conv = assistant.start_conversation("x", model.model_id, "")
    for i in range(6):
        model.enqueue([f"answer number {i} with several words"])
        result = assistant.send(conv.id, f"question {i} with a few words", model,
                                SamplingParams(max_tokens=10))
    assert result.plan.dropped_turns > 0
    assert "left out" in result.notes[0]
    assert result.to_dict()["context_dropped_turns"] == result.plan.dropped_turns
    assert result.plan.used <= model.n_ctx - result.plan.reserve
    # The newest question is always kept.
    assert result.plan.messages[-1]["content"] == "question 5 with a few words"


def test_message_too_long_for_context_is_a_clear_error(setup):
    history, assistant, model = setup
    model.n_ctx = 40
    conv = assistant.start_conversation("x", model.model_id, "")
    with pytest.raises(ContextOverflow, match="context length"):
        assistant.send(conv.id, "word " * 100, model, SamplingParams(max_tokens=10))
    # The user's text is still kept.
    assert history.messages(conv.id)[0].content.startswith("word")


def test_empty_message_refused(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    with pytest.raises(HearthError, match="empty"):
        assistant.send(conv.id, "   ", model, SamplingParams())


def test_dropping_is_the_fewest_turns_that_fit(setup):
    """The binary search keeps as much history as fits: one turn fewer would not fit."""
    from app.core.llm.context import plan_prompt

    _, _, model = setup
    model.n_ctx = 400
    history = []
    for i in range(40):
        history += [{"role": "user", "content": f"question {i} " + "w " * (i % 5)},
                    {"role": "assistant", "content": f"answer {i} " + "x " * (i % 7)}]
    plan = plan_prompt(model, "system words here", history, "newest", max_tokens=100)
    assert 0 < plan.dropped_turns < 40 and plan.used <= 300
    fewer = plan.dropped_turns - 1
    kept = history[2 * fewer:]
    longer = model.tokenize(model.render([{"role": "system", "content": "system words here"},
                                          *kept, {"role": "user", "content": "newest"}]))
    assert len(longer) > 300
