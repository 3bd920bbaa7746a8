"""The chat page's model work, off the GUI thread: one typed signal per outcome.

Loading a model ahead of the first turn, a turn (send, edit, regenerate through
`core.chat`, the one send path) and measuring the context each run in their own
`Worker`; the core's model lane decides who uses the model when, so nothing here
queues or orders them (a turn asked for while a model loads or a file job writes
a chunk simply waits in the lane, and says so). `ChatView` only renders what
these signals carry.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.control import Progress
from app.core.session import Core
from app.ui import chat_jobs
from app.ui.workers import Worker


class ChatWork(QObject):
    token = Signal(object)  # a piece of the reply being written (str)
    status = Signal(str)  # "Waiting for the model…", "Loading X…", "Writing…"
    loaded = Signal(str, str)  # model id, device ("CPU", "GPU", ...)
    turn_done = Signal(object)  # TurnResult
    turn_failed = Signal(str)  # a readable message
    turn_cancelled = Signal()  # stopped before or while writing
    measured = Signal(object)  # PromptPlan, for the context meter
    error = Signal(str)  # a load or a measurement failed
    changed = Signal()  # what runs changed (busy state)

    def __init__(self, core: Core, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self._turn: Worker | None = None
        self._load: Worker | None = None
        self._measure: Worker | None = None
        self._measure_next: tuple | None = None  # asked while one ran: the latest wins

    # state ---------------------------------------------------------------
    @property
    def writing(self) -> bool:
        return self._turn is not None

    @property
    def loading(self) -> bool:
        return self._load is not None

    def busy(self) -> bool:
        return any(w is not None for w in (self._turn, self._load, self._measure))

    # work ------------------------------------------------------------------
    def load(self, model_id: str) -> None:
        """Load `model_id` ahead of the first turn (skipped while the lane is busy)."""
        if self._load is not None:
            return
        worker = Worker(chat_jobs.load_model(self.core, model_id), name="load")
        worker.progress.connect(self._on_progress)
        worker.result.connect(self._on_loaded)
        worker.error.connect(self.error)
        worker.finished.connect(self._load_finished)
        self._load = worker
        self._start(worker)

    def turn(self, action: str, conversation_id: int, model_id: str, text: str | None = None,
             message_id: int | None = None) -> bool:
        """Start a turn (send | edit | regenerate); False while one is running."""
        if self._turn is not None:
            return False
        worker = Worker(lambda c, p: None, name="turn")
        worker.job = chat_jobs.chat_turn(self.core, action, conversation_id, model_id,
                                         worker.emit_item, text, message_id)
        worker.message.connect(self.token)
        worker.progress.connect(self._on_progress)
        worker.result.connect(self.turn_done)
        worker.error.connect(self.turn_failed)
        worker.cancelled.connect(self.turn_cancelled)
        worker.finished.connect(self._turn_finished)
        self._turn = worker
        self._start(worker)
        return True

    def stop(self) -> None:
        """Stop the turn: while it waits for the model, or while it writes (kept)."""
        if self._turn is not None:
            self._turn.cancel()

    def measure(self, conversation_id: int, model_id: str, system: str) -> None:
        if self._measure is not None:
            self._measure_next = (conversation_id, model_id, system)
            return
        worker = Worker(chat_jobs.measure_context(self.core, conversation_id, model_id, system),
                        name="measure")
        worker.result.connect(self._on_measured)
        worker.error.connect(self.error)
        worker.finished.connect(self._measure_finished)
        self._measure = worker
        self._start(worker)

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel everything; True once no worker is left running."""
        self._measure_next = None
        ok = True
        for worker in (self._turn, self._load, self._measure):
            if worker is not None:
                worker.cancel()
                ok = worker.wait(timeout_ms) and ok
        return ok

    # plumbing (bound methods: Qt calls them on the GUI thread) -------------------
    def _start(self, worker: Worker) -> None:
        worker.start()
        self.changed.emit()

    def _on_loaded(self, engine) -> None:
        if engine is not None:  # None: the lane was busy, the turn loads it in its turn
            self.loaded.emit(engine.model_id, engine.device)

    def _on_measured(self, plan) -> None:
        if plan is not None:  # None: a job holds another model; not switched for this
            self.measured.emit(plan)

    def _turn_finished(self) -> None:
        self._turn = None
        self.changed.emit()

    def _load_finished(self) -> None:
        self._load = None
        self.changed.emit()

    def _measure_finished(self) -> None:
        self._measure = None
        self.changed.emit()
        if self._measure_next is not None:
            args, self._measure_next = self._measure_next, None
            self.measure(*args)

    def _on_progress(self, progress: Progress) -> None:
        if progress.message:
            self.status.emit(progress.message)
        extra = progress.extra or {}
        if extra.get("device"):
            self.loaded.emit(extra["model"], extra["device"])
            if self._turn is not None:
                self.status.emit("Writing…")
