"""Reasoning models: <think>...</think> parted from the answer while streaming, kept
apart, never sent back, `enable_thinking` passed to templates that read it."""

import pytest

from app.core.llm.base import SamplingParams
from app.core.llm.reasoning import (
    ReasoningSplitter,
    opened_by_prompt,
    split_text,
    supports_thinking_switch,
    tags_for,
)
from app.core.store.db import open_db
from app.core.store.history import History
from app.core.tasks.assistant import Assistant
from tests.fakes import FakeModel


def feed_all(pieces, **kw):
    splitter = ReasoningSplitter(**kw)
    parts = [splitter.feed(p) for p in pieces] + [splitter.finish()]
    return splitter, parts


@pytest.mark.parametrize("pieces", [
    ["<think>", "Paris is the capital.", "</think>", "\n\nParis."],
    ["<th", "ink>Paris is ", "the capital.</th", "ink>", "Paris."],  # tags split across pieces
    ["\n<think>Paris is the capital.</think>Paris."],
    list("<think>Paris is the capital.</think>Paris."),  # one character at a time
])
def test_split_while_streaming(pieces):
    splitter, _ = feed_all(pieces)
    assert splitter.reasoning.strip() == "Paris is the capital."
    assert splitter.answer.strip() == "Paris."


def test_reasoning_streams_before_it_closes():
    splitter = ReasoningSplitter()
    splitter.feed("<think>step one, ")
    part = splitter.feed("step two </")
    assert splitter.thinking and "step two" in splitter.reasoning and "</" not in part.reasoning


def test_tag_later_in_the_answer_is_answer_text():
    assert split_text("Use <think> tags.</think> ok").answer == "Use <think> tags.</think> ok"
    assert split_text("plain answer").reasoning == ""


def test_template_that_opens_the_tag_starts_inside():
    assert opened_by_prompt("<|Assistant|><think>\n")
    assert not opened_by_prompt("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert not opened_by_prompt("<|im_start|>assistant\n")
    assert split_text("weighing it</think>42", inside=True).answer == "42"


def test_tags_and_switch_from_template_source():
    assert tags_for("{{ '<thinking>' }}...{{ '</thinking>' }}") == ("<thinking>", "</thinking>")
    assert tags_for(None) == ("<think>", "</think>")
    assert supports_thinking_switch("{% if enable_thinking is defined %}")
    assert not supports_thinking_switch(None)


@pytest.fixture
def setup(tmp_path):
    history = History(open_db(tmp_path / "h.db"))
    return history, Assistant(history), FakeModel()


def test_turn_keeps_reasoning_apart_and_never_sends_it_back(setup):
    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    thought, answer = [], []
    model.enqueue(["<think>", "secret-plan", " more", "</think>", "Final", " answer"])
    turn = assistant.send(conv.id, "q1", model, SamplingParams(), on_token=answer.append,
                          on_reasoning=thought.append)
    assert "".join(thought).strip() == "secret-plan more"
    assert "".join(answer) == "Final answer"
    stored = history.message(turn.reply.id)
    assert stored.content == "Final answer" and stored.reasoning == "secret-plan more"
    assert stored.reasoning_s is not None
    assert turn.to_dict()["reasoning"] == "secret-plan more"
    model.enqueue(["ok"])
    second = assistant.send(conv.id, "q2", model, SamplingParams())
    prompt = model.render(second.plan.messages)
    assert "Final answer" in prompt and "secret-plan" not in prompt
    md = history.export(conv.id)
    assert "secret-plan" not in md
    assert "secret-plan" in history.export(conv.id, reasoning=True)


def test_stopped_while_thinking_keeps_the_thought(setup):
    from app.core.control import JobControl

    history, assistant, model = setup
    conv = assistant.start_conversation("x", model.model_id, "")
    control = JobControl()
    model.on_piece = lambda p: control.cancel() if p == "b" else None
    model.enqueue(["<think>", "a", "b", "c"])
    turn = assistant.send(conv.id, "q", model, SamplingParams(), control=control)
    assert turn.reply.status == "stopped"
    assert turn.reply.reasoning == "ab" and turn.reply.content == ""


class VariablesModel(FakeModel):
    def __init__(self):
        super().__init__()
        self.variables = []

    def render(self, messages, add_generation_prompt=True, **variables):
        self.variables.append(variables)
        return super().render(messages, add_generation_prompt)


def test_thinking_off_reaches_the_template(setup):
    history, assistant, _ = setup
    model = VariablesModel()
    conv = assistant.start_conversation("x", model.model_id, "")
    model.enqueue(["a"])
    assistant.send(conv.id, "q", model, SamplingParams(thinking=False))
    assert model.variables and all(v == {"enable_thinking": False} for v in model.variables)
    model.variables.clear()
    model.enqueue(["b"])
    assistant.send(conv.id, "q", model, SamplingParams())
    assert all(v == {} for v in model.variables)


def test_blank_lines_after_the_closing_tag_are_dropped_even_in_a_later_piece():
    splitter, _ = feed_all(["<think>x</think>", "\n", "\n", "Paris", "\n\nis"])
    assert splitter.answer == "Paris\n\nis"
