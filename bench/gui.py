"""GUI event-loop stalls: a 5 ms QTimer heartbeat runs on the real main window
(offscreen) while it streams a reply and while it indexes a folder; a stall is how
much later than due a beat came. The baseline is the same heartbeat on the idle
window for as long, which shows what the machine itself adds (other processes).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from bench.common import median, na, percentile, row, say

BEAT_MS = 5
STALL_TARGET = "<= 50 ms"


class Heartbeat:
    """Records how late each beat of a `BEAT_MS` timer fires."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.late_ms: list[float] = []
        self.at_s: list[float] = []  # when each beat came, from start()
        self._last = self._start = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.late_ms.append(max(0.0, (now - self._last) * 1000 - BEAT_MS))
            self.at_s.append(now - self._start)
        self._last = now

    def start(self) -> None:
        self.late_ms, self.at_s, self._last = [], [], 0.0
        self._start = time.perf_counter()
        self.timer.start()

    def worst(self) -> str:
        """When the worst stall ended, to tell which step caused it."""
        if not self.late_ms:
            return "no beats"
        i = max(range(len(self.late_ms)), key=self.late_ms.__getitem__)
        return f"worst stall ended {self.at_s[i]:.1f} s into the phase"

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.late_ms


def spin_until(app, done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until `done()` (the way app.exec() would run it)."""
    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.001)
    return True


@contextmanager
def real_window(timeout_s: float = 60):
    """The real main window, shown offscreen in a fresh HEARTH_HOME, once its chat model
    is ready: yields (app, window, home), or None when no chat model is installed; closes
    the window and waits for its workers afterwards."""
    try:
        from app.ui.main_window import create_window
    except ImportError as exc:
        raise WindowUnavailable(str(exc)) from exc
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as home:
        os.environ["HEARTH_HOME"] = home
        app = QApplication.instance() or QApplication([])
        window = create_window()
        window.show()
        ready = spin_until(app, lambda: window.chat.models_ready, timeout_s)
        try:
            yield (app, window, Path(home)) if ready and window.chat.model_id() else None
        finally:
            window.close()
            spin_until(app, lambda: not window.isVisible(), 30)
            window.finish_workers()


class WindowUnavailable(Exception):
    """The window cannot start here (Qt or a library missing)."""


def index_folder(app, docs, beat: Heartbeat, folder: Path, name: str) -> tuple[list[float], str]:
    """Add `folder` as a collection on the Documents page with the heartbeat running:
    the beats' lateness and a line on what was indexed."""
    finished: list[dict] = []
    docs.sync_finished.connect(lambda _name, report: finished.append(report))
    beat.start()
    docs.add_paths([folder], name=name)
    ok = spin_until(app, lambda: bool(finished), 600)
    late = beat.stop()
    report = finished[0] if finished else None
    # the page reports the index job's result (a SyncReport as a dict)
    detail = (f"{report['indexed']} files, {report['chunks']} chunks in "
              f"{report['seconds']:.1f} s" if report is not None
              else "the sync did not finish" if not ok else "the sync failed")
    return late, detail


def corpus(folder: Path, n_files: int) -> None:
    """Markdown files of plain prose, a few KB each."""
    import random

    from bench.llm import passage

    rng = random.Random(3)
    for i in range(n_files):
        body = "\n\n".join(passage(rng, 8) for _ in range(6))
        (folder / f"note-{i:03d}.md").write_text(f"# Note {i}\n\n{body}\n")


def stall_rows(what: str, late: list[float], idle: list[float], note: str) -> list[dict]:
    base_max = max(idle) if idle else None
    return [
        row(f"GUI stall max during {what}", max(late), "ms", baseline=base_max,
            target=STALL_TARGET, note=f"{note}; baseline: the idle window's worst beat"),
        row(f"GUI stall p99 during {what}", percentile(late, 99), "ms",
            baseline=percentile(idle, 99) if idle else None,
            note=f"{len(late)} beats of {BEAT_MS} ms; median lateness {median(late):.2f} ms"),
    ]


def chinese_rows(app, docs, beat: Heartbeat, idle: list[float], home: Path) -> list[dict]:
    """The first Chinese text indexed: the word segmenter (rjieba) loads its dictionary
    in one GIL-holding call (0.3-0.6 s), now in a child process (store/cjk.py)."""
    import shutil

    say("heartbeat during the first Chinese indexing")
    src = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "zh"
    folder = home / "zh"
    folder.mkdir()
    for f in sorted(src.glob("*.md")):
        shutil.copy(f, folder / f.name)
    late, detail = index_folder(app, docs, beat, folder, "zh")
    detail = detail.replace(" files,", " Chinese files,", 1)
    return stall_rows("first Chinese indexing", late, idle,
                      f"real window offscreen, Documents page indexing {detail} (embedding "
                      f"model already loaded; word segmenter starts); {beat.worst()}")


def run(quick: bool) -> list[dict]:
    names = ("GUI stall max during generation", "GUI stall max during indexing")
    try:
        with real_window() as opened:
            if opened is None:
                return [na(n, "no chat model installed", "ms", STALL_TARGET) for n in names]
            return measure(quick, *opened)
    except WindowUnavailable as exc:
        return [na(n, f"n/a (not built yet: {exc})", "ms", STALL_TARGET) for n in names]


def measure(quick: bool, app, window, home: Path) -> list[dict]:
    chat = window.chat
    beat = Heartbeat()
    rows: list[dict] = []

    # the idle window, as long as a typical measured phase
    beat.start()
    spin_until(app, lambda: False, 2.0 if quick else 5.0)
    idle = beat.stop()

    say("heartbeat during generation")
    # generation: a first turn loads the model (not measured), the second streams
    window.core.settings.set("max_tokens", 64 if quick else 256)
    chat.send("Say hello.")
    spin_until(app, lambda: not chat.busy_with_turn(), 300)
    beat.start()
    chat.send("Write a long story about a lighthouse keeper who finds a map.")
    spin_until(app, lambda: not chat.busy_with_turn(), 600)
    late = beat.stop()
    rows += stall_rows("generation", late, idle,
                       "real window offscreen, a streamed reply (model already loaded); "
                       + beat.worst())

    say("heartbeat during indexing")
    # indexing: a new collection of Markdown notes, embedding model loaded in the job
    folder = home / "notes"
    folder.mkdir()
    corpus(folder, 10 if quick else 100)
    window.show_page(2)
    # a person opens the page, then picks a folder: the page's warm-up (indexing
    # modules, the tokenizer's child) runs meanwhile, as it does for them
    spin_until(app, lambda: False, 1.0)
    docs = window.pages.get("Documents")
    if docs is None or not hasattr(docs, "add_paths"):
        rows.append(na("GUI stall max during indexing", "the Documents page is not available",
                       "ms", STALL_TARGET))
        return rows
    late, detail = index_folder(app, docs, beat, folder, "bench")
    rows += stall_rows("indexing", late, idle,
                       f"real window offscreen, Documents page indexing {detail} "
                       f"(includes loading the embedding model); {beat.worst()}")
    rows += chinese_rows(app, docs, beat, idle, home)
    return rows
