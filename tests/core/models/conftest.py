"""Shared pieces for the model manager's core tests: tiny real GGUF files and a Core."""

from __future__ import annotations

import pytest

from tests.hubserver import make_gguf


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory):
    """A small valid GGUF (about 260 KB) written with the gguf package's writer."""
    return make_gguf(tmp_path_factory.mktemp("gguf") / "Tiny-Chat-1M-Q8_0.gguf",
                     n_floats=65_536)


@pytest.fixture
def core(hearth_home):
    from app.core.session import Core

    c = Core()
    yield c
    c.close()


@pytest.fixture(scope="session")
def tiny_gguf_small(tmp_path_factory):
    return make_gguf(tmp_path_factory.mktemp("gguf") / "Tiny-Chat-1M-Q4_K_M.gguf",
                     n_floats=16_384, seed=1)


@pytest.fixture
def tiny_repo(hub_server, tiny_gguf, tiny_gguf_small):
    """A hub repo with two quantizations of the tiny GGUF and a README."""
    hub_server.add_repo("test-org/Tiny-Chat-GGUF", {
        "Tiny-Chat-1M-Q8_0.gguf": tiny_gguf,
        "Tiny-Chat-1M-Q4_K_M.gguf": tiny_gguf_small,
        "README.md": b"# tiny",
    }, downloads=10, likes=3)
    return "test-org/Tiny-Chat-GGUF"
