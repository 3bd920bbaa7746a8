"""The chat page's background jobs, as plain functions of the core: scan the
installed models, load one, run a chat turn, measure the context. Each returns
a `job(control, progress)` for the generic Worker; none touches a widget."""

from __future__ import annotations

from collections.abc import Callable

from app.core.errors import ModelNotFound
from app.core.jobs import JobControl, Progress
from app.core.llm.context import PromptPlan, plan_prompt
from app.core.models.catalog import ModelEntry
from app.core.session import Core
from app.core.tasks.assistant import TurnResult, history_messages

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
    def job(_control: JobControl, progress: Callable[[Progress], None]):
        progress(Progress(message=f"Loading {model_id}…"))
        return core.runtime.engine(model_id)
    return job


def chat_turn(core: Core, action: str, conversation_id: int, model_id: str,
              on_token: Callable[[str], None], text: str | None = None,
              message_id: int | None = None) -> Job:
    """send / edit / regenerate with the model, loading it first if needed; reports the
    device once loaded so the window can show where the model runs."""
    def job(control: JobControl, progress: Callable[[Progress], None]) -> TurnResult:
        loaded = core.runtime.loaded
        if loaded is None or loaded.model_id != model_id:
            progress(Progress(message=f"Loading {model_id}…"))
        engine = core.runtime.engine(model_id)
        progress(Progress(extra={"device": engine.device, "model": engine.model_id}))
        params = core.runtime.sampling(engine.model_id)
        system = core.history.conversation(conversation_id).system_prompt or ""
        kw = {"system_prompt": system, "on_token": on_token, "control": control}
        # every turn draws on the conversation's attached collections, if any
        if action == "send":
            return core.asker.send(conversation_id, text, engine, params, **kw)
        if action == "edit":
            return core.asker.edit(message_id, text, engine, params, **kw)
        return core.asker.regenerate(conversation_id, engine, params, **kw)
    return job


def measure_context(core: Core, conversation_id: int, model_id: str, system: str) -> Job:
    """How the conversation fills the model's window, for the context meter."""
    def job(control: JobControl, _progress) -> PromptPlan:
        engine = core.runtime.engine(model_id)
        control.checkpoint()
        params = core.runtime.sampling(engine.model_id)
        history = history_messages(core.history.messages(conversation_id))
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
