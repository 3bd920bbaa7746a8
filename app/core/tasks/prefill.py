"""Evaluate the conversation and the draft while the user types.

    core.prefill.draft(conversation_id, "What did the second passage", model_id)

A follow-up turn over a long history spends its time to first token evaluating
the new tokens against that history. While the user types, the window passes
each (debounced) draft here; a thread of its own evaluates the prompt that
sending the draft would build into the engine's KV cache, so pressing Enter
leaves a token or two to evaluate. The work is low priority in the model lane:

- it takes the lane only when it is free (never queues behind or ahead of a turn
  or a file job's chunk: it tries again a moment later), and never loads a model;
  so a draft typed while a reply streams is evaluated once the reply ends;
- it stops between batches (about `engine.PREFILL_BATCH_S` each) the moment anyone
  waits for the lane (a send, a file job's chunk) or a newer draft arrives, so a
  send waits for one batch at most; stopped for someone else's turn, it carries on
  once the lane is free again, unless the draft was sent (`cancel`);
- a grown draft extends what is cached (the engine keeps the shared prefix).

The `prefill_drafts` setting turns it off. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from app.core.config import Settings
from app.core.errors import HearthError
from app.core.llm.runtime import Runtime
from app.core.tasks.ask import Asker

log = logging.getLogger(__name__)
RETRY_S = 0.1  # how often a draft waiting for a busy lane tries again


@dataclass
class Draft:
    conversation_id: int | None  # None: a conversation not started yet
    text: str
    model_id: str | None
    system_prompt: str


class Prefiller:
    def __init__(self, runtime: Runtime, asker: Asker, settings: Settings) -> None:
        self.runtime = runtime
        self.asker = asker
        self.settings = settings
        self.last = None  # the engine's PrefillStats of the last prefill run
        self._cond = threading.Condition()
        self._pending: Draft | None = None
        self._running = False
        self._epoch = 0  # counts drafts and cancels: a retry is for the newest only
        self._closed = False
        self._thread: threading.Thread | None = None

    def draft(self, conversation_id: int | None, text: str, model_id: str | None = None,
              system_prompt: str | None = None) -> None:
        """The user's draft changed: evaluate it soon (returns at once; a prefill under
        way stops at its next batch). `system_prompt` is for a conversation not started
        yet; a started one uses its own."""
        if not text.strip() or not self.settings.get("prefill_drafts"):
            return
        with self._cond:
            if self._closed:
                return
            self._pending = Draft(conversation_id, text, model_id, system_prompt or "")
            self._epoch += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="hearth-prefill",
                                                daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def cancel(self) -> None:
        """Forget the draft (it was sent or cleared); a prefill under way stops."""
        with self._cond:
            self._pending = None
            self._epoch += 1
            self._cond.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Until no draft is waiting or being evaluated (for tests and the bench)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._pending is None and not self._running,
                                       timeout)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._pending = None
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(30)

    def _loop(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending is not None or self._closed)
                if self._closed:
                    return
                job, self._pending, self._running = self._pending, None, True
                epoch = self._epoch
            again = False
            try:
                again = self._prefill(job)
            except HearthError as exc:  # the model was unloaded or the draft cannot fit
                log.debug("prefill skipped: %s", exc)
            except Exception:  # noqa: BLE001 - a prefill is only a head start: never fatal
                log.exception("prefill failed")
            finally:
                with self._cond:
                    self._running = False
                    if again and self._epoch == epoch and not self._closed:
                        # the lane is busy (a reply, a chunk, the context meter): try
                        # again soon, unless a newer draft or cancel() comes first
                        self._pending = job
                        self._cond.wait(RETRY_S)
                    self._cond.notify_all()

    def _superseded(self) -> bool:
        return self._pending is not None or self._closed or self.runtime.lane.contended

    def _prefill(self, job: Draft) -> bool:
        """Evaluate `job`'s prompt; True when it should be tried again (the lane was
        busy, or someone took it over)."""
        lane = self.runtime.lane
        if not lane.acquire(blocking=False):
            return True  # a turn or a file job uses the model: its work goes first
        try:
            engine = self.runtime.loaded
            if engine is None or not hasattr(engine, "prefill") or \
                    engine.model_id != self.runtime.resolve(job.model_id):
                return False  # never load or switch a model for a guess
            if job.conversation_id is not None and \
                    self.asker.documents.attached(job.conversation_id):
                return False  # the reply's snippets change the prompt's first message
            system = job.system_prompt
            if job.conversation_id is not None:
                system = self.asker.history.conversation(job.conversation_id).system_prompt \
                    or ""
            params = self.runtime.sampling(engine.model_id)
            tokens = self.asker.assistant.draft_prompt(job.conversation_id, job.text, engine,
                                                       params, system)
            if self._superseded():
                return lane.contended
            self.last = engine.prefill(tokens, self._superseded)
            return self.last.stopped and lane.contended
        finally:
            lane.release()
