"""The one send path: every chat turn, from the window, the CLI or the API server.

    result = core.chat.send(conversation_id, "Hello", model_id=None,
                            on_token=print_piece, control=control, progress=report)

A turn runs in the model lane (`Runtime.use`): it waits for the chunk a file
job is writing, loads the model if needed, and holds it until the reply ends,
so nothing unloads the model under it. The prompt draws on the collections
attached to the conversation (with their citations kept), whoever sends.
`on_token` gets each piece of the answer as it is generated, on the caller's
thread, and `on_reasoning` each piece of a reasoning model's thinking (kept
apart in the reply's `reasoning`); `control.cancel()` stops the reply (kept,
marked stopped) or the wait;
`progress` hears "waiting", "loading" and, once loaded, a report whose
`extra` holds `model` and `device`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from app.core.control import JobControl, Progress, ProgressCallback, no_progress
from app.core.llm.base import ChatModel
from app.core.llm.runtime import Runtime
from app.core.store.history import Conversation, History
from app.core.tasks.ask import Asker, AskResult
from app.core.tasks.assistant import TokenCallback, TurnResult
from app.core.tasks.attachments import Attacher
from app.core.tools.registry import Approver


class Chat:
    def __init__(self, runtime: Runtime, history: History, asker: Asker) -> None:
        self.runtime = runtime
        self.history = history
        self.asker = asker

    def start(self, text: str, model_id: str | None = None,
              system_prompt: str | None = None) -> Conversation:
        """A new conversation titled from `text` (its first message, sent next)."""
        return self.asker.assistant.start_conversation(text, self.runtime.resolve(model_id),
                                                       system_prompt)

    def send(self, conversation_id: int, text: str, model_id: str | None = None, *,
             on_token: TokenCallback | None = None, control: JobControl | None = None,
             progress: ProgressCallback = no_progress,
             overrides: dict[str, Any] | None = None,
             on_reasoning: TokenCallback | None = None,
             attachments: list[str] | None = None,
             approve: Approver | None = None) -> TurnResult:
        """Add `text` to the conversation (committed before generation) and stream the
        reply. `overrides` change sampling settings for this turn (e.g. max_tokens);
        `attachments` are file paths sent with this message (tasks.attachments).
        `approve(call, spec)` is asked before an MCP tool runs ("once", "always" or
        "deny"; None: only tools allowed always run)."""
        with self._model(model_id, control, progress) as (engine, notes):
            params = self.runtime.sampling(engine.model_id, **(overrides or {}))
            files = None
            if attachments:
                attacher = Attacher(self.history, self.asker.documents,
                                    self.runtime.settings.get("max_file_mb"))
                files = attacher.prepare(conversation_id, attachments, text, engine, params,
                                         self._system(conversation_id))
            turn = self.asker.send(conversation_id, text, engine, params,
                                   self._system(conversation_id), on_token, control,
                                   on_reasoning=on_reasoning, attachments=files,
                                   approve=approve)
        turn.notes[:0] = notes
        return turn

    def regenerate(self, conversation_id: int, model_id: str | None = None, *,
                   on_token: TokenCallback | None = None, control: JobControl | None = None,
                   progress: ProgressCallback = no_progress,
                   overrides: dict[str, Any] | None = None,
             on_reasoning: TokenCallback | None = None,
             approve: Approver | None = None) -> TurnResult:
        """Write the last reply again."""
        with self._model(model_id, control, progress) as (engine, notes):
            turn = self.asker.regenerate(
                conversation_id, engine, self.runtime.sampling(engine.model_id,
                                                               **(overrides or {})),
                self._system(conversation_id), on_token, control, on_reasoning=on_reasoning,
                approve=approve)
        turn.notes[:0] = notes
        return turn

    def edit(self, message_id: int, text: str, model_id: str | None = None, *,
             on_token: TokenCallback | None = None, control: JobControl | None = None,
             progress: ProgressCallback = no_progress,
             overrides: dict[str, Any] | None = None,
             on_reasoning: TokenCallback | None = None,
             approve: Approver | None = None) -> TurnResult:
        """Change an earlier message of the user's; the conversation continues from it."""
        conversation_id = self.history.message(message_id).conversation_id
        with self._model(model_id, control, progress) as (engine, notes):
            turn = self.asker.edit(message_id, text, engine,
                                   self.runtime.sampling(engine.model_id, **(overrides or {})),
                                   self._system(conversation_id), on_token, control,
                                   on_reasoning=on_reasoning, approve=approve)
        turn.notes[:0] = notes
        return turn

    def ask(self, question: str, model_id: str | None = None, *,
            collections: list[str] | None = None, conversation_id: int | None = None,
            k: int = 5, documents_only: bool = False, system_prompt: str = "",
            on_token: TokenCallback | None = None, control: JobControl | None = None,
            overrides: dict[str, Any] | None = None,
            on_reasoning: TokenCallback | None = None) -> AskResult:
        """Answer from document collections (`hearth ask`); a documents-only refusal
        never waits for or loads a model."""
        with ExitStack() as stack:
            def model() -> ChatModel:
                return stack.enter_context(self.runtime.use(model_id, control))

            params = self.runtime.sampling(self.runtime.resolve(model_id), **(overrides or {}))
            return self.asker.ask(question, model, params, collections=collections,
                                  conversation_id=conversation_id, k=k,
                                  documents_only=documents_only, system_prompt=system_prompt,
                                  on_token=on_token, control=control,
                                  on_reasoning=on_reasoning)

    def _system(self, conversation_id: int) -> str:
        return self.history.conversation(conversation_id).system_prompt or ""

    @contextmanager
    def _model(self, model_id: str | None, control: JobControl | None,
               progress: ProgressCallback) -> Iterator[tuple[ChatModel, list[str]]]:
        """The engine, held in the model lane, and notes from loading it (GPU fallbacks)."""
        loads = self.runtime.loads
        with self.runtime.use(model_id, control, progress) as engine:
            report = getattr(engine, "report", None)
            notes = list(report.notes) if report and self.runtime.loads != loads else []
            progress(Progress(extra={"model": engine.model_id, "device": engine.device}))
            yield engine, notes
