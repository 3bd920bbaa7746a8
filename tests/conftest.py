"""Shared fixtures: a temp HEARTH_HOME for every test, the bundled model's path."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def hearth_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "hearth-home"
    monkeypatch.setenv("HEARTH_HOME", str(home))
    return home


SET_UP = "run `python3 bootstrap.py --no-start`"


def missing_model(why: str) -> NoReturn:
    """A bundled model that a test needs is missing: under the test command
    (HEARTH_TESTS_NEED_MODELS) the test fails saying so, never skips; elsewhere (plain
    pytest on a machine without the models) it is skipped."""
    if os.environ.get("HEARTH_TESTS_NEED_MODELS"):
        pytest.fail(why)
    pytest.skip(why)


@pytest.fixture(scope="session")
def chat_model_path() -> Path:
    from app.core.models import bundled

    path = bundled.path_of(bundled.CHAT)
    if path is None:
        missing_model(f"the bundled SmolLM2 model is not installed: {SET_UP}")
    return path


def embedding_model_path() -> Path:
    """The bundled all-MiniLM-L6-v2's folder (a required model, like the chat model)."""
    from app.core.models import bundled

    path = bundled.path_of(bundled.EMBEDDING)
    if path is None:
        missing_model(f"the bundled all-MiniLM-L6-v2 is not set up: {SET_UP}")
    return Path(path)


@pytest.fixture(scope="session")
def engine(chat_model_path):
    """The real bundled model, loaded once per test session (CPU, 2k context)."""
    from app.core.llm.engine import Engine, LoadOptions

    eng = Engine(chat_model_path, "smollm2-135m-instruct", LoadOptions(n_ctx=2048))
    yield eng
    eng.close()


def run_cli(*args: str, home: Path, timeout: float = 300, input: str | None = None):
    """Run `python -m app ARGS` in a real subprocess with HEARTH_HOME set."""
    import subprocess

    env = dict(os.environ, HEARTH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=ROOT, input=input)


@pytest.fixture(scope="session")
def _hub_server_session():
    from tests.hubserver import HubServer

    server = HubServer().start()
    yield server
    server.stop()


@pytest.fixture
def hub_server(_hub_server_session, monkeypatch):
    """The local stand-in hub (tests/hubserver.py), emptied, with HF_ENDPOINT pointing at it
    for this process and for `run_cli` subprocesses."""
    import huggingface_hub.constants as hf_constants

    server = _hub_server_session
    server.reset()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", False)  # read once at import
    return server


@pytest.fixture(scope="session")
def embedder():
    """The bundled embedding model (all-MiniLM-L6-v2), loaded once per test session."""
    from app.core.docs.embedder import Embedder, EmbeddingModelMissing

    try:
        emb = Embedder(threads=2)
    except EmbeddingModelMissing as exc:
        missing_model(str(exc))
    emb.load()
    return emb
