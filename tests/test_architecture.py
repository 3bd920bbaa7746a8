"""Architecture rules: app.core never imports Qt, and its tests pass without Qt."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOQT = ROOT / "tests" / "noqt"  # its sitecustomize.py blocks Qt imports


def _env(tmp_path):
    return dict(os.environ, PYTHONPATH=f"{NOQT}{os.pathsep}{ROOT}",
                HEARTH_HOME=str(tmp_path / "home"))


def test_every_core_module_imports_without_qt(tmp_path):
    code = (
        "import importlib, pkgutil, sys, app.core\n"
        "for m in pkgutil.walk_packages(app.core.__path__, 'app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import app.cli; app.cli.build_parser()\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_blocker_really_blocks_qt(tmp_path):
    out = subprocess.run([sys.executable, "-c", "import PySide6.QtCore"], env=_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "blocked" in out.stderr


def test_core_tests_run_without_qt_in_the_test_command():
    """`python3 bootstrap.py test` runs tests/core in a process where Qt is blocked."""
    text = (ROOT / "bootstrap.py").read_text()
    assert "tests/noqt" in text and "no:pytest-qt" in text
