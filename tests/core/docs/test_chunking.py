"""Chunking by the embedding model's tokens, on paragraph and sentence boundaries."""

from __future__ import annotations

from pathlib import Path

from app.core.docs.chunking import chunk_document
from app.core.docs.loaders import Heading, LoadedDocument, Page


def _doc(pages: list[str], headings=None) -> LoadedDocument:
    return LoadedDocument(Path("x.txt"), "text", "", 0,
                          [Page(i + 1, t) for i, t in enumerate(pages)], headings or [])


def test_chunks_respect_token_limit_offsets_and_overlap(embedder):
    sentences = [f"Sentence number {i} talks about the topic of item {i}." for i in range(120)]
    text = " ".join(sentences[:60]) + "\n\n" + " ".join(sentences[60:])
    doc = _doc([text])
    chunks = chunk_document(doc, embedder.count_tokens, 100, 24, embedder.token_spans)
    assert len(chunks) > 5
    for c in chunks:
        assert c.text == text[c.start:c.end]  # offsets point at the page text
        assert embedder.count_tokens([c.text])[0] <= 110  # summed sentence counts ~ real count
        assert c.text.endswith(".")  # cut at a sentence end
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.start < a.end or b.start == a.end  # overlapping or adjacent, never a gap
    assert any(b.start < a.end for a, b in zip(chunks, chunks[1:], strict=False))
    covered = "".join(text[c.start:c.end] for c in chunks)
    assert all(s in covered for s in sentences)


def test_chunks_never_cross_pages_and_carry_heading_paths(embedder):
    pages = ["Intro text on page one.", "Part A starts here.\n\nMore about part A.",
             "Still part A on page three."]
    headings = [Heading(1, "Guide", 1, 0), Heading(2, "Part A", 2, 0)]
    chunks = chunk_document(_doc(pages, headings), embedder.count_tokens, 200, 20)
    assert [c.page for c in chunks] == [1, 2, 3]
    assert [c.heading for c in chunks] == ["Guide", "Guide > Part A", "Guide > Part A"]
    assert chunks[1].embed_text().startswith("Guide > Part A\n")


def test_a_sentence_longer_than_a_chunk_is_cut_at_token_edges(embedder):
    word_soup = " ".join(f"w{i}" for i in range(900))  # no sentence end at all
    chunks = chunk_document(_doc([word_soup]), embedder.count_tokens, 128, 16,
                            embedder.token_spans)
    assert len(chunks) >= 5
    assert all(n <= 128 for n in embedder.count_tokens([c.text for c in chunks]))
    assert chunks[-1].end == len(word_soup)


def test_blank_pages_give_no_chunks(embedder):
    assert chunk_document(_doc(["", "   \n  "]), embedder.count_tokens) == []


def test_a_chunk_that_opens_with_a_heading_is_filed_under_it(embedder, tmp_path):
    from app.core.docs.loaders import load_document
    from tests.fixtures import documents as fx

    doc = load_document(fx.make_docx(tmp_path / "garden.docx"))
    chunks = chunk_document(doc, embedder.count_tokens)
    assert [(c.page, c.heading) for c in chunks] == [
        (1, "Garden notes > Tomatoes"), (2, "Garden notes > Roses")]
    md = load_document(fx.make_markdown(tmp_path / "recipes.md"))
    small = chunk_document(md, embedder.count_tokens, max_tokens=40, overlap=0)
    assert small[0].heading == "Recipes > Pancakes"
    assert small[-1].heading == "Recipes > Bread" and "Knead" in small[-1].text
