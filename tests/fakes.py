"""A fake chat model for fast tests of conversation logic: enqueue replies, then chat.

It honours the same contract as the real engine (template rendering,
tokenizing, streaming, cancel, prefix reuse accounting), with a whitespace
tokenizer so tests can reason about token counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.control import JobControl
from app.core.llm.base import Generation, SamplingParams


class FakeModel:
    def __init__(self, n_ctx: int = 2048, model_id: str = "fake-model") -> None:
        self.model_id = model_id
        self.n_ctx = n_ctx
        self.device = "CPU"
        self.replies: list[list[str]] = []
        self.prompts: list[list[int]] = []
        self.vocab: dict[str, int] = {}
        self._past: list[int] = []
        self.on_piece = None  # hook for tests: called before each piece is yielded
        self.supports_tools = False  # a test sets it to have tools declared
        self.tools_seen: list = []  # the tools declared at each render

    def enqueue(self, pieces: list[str]) -> None:
        self.replies.append(list(pieces))

    def render(self, messages, add_generation_prompt=True, **variables) -> str:
        tools = variables.get("tools")
        self.tools_seen.append(tools)
        text = "".join(f"<{m['role']}> {m['content']} </s> " for m in messages)
        if tools:
            text = "<tools> " + " ".join(t["function"]["name"] for t in tools) + " </s> " + text
        return text + ("<assistant> " if add_generation_prompt else "")

    def tokenize(self, text: str) -> list[int]:
        return [self.vocab.setdefault(w, len(self.vocab)) for w in text.split()]

    def generate(self, tokens, params: SamplingParams, control: JobControl | None = None):
        self.prompts.append(list(tokens))
        pieces = self.replies.pop(0) if self.replies else ["(no reply queued)"]
        gen = Generation(iter(()))
        gen._pieces = self._stream(tokens, pieces[: params.max_tokens], control, gen)
        return gen

    def _stream(self, tokens, pieces, control, gen) -> Iterator[str]:
        cached = 0
        for a, b in zip(self._past, tokens, strict=False):
            if a != b:
                break
            cached += 1
        gen.stats.prompt_tokens, gen.stats.cached_tokens = len(tokens), cached
        self._past = list(tokens)
        gen.stats.finish_reason = "stop"
        for piece in pieces:
            if control is not None and control.cancelled:
                gen.stats.finish_reason = "cancelled"
                break
            if self.on_piece:
                self.on_piece(piece)
            gen.stats.completion_tokens += 1
            yield piece
