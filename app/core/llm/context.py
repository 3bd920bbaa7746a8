"""Fit a chat prompt into the model's context window, dropping the oldest turns
first and saying so (never silently)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.errors import ContextOverflow
from app.core.llm.base import ChatModel
from app.core.messages import Msg


@dataclass
class PromptPlan:
    """The prompt that will be sent, and where its tokens went (for the context meter)."""

    tokens: list[int]
    messages: list[dict[str, str]]
    n_ctx: int
    reserve: int  # tokens kept free for the reply
    system_tokens: int = 0
    document_tokens: int = 0
    history_tokens: int = 0
    new_tokens: int = 0
    dropped_turns: int = 0
    notes: list[str] = field(default_factory=list)
    text: str = ""  # the rendered prompt (its end says whether the template opened <think>)

    @property
    def used(self) -> int:
        return len(self.tokens)

    def to_dict(self) -> dict:
        return {
            "n_ctx": self.n_ctx, "used": self.used, "reserve": self.reserve,
            "system_tokens": self.system_tokens, "document_tokens": self.document_tokens,
            "history_tokens": self.history_tokens, "new_tokens": self.new_tokens,
            "dropped_turns": self.dropped_turns,
        }


def _turns(history: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    """Group history into turns, each starting at a user message."""
    turns: list[list[dict[str, str]]] = []
    for msg in history:
        if msg["role"] == "user" or not turns:
            turns.append([msg])
        else:
            turns[-1].append(msg)
    return turns


def plan_prompt(
    model: ChatModel,
    system: str,
    history: list[dict[str, str]],
    new_message: str | None,
    max_tokens: int,
    documents: str = "",
    variables: dict | None = None,
) -> PromptPlan:
    """Build the token list for system + documents + history + new message.

    `documents` (retrieved snippets, already formatted) go into the system
    message. Oldest whole turns are dropped until the prompt leaves
    `max_tokens` free (at most half the window is reserved for the reply).
    `variables` go to the template (e.g. enable_thinking, and `tools`: declarations).
    """
    n_ctx = model.n_ctx
    reserve = max(16, min(max_tokens, n_ctx // 2))
    budget = n_ctx - reserve
    sys_text = "\n\n".join(t for t in (system.strip(), documents.strip()) if t)
    head = [{"role": "system", "content": sys_text}] if sys_text else []
    tail = [{"role": "user", "content": new_message}] if new_message is not None else []
    turns = _turns(history)

    extra = variables or {}  # only passed when set, so a plain render(messages) suffices

    def render(messages: list[dict[str, str]], gen: bool = True) -> str:
        return model.render(messages, gen, **extra) if extra else model.render(messages, gen)

    def count(messages: list[dict[str, str]], gen: bool = True) -> int:
        if not messages:
            return 0
        return len(model.tokenize(render(messages, gen)))

    def build(dropped: int) -> tuple[list[dict[str, str]], list[dict[str, str]], list[int],
                                     str]:
        kept = [m for turn in turns[dropped:] for m in turn]
        messages = head + kept + tail
        text = render(messages)
        return kept, messages, model.tokenize(text), text

    # Fewest dropped turns that fit: the count only shrinks as turns go, so a
    # binary search needs ~log2(turns) renders instead of one per dropped turn.
    kept, messages, tokens, text = build(0)
    dropped = 0
    if len(tokens) > budget and turns:
        lo, hi = 1, len(turns)
        best = build(hi)
        while lo < hi:
            mid = (lo + hi) // 2
            trial = build(mid)
            if len(trial[2]) <= budget:
                hi, best = mid, trial
            else:
                lo = mid + 1
        dropped = hi
        kept, messages, tokens, text = best  # `best` is always build(hi)
    if len(tokens) > budget:
        raise ContextOverflow(
            Msg("The message needs {n_tokens} tokens but the model's window leaves {budget} "
                "(context {n_ctx}, {reserve} kept for the reply).", n_tokens=len(tokens),
                budget=budget, n_ctx=n_ctx, reserve=reserve),
            Msg("Shorten the message or system prompt, or raise the context length in Settings."),
        )
    plan = PromptPlan(tokens=tokens, messages=messages, n_ctx=n_ctx, reserve=reserve,
                      dropped_turns=dropped, text=text)
    # Split the count by part for the context meter (rendered-template overhead
    # is charged to the part it wraps).
    plan.system_tokens = count([{"role": "system", "content": system.strip()}] if system.strip()
                               else [], False)
    if documents.strip():
        plan.document_tokens = max(0, count(head, False) - plan.system_tokens)
    with_history = count(head + kept, False)
    plan.history_tokens = max(0, with_history - count(head, False)) if kept else 0
    plan.new_tokens = max(0, len(tokens) - with_history)
    if dropped:
        plan.notes.append(
            Msg("{dropped} older turn(s) left out to fit the model's {n_ctx}-token window.",
                dropped=dropped, n_ctx=n_ctx)
        )
    return plan
