"""Test helpers for file jobs: a responding fake model, a real queue on a temp database."""

from __future__ import annotations

from collections.abc import Callable

from app.core.llm.base import SamplingParams
from app.core.queue.queue import JobQueue
from app.core.store.db import open_db
from tests.fakes import FakeModel


class RespondingModel(FakeModel):
    """A FakeModel that answers every prompt through `respond(prompt_text) -> reply`."""

    def __init__(self, respond: Callable[[str], str], n_ctx: int = 2048) -> None:
        super().__init__(n_ctx=n_ctx)
        self.respond = respond
        self.calls: list[str] = []

    def generate(self, tokens, params: SamplingParams, control=None):
        inv = {v: k for k, v in self.vocab.items()}
        prompt = " ".join(inv[t] for t in tokens)
        self.calls.append(prompt)
        self.enqueue([w + " " for w in self.respond(prompt).split(" ")])
        return super().generate(tokens, params, control)


def user_text(prompt: str) -> str:
    """The user message of a FakeModel-rendered prompt."""
    return prompt.split("<user> ", 1)[1].rsplit(" </s>", 1)[0]


def make_queue(tmp_path) -> JobQueue:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return JobQueue(open_db(tmp_path / "jobs.db"))


PARAMS = SamplingParams(temperature=0.0, max_tokens=64, seed=1)
