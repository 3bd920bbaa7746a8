"""A real model (the bundled SmolLM2) whose GGUF carries a hostile chat template:
it loads, the template is replaced by ChatML within the time limit, and it
answers, in-process and through `hearth chat --model PATH`."""

from __future__ import annotations

import json
import time

import pytest

from tests.conftest import run_cli
from tests.corpus.generate import TEMPLATES, with_template

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def looping_model(chat_model_path, tmp_path_factory):
    return with_template(chat_model_path, tmp_path_factory.mktemp("m") / "looping.gguf",
                         TEMPLATES["loop_forever"])


def test_the_rewritten_file_is_the_same_model_with_the_new_template(looping_model,
                                                                    chat_model_path):
    from app.core.models.gguf_info import read_gguf

    info, real = read_gguf(looping_model), read_gguf(chat_model_path)
    assert info.chat_template == TEMPLATES["loop_forever"]
    assert (info.parameters, info.architecture) == (real.parameters, real.architecture)


def test_a_model_with_a_looping_template_still_answers(looping_model, hearth_home):
    from app.core.llm.engine import Engine, LoadOptions

    engine = Engine(looping_model, "looping", LoadOptions(n_ctx=1024))
    try:
        start = time.perf_counter()
        prompt = engine.render([{"role": "user", "content": "What is the capital of France?"}])
        assert time.perf_counter() - start < 5
        assert engine.template.is_fallback and "ran for over" in engine.template.fallback_reason
        assert prompt.endswith("<|im_start|>assistant\n")
    finally:
        engine.close()
    proc = run_cli("chat", "--model", str(looping_model), "--json", "--temperature", "0",
                   "--max-tokens", "12", "What is the capital of France?", home=hearth_home)
    assert proc.returncode == 0, proc.stderr
    assert "Paris" in json.loads(proc.stdout)["reply"]
