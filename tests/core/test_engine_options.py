"""Engine load options that exist for speed: they must not change what the model says."""

import pytest

from app.core.llm.base import SamplingParams
from app.core.llm.engine import Engine, LoadOptions

pytestmark = pytest.mark.slow
GREEDY = SamplingParams(temperature=0, max_tokens=12, repeat_penalty=1.0)


def test_cpu_default_turns_flash_attention_off(engine):
    # llama.cpp's CPU flash attention is 2-3x slower on multi-token batches over a long
    # history (a follow-up turn's prompt); see bench/llm.py and LoadOptions.flash_attn.
    assert engine.report.n_gpu_layers == 0
    assert engine.flash_attn_type == 0


def test_flash_attention_on_gives_the_same_greedy_reply(engine, chat_model_path):
    prompt = engine.tokenize(engine.render([{"role": "user", "content": "Name three colors."}]))
    expected = engine.generate(prompt, GREEDY).consume()
    other = Engine(chat_model_path, "fa-on", LoadOptions(n_ctx=512, flash_attn="on"))
    try:
        assert other.flash_attn_type == 1
        got = other.generate(prompt, GREEDY).consume()
    finally:
        other.close()
    assert got.strip() and got.split()[:3] == expected.split()[:3]


def test_last_token_of_a_reply_is_not_evaluated(engine):
    # Each token is yielded before it is evaluated, so a reply cut at max_tokens leaves
    # its last token out of the KV cache: the cache holds prompt + n - 1 tokens.
    prompt = engine.tokenize(engine.render([{"role": "user", "content": "Count to twenty."}]))
    gen = engine.generate(prompt, SamplingParams(temperature=0, max_tokens=5))
    gen.consume()
    assert gen.stats.finish_reason == "length" and gen.stats.completion_tokens == 5
    assert len(engine._past) == len(prompt) + 4
