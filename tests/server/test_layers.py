"""The API server is part of the Qt-free side: `hearth serve` runs without PySide6."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_server_imports_without_qt(tmp_path):
    code = ("import importlib, pkgutil, sys, app.server\n"
            "for m in pkgutil.walk_packages(app.server.__path__, 'app.server.'):\n"
            "    importlib.import_module(m.name)\n"
            "import app.cli.serve\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print('ok')\n")
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'tests' / 'noqt'}{os.pathsep}{ROOT}",
               HEARTH_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
