"""Runs a chat page's model work off the GUI thread and says what came of it as
one typed signal per outcome.

What runs when is the core's decision (`core.tasks.chat_work.ChatWork`: one piece
at a time, turns before measurements, the model lane behind it); this adapter only
starts the piece it hands out in the generic `Worker` and turns its result into
the signal for that kind of work. `ChatView` connects to these signals and renders.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.core.control import JobControl, Progress
from app.core.tasks.chat_work import ChatWork, LoadModel, Turn, Work
from app.core.tools.registry import Approver
from app.ui.core_text import say
from app.ui.workers import Worker


class ChatRunner(QObject):
    token = Signal(str)  # a piece of the reply being written
    thought = Signal(str)  # a piece of a reasoning model's thinking
    status = Signal(str)  # the core's word on a wait ("Waiting for the model…"), translated
    writing = Signal()  # the turn's model is loaded: the reply is being written
    loaded = Signal(str, str)  # model id, device: the model is ready
    turn_done = Signal(object)  # TurnResult
    turn_failed = Signal(str)  # a readable message
    turn_cancelled = Signal(object)  # the Turn, stopped while it waited or wrote
    measured = Signal(object)  # PromptPlan, for the context meter
    error = Signal(str)  # loading or measuring failed
    changed = Signal()  # what runs or waits changed (busy state)
    turn_ended = Signal()  # a turn's worker is gone, however it ended

    def __init__(self, work: ChatWork,
                 approver: Callable[[JobControl], Approver] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.approver = approver
        self.worker: Worker | None = None

    # asking ----------------------------------------------------------------
    def ask(self, work: Work) -> None:
        self.work.ask(work)
        self._next()

    def stop(self) -> list[Turn]:
        """Stop the turn: those still waiting are dropped (returned, so the view can
        give their text back); the one writing stops at its next token (kept)."""
        dropped = self.work.drop_waiting_turns()
        if dropped:
            self.changed.emit()
        elif self.worker is not None and isinstance(self.work.running, Turn):
            self.worker.cancel()
        return dropped

    def busy(self) -> bool:
        """Something runs or waits."""
        return not self.work.idle()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel everything; True once no worker is left running."""
        self.work.pending.clear()
        if self.worker is None:
            return True
        self.worker.cancel()
        return self.worker.wait(timeout_ms)

    # running ---------------------------------------------------------------
    def _next(self) -> None:
        work = self.work.take()
        if work is None:
            self.changed.emit()
            return
        worker = Worker(lambda control, progress: None, name=type(work).__name__.lower())
        approve = self.approver
        run = self.work.run
        if isinstance(work, Turn):
            token, thought = self.token.emit, self.thought.emit  # queued to the GUI thread

            def turn(control: JobControl, progress):
                return run(work, control, progress, on_token=token, on_reasoning=thought,
                           approve=approve(control) if approve else None)
            worker.call = turn
            worker.result.connect(self.turn_done)
            worker.error.connect(self.turn_failed)
            worker.cancelled.connect(self._cancelled)
        else:
            worker.call = lambda control, progress: run(work, control, progress)
            worker.result.connect(self._loaded if isinstance(work, LoadModel)
                                  else self._measured)
            worker.error.connect(self.error)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()
        self.changed.emit()

    def _cancelled(self) -> None:
        self.turn_cancelled.emit(self.work.running)  # it runs until its worker finishes

    def _loaded(self, ready) -> None:  # ModelReady, or None: the lane was busy
        if ready is not None:
            self.loaded.emit(ready.model_id, say(ready.device))

    def _measured(self, measured) -> None:  # Measured, or None: another model is in use
        if measured is not None:
            self.measured.emit(measured.plan)

    def _progress(self, progress: Progress) -> None:
        if progress.message:  # here on the GUI thread: in the window's language
            self.status.emit(say(progress.message))
        extra = progress.extra or {}
        if extra.get("device"):
            self.loaded.emit(extra["model"], say(extra["device"]))
            if isinstance(self.work.running, Turn):
                self.writing.emit()

    def _finished(self) -> None:
        self.worker = None
        ended = self.work.done()
        self._next()
        if isinstance(ended, Turn):
            self.turn_ended.emit()

