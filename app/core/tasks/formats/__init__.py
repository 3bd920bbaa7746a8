"""Format-preserving readers/writers for translation.

Each format splits a file into translatable *segments* (headings, paragraphs,
list items, table cells, runs of one formatting) and writes the file back in
the same format with each segment replaced by its translation. Everything
that is not a segment (code blocks, markup, layout) is copied unchanged.
"""

from __future__ import annotations

from pathlib import Path

from app.core.docs.paths import absent_reason
from app.core.errors import DocumentError
from app.core.messages import Msg
from app.core.tasks.formats.base import FormatDoc, Segment

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
            ".html": "html", ".htm": "html", ".docx": "docx"}
# Read (with OCR where a page has no text) and translated into a plain-text file.
AS_TEXT = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}

__all__ = ["AS_TEXT", "FormatDoc", "Segment", "SUFFIXES", "open_format"]


def open_format(path: Path, ocr=None) -> FormatDoc:
    """Read `path` as a translatable document; DocumentError for what cannot be read.

    PDFs and images become plain text (their layout cannot be kept); `ocr` (a
    loaders.PageReader) reads their scanned pages."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(absent_reason(path), Msg("Check the path and try again."))
    if path.is_dir():
        raise DocumentError(Msg("{path} is a folder.", path=str(path)), Msg("Choose one file."))
    kind = SUFFIXES.get(path.suffix.lower())
    if path.suffix.lower() in AS_TEXT:
        from app.core.tasks.formats.text_doc import TextDoc
        from app.core.tasks.source import read_source

        return TextDoc(path, read_source(path, ocr).text, "\n")
    if kind is None:
        raise DocumentError(
            Msg("Hearth cannot translate {suffix} files.", suffix=path.suffix)
            if path.suffix else Msg("Hearth cannot translate extension-less files."),
            Msg("Translation keeps the format of .md, .txt, .html and .docx files (PDFs and "
                "images become .txt): save the file in one of those formats."))
    if kind == "markdown":
        from app.core.tasks.formats.markdown_doc import MarkdownDoc
        return MarkdownDoc.read(path)
    if kind == "text":
        from app.core.tasks.formats.text_doc import TextDoc
        return TextDoc.read(path)
    if kind == "html":
        from app.core.tasks.formats.html_doc import HtmlDoc
        return HtmlDoc.read(path)
    from app.core.tasks.formats.word_doc import WordDoc
    return WordDoc.read(path)
