"""The chat page's background jobs, as plain functions of the core: scan the
installed models, load one, run a chat turn, measure the context. Each returns
a `job(control, progress)` for the generic Worker; none touches a widget."""

from __future__ import annotations

from collections.abc import Callable

from app.core.control import JobControl, Progress
from app.core.errors import ModelNotFound
from app.core.llm.context import PromptPlan, plan_prompt
from app.core.models.catalog import ModelEntry
from app.core.session import Core
from app.core.tasks.assistant import TurnResult, history_messages
from app.core.tools.loop import prompt_messages
from app.core.tools.registry import Approver

CHARS_PER_TOKEN = 4  # typical for English text; only used to skip what cannot fit anyway
Job = Callable[[JobControl, Callable[[Progress], None]], object]


def scan_models(core: Core) -> Job:
    """Installed models and the default id ("" when none is usable)."""
    def job(_control: JobControl, _progress) -> tuple[list[ModelEntry], str]:
        entries = core.catalog.entries() + core.runtime.remotes.catalog_entries()
        try:
            default = core.runtime.default_id()
        except ModelNotFound:
            default = ""
        return entries, default
    return job


def load_model(core: Core, model_id: str) -> Job:
    """Load the model ahead of the first turn, unless a job is using the model lane now
    (the turn then loads it in its turn); returns the engine or None."""
    def job(_control: JobControl, progress: Callable[[Progress], None]):
        return core.runtime.preload(model_id, progress)
    return job


def chat_turn(core: Core, action: str, conversation_id: int, model_id: str,
              on_token: Callable[[str], None], text: str | None = None,
              message_id: int | None = None,
              on_reasoning: Callable[[str], None] | None = None,
              attachments: list[str] | None = None,
              approver: Callable[[JobControl], Approver] | None = None) -> Job:
    """send / edit / regenerate through the core's one send path (`core.chat`); its
    progress says when it waits for the model lane or loads the model, then the device.
    A reasoning model's thinking streams to `on_reasoning`, apart from the answer.
    `approver(control)` asks the user before an MCP tool runs."""
    def job(control: JobControl, progress: Callable[[Progress], None]) -> TurnResult:
        kw = {"on_token": on_token, "control": control, "progress": progress,
              "on_reasoning": on_reasoning,
              "approve": approver(control) if approver else None}
        if action == "send":
            return core.chat.send(conversation_id, text, model_id, attachments=attachments,
                                  **kw)
        if action == "edit":
            return core.chat.edit(message_id, text, model_id, **kw)
        return core.chat.regenerate(conversation_id, model_id, **kw)
    return job


def measure_context(core: Core, conversation_id: int, model_id: str, system: str) -> Job:
    """How the conversation fills the model's window, for the context meter."""
    def job(control: JobControl, _progress) -> PromptPlan | None:
        loaded = core.runtime.loaded
        if core.runtime.lane.busy and getattr(loaded, "model_id", None) != model_id:
            return None  # a job works with another model: measuring must not switch it
        with core.runtime.use(model_id, control) as engine:
            control.checkpoint()
            params = core.runtime.sampling(engine.model_id)
            history = prompt_messages(history_messages(core.history.messages(conversation_id)),
                                      bool(getattr(engine, "supports_tools", False)))
            recent, skipped = recent_turns(history, engine.n_ctx * CHARS_PER_TOKEN)
            plan = plan_prompt(engine, system, recent, None, params.max_tokens)
        plan.dropped_turns += skipped
        return plan
    return job


def recent_turns(history: list[dict[str, str]], max_chars: int) -> tuple[list[dict], int]:
    """The newest whole turns holding about `max_chars` of text, and how many older turns
    were left out: plan_prompt drops one turn per try, which is slow for the meter on a
    conversation of thousands of messages, and those turns would not fit anyway."""
    starts = [i for i, m in enumerate(history) if m["role"] == "user" or i == 0]
    total, cut = 0, 0
    for i in range(len(history) - 1, -1, -1):
        total += len(history[i]["content"])
        if total > max_chars:
            cut = next((s for s in starts if s > i), len(history))
            break
    return history[cut:], sum(1 for s in starts if s < cut)
