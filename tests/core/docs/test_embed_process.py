"""The embedding model in a child process (what the window uses): same vectors as
in-process, clear errors, and a child that dies is started again."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from app.core.docs.embed_process import EmbeddingProcessError
from app.core.docs.embedder import Embedder, EmbeddingModelMissing
from tests.conftest import missing_model

TEXTS = ["The Aurora warranty lasts 37 months.", "Descale the boiler every 90 days.", "ok"]


@pytest.fixture(scope="module")
def isolated():
    try:
        emb = Embedder(threads=1, isolated=True)
    except EmbeddingModelMissing as exc:  # any other error is the test's to report
        missing_model(str(exc))
    yield emb
    emb.close()


def test_child_process_gives_the_same_vectors(isolated, embedder):
    vecs = isolated.encode(TEXTS)
    assert vecs.dtype == np.float32 and vecs.shape == (3, embedder.dim)
    assert np.allclose(vecs, embedder.encode(TEXTS), atol=1e-5)
    assert isolated.loaded and (isolated.device == "cpu" or isolated.device.startswith("cuda"))
    assert isolated.dim == embedder.dim
    assert isolated.encode([]).shape == (0, embedder.dim)


def test_the_parent_process_never_imports_torch():
    import subprocess
    import sys

    code = ("import sys; from app.core.docs.embedder import Embedder; "
            "e = Embedder(isolated=True); print(e.encode(['hello']).shape, "
            "'torch' in sys.modules, 'sentence_transformers' in sys.modules); e.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, cwd=str(Path(__file__).resolve().parents[3]))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-2:] == ["False", "False"] and "(1," in out.stdout


def test_a_dead_child_is_started_again_and_a_death_mid_request_is_reported(isolated):
    isolated.encode(["warm up"])
    first = isolated._process.pid
    os.kill(first, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while isolated._process.running and time.monotonic() < deadline:
        time.sleep(0.05)
    assert isolated.encode(TEXTS).shape[0] == 3  # a fresh child, transparently
    second = isolated._process.pid
    assert second != first
    errors: list[Exception] = []

    def big_batch():
        try:
            isolated.encode([f"sentence number {i} about lighthouses" for i in range(20000)])
        except EmbeddingProcessError as exc:
            errors.append(exc)

    worker = threading.Thread(target=big_batch)
    worker.start()
    time.sleep(1.0)  # the child is busy encoding
    os.kill(second, signal.SIGKILL)
    worker.join(60)
    assert errors and "stopped unexpectedly" in str(errors[0])
    assert "out of memory" in errors[0].hint


def test_a_broken_model_folder_fails_with_a_clear_message(tmp_path):
    folder = tmp_path / "broken-model"
    folder.mkdir()
    (folder / "modules.json").write_text("[]")  # looks like a model, loads as nothing
    (folder / "config.json").write_text("{not json")
    emb = Embedder(str(folder), isolated=True)
    try:
        with pytest.raises(EmbeddingProcessError, match="cannot be loaded") as info:
            emb.encode(["x"])
        assert "Settings > Documents" in info.value.hint
    finally:
        emb.close()


def test_the_windows_tokenizer_lives_in_a_child_with_the_same_counts_and_spans(embedder):
    """Parsing tokenizer.json holds the GIL (1.2 s for multilingual-e5-small): the
    window's (isolated) embedder asks a child, and gets what the in-process one gives."""
    emb = Embedder(threads=1, isolated=True)
    try:
        long = "Anticonstitutionnellement, the lighthouse keepers' logbook. " * 40
        assert emb.count_tokens(TEXTS + [long]) == embedder.count_tokens(TEXTS + [long])
        assert emb.token_spans(long) == embedder.token_spans(long)
        assert emb.count_tokens([]) == []
        assert emb._tokenizer is None  # never parsed in this process
        assert emb._tok_process.running and not emb.loaded  # no model needed for counts
    finally:
        emb.close()
    assert not emb._tok_process.running
