"""Loaders on real files of every format (written by real libraries), and on broken ones."""

from __future__ import annotations

import hashlib

import pytest

from app.core.docs.loaders import load_document
from app.core.errors import DocumentError
from tests.fixtures import documents as fx

pytest.importorskip("fpdf", reason="fpdf2 (dev extra) writes the test PDFs")


def test_pdf_pages_headings_and_hash(tmp_path):
    path = fx.make_pdf(tmp_path / "guide.pdf", fx.GUIDE_PAGES,
                       outline=[("Descaling", 2), ("Warranty", 3)])
    doc = load_document(path)
    assert doc.kind == "pdf" and doc.page_count == 3
    assert "37 months" in doc.pages[2].text and "37 months" not in doc.pages[1].text
    assert "every 90 days" in doc.pages[1].text
    assert [(h.title, h.page) for h in doc.headings] == [("Descaling", 2), ("Warranty", 3)]
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.size == path.stat().st_size


def test_docx_headings_tables_and_page_breaks(tmp_path):
    doc = load_document(fx.make_docx(tmp_path / "garden.docx"))
    assert doc.kind == "docx" and doc.page_count == 2
    assert "tomatoes" in doc.pages[0].text and "Prune roses" in doc.pages[1].text
    assert "Roses | Every four weeks in summer" in doc.pages[1].text
    heads = [(h.level, h.title, h.page) for h in doc.headings]
    assert heads == [(1, "Garden notes", 1), (2, "Tomatoes", 1), (2, "Roses", 2)]
    tomatoes = doc.headings[1]
    assert doc.pages[0].text[tomatoes.offset:].startswith("Tomatoes")


def test_markdown_heading_offsets(tmp_path):
    doc = load_document(fx.make_markdown(tmp_path / "recipes.md"))
    assert [(h.level, h.title) for h in doc.headings] == [(1, "Recipes"), (2, "Pancakes"),
                                                         (2, "Bread")]
    bread = doc.headings[2]
    assert doc.pages[0].text[bread.offset:].startswith("## Bread")
    assert doc.title == "Recipes"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8", "latin-1"])
def test_text_in_any_encoding(tmp_path, encoding):
    path = tmp_path / "travel.txt"
    if encoding == "latin-1":
        path.write_bytes("Le café de Saint-Étienne ouvre à sept heures, près de la "
                         "rivière. Il est très réputé.\n".encode("latin-1"))
        assert "café de Saint-Étienne" in load_document(path).text
        return
    fx.make_text(path, encoding)
    doc = load_document(path)
    assert "The café at Saint-Étienne opens at seven" in doc.text
    assert "12 €" in doc.text


def test_form_feed_splits_text_pages(tmp_path):
    path = tmp_path / "pages.txt"
    path.write_text("first page\fsecond page\fthird page")
    doc = load_document(path)
    assert [p.text for p in doc.pages] == ["first page", "second page", "third page"]


def test_html_skips_script_and_style(tmp_path):
    doc = load_document(fx.make_html(tmp_path / "lighthouse.html"))
    assert "Margaret Hale" in doc.text
    assert "not text" not in doc.text and "color:red" not in doc.text
    assert doc.title == "Lighthouses"
    today = next(h for h in doc.headings if h.title == "Today")
    assert doc.pages[0].text[today.offset:].startswith("Today")


def test_epub_chapters_are_sections(tmp_path):
    doc = load_document(fx.make_epub(tmp_path / "astronomy.epub"))
    assert doc.page_unit == "section" and doc.page_count == 2
    assert "76 years" in doc.pages[0].text and "Mount Kessel" in doc.pages[1].text
    assert doc.title == "Sky Notes"


def test_odt_and_csv(tmp_path):
    odt = load_document(fx.make_odt(tmp_path / "bees.odt"))
    assert "fifty thousand bees" in odt.text and odt.headings[0].title == "Bees"
    csv = load_document(fx.make_csv(tmp_path / "cities.csv"))
    assert csv.kind == "csv" and "Bergen,291000" in csv.text


def test_broken_files_have_reasons(tmp_path):
    expected = fx.make_broken(tmp_path)
    for name, word in expected.items():
        with pytest.raises(DocumentError) as info:
            load_document(tmp_path / name)
        assert word in str(info.value), (name, str(info.value))
        assert info.value.hint, name  # every reason says what to do


def test_size_limit_and_missing_file(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)  # ~1.5 MB
    with pytest.raises(DocumentError, match="over the 1 MB limit"):
        load_document(big, max_mb=1)
    assert load_document(big, max_mb=2).text.startswith("word")
    with pytest.raises(DocumentError, match="no longer exists"):
        load_document(tmp_path / "gone.pdf")


def test_scanned_pdf_without_text_layer(tmp_path):
    path = fx.make_pdf(tmp_path / "scan.pdf", ["", ""])
    with pytest.raises(DocumentError, match="no text") as info:
        load_document(path)
    assert "OCR" in info.value.hint


def test_blank_pages_of_a_long_pdf_are_not_sent_to_ocr(tmp_path):
    """A 10,000-page PDF of blank pages kept OCR busy for minutes reading nothing."""
    from tests.corpus.generate import pdf_bytes, text_page

    path = tmp_path / "pages-10000.pdf"
    path.write_bytes(pdf_bytes([text_page(f"Page {i}.") if i % 1000 == 0 else b""
                                for i in range(10_000)]))
    asked = []
    doc = load_document(path, ocr=lambda *args: asked.append(args) or "read by OCR")
    assert len(doc.pages) == 10_000 and asked == []
    assert sum(bool(p.text.strip()) for p in doc.pages) == 10
