"""What the rest of Hearth needs from a chat model (the real engine or a test fake)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Protocol

from app.core.config import DEFAULTS
from app.core.control import JobControl

PER_REQUEST = ("stop", "response_format")  # sampling fields that are not settings


@dataclass
class SamplingParams:
    """How to sample; the defaults are the settings' (config.Defaults)."""

    temperature: float = DEFAULTS["temperature"]
    top_p: float = DEFAULTS["top_p"]
    top_k: int = DEFAULTS["top_k"]
    min_p: float = DEFAULTS["min_p"]
    repeat_penalty: float = DEFAULTS["repeat_penalty"]
    max_tokens: int = DEFAULTS["max_tokens"]
    seed: int = DEFAULTS["seed"]
    thinking: bool = DEFAULTS["thinking"]  # read by templates with `enable_thinking`
    stop: list[str] = field(default_factory=list)
    # OpenAI's response_format, checked by llm.structured (None: plain text)
    response_format: dict | None = None

    @classmethod
    def from_settings(cls, values: dict) -> SamplingParams:
        names = [f.name for f in fields(cls) if f.name not in PER_REQUEST]
        return cls(**{k: values[k] for k in names if k in values})


@dataclass
class GenerationStats:
    prompt_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens whose KV cache was reused
    completion_tokens: int = 0
    ttft_s: float = 0.0
    tokens_per_s: float = 0.0
    seconds: float = 0.0
    finish_reason: str = ""  # stop | length | cancelled
    threads: int = 0  # CPU threads the decode loop used last (0: not a local engine)


class Generation:
    """A lazy streamed reply: iterate it for text pieces; `stats` is filled at the end."""

    def __init__(self, pieces: Iterator[str]) -> None:
        self._pieces = pieces
        self.stats = GenerationStats()
        self.text = ""
        # calls a server returned in its own field (OpenAI): {"name", "arguments" (JSON)}
        self.tool_calls: list[dict[str, str]] = []

    def __iter__(self) -> Iterator[str]:
        for piece in self._pieces:
            self.text += piece
            yield piece

    def consume(self) -> str:
        for _ in self:
            pass
        return self.text


class ChatModel(Protocol):
    model_id: str
    n_ctx: int
    device: str

    def render(self, messages: list[dict[str, str]], add_generation_prompt: bool = True,
               **variables: object) -> str:
        """Apply the model's chat template (`variables`: its switches, e.g. enable_thinking,
        and `tools`, declarations a model gets only when it has `supports_tools` true)."""

    def tokenize(self, text: str) -> list[int]:
        """Tokens of a rendered prompt (special tokens parsed)."""

    def generate(
        self, tokens: list[int], params: SamplingParams, control: JobControl | None = None
    ) -> Generation:
        """Stream a completion of `tokens`, reusing the KV cache of any shared prefix."""
