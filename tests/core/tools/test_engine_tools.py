"""The real engine with a real tool-taking template: the bundled SmolLM2 GGUF copied
with Qwen 2.5's chat template written into its metadata (gguf's own
gguf_new_metadata), so the send path declares tools through llama.cpp for real.
SmolLM2 (135M) does not really call tools; the loop itself is covered with the
fake model in test_tool_loop.py."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.core.config import Settings
from app.core.llm.base import SamplingParams
from app.core.store.history import History
from app.core.tasks.assistant import Assistant
from app.core.tools import builtin
from app.core.tools.registry import Toolbox
from tests.core.tools.conftest import NoDocuments
from tests.core.tools.test_calls import TEMPLATES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tools_gguf(chat_model_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("gguf") / "smollm2-qwen-template.gguf"
    subprocess.run([sys.executable, "-m", "gguf.scripts.gguf_new_metadata", "--force",
                    "--chat-template-file", str(TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja"),
                    str(chat_model_path), str(out)], check=True, capture_output=True,
                   timeout=300)
    return out


def test_bundled_template_takes_no_tools(engine):
    assert not engine.supports_tools


def test_a_turn_declares_tools_through_the_real_template(tools_gguf, db, tmp_path):
    from app.core.llm.engine import Engine, LoadOptions

    eng = Engine(tools_gguf, "smol-qwen-template", LoadOptions(n_ctx=2048))
    box = Toolbox(Settings(db), tmp_path / "mcp.json", builtin.functions(NoDocuments()),
                  builtin.specs())
    try:
        assert eng.supports_tools
        history = History(db)
        conv = history.new_conversation("t")
        turn = Assistant(history, box).send(
            conv.id, "What is 17 times 23? Use the calculator.", eng,
            SamplingParams(temperature=0.0, max_tokens=40, seed=1))
        prompt = eng.detokenize(turn.plan.tokens)
        assert "<tools>" in prompt and '"name": "calculator"' in prompt
        assert prompt.rstrip().endswith("assistant")  # special tokens are not printed
        assert turn.reply.status == "complete" and turn.reply.content
        # whatever it wrote, every call it made was run and answered
        tool_msgs = [m for m in history.messages(conv.id) if m.role == "tool"]
        assert len(tool_msgs) == len(turn.tools)
    finally:
        box.close()
        eng.close()
