"""Start-up figures, each in fresh subprocesses (a warm import cache would lie):

- import time of `app.core.session` (what the CLI and the window import first), and
  which heavy libraries it pulls in (they must load lazily, when first needed);
- launch to usable window: from process start until Hearth's main window is shown
  and the event loop has gone idle once, against a bare PySide6 QMainWindow started
  the same way (the baseline: what Qt itself costs);
- the installed (PyInstaller) app's launch to a mapped window on a virtual X display,
  beside the venv's `hearth` measured the same way, when HEARTH_BENCH_INSTALLED names
  the frozen executable (e.g. /opt/hearth/hearth or build/pyinstaller-cpu/dist/hearth/
  hearth) and Xvfb and xdotool are installed.
"""

from __future__ import annotations

import json
import os
import shutil
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


def _window_mapped(command: list[str], home: str, display: str) -> float | str:
    """Seconds from spawning `command` until a visible window titled Hearth exists."""
    env = dict(os.environ, HEARTH_HOME=home, DISPLAY=display, HF_HUB_OFFLINE="1")
    env.pop("QT_QPA_PLATFORM", None)
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        while time.perf_counter() - start < 60:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Hearth$"],
                                   env=env, capture_output=True, text=True)
            if found.stdout.strip():
                return time.perf_counter() - start
            if proc.poll() is not None:
                return (proc.stderr.read().strip().splitlines() or ["exited"])[-1]
            time.sleep(0.02)
        return "no window within 60 s"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def installed_rows(quick: bool) -> list[dict]:
    name = "installed app: launch to window mapped (Xvfb)"
    frozen = os.environ.get("HEARTH_BENCH_INSTALLED", "")
    venv_hearth = Path(sys.executable).with_name("hearth")
    if not frozen:
        return [na(name, "n/a: set HEARTH_BENCH_INSTALLED to the installed hearth executable",
                   "s", "<= 1.5 s")]
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return [na(name, "n/a: needs Xvfb and xdotool", "s", "<= 1.5 s")]
    if not venv_hearth.exists():
        return [na(name, f"n/a: no {venv_hearth} to compare with", "s", "<= 1.5 s")]
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    installed, venv = [], []
    try:
        display = ":" + xvfb.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as home:
            _window_mapped([frozen], home, display)  # creates the database; warms the disk
            _window_mapped([str(venv_hearth)], home, display)
            for _ in range(3 if quick else 7):
                for command, out in (([frozen], installed), ([str(venv_hearth)], venv)):
                    got = _window_mapped(command, home, display)
                    if isinstance(got, str):
                        return [na(name, f"the window did not come up: {got}", "s",
                                   "<= 1.5 s")]
                    out.append(got)
    finally:
        xvfb.terminate()
        xvfb.wait()
    return [row(name, median(installed), "s", baseline=median(venv), target="<= 1.5 s",
                note=f"{frozen} vs the venv's {venv_hearth}, process start to a visible "
                     "window whose title ends in Hearth (xdotool); median of "
                     f"{len(installed)} launches each, alternating")]


def run(quick: bool) -> list[dict]:
    say("import time")
    rows = import_rows(quick)
    say("launch to usable window")
    rows += launch_rows(quick)
    say("installed app launch")
    return rows + installed_rows(quick)
