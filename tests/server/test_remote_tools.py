"""Tools through a real OpenAI-compatible server that is not Hearth's code:
llama-cpp-python's server with its `chatml-function-calling` handler (the one that
takes `tools`; it offers them only when `tool_choice` is sent, which Hearth does).
SmolLM2 answers instead of calling (its grammar picks "message:"), so the calling
loop over the OpenAI fields is tested with tests/scripted_openai.py; here the real
server takes Hearth's requests: tools declared, and a history holding an assistant
`tool_calls` message and its `tool` result."""

from __future__ import annotations

import json

import pytest

from tests.server.remote_server import ALIAS, KEY, LlamaServer
from tests.server.test_remote import _server_extra_missing

pytestmark = pytest.mark.slow
MODEL = f"box/{ALIAS}"


@pytest.fixture(scope="module")
def tools_server(chat_model_path):
    missing = _server_extra_missing()
    if missing:
        pytest.skip(f"llama-cpp-python's server extra is not installed ({missing} missing)")
    server = LlamaServer(chat_model_path, n_ctx=2048,
                         chat_format="chatml-function-calling").wait()
    yield server
    server.stop()


def test_the_real_server_takes_tools_and_tool_messages(hearth_home, tools_server):
    from app.core.session import Core

    core = Core()
    try:
        core.settings.update({"max_tokens": 16, "temperature": 0.0, "seed": 3})
        core.runtime.remotes.add("box", tools_server.url, KEY)
        core.models.update_settings(MODEL, {"n_ctx": 2048})
        conv = core.chat.start("What is 6*7?", MODEL, None)
        h = core.history
        user = h.add_message(conv.id, "user", "What is 6*7?")
        call = {"id": "call_1", "name": "calculator", "arguments": {"expression": "6*7"}}
        asked = h.add_message(conv.id, "assistant", "", parent_id=user.id, model=MODEL,
                              tool_calls=json.dumps([call]))
        h.add_message(conv.id, "tool", "42", parent_id=asked.id,
                      tool_result=json.dumps({**call, "server": "hearth", "status": "ok"}))
        h.add_message(conv.id, "assistant", "It is 42.", model=MODEL)
        turn = core.chat.send(conv.id, "And what is the date today?", MODEL)
        assert turn.reply.status == "complete"
        assert turn.stats.prompt_tokens > 0  # counted by the server, so it read the request
    finally:
        core.close()
