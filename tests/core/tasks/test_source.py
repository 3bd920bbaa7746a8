"""Sections and pages of a file read for summarizing; tidying model text."""

from __future__ import annotations

from pathlib import Path

from app.core.tasks.source import Heading, SourceText
from app.core.tasks.summarize import tidy


def source(text: str, marks: list[tuple[int, str]], pages: list[int] | None = None):
    heads = [Heading(level, title, text.index(title)) for level, title in marks]
    return SourceText(Path("report.docx"), "report", text, heads, pages or [],
                      list(range(1, len(pages or []) + 1)))


def test_a_word_title_names_the_document_instead_of_being_a_section():
    text = ("Annual report\n\nSales\n\nSales grew in every region this year, most in the "
            "north.\n\nCosts\n\nCosts fell because the new plant uses less energy.")
    src = source(text, [(1, "Annual report"), (1, "Sales"), (1, "Costs")])
    assert [s.title for s in src.sections()] == ["Sales", "Costs"]
    assert src.title == "Annual report"


def test_intro_text_before_the_first_section_is_kept_with_pages():
    text = "Guide\n\nThis guide explains how to care for the machine every week.\n\f" \
           "Cleaning\n\nRinse the carafe.\n\fWarranty\n\nThirty-seven months."
    pages = [0, text.index("\fCleaning") + 1, text.index("\fWarranty") + 1]
    src = source(text, [(1, "Guide"), (2, "Cleaning"), (2, "Warranty")], pages)
    sections = src.sections()
    assert [(s.title, s.pages) for s in sections] == [
        ("Introduction", "page 1"), ("Cleaning", "page 2"), ("Warranty", "page 3")]


def test_tidy_drops_headings_fences_and_a_cut_off_sentence():
    assert tidy("## Part\n```python\nx = 1\n```\nIt works. It is fast. And then th") == \
        "Part\nx = 1\nIt works. It is fast."
    assert tidy("Too short to cut th") == "Too short to cut th"
