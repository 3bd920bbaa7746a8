"""The command line on Chinese documents: an embedding model pulled from the (stand-in)
hub, a collection made with it, and a Chinese keyword found inside a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import embedding_model_path, run_cli

pytestmark = pytest.mark.slow
ZH = Path(__file__).resolve().parents[1] / "corpus" / "zh"
REPO = "sentence-transformers/all-MiniLM-L6-v2"


def test_pull_an_embedding_model_and_index_chinese_files_with_it(hub_server, tmp_path):
    src = embedding_model_path()
    hub_server.add_repo(REPO, {p.relative_to(src).as_posix(): p
                               for p in sorted(src.rglob("*")) if p.is_file()})
    home = tmp_path / "home"
    out = run_cli("models", "pull", REPO, "--embedding", home=home)
    assert out.returncode == 0, out.stderr
    assert "verified" in out.stdout and f"--embedding-model {REPO}" in out.stdout
    files = [str(ZH / "gpu.md"), str(ZH / "kettle.md"), str(ZH / "tea.md")]
    out = run_cli("docs", "add", "zh", *files, "--embedding-model", REPO, "--json", home=home)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["indexed"] == 3
    # the pull leaves other runtimes' files out (the repo's onnx/ too); the indexing run,
    # torch loaded, made the export that questions are embedded with
    pulled = home / "models" / "embeddings" / REPO.replace("/", "--")
    assert (pulled / "onnx" / "hearth-export.json").exists()
    out = run_cli("docs", "status", "zh", home=home)
    assert f"embedding model {REPO}" in out.stdout
    out = run_cli("search", "zh", "量化", "--k", "1", "--json", home=home)
    assert out.returncode == 0, out.stderr
    assert Path(json.loads(out.stdout)[0]["path"]).name == "gpu.md"
    out = run_cli("docs", "add", "zh", files[0], "--embedding-model", "no-such-model", home=home)
    assert out.returncode != 0 and "multilingual-e5-small" in out.stderr
