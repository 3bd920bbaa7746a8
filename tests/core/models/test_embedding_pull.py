"""Embedding models from the hub (the local stand-in serving the bundled MiniLM's own
files): every file downloaded and verified, a dropped connection resumed, an
unfinished folder never used, and the result usable by a collection."""

from __future__ import annotations

import hashlib

import pytest

from app.core.docs.embedder import EmbeddingModelMissing, resolve_model
from app.core.errors import DownloadError, HubError
from app.core.models import bundled
from app.core.models.embedding_pull import COMPLETE, pull_embedding, wanted
from tests.conftest import embedding_model_path

REPO = "sentence-transformers/all-MiniLM-L6-v2"


@pytest.fixture
def st_repo(hub_server):
    src = embedding_model_path()
    files = {p.relative_to(src).as_posix(): p for p in sorted(src.rglob("*")) if p.is_file()}
    files["onnx/model.onnx"] = b"another runtime's copy: not downloaded"
    hub_server.add_repo(REPO, files)
    return src, files


def test_every_file_is_downloaded_verified_and_usable(st_repo, hub_server, hearth_home):
    src, files = st_repo
    reports = []
    result = pull_embedding(REPO, progress=reports.append)
    assert (result.path / COMPLETE).exists()
    got = {p.relative_to(result.path).as_posix() for p in result.path.rglob("*")
           if p.is_file() and p.name != COMPLETE}
    assert got == set(wanted(list(files))) and "onnx/model.onnx" not in got
    assert (result.path / "1_Pooling" / "config.json").exists()
    weights = (result.path / "model.safetensors").read_bytes()
    assert hashlib.sha256(weights).hexdigest() == bundled.EMBEDDING.sha256
    assert reports[-1].done == reports[-1].total == result.size
    model_id, path = resolve_model(REPO)
    assert model_id == REPO and path == result.path
    again = pull_embedding(REPO)  # already there: nothing is fetched again
    assert again.transferred == 0


def test_a_dropped_connection_is_resumed_with_a_range_request(st_repo, hub_server,
                                                              hearth_home):
    hub_server.switches.drop_after = 20 << 20
    hub_server.switches.drops = 1
    result = pull_embedding(REPO, retries=3)
    weights = hub_server.downloads("model.safetensors")
    assert any(entry.range for entry in weights), "the second request should resume"
    assert hashlib.sha256((result.path / "model.safetensors").read_bytes()).hexdigest() == \
        bundled.EMBEDDING.sha256


def test_an_unfinished_pull_is_not_a_usable_model(st_repo, hub_server, hearth_home):
    hub_server.switches.corrupt = True  # every body damaged: verification fails
    with pytest.raises(DownloadError):
        pull_embedding(REPO, retries=0)
    with pytest.raises(EmbeddingModelMissing, match="not downloaded"):
        resolve_model(REPO)


def test_a_repo_that_is_not_a_sentence_transformers_model_is_refused(hub_server, hearth_home):
    hub_server.add_repo("someone/Tiny-GGUF", {"tiny.gguf": b"GGUF" + bytes(64)})
    with pytest.raises(HubError, match="not a sentence-transformers model"):
        pull_embedding("someone/Tiny-GGUF")
