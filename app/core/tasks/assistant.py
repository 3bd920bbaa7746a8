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
from app.core.store.history import Conversation, History, Message, title_from

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
    """The messages that go back into the prompt: failed or empty replies are left out."""
    out = []
    for m in messages:
        if m.role not in ("user", "assistant") or m.status == "failed":
            continue
        if m.role == "assistant" and not m.content.strip():
            continue
        out.append({"role": m.role, "content": m.content})
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
    ) -> TurnResult:
        """Add the user's message (committed before generation) and reply to it."""
        if not text.strip():
            raise HearthError("The message is empty.", "Type a question or an instruction.")
        history = history_messages(self.history.messages(conversation_id))
        user = self.history.add_message(conversation_id, "user", text)
        return self._reply(conversation_id, history, text, user, model, params, system_prompt,
                           on_token, control, documents)

    def regenerate(
        self, conversation_id: int, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, documents: str = "",
    ) -> TurnResult:
        """Replace the last reply with a new one for the same user message."""
        msgs = self.history.messages(conversation_id)
        last_user = next((m for m in reversed(msgs) if m.role == "user"), None)
        if last_user is None:
            raise HearthError("There is no message to answer again.", "Send a message first.")
        later = [m for m in msgs if m.id > last_user.id]
        if later:
            self.history.delete_messages_from(later[0].id)
        history = history_messages([m for m in msgs if m.id < last_user.id])
        return self._reply(conversation_id, history, last_user.content, last_user, model, params,
                           system_prompt, on_token, control, documents)

    def edit(
        self, message_id: int, text: str, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, documents: str = "",
    ) -> TurnResult:
        """Change an earlier user message; the conversation continues from there."""
        msg = self.history.message(message_id)
        if msg.role != "user":
            raise HearthError("Only your own messages can be edited.")
        self.history.delete_messages_from(message_id)
        return self.send(msg.conversation_id, text, model, params, system_prompt, on_token,
                         control, documents)

    def _reply(
        self, conversation_id: int, history: list[dict[str, str]], text: str,
        user: Message, model: ChatModel, params: SamplingParams, system_prompt: str,
        on_token: TokenCallback | None, control: JobControl | None, documents: str,
    ) -> TurnResult:
        plan = plan_prompt(model, system_prompt, history, text, params.max_tokens, documents)
        params = SamplingParams(**{**params.__dict__,
                                   "max_tokens": min(params.max_tokens, plan.n_ctx - plan.used)})
        reply = self.history.add_message(conversation_id, "assistant", "", status="generating",
                                         model=model.model_id, prompt_tokens=plan.used,
                                         pid=os.getpid())  # whose reply, for mark_interrupted
        generation = model.generate(plan.tokens, params, control)
        last_flush = time.monotonic()
        try:
            for piece in generation:
                if on_token:
                    on_token(piece)
                if time.monotonic() - last_flush > FLUSH_EVERY_S:
                    self.history.update_message(reply.id, content=generation.text)
                    last_flush = time.monotonic()
        except BaseException as exc:
            status = "stopped" if isinstance(exc, KeyboardInterrupt) else "failed"
            self.history.update_message(reply.id, content=generation.text, status=status,
                                        error=str(exc) or type(exc).__name__)
            raise
        stats = generation.stats
        status = "stopped" if stats.finish_reason == "cancelled" else "complete"
        reply = self.history.update_message(
            reply.id, content=generation.text.strip(), status=status,
            prompt_tokens=stats.prompt_tokens, completion_tokens=stats.completion_tokens,
            ttft_s=stats.ttft_s, tokens_per_s=stats.tokens_per_s,
        )
        conv = self.history.update_conversation(conversation_id, model=model.model_id)
        return TurnResult(conv, user, reply, plan, stats, list(plan.notes))
