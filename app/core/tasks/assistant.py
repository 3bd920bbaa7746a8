"""One chat turn: commit the user's message, fit the prompt, stream the reply,
and keep the reply in the history whatever happens (complete, stopped, failed)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.control import JobControl
from app.core.errors import HearthError
from app.core.llm.base import ChatModel, GenerationStats, SamplingParams
from app.core.llm.context import PromptPlan, plan_prompt
from app.core.llm.reasoning import ReasoningSplitter, opened_by_prompt, tags_for
from app.core.store.history import ROOT, Conversation, History, Message, title_from

FLUSH_EVERY_S = 1.0  # how often partial reply text is written, so a crash loses little
TokenCallback = Callable[[str], None]


@dataclass
class TurnResult:
    conversation: Conversation
    user_message: Message | None
    reply: Message
    plan: PromptPlan
    stats: GenerationStats
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "conversation_id": self.conversation.id,
            "message_id": self.reply.id,
            "user_message_id": self.user_message.id if self.user_message else None,
            "reply": self.reply.content,
            "reasoning": self.reply.reasoning or "",
            "reasoning_s": round(self.reply.reasoning_s or 0.0, 2),
            "attachments": [{k: a.get(k) for k in ("name", "path", "mode", "tokens")}
                            for a in (self.user_message.attachments if self.user_message
                                      else [])],
            "version": self.reply.version,
            "versions": self.reply.versions,
            "status": self.reply.status,
            "model": self.reply.model,
            "prompt_tokens": self.stats.prompt_tokens,
            "cached_tokens": self.stats.cached_tokens,
            "completion_tokens": self.stats.completion_tokens,
            "ttft_s": round(self.stats.ttft_s, 4),
            "tokens_per_s": round(self.stats.tokens_per_s, 2),
            "finish_reason": self.stats.finish_reason,
            "context_dropped_turns": self.plan.dropped_turns,
            "context": self.plan.to_dict(),
            "notes": self.notes,
        }


def history_messages(messages: list[Message]) -> list[dict[str, str]]:
    """The messages that go back into the prompt: failed or empty replies are left out,
    and a reasoning model's thinking never goes back (its templates expect that)."""
    out = []
    for m in messages:
        if m.role not in ("user", "assistant") or m.status == "failed":
            continue
        if m.role == "assistant" and not m.content.strip():
            continue
        out.append({"role": m.role, "content": m.prompt_content()})
    return out


class Assistant:
    def __init__(self, history: History) -> None:
        self.history = history

    def start_conversation(
        self, text: str, model_id: str, system_prompt: str | None
    ) -> Conversation:
        return self.history.new_conversation(title=title_from(text), model=model_id,
                                             system_prompt=system_prompt)

    def send(
        self, conversation_id: int, text: str, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, documents: str = "",
        on_reasoning: TokenCallback | None = None, attachments: list | None = None,
    ) -> TurnResult:
        """Add the user's message (committed before generation) and reply to it;
        `attachments` (tasks.attachments.Attachment) are recorded with it."""
        if not text.strip():
            raise HearthError("The message is empty.", "Type a question or an instruction.")
        shown = self.history.messages(conversation_id)
        user = self.history.add_message(conversation_id, "user", text,
                                         parent_id=shown[-1].id if shown else ROOT)
        if attachments:
            user = self.history.add_attachments(
                user.id, [{**a.to_dict(), "text": a.text or None} for a in attachments])
        return self._reply(conversation_id, history_messages(shown), user.prompt_content(),
                           user, model, params, system_prompt, on_token, control, documents,
                           on_reasoning)

    def regenerate(
        self, conversation_id: int, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, documents: str = "",
        on_reasoning: TokenCallback | None = None,
    ) -> TurnResult:
        """A new version of the last reply for the same user message (the earlier ones
        are kept: the window's version switcher walks between them)."""
        msgs = self.history.messages(conversation_id)
        at = next((i for i in range(len(msgs) - 1, -1, -1) if msgs[i].role == "user"), None)
        if at is None:
            raise HearthError("There is no message to answer again.", "Send a message first.")
        last_user = msgs[at]
        return self._reply(conversation_id, history_messages(msgs[:at]),
                           last_user.prompt_content(),
                           last_user, model, params, system_prompt, on_token, control, documents,
                           on_reasoning)

    def edit(
        self, message_id: int, text: str, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, documents: str = "",
        on_reasoning: TokenCallback | None = None,
    ) -> TurnResult:
        """A new version of an earlier user message; the conversation continues from it
        (the old question and everything after it stay, one version back)."""
        msg = self.history.message(message_id)
        if msg.role != "user":
            raise HearthError("Only your own messages can be edited.")
        if not text.strip():
            raise HearthError("The message is empty.", "Type a question or an instruction.")
        shown = self.history.messages(msg.conversation_id)
        before = shown[:next((i for i, m in enumerate(shown) if m.id == message_id),
                             len(shown))]
        user = self.history.add_message(msg.conversation_id, "user", text,
                                         parent_id=msg.parent_id)
        if msg.attachments:  # the files stay with the question when it is reworded
            user = self.history.add_attachments(user.id, [
                {k: v for k, v in a.items() if k not in ("id", "message_id")}
                for a in msg.attachments])
        return self._reply(msg.conversation_id, history_messages(before),
                           user.prompt_content(), user, model,
                           params, system_prompt, on_token, control, documents, on_reasoning)

    def _reply(
        self, conversation_id: int, history: list[dict[str, str]], text: str,
        user: Message, model: ChatModel, params: SamplingParams, system_prompt: str,
        on_token: TokenCallback | None, control: JobControl | None, documents: str,
        on_reasoning: TokenCallback | None = None,
    ) -> TurnResult:
        variables = {} if params.thinking else {"enable_thinking": False}
        plan = plan_prompt(model, system_prompt, history, text, params.max_tokens, documents,
                           variables)
        params = SamplingParams(**{**params.__dict__,
                                   "max_tokens": min(params.max_tokens, plan.n_ctx - plan.used)})
        reply = self.history.add_message(conversation_id, "assistant", "", status="generating",
                                         model=model.model_id, prompt_tokens=plan.used,
                                         parent_id=user.id,
                                         pid=os.getpid())  # whose reply, for mark_interrupted
        split = _splitter(model, plan)
        generation = model.generate(plan.tokens, params, control)
        last_flush = time.monotonic()

        def kept() -> dict:
            return {"content": split.answer, "reasoning": split.reasoning or None,
                    "reasoning_s": split.seconds or None}

        try:
            for piece in generation:
                part = split.feed(piece)
                if part.reasoning and on_reasoning:
                    on_reasoning(part.reasoning)
                if part.answer and on_token:
                    on_token(part.answer)
                if time.monotonic() - last_flush > FLUSH_EVERY_S:
                    self.history.update_message(reply.id, **kept())
                    last_flush = time.monotonic()
            part = split.finish()
            if part.reasoning and on_reasoning:
                on_reasoning(part.reasoning)
            if part.answer and on_token:
                on_token(part.answer)
        except BaseException as exc:
            split.finish()
            status = "stopped" if isinstance(exc, KeyboardInterrupt) else "failed"
            self.history.update_message(reply.id, **kept(), status=status,
                                        error=str(exc) or type(exc).__name__)
            raise
        stats = generation.stats
        status = "stopped" if stats.finish_reason == "cancelled" else "complete"
        reply = self.history.update_message(
            reply.id, content=split.answer.strip(),
            reasoning=split.reasoning.strip() or None, reasoning_s=split.seconds or None,
            status=status, prompt_tokens=stats.prompt_tokens,
            completion_tokens=stats.completion_tokens,
            ttft_s=stats.ttft_s, tokens_per_s=stats.tokens_per_s,
        )
        conv = self.history.update_conversation(conversation_id, model=model.model_id)
        return TurnResult(conv, user, reply, plan, stats, list(plan.notes))


def _splitter(model: ChatModel, plan: PromptPlan) -> ReasoningSplitter:
    """A splitter for this model's reasoning tags, already inside them when the
    template opened the tag at the end of the prompt."""
    tags = tags_for(getattr(getattr(model, "template", None), "source", None))
    return ReasoningSplitter(tags, inside=opened_by_prompt(plan.text, tags))
