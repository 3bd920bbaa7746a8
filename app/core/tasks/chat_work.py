"""The model work of a chat page, ordered in one place, with typed results.

A chat window asks for three kinds of work, each a small typed request:
`LoadModel` (ahead of the first turn), `Turn` (send, edit or regenerate through
`core.chat`, the one send path) and `Measure` (how the conversation fills the
context, for the meter). `ChatWork` decides what runs next, one piece at a time:
a turn goes before a waiting measurement, and a newer load or measurement replaces
the one still waiting. `run(work, ...)` does the work in the caller's thread (a
window runs it off its GUI thread) and returns a typed result: `ModelReady`,
`TurnResult` or `Measured` (`None` when there was nothing to do). The core's model
lane still decides who holds the model, so a turn never cuts a file job short.

No Qt here: a window turns these results into signals; a test drives it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from app.core.control import JobControl, ProgressCallback, no_progress
from app.core.errors import ModelNotFound
from app.core.llm.context import PromptPlan, plan_prompt
from app.core.models.catalog import ModelEntry
from app.core.tasks.assistant import TokenCallback, TurnResult, history_messages
from app.core.tasks.chat import Chat
from app.core.tools.loop import prompt_messages
from app.core.tools.registry import Approver

CHARS_PER_TOKEN = 4  # typical for English text; only used to skip what cannot fit anyway


@dataclass(frozen=True)
class LoadModel:
    model_id: str


@dataclass(frozen=True)
class Turn:
    action: Literal["send", "edit", "regenerate"]
    conversation_id: int
    model_id: str
    text: str | None = None  # send, edit
    message_id: int | None = None  # edit: the user's message it replaces
    attachments: tuple[str, ...] = field(default=())  # send: file paths


@dataclass(frozen=True)
class Measure:
    conversation_id: int
    model_id: str
    system: str


Work = LoadModel | Turn | Measure


@dataclass(frozen=True)
class ModelReady:
    model_id: str
    device: str  # "CPU", "GPU", a remote server's address...


@dataclass(frozen=True)
class Measured:
    plan: PromptPlan


class ChatWork:
    """What a chat page's model work waits for and runs (see the module doc)."""

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.runtime = chat.runtime
        self.pending: list[Work] = []
        self.running: Work | None = None

    # ordering ------------------------------------------------------------------
    def ask(self, work: Work) -> None:
        """Queue `work`; a load or measurement replaces one of its kind still waiting."""
        if isinstance(work, LoadModel | Measure):
            self.pending = [w for w in self.pending if type(w) is not type(work)]
        self.pending.append(work)

    def take(self) -> Work | None:
        """The work to start now (it is running from here), or None: one runs already,
        or nothing waits. Turns go before measurements."""
        if self.running is not None or not self.pending:
            return None
        self.pending.sort(key=lambda w: isinstance(w, Measure))  # stable: order kept
        self.running = self.pending.pop(0)
        return self.running

    def done(self) -> Work | None:
        """The running work ended (however it ended); returns it."""
        work, self.running = self.running, None
        return work

    def drop_waiting_turns(self) -> list[Turn]:
        """Forget the turns that have not started (the user stopped them)."""
        turns = [w for w in self.pending if isinstance(w, Turn)]
        self.pending = [w for w in self.pending if not isinstance(w, Turn)]
        return turns

    @property
    def writing(self) -> bool:
        """A turn runs or waits."""
        return isinstance(self.running, Turn) or any(isinstance(w, Turn) for w in self.pending)

    @property
    def loading(self) -> bool:
        return isinstance(self.running, LoadModel)

    def idle(self) -> bool:
        return self.running is None and not self.pending

    # running (in the caller's thread) ---------------------------------------
    def run(self, work: Work, control: JobControl, progress: ProgressCallback = no_progress,
            on_token: TokenCallback | None = None, on_reasoning: TokenCallback | None = None,
            approve: Approver | None = None) -> ModelReady | TurnResult | Measured | None:
        """Do one piece of work; `on_token` / `on_reasoning` hear a turn's pieces and
        `approve` is asked before an MCP tool runs."""
        match work:
            case LoadModel():
                return self.load(work, progress)
            case Turn():
                return self.turn(work, control, progress, on_token, on_reasoning, approve)
            case Measure():
                return self.measure(work, control)
        raise TypeError(f"not chat work: {work!r}")

    def load(self, work: LoadModel, progress: ProgressCallback = no_progress
             ) -> ModelReady | None:
        """Load the model ahead of the first turn, unless a job uses the model lane now
        (the turn then loads it in its turn): None."""
        engine = self.runtime.preload(work.model_id, progress)
        return ModelReady(engine.model_id, engine.device) if engine is not None else None

    def turn(self, work: Turn, control: JobControl, progress: ProgressCallback = no_progress,
             on_token: TokenCallback | None = None, on_reasoning: TokenCallback | None = None,
             approve: Approver | None = None) -> TurnResult:
        """send / edit / regenerate through the one send path; its progress says when it
        waits for the model lane or loads the model, then the device."""
        kw = {"on_token": on_token, "control": control, "progress": progress,
              "on_reasoning": on_reasoning, "approve": approve}
        if work.action == "send":
            return self.chat.send(work.conversation_id, work.text or "", work.model_id,
                                  attachments=list(work.attachments) or None, **kw)
        if work.action == "edit":
            return self.chat.edit(work.message_id, work.text or "", work.model_id, **kw)
        return self.chat.regenerate(work.conversation_id, work.model_id, **kw)

    def measure(self, work: Measure, control: JobControl) -> Measured | None:
        """How the conversation fills the model's window; None while a job works with
        another model (measuring must not switch it)."""
        loaded = self.runtime.loaded
        if self.runtime.lane.busy and getattr(loaded, "model_id", None) != work.model_id:
            return None
        with self.runtime.use(work.model_id, control) as engine:
            control.checkpoint()
            params = self.runtime.sampling(engine.model_id)
            history = prompt_messages(
                history_messages(self.chat.history.messages(work.conversation_id)),
                bool(getattr(engine, "supports_tools", False)))
            recent, skipped = recent_turns(history, engine.n_ctx * CHARS_PER_TOKEN)
            plan = plan_prompt(engine, work.system, recent, None, params.max_tokens)
        plan.dropped_turns += skipped
        return Measured(plan)

    def installed(self) -> tuple[list[ModelEntry], str]:
        """Installed models (local, then remote) and the default id ("" when none is
        usable); reads GGUF headers, so a window calls it off its GUI thread."""
        entries = self.runtime.catalog.entries() + self.runtime.remotes.catalog_entries()
        try:
            default = self.runtime.default_id()
        except ModelNotFound:
            default = ""
        return entries, default


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

