"""The `hearth` entry point as installers run it: --version, freeze_support first, and
one clear line (no traceback) for a data folder that cannot be written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app import __version__
from tests.conftest import ROOT, run_cli


def test_version_flag_prints_the_version(hearth_home):
    for flag in ("--version", "-V"):
        out = run_cli(flag, home=hearth_home, timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == f"hearth {__version__}"
    assert not hearth_home.exists()  # printing the version touches no data


def test_version_matches_the_distribution_metadata():
    # pyproject reads it from app.__version__; an installed (non-editable) build must agree.
    text = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in text and 'attr = "app.__version__"' in text


def test_freeze_support_runs_before_argv_or_the_app_is_touched():
    # A frozen app's spawned child is the app itself with `--multiprocessing-fork`:
    # freeze_support must take over before argparse or the window code runs.
    probe = (
        "import multiprocessing, sys\n"
        "def fake():\n"
        "    print(sorted(m for m in sys.modules if m.startswith('app.')))\n"
        "    sys.exit(7)\n"
        "multiprocessing.freeze_support = fake\n"
        "from app.__main__ import main\n"
        "main(['--multiprocessing-fork', 'tracker_fd=5', 'pipe_handle=7'])\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.returncode == 7, out.stderr
    assert out.stdout.strip() == "['app.__main__']"


def _demote():  # pragma: no cover - runs in the child
    os.setgid(65534)
    os.setuid(65534)


def _run_unprivileged(args: list[str], home: Path) -> subprocess.CompletedProcess:
    """Run `python -m app ARGS` where `home` really cannot be written (root ignores modes)."""
    env = dict(os.environ, HEARTH_HOME=str(home), HOME=str(home.parent))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120,
                          preexec_fn=_demote if os.geteuid() == 0 else None)


@pytest.mark.parametrize("exists", [True, False], ids=["read-only folder", "under read-only"])
def test_read_only_data_folder_gives_one_clear_line(exists):
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    base = Path(tempfile.mkdtemp(prefix="hearth-ro-"))
    try:
        base.chmod(0o755)
        home = base / "data"
        if exists:
            home.mkdir()
            home.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP
                       | stat.S_IROTH | stat.S_IXOTH)
        else:
            base.chmod(0o555)
        out = _run_unprivileged(["history", "list"], home)
        assert out.returncode == 1, out.stdout
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1, out.stderr
        assert "Traceback" not in out.stderr
        assert f"cannot write its data folder {home}" in lines[0]
        assert "HEARTH_HOME" in lines[0]
    finally:
        base.chmod(0o755)
        if (base / "data").exists():
            (base / "data").chmod(0o755)
        import shutil

        shutil.rmtree(base, ignore_errors=True)


def test_missing_qt_system_library_message_names_the_package():
    from app.ui.display import missing_library_message

    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    line = missing_library_message(exc)
    assert "libEGL.so.1" in line and "sudo apt-get install libegl1" in line
    assert "hearth chat" in line and "\n" not in line
    other = missing_library_message(ImportError("libfoo.so.3: cannot open shared object file"))
    assert "provides libfoo.so.3" in other


def test_doctor_says_which_hearth_this_is(hearth_home):
    import json

    out = run_cli("doctor", "--json", home=hearth_home, timeout=120)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert info["hearth"] == __version__
    assert info["install"].startswith("Python environment") and str(ROOT) in info["install"]
