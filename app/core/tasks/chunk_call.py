"""One model call for one chunk of a file job, done carefully.

The text streams through a repetition detector and is cut off as soon as the
model loops; an empty answer, a loop or a refusal counts as a failure and the
chunk is asked again with other settings (stronger repeat penalty, some
temperature). If every attempt fails, the caller gets `ok=False` and a reason,
and must mark the chunk in its output: nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.core.control import JobControl
from app.core.llm.base import ChatModel, SamplingParams
from app.core.messages import Msg
from app.core.tasks.repetition import RepetitionDetector, check_repetition

# The settings of each attempt: the first as asked, then ever less likely to loop.
RETRY_OVERRIDES: tuple[dict, ...] = (
    {},
    {"repeat_penalty": 1.3, "temperature": 0.5, "top_k": 40, "top_p": 0.9},
    {"repeat_penalty": 1.5, "temperature": 0.8, "top_k": 60, "top_p": 0.95},
)

_REFUSAL = re.compile(
    r"^\W*(i'?m sorry|i am sorry|sorry,|i can(?:no|')t|i am unable|i'm unable|"
    r"as an ai\b|i (?:do not|don't) have (?:the ability|access)|i(?: am|'m) ready to|"
    r"please (?:provide|go ahead|share)|could you (?:please )?provide|i'd be happy to help)",
    re.IGNORECASE)


@dataclass
class Answer:
    text: str
    ok: bool
    reason: str = ""  # why it failed (the last attempt's reason)
    attempts: int = 1
    reasons: list[str] = field(default_factory=list)  # every failed attempt's reason
    prompt_tokens: int = 0
    completion_tokens: int = 0


class _ChildControl(JobControl):
    """Cancelled when its parent job is, or when this one call must stop (a loop)."""

    def __init__(self, parent: JobControl | None) -> None:
        super().__init__()
        self._parent = parent

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set() or bool(self._parent and self._parent.cancelled)


Validator = Callable[[str], str]  # returns a failure reason, or '' when the text is fine


def fit_prompt(model: ChatModel, system: str, user: str) -> list[int]:
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": user})
    return model.tokenize(model.render(messages))


def judge(text: str, detector: RepetitionDetector) -> str:
    """Why `text` is not a usable answer ('' when it is)."""
    if detector.looping:
        return detector.reason
    if not text.strip():
        return Msg("the model gave an empty answer")
    if _REFUSAL.match(text.strip()):
        return Msg("the model refused")
    return ""


def answer_chunk(model: ChatModel, system: str, user: str, params: SamplingParams,
        control: JobControl | None = None, validate: Validator | None = None,
        on_piece: Callable[[str], None] | None = None, source: str = "") -> Answer:
    """Ask `user` under `system`, retrying with safer settings when the answer is unusable.

    `source` is the text being worked on: when it repeats itself (a chorus, a
    table of alike rows), its answer may too, so the loop check is relaxed.
    """
    repetitive = bool(source) and bool(check_repetition(source))
    tokens = fit_prompt(model, system, user)
    room = model.n_ctx - len(tokens) - 1
    reasons: list[str] = []
    text = ""
    answer = Answer("", False)
    for attempt, overrides in enumerate(RETRY_OVERRIDES, start=1):
        if control is not None:
            control.checkpoint()
        values = {**params.__dict__, **overrides}
        if overrides:
            values["repeat_penalty"] = max(params.repeat_penalty, overrides["repeat_penalty"])
            values["seed"] = params.seed + attempt if params.seed >= 0 else -1
        values["max_tokens"] = max(1, min(params.max_tokens, room))
        p = replace(params, **values)
        child = _ChildControl(control)
        detector = RepetitionDetector(min_tail_repeats=8, max_ngram_count=12, passage=0) \
            if repetitive else RepetitionDetector()
        generation = model.generate(tokens, p, child)
        for piece in generation:
            if on_piece:
                on_piece(piece)
            if detector.feed(piece):
                child.cancel()  # the engine stops at the next token
        if control is not None:
            control.checkpoint()  # a cancel of the whole job is not a chunk failure
        text = generation.text.strip()
        reason = judge(text, detector) or (validate(text) if validate else "")
        answer.prompt_tokens += generation.stats.prompt_tokens
        answer.completion_tokens += generation.stats.completion_tokens
        if not reason:
            return Answer(text, True, "", attempt, reasons, answer.prompt_tokens,
                          answer.completion_tokens)
        reasons.append(reason)
    return Answer(text, False, reasons[-1], len(RETRY_OVERRIDES), reasons, answer.prompt_tokens,
                  answer.completion_tokens)


def strip_chatter(text: str) -> str:
    """Drop the preambles small models put before an answer ("Sure! Here is ...:")."""
    lines = text.strip().splitlines()
    if len(lines) > 1 and re.match(
            r"^\W*(sure|certainly|of course|here is|here's|voici|hier ist|aquí está|ecco)\b.*:\s*$",
            lines[0], re.IGNORECASE):
        lines = lines[1:]
    out = "\n".join(lines).strip()
    if len(out) > 2 and out[0] == out[-1] and out[0] in "\"'«»“”":
        out = out[1:-1].strip()
    return out
