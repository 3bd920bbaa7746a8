"""Architecture rules: app.core never imports Qt, and its tests pass without Qt."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCKER = '''
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"{name} is blocked: app.core must not import Qt")
        return None
sys.meta_path.insert(0, _NoQt())
'''


def _env(tmp_path):
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(BLOCKER)
    return dict(os.environ, PYTHONPATH=f"{shim}{os.pathsep}{ROOT}",
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


def test_core_test_suite_passes_without_qt(tmp_path):
    """Run tests/core in a process where PySide6 cannot be imported."""
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:pytestqt", "-p", "no:cacheprovider",
         "tests/core"],
        env=_env(tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert " passed" in out.stdout
