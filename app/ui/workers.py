"""One generic worker that runs any call into the core off the GUI thread.

A piece of work is a plain callable taking `(control, progress)`; the worker turns its
progress, result and error into Qt signals. Every long job in the window
(model loading, generation, downloads, indexing, file jobs) goes through it.
"""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from app.core import errorlog
from app.core.control import JobControl, Progress
from app.core.errors import Cancelled, HearthError
from app.core.messages import join
from app.core.store.failures import explain
from app.ui.core_text import say

# what a Worker runs (not "job": that is the queue's word; not "Work": a chat page's
# typed requests, core.tasks.chat_work)
Call = Callable[[JobControl, Callable[[Progress], None]], Any]


class _Reaper(QObject):
    """Lives on the GUI thread and lets go of workers only once their thread has
    really ended: dropping the last reference to a QThread that is still
    finishing (from the worker thread, or from a GUI slot reacting to `finished`)
    destroys it while it runs, and crashes the process."""

    @Slot()
    def reap(self) -> None:
        for worker in list(Worker._live):
            # A done job's thread is in its last instructions: waiting is instant.
            if worker._done and worker._thread.wait(5000):
                Worker._live.discard(worker)

    @Slot(object, object)
    def fail(self, worker: Worker, problem: str) -> None:
        """A worker's error, put in the window's language here on the GUI thread (its
        `Msg` crossed the thread as is) and passed on as `Worker.error`."""
        worker.error.emit(say(problem))


_reaper: _Reaper | None = None


def unexpected(exc: BaseException) -> str:
    """What the window says about an error nobody foresaw (the log has the trace)."""
    return QCoreApplication.translate(
        "Worker", "Unexpected error: {error}. Please report it with the log in {log}.").format(
        error=f"{type(exc).__name__}: {exc}", log=errorlog.path())


def _get_reaper() -> _Reaper:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
        app = QCoreApplication.instance()
        if app is not None:
            _reaper.moveToThread(app.thread())
    return _reaper


class Worker(QObject):
    """Runs `call` in its own QThread. Signals arrive on the GUI thread."""

    progress = Signal(object)  # Progress
    message = Signal(object)  # any streamed item (e.g. a token)
    result = Signal(object)
    error = Signal(str)  # a readable message in the window's language, never a traceback
    _failed = Signal(object, object)  # (self, message): to the GUI thread, which translates
    cancelled = Signal()
    finished = Signal()

    _live: set[Worker] = set()  # keeps running workers alive; tests check it empties

    def __init__(self, call: Call, name: str = "work") -> None:
        super().__init__()
        self.call = call
        self.name = name
        self.control = JobControl()
        self._done = False
        self._thread = QThread()
        self._thread.setObjectName(f"hearth-{name}")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)
        # Direct: quit from the worker's own thread, so `wait()` on the GUI thread
        # returns without the GUI thread having to process a queued quit first.
        self.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        # Queued to the GUI-thread reaper: the worker is released after its thread ends.
        self._thread.finished.connect(_get_reaper().reap, Qt.ConnectionType.QueuedConnection)
        # Queued too, and before `finished` in the GUI thread's queue: receivers of
        # `error` still hear it before `finished`.
        self._failed.connect(_get_reaper().fail, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Worker:
        Worker._live.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.control.cancel()

    def emit_item(self, item: Any) -> None:
        """For jobs that stream (tokens): call from the job's thread."""
        self.message.emit(item)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def _run(self) -> None:
        try:
            value = self.call(self.control, self.progress.emit)
        except Cancelled:
            self.cancelled.emit()
        except HearthError as exc:
            self._failed.emit(self, join(exc.message, exc.hint))
        except (sqlite3.Error, OSError) as exc:  # a full disk, a locked database...
            problem = explain(exc)
            if problem is None:
                traceback.print_exc()
                errorlog.report(f"Unexpected error in {self.name}", exc)  # untranslated: the log
            self._failed.emit(self, join(problem.message, problem.hint) if problem
                              else unexpected(exc))
        except Exception as exc:  # noqa: BLE001 - the window must show it, not die
            traceback.print_exc()
            errorlog.report(f"Unexpected error in {self.name}", exc)  # untranslated: the log
            self._failed.emit(self, unexpected(exc))
        else:
            self.result.emit(value)
        finally:
            app = QCoreApplication.instance()
            if app is not None:  # back to the GUI thread: this thread is about to end
                self.moveToThread(app.thread())
            self._done = True
            self.finished.emit()

    @classmethod
    def running(cls) -> list[Worker]:
        _get_reaper().reap()
        return [w for w in cls._live if w.is_running()]

    @classmethod
    def stop_all(cls, timeout_ms: int = 10000) -> None:
        for w in list(cls._live):
            w.cancel()
        for w in list(cls._live):
            w.wait(timeout_ms)
        _get_reaper().reap()
