"""A remote backend that sends a reasoning model's thinking apart (`reasoning_content`,
as vLLM and llama-server do): Hearth keeps it apart from the answer, as for a local
model. The backend is a real `hearth serve` process-in-thread over the fake reasoning
model (the only server here that sends reasoning_content), reached through the same
remote client the window uses."""

from __future__ import annotations

import pytest

from tests.server.test_reasoning_api import SMOL, THOUGHT, fake_served, thinking_reply  # noqa: F401

pytest.importorskip("openai", reason="the openai client is a dev dependency")


@pytest.fixture
def remote_core(fake_served, hearth_home):  # noqa: F811 - the fixture imported above
    from app.core.session import Core

    server, fake = fake_served
    fake.replies.clear()
    core = Core()
    core.runtime.remotes.add("thinker", server.url)
    yield core, fake
    core.close()


def test_remote_reasoning_content_is_kept_apart(remote_core):
    core, fake = remote_core
    model = f"thinker/{SMOL}"
    fake.enqueue(thinking_reply())
    conv = core.chat.start("remote thinking", model, "")
    thought: list[str] = []
    answer: list[str] = []
    turn = core.chat.send(conv.id, "What is the capital of France?", model,
                          on_token=answer.append, on_reasoning=thought.append)
    assert turn.reply.reasoning == THOUGHT
    assert turn.reply.content == "Paris is the capital."
    assert "".join(thought).strip() == THOUGHT  # streamed as it came
    assert "think>" not in "".join(answer)
    # the next turn sends the answer back without the thinking
    fake.enqueue(["Rome."])
    core.chat.send(conv.id, "And of Italy?", model)
    sent = fake.prompts[-1]  # the fake tokenizes words: the thinking's words are not there
    assert fake.vocab["Paris"] in sent and fake.vocab.get("asks") not in sent
