"""Start-up figures, each in fresh subprocesses (a warm import cache would lie):

- import time of `app.core.session` (what the CLI and the window import first), and
  which heavy libraries it pulls in (they must load lazily, when first needed);
- launch to usable window: from process start until Hearth's main window is shown
  and the event loop has gone idle once, against a bare PySide6 QMainWindow started
  the same way (the baseline: what Qt itself costs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import median, na, row, say

ROOT = Path(__file__).resolve().parents[1]
DRIVER = Path(__file__).with_name("_window_driver.py")
HEAVY = ("torch", "llama_cpp", "faiss", "sentence_transformers", "transformers", "PySide6",
         "numpy", "pypdfium2", "docx", "huggingface_hub", "gguf", "jinja2")
IMPORT_PROBE = """
import sys, time
t = time.perf_counter()
import app.core.session
dt = time.perf_counter() - t
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
import json; print(json.dumps({{"seconds": dt, "heavy": heavy}}))
"""


def _env(home: str) -> dict[str, str]:
    return dict(os.environ, HEARTH_HOME=home, QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1")


def import_rows(quick: bool) -> list[dict]:
    code = IMPORT_PROBE.format(heavy=HEAVY)
    times, heavy = [], []
    with tempfile.TemporaryDirectory() as home:
        for _ in range(3 if quick else 10):
            out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(home),
                                 capture_output=True, text=True, check=True)
            data = json.loads(out.stdout.strip().splitlines()[-1])
            times.append(data["seconds"])
            heavy = data["heavy"]
    # Not a hard rule for small libraries; these are the ones that cost real time.
    costly = [m for m in heavy if m in ("torch", "llama_cpp", "faiss", "sentence_transformers",
                                        "transformers", "PySide6")]
    return [
        row("import app.core.session", median(times) * 1000, "ms",
            note=f"median of {len(times)} fresh interpreters; also imported: "
                 f"{', '.join(heavy) or 'none of ' + ', '.join(HEAVY)}"),
        row("heavy libraries imported by app.core.session", len(costly), "modules",
            target="<= 0", note=", ".join(costly) or "torch, llama_cpp, faiss, "
            "sentence-transformers, PySide6 all load lazily"),
    ]


def launch_once(kind: str, home: str) -> float | str:
    """Seconds from spawning the driver until it reports the window usable."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(DRIVER), kind], cwd=ROOT, env=_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    if not line.startswith("usable"):
        return (err.strip().splitlines() or ["the driver printed nothing"])[-1]
    return elapsed


def launch_rows(quick: bool) -> list[dict]:
    name = "launch to usable window"
    try:
        import app.ui.main_window  # noqa: F401
    except ImportError as exc:
        return [na(name, f"n/a (not built yet: {exc})", "s", "<= 1.5 s")]
    hearth, bare = [], []
    with tempfile.TemporaryDirectory() as home:
        launch_once("hearth", home)  # first run creates the database: not what users see daily
        for _ in range(3 if quick else 7):
            for kind, out in (("hearth", hearth), ("bare", bare)):
                got = launch_once(kind, home)
                if isinstance(got, str):
                    return [na(name, f"the window did not come up: {got}", "s", "<= 1.5 s")]
                out.append(got)
    return [row(name, median(hearth), "s", baseline=median(bare), target="<= 1.5 s",
                note=f"python process start to window shown and event loop idle, offscreen; "
                     f"baseline: a bare PySide6 QMainWindow the same way; median of "
                     f"{len(hearth)} launches")]


def run(quick: bool) -> list[dict]:
    say("import time")
    rows = import_rows(quick)
    say("launch to usable window")
    return rows + launch_rows(quick)
