"""Reasoning with the real bundled model under real reasoning-model chat templates
(Qwen3's and a DeepSeek-R1 distill's, as their GGUF files carry them; SmolLM2 speaks the
same ChatML tokens as Qwen3)."""


import pytest

from app.core.llm.base import SamplingParams
from app.core.store.db import open_db
from app.core.store.history import History
from app.core.tasks.assistant import Assistant
from tests.templates import swapped_templates


@pytest.fixture
def with_template(engine):
    yield from swapped_templates(engine)


@pytest.fixture
def assistant(tmp_path):
    return Assistant(History(open_db(tmp_path / "h.db")))


PARAMS = dict(max_tokens=24, temperature=0.0, seed=1)


def test_qwen3_template_with_thinking_off_closes_the_block_and_answers(engine, with_template,
                                                                       assistant):
    with_template("qwen3.jinja")
    conv = assistant.start_conversation("x", engine.model_id, "")
    turn = assistant.send(conv.id, "What is the capital of France?", engine,
                          SamplingParams(thinking=False, **PARAMS))
    assert turn.plan.text.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert turn.reply.content.strip() and not turn.reply.reasoning
    # thinking on: Qwen3's template leaves the block to the model
    turn = assistant.send(conv.id, "And of Italy?", engine, SamplingParams(**PARAMS))
    assert turn.plan.text.endswith("<|im_start|>assistant\n")
    assert "<think>" not in turn.plan.text  # earlier replies go back without reasoning


def test_deepseek_template_opens_think_so_the_reply_starts_as_reasoning(engine, with_template,
                                                                         assistant):
    with_template("deepseek_r1_distill.jinja")
    conv = assistant.start_conversation("x", engine.model_id, "")
    thought = []
    turn = assistant.send(conv.id, "What is 2 + 2?", engine, SamplingParams(**PARAMS),
                          on_reasoning=thought.append)
    assert turn.plan.text.endswith("<｜Assistant｜><think>\n")
    # this small model never closes the tag: all it wrote is kept, as reasoning
    assert thought and turn.reply.reasoning and turn.reply.content == ""
    assert turn.reply.reasoning == "".join(thought).strip()
