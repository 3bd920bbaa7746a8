"""One chat turn: commit the user's message, fit the prompt, stream the reply,
and keep the reply in the history whatever happens (complete, stopped, failed)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.control import JobControl
from app.core.errors import HearthError
from app.core.llm.base import ChatModel, GenerationStats, SamplingParams
from app.core.llm.context import PromptPlan, plan_prompt
from app.core.llm.reasoning import ReasoningSplitter, opened_by_prompt, tags_for
from app.core.messages import Msg, join
from app.core.store.history import ROOT, Conversation, History, Message, title_from
from app.core.tools.calls import ToolCall, as_call
from app.core.tools.loop import MAX_ROUNDS, ToolRound, prompt_messages, stream_filter, tool_message
from app.core.tools.registry import Approver, Toolbox, ToolOutcome

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
    tools: list[ToolOutcome] = field(default_factory=list)  # the calls made, in order

    @property
    def snippets(self) -> list:
        """Document snippets the model found with the search tool (cited as [n])."""
        return [s for t in self.tools for s in t.extra.get("snippets", [])]

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
            "tool_calls": [{**t.record(), "result": t.text} for t in self.tools],
        }


def history_messages(messages: list[Message]) -> list[dict[str, Any]]:
    """The messages that go back into the prompt: failed or empty replies are left out,
    and a reasoning model's thinking never goes back (its templates expect that). Tool
    calls and results are kept (`prompt_messages` drops them for a model without tools)."""
    out: list[dict[str, Any]] = []
    for m in messages:
        if m.role not in ("user", "assistant", "tool") or m.status == "failed":
            continue
        if m.role == "tool":
            out.append(tool_message(json.loads(m.tool_result or "{}"), m.content))
            continue
        calls = json.loads(m.tool_calls) if m.tool_calls else []
        if m.role == "assistant" and not m.content.strip() and not calls:
            continue
        msg: dict[str, Any] = {"role": m.role, "content": m.prompt_content()}
        if calls:
            msg["tool_calls"] = [ToolCall(c["name"], c["arguments"], c["id"]).to_message()
                                 for c in calls]
        out.append(msg)
    return out


class Assistant:
    def __init__(self, history: History, tools: Toolbox | None = None) -> None:
        self.history = history
        self.tools = tools  # None: models are offered no tools

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
        approve: Approver | None = None, cited: int = 0,
    ) -> TurnResult:
        """Add the user's message (committed before generation) and reply to it;
        `attachments` (tasks.attachments.Attachment) are recorded with it."""
        if not text.strip():
            raise HearthError(Msg("The message is empty."),
                              Msg("Type a question or an instruction."))
        shown = self.history.messages(conversation_id)
        user = self.history.add_message(conversation_id, "user", text,
                                         parent_id=shown[-1].id if shown else ROOT)
        if attachments:
            user = self.history.add_attachments(
                user.id, [{**a.to_dict(), "text": a.text or None} for a in attachments])
        return self._reply(conversation_id, history_messages(shown), user.prompt_content(),
                           user, model, params, system_prompt, on_token, control, documents,
                           on_reasoning, approve, cited)

    def regenerate(
        self, conversation_id: int, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, documents: str = "",
        on_reasoning: TokenCallback | None = None, approve: Approver | None = None,
        cited: int = 0,
    ) -> TurnResult:
        """A new version of the last reply for the same user message (the earlier ones
        are kept: the window's version switcher walks between them)."""
        msgs = self.history.messages(conversation_id)
        at = next((i for i in range(len(msgs) - 1, -1, -1) if msgs[i].role == "user"), None)
        if at is None:
            raise HearthError(Msg("There is no message to answer again."),
                              Msg("Send a message first."))
        last_user = msgs[at]
        return self._reply(conversation_id, history_messages(msgs[:at]),
                           last_user.prompt_content(),
                           last_user, model, params, system_prompt, on_token, control, documents,
                           on_reasoning, approve, cited)

    def edit(
        self, message_id: int, text: str, model: ChatModel, params: SamplingParams,
        system_prompt: str = "", on_token: TokenCallback | None = None,
        control: JobControl | None = None, documents: str = "",
        on_reasoning: TokenCallback | None = None, approve: Approver | None = None,
        cited: int = 0,
    ) -> TurnResult:
        """A new version of an earlier user message; the conversation continues from it
        (the old question and everything after it stay, one version back)."""
        msg = self.history.message(message_id)
        if msg.role != "user":
            raise HearthError(Msg("Only your own messages can be edited."))
        if not text.strip():
            raise HearthError(Msg("The message is empty."),
                              Msg("Type a question or an instruction."))
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
                           params, system_prompt, on_token, control, documents, on_reasoning,
                           approve, cited)

    def _reply(
        self, conversation_id: int, history: list[dict[str, Any]], text: str,
        user: Message, model: ChatModel, params: SamplingParams, system_prompt: str,
        on_token: TokenCallback | None, control: JobControl | None, documents: str,
        on_reasoning: TokenCallback | None = None, approve: Approver | None = None,
        cited: int = 0,
    ) -> TurnResult:
        """Generate the reply; when the model calls tools, run them (after approval), add
        their results and let it go on, for at most MAX_ROUNDS rounds."""
        notes: list[str] = []
        offered, variables = self._declare(model, params, notes)
        history = prompt_messages(history, bool(offered))
        rounds: list[dict[str, Any]] = []  # this turn's calls and results so far
        outcomes: list[ToolOutcome] = []
        context = {"conversation_id": conversation_id, "citations": cited}
        parent = user.id
        for n in range(MAX_ROUNDS + 1):
            if rounds:
                plan = plan_prompt(model, system_prompt,
                                   [*history, {"role": "user", "content": text}, *rounds],
                                   None, params.max_tokens, documents, variables)
            else:
                plan = plan_prompt(model, system_prompt, history, text, params.max_tokens,
                                   documents, variables)
            reply, stats = self._generate(conversation_id, plan, model, params, on_token,
                                          on_reasoning, control, bool(offered), parent)
            step = ToolRound.parse(reply.content, stats, set(offered), control)
            if not step.calls or n == MAX_ROUNDS:
                if step.calls:
                    notes.append(Msg("The model kept calling tools after {rounds} rounds; "
                                     "its last calls were not run.", rounds=MAX_ROUNDS))
                break
            reply = self.history.update_message(
                reply.id, content=step.text,
                tool_calls=json.dumps([c.to_dict() for c in step.calls], ensure_ascii=False))
            rounds.append({"role": "assistant", "content": step.text,
                           "tool_calls": [c.to_message() for c in step.calls]})
            parent = reply.id
            for call in step.calls:
                outcome = self.tools.run(call, offered, approve, context)  # type: ignore[union-attr]
                outcomes.append(outcome)
                record = outcome.record()
                parent = self.history.add_message(
                    conversation_id, "tool", outcome.text, parent_id=parent,
                    tool_result=json.dumps(record, ensure_ascii=False)).id
                rounds.append(tool_message(record, outcome.text))
                if control is not None and control.cancelled:
                    break
            if control is not None and control.cancelled:
                break
        conv = self.history.update_conversation(conversation_id, model=model.model_id)
        return TurnResult(conv, user, reply, plan, stats, [*notes, *plan.notes], outcomes)

    def draft_prompt(self, conversation_id: int | None, text: str, model: ChatModel,
                     params: SamplingParams, system_prompt: str = "") -> list[int]:
        """The prompt `send` would build if `text` were sent now (without documents),
        for evaluating it while the user types (tasks.prefill)."""
        shown = self.history.messages(conversation_id) if conversation_id is not None else []
        offered, variables = self._declare(model, params, [])
        history = prompt_messages(history_messages(shown), bool(offered))
        return plan_prompt(model, system_prompt, history, text, params.max_tokens, "",
                           variables).tokens

    def _declare(self, model: ChatModel, params: SamplingParams,
                 notes: list[str]) -> tuple[dict, dict[str, Any]]:
        """The tools offered and the template variables that declare them."""
        offered = self._offered(model, notes)
        declared = [spec.declaration() for spec, _ in offered.values()]
        for d, name in zip(declared, offered, strict=True):
            d["function"]["name"] = name  # a name two servers share is prefixed
        variables: dict[str, Any] = {} if params.thinking else {"enable_thinking": False}
        if declared:
            variables["tools"] = declared
        return offered, variables

    def _offered(self, model: ChatModel, notes: list[str]) -> dict:
        """The tools to declare: none when the model's template cannot take them."""
        if self.tools is None or not getattr(model, "supports_tools", False):
            return {}
        return self.tools.offered(notes)

    def _generate(
        self, conversation_id: int, plan: PromptPlan, model: ChatModel, params: SamplingParams,
        on_token: TokenCallback | None, on_reasoning: TokenCallback | None,
        control: JobControl | None, tools: bool, parent: int,
    ) -> tuple[Message, GenerationStats]:
        """Stream one reply into a new assistant message after `parent` (kept whatever
        happens), its thinking apart from its answer."""
        params = SamplingParams(**{**params.__dict__,
                                   "max_tokens": min(params.max_tokens, plan.n_ctx - plan.used)})
        reply = self.history.add_message(conversation_id, "assistant", "", status="generating",
                                         model=model.model_id, prompt_tokens=plan.used,
                                         parent_id=parent,
                                         pid=os.getpid())  # whose reply, for mark_interrupted
        split = _splitter(model, plan)
        generation = model.generate(plan.tokens, params, control)
        show = stream_filter(on_token) if tools and on_token else on_token
        last_flush = time.monotonic()

        def kept() -> dict:
            return {"content": split.answer, "reasoning": split.reasoning or None,
                    "reasoning_s": split.seconds or None}

        def emit(part) -> None:
            if part.reasoning and on_reasoning:
                on_reasoning(part.reasoning)
            if part.answer and show:
                show(part.answer)

        try:
            for piece in generation:
                emit(split.feed(piece))
                if time.monotonic() - last_flush > FLUSH_EVERY_S:
                    self.history.update_message(reply.id, **kept())
                    last_flush = time.monotonic()
            emit(split.finish())
        except BaseException as exc:
            split.finish()
            status = "stopped" if isinstance(exc, KeyboardInterrupt) else "failed"
            # a HearthError's parts keep their templates (the window translates them)
            error = (join(exc.message, exc.hint) if isinstance(exc, HearthError)
                     else str(exc) or type(exc).__name__)
            self.history.update_message(reply.id, **kept(), status=status, error=error)
            raise
        stats = generation.stats
        status = "stopped" if stats.finish_reason == "cancelled" else "complete"
        text = split.answer.strip()
        # a server's own tool_calls field, kept in the one format the loop parses
        for call in filter(None, map(as_call, getattr(generation, "tool_calls", []))):
            text += f"\n<tool_call>{json.dumps(call.to_dict())}</tool_call>"
        reply = self.history.update_message(
            reply.id, content=text,
            reasoning=split.reasoning.strip() or None, reasoning_s=split.seconds or None,
            status=status, prompt_tokens=stats.prompt_tokens,
            completion_tokens=stats.completion_tokens,
            ttft_s=stats.ttft_s, tokens_per_s=stats.tokens_per_s,
        )
        return reply, stats


def _splitter(model: ChatModel, plan: PromptPlan) -> ReasoningSplitter:
    """A splitter for this model's reasoning tags, already inside them when the
    template opened the tag at the end of the prompt."""
    tags = tags_for(getattr(getattr(model, "template", None), "source", None))
    return ReasoningSplitter(tags, inside=opened_by_prompt(plan.text, tags))
