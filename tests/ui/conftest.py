"""Fixtures for the window's tests: real Qt widgets offscreen, the real bundled model.

Every test fails if it leaves a Worker (QThread) running.
"""

from __future__ import annotations

import os
import threading
import time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.ui.workers import Worker  # noqa: E402 - after the platform is chosen

FAST_SETTINGS = {"max_tokens": 24, "temperature": 0.0, "seed": 7, "n_ctx": 2048}


@pytest.fixture(autouse=True)
def no_thread_left_running(qtbot):
    """Fail any test that leaves a worker thread running (after a short grace period)."""
    yield
    try:
        qtbot.waitUntil(lambda: not Worker.running(), timeout=15000)
    except AssertionError:
        names = [w.name for w in Worker.running()]
        Worker.stop_all(timeout_ms=30000)
        pytest.fail(f"test left worker threads running: {names}")
    qtbot.waitUntil(lambda: not Worker._live, timeout=5000)


def close_core(qtbot, core) -> None:
    """Close a core only once no worker uses its engine or database."""
    qtbot.waitUntil(lambda: not Worker.running(), timeout=60000)
    core.close()


@pytest.fixture
def core(qtbot, hearth_home, chat_model_path):
    from app.core.session import Core

    c = Core()
    c.settings.update(FAST_SETTINGS)
    yield c
    close_core(qtbot, c)


def wait_idle(qtbot, window, timeout: int = 120000) -> None:
    """Wait until the models are scanned and no engine job runs or waits."""
    chat = window.chat if hasattr(window, "chat") else window
    qtbot.waitUntil(lambda: chat.models_ready and not chat.busy(),
                    timeout=timeout)


class Opener:
    """Opens cores and windows for a test and closes them in reverse order, windows
    before the cores their workers use, whether the test passes or fails."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.opened: list = []

    def core(self):
        from app.core.session import Core

        c = Core()
        self.opened.append(c)
        return c

    def window(self, core, wait: bool = True):
        from app.ui.main_window import MainWindow

        w = MainWindow(core)
        self.qtbot.addWidget(w)
        self.opened.append(w)
        w.show()
        if wait:
            wait_idle(self.qtbot, w)
        return w

    def close_all(self) -> None:
        for thing in reversed(self.opened):
            if hasattr(thing, "runtime"):
                close_core(self.qtbot, thing)
            else:
                thing.close()


@pytest.fixture
def opener(qtbot):
    o = Opener(qtbot)
    yield o
    o.close_all()


@pytest.fixture
def window(qtbot, core):
    from app.ui.main_window import MainWindow

    w = MainWindow(core)
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    yield w
    w.close()


class GatedJob:
    """A four-chunk job handler that waits before its third chunk until `gate` opens
    (so a test can act on a running job); with `out` it writes a result file there."""

    def __init__(self, out=None, gate_open: bool = False) -> None:
        self.gate = threading.Event()
        if gate_open:
            self.gate.set()
        self.calls: list[str] = []
        self.out = out

    def __call__(self, ctx):
        for i in range(4):
            key = f"chunk:{i}"
            if key not in ctx.parts():
                while i == 2 and not self.gate.is_set():
                    ctx.control.checkpoint()
                    time.sleep(0.02)
                ctx.control.checkpoint()
                self.calls.append(key)
                ctx.save_part(key, f"part {i}")
            ctx.report(i + 1, 4, "chunks", f"chunk {i + 1}")
        result = {"chunks": 4, "failed_chunks": []}
        if self.out is not None:
            self.out.write_text("# Result\n\nAll four chunks.\n")
            result["output_path"] = str(self.out)
        return result
