"""`hearth serve` parts a reasoning model's thinking from its answer, as vLLM and
llama.cpp's server do: `message.reasoning_content` and streamed
`delta.reasoning_content`, driven by the official openai client. First with the fake
model writing <think>…</think> (exact text), then the real bundled model under real
reasoning templates (DeepSeek-R1's opens <think> in the prompt; Qwen3's reads
enable_thinking, which `chat_template_kwargs` switches off)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from tests.fakes import FakeModel
from tests.server.conftest import openai
from tests.templates import swapped_templates

SMOL = "smollm2-135m-instruct"
ASK = [{"role": "user", "content": "What is the capital of France?"}]
THOUGHT = "The user asks for the capital of France. That is Paris."


class ThinkingFake(FakeModel):
    """The fake model, remembering the template switches each prompt was rendered with."""

    def __init__(self) -> None:
        super().__init__(model_id=SMOL)
        self.switches: list[dict] = []

    def render(self, messages, add_generation_prompt=True, **variables) -> str:
        self.switches.append(variables)
        return super().render(messages, add_generation_prompt, **variables)


@pytest.fixture(scope="module")
def fake_served(tmp_path_factory, chat_model_path):
    """A server whose model lane holds the fake model."""
    from app.core.session import Core
    from app.server.runner import ApiServer, ServeOptions

    fake = ThinkingFake()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HEARTH_HOME", str(tmp_path_factory.mktemp("serve-fake")))
        core = Core()

        @contextmanager
        def use(model_id=None, control=None, progress=None):
            yield fake

        mp.setattr(core.runtime, "use", use)
        server = ApiServer(core, ServeOptions(port=0)).start()
        yield server, fake
        server.stop()
        core.close()


@pytest.fixture
def fake_client(fake_served):
    server, fake = fake_served
    fake.replies.clear()
    return openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=60), fake


def thinking_reply() -> list[str]:
    # tags split across pieces, as a tokenizer may cut them
    return ["<th", "ink>", "The user asks for ", "the capital of France. ", "That is Paris.",
            "</thi", "nk>", "\n\n", "Paris", " is the capital."]


def test_reply_carries_reasoning_content_apart_from_the_answer(fake_client):
    client, fake = fake_client
    fake.enqueue(thinking_reply())
    reply = client.chat.completions.create(model=SMOL, messages=ASK)
    message = reply.choices[0].message
    assert message.content == "Paris is the capital."
    assert message.reasoning_content == THOUGHT
    assert "<think>" not in message.content and "</think>" not in message.content
    assert fake.switches[-1] == {}  # thinking on: the template is left alone


def test_stream_sends_reasoning_deltas_then_content_deltas(fake_client):
    client, fake = fake_client
    fake.enqueue(thinking_reply())
    chunks = list(client.chat.completions.create(model=SMOL, messages=ASK, stream=True))
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    kinds = [("r" if getattr(d, "reasoning_content", None) else "")
             + ("c" if d.content else "") for d in deltas]
    kinds = [k for k in kinds if k]
    assert kinds[0] == "r" and kinds[-1] == "c" and "rc" not in kinds
    assert kinds.index("c") > len(kinds) - 3  # every reasoning piece came before the answer
    assert len([k for k in kinds if k == "r"]) >= 3  # streamed as written, not at the end
    reasoning = "".join(getattr(d, "reasoning_content", None) or "" for d in deltas)
    content = "".join(d.content or "" for d in deltas)
    assert reasoning.strip() == THOUGHT
    assert content == "Paris is the capital."
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_plain_reply_has_no_reasoning_field(fake_client):
    client, fake = fake_client
    fake.enqueue(["Paris", "."])
    message = client.chat.completions.create(model=SMOL, messages=ASK).choices[0].message
    assert message.content == "Paris."
    assert getattr(message, "reasoning_content", None) is None


def test_chat_template_kwargs_turns_thinking_off(fake_client):
    client, fake = fake_client
    fake.enqueue(["Paris."])
    client.chat.completions.create(model=SMOL, messages=ASK,
                                   extra_body={"chat_template_kwargs": {"enable_thinking": False}})
    assert fake.switches[-1] == {"enable_thinking": False}


@pytest.fixture
def template(served):
    """Put a real reasoning model's chat template on the served (real) engine."""
    _, core = served
    yield from swapped_templates(core.runtime.engine(SMOL))


def test_real_model_under_deepseek_template_streams_reasoning(client, template):
    template("deepseek_r1_distill.jinja")  # opens <think> at the end of the prompt
    ask = {"model": SMOL, "messages": [{"role": "user", "content": "What is 2 + 2?"}],
           "max_tokens": 16, "temperature": 0, "seed": 1}
    message = client.chat.completions.create(**ask).choices[0].message
    # this small model never closes the tag: all it wrote is reasoning, none is answer
    assert message.reasoning_content and message.content == ""
    chunks = list(client.chat.completions.create(stream=True, **ask))
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    streamed = "".join(getattr(d, "reasoning_content", None) or "" for d in deltas)
    assert streamed.strip() == message.reasoning_content
    assert not any(d.content for d in deltas)


def test_real_model_under_qwen3_template_answers_with_thinking_off(client, template):
    template("qwen3.jinja")
    ask = {"model": SMOL, "messages": ASK, "max_tokens": 16, "temperature": 0, "seed": 1}
    on = client.chat.completions.create(**ask)
    off = client.chat.completions.create(
        extra_body={"chat_template_kwargs": {"enable_thinking": False}}, **ask)
    # off: the template writes an empty <think></think> block into the prompt itself
    assert off.usage.prompt_tokens > on.usage.prompt_tokens
    assert "paris" in off.choices[0].message.content.lower()
    assert getattr(off.choices[0].message, "reasoning_content", None) is None
