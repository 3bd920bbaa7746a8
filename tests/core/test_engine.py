"""The real llama.cpp engine on the bundled SmolLM2-135M-Instruct model."""

import dataclasses

import pytest

from app.core.control import JobControl
from app.core.llm.base import SamplingParams
from app.core.llm.context import plan_prompt
from app.core.llm.engine import Engine, LoadOptions, plan_gpu_layers
from app.core.models.gguf_info import read_gguf

GREEDY = SamplingParams(temperature=0, max_tokens=48)


def ask(engine, question, history=(), params=GREEDY, control=None):
    plan = plan_prompt(engine, "You are a helpful assistant.", list(history), question,
                       params.max_tokens)
    gen = engine.generate(plan.tokens, params, control)
    pieces = list(gen)
    return gen, pieces


def test_answers_capital_of_japan(engine):
    gen, pieces = ask(engine, "What is the capital of Japan?")
    assert "Tokyo" in gen.text
    assert len(pieces) > 2  # streamed, not one blob
    assert gen.stats.completion_tokens > 0 and gen.stats.tokens_per_s > 0
    assert gen.stats.finish_reason in ("stop", "length")
    assert engine.device == "CPU"


def test_cancel_stops_within_one_token(engine):
    control = JobControl()
    n = 0
    plan = plan_prompt(engine, "", [], "Write a long story about a dragon.", 200)
    gen = engine.generate(plan.tokens, SamplingParams(temperature=0, max_tokens=200), control)
    for _ in gen:
        n += 1
        if n == 3:
            control.cancel()
    assert gen.stats.finish_reason == "cancelled"
    assert n == 3
    assert gen.stats.completion_tokens <= 4


def test_follow_up_reuses_kv_cache(engine):
    history = []
    gen, _ = ask(engine, "Name a fruit.")
    history += [{"role": "user", "content": "Name a fruit."},
                {"role": "assistant", "content": gen.text}]
    gen2, _ = ask(engine, "Name a color.", history)
    # Everything up to the end of the first reply is reused; only the new turn is evaluated.
    assert gen2.stats.cached_tokens > 0.6 * gen2.stats.prompt_tokens


@pytest.mark.parametrize("params", [
    SamplingParams(temperature=0, max_tokens=40, repeat_penalty=1.0),
    SamplingParams(temperature=1.0, top_p=0.95, seed=42, max_tokens=12)])
def test_a_greedy_or_seeded_request_repeated_gets_the_same_reply(engine, params):
    """The first time the prompt is evaluated in one batch, the second from the cache
    with its last token alone: on this machine's llama.cpp build the two gave different
    greedy and seeded replies ('This is not a fruit...' then 'That's a great question!')
    until the last token was always evaluated on its own for such sampling."""
    for question in ("Name a fruit.", "Count to ten."):
        prompt = engine.tokenize(engine.render([{"role": "user", "content": question}]))
        engine.generate(engine.tokenize(" "), SamplingParams(max_tokens=1)).consume()  # evict
        cold = engine.generate(prompt, params)
        first = cold.consume()
        warm = engine.generate(prompt, params)
        assert warm.consume() == first
        assert cold.stats.cached_tokens < len(prompt) - 1 <= warm.stats.cached_tokens


def test_stop_strings_cut_the_reply(engine):
    params = SamplingParams(temperature=0, max_tokens=64, stop=["3"])
    gen, _ = ask(engine, "Count from 1 to 10, separated by commas.", params=params)
    assert "3" not in gen.text and "1" in gen.text
    assert gen.stats.finish_reason == "stop"


def test_tokenize_roundtrip(engine):
    text = "Hello, wörld! 東京"
    assert engine.detokenize(engine.tokenize(text, special=False)).strip() == text


def test_gpu_request_on_cpu_build_falls_back_to_cpu(chat_model_path):
    eng = Engine(chat_model_path, options=LoadOptions(n_ctx=512, n_gpu_layers=99))
    try:
        import llama_cpp

        if not llama_cpp.llama_supports_gpu_offload():
            assert eng.report.n_gpu_layers == 0 and eng.device == "CPU"
    finally:
        eng.close()


def test_gpu_load_failure_retries_then_cpu(chat_model_path, monkeypatch):
    """A GPU out-of-memory on load falls back to fewer layers, then the CPU, and says so."""
    from app.core.errors import ModelLoadError
    from app.core.llm import engine as engine_mod

    real_open = Engine._open
    tried = []

    def fake_open(self, n_gpu, n_ctx):
        tried.append(n_gpu)
        if n_gpu > 0:
            raise ModelLoadError("cudaMalloc failed: out of memory")
        return real_open(self, n_gpu, n_ctx)

    monkeypatch.setattr(Engine, "_open", fake_open)
    monkeypatch.setattr(engine_mod, "plan_gpu_layers", lambda *a, **k: 31)
    eng = Engine(chat_model_path, options=LoadOptions(n_ctx=512))
    try:
        assert tried == [31, 15, 0]
        assert eng.device == "CPU"
        assert "out of memory" in eng.report.notes[0] and "CPU" in eng.report.notes[-1]
    finally:
        eng.close()


def test_plan_gpu_layers(chat_model_path):
    info = read_gguf(chat_model_path)
    layers = info.block_count
    assert plan_gpu_layers(info, 2048, "auto", supports_gpu=False, free_vram=10**12) == 0
    assert plan_gpu_layers(info, 2048, "auto", True, free_vram=10**12) == layers + 1
    assert plan_gpu_layers(info, 2048, "auto", True, free_vram=None) == layers + 1
    big = dataclasses.replace(info, size=8 * 2**30)  # an 8 GB model on a 4.5 GB GPU
    partial = plan_gpu_layers(big, 2048, "auto", True, free_vram=4 * 2**30 + 500 * 2**20)
    assert layers // 3 < partial < layers * 2 // 3
    assert plan_gpu_layers(info, 2048, 5, True, free_vram=0) == 5
    assert plan_gpu_layers(info, 2048, -1, True, free_vram=0) == layers + 1


@pytest.mark.parametrize("n_ctx", [256])
def test_prompt_longer_than_context_is_refused(chat_model_path, n_ctx):
    from app.core.errors import HearthError

    eng = Engine(chat_model_path, options=LoadOptions(n_ctx=n_ctx))
    try:
        with pytest.raises(HearthError, match="does not fit"):
            eng.generate(eng.tokenize("word " * 400), GREEDY)
    finally:
        eng.close()
