"""A real `hearth serve` (uvicorn on a free loopback port) over a real Core with the
bundled SmolLM2 model and MiniLM embeddings, driven by the official `openai` client."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

openai = pytest.importorskip("openai", reason="the openai client is a dev dependency")
pytest.importorskip("fastapi", reason="hearth serve needs fastapi (pip install -e .)")

FAST = {"max_tokens": 32, "temperature": 0.0, "seed": 7, "n_ctx": 2048}
GUIDE = ("# Kettle guide\n\nThe Hearth kettle has a warranty of seven years from the date of "
         "purchase. Keep the receipt.\n\nDescale the kettle every month with white vinegar.\n")


@pytest.fixture(scope="module")
def served(tmp_path_factory, chat_model_path, embedder):
    """(server, core): one server per test module, with a collection 'manuals'."""
    from app.core.session import Core
    from app.server.runner import ApiServer, ServeOptions

    home = tmp_path_factory.mktemp("serve-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HEARTH_HOME", str(home))
        core = Core()
        core.settings.update(FAST)
        core.documents.use_embedder(embedder)
        docs = home / "docs"
        docs.mkdir()
        (docs / "kettle.md").write_text(GUIDE, encoding="utf-8")
        core.documents.add("manuals", [docs])
        server = ApiServer(core, ServeOptions(port=0, queue_size=8)).start()
        yield server, core
        server.stop()
        core.close()


@pytest.fixture
def client(served):
    server, _ = served
    return openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=120)


def wait_served(server, n: int, timeout: float = 60.0) -> list:
    """The server's records of finished requests, once there are `n` of them."""
    deadline = time.monotonic() + timeout
    while len(server.app.state.served) < n and time.monotonic() < deadline:
        time.sleep(0.05)
    return list(server.app.state.served)


def guide_path(core) -> Path:
    return core.home / "docs" / "kettle.md"
