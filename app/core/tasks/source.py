"""A file read for summarizing: its text cut into top-level sections, each with
the pages it covers. Reading is the documents loader's job
(`app.core.docs.loaders.load_document`: pages and headings for PDF, Word,
Markdown, HTML, EPUB...); this module joins the pages and finds the sections.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import DocumentError
from app.core.messages import Msg


@dataclass
class Heading:
    level: int
    title: str
    offset: int  # character offset of the heading in the joined text


@dataclass
class Section:
    title: str
    text: str
    first_page: int | None = None
    last_page: int | None = None
    page_unit: str = "page"

    @property
    def pages(self) -> str:
        return page_range(self.first_page, self.last_page, self.page_unit)


ENGLISH_PAGES = {"page": "{unit} {first}", "pages": "{unit}s {first}–{last}"}


def page_range(first: int | None, last: int | None, unit: str = "page",
               forms: dict[str, str] = ENGLISH_PAGES) -> str:
    """'page 3', 'pages 3–7' ('' when the document has no pages); `forms` holds the
    one-page and many-page patterns of another language (the summary file's labels)."""
    if first is None:
        return ""
    return forms["page" if last in (None, first) else "pages"].format(
        unit=unit, first=first, last=last)


@dataclass
class SourceText:
    path: Path
    title: str
    text: str
    headings: list[Heading] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)  # offset where each page starts
    page_numbers: list[int] = field(default_factory=list)
    page_unit: str = "page"

    @property
    def has_pages(self) -> bool:
        return len(self.page_starts) > 1

    def page_at(self, offset: int) -> int | None:
        if not self.has_pages:
            return None
        i = max(0, bisect.bisect_right(self.page_starts, offset) - 1)
        return self.page_numbers[i] if self.page_numbers else i + 1

    def sections(self) -> list[Section]:
        """Top-level sections: split at the highest heading level used at least twice
        (a lone title above them does not count); text before the first one is an
        'Introduction' when it holds more than a title."""
        top = None
        for level in sorted({h.level for h in self.headings}):
            if sum(1 for h in self.headings if h.level == level) >= 2:
                top = level
                break
        cuts = [h for h in self.headings if h.level == top] if top is not None else []
        bounds = [0] + [h.offset for h in cuts] + [len(self.text)]
        # the made-up titles are Msgs: they show in progress notes ("Introduction (page 1)")
        titles = [Msg("Introduction")] + [h.title or Msg("Section {n}", n=i + 1)
                                          for i, h in enumerate(cuts)]
        out: list[Section] = []
        for i, title in enumerate(titles):
            start, end = bounds[i], bounds[i + 1]
            body = self.text[start:end]
            if not self._has_prose(body, start, end) and (i == 0 or (i == 1 and not out)):
                # Nothing but a title before the real sections (a Word "Title" counts
                # as a heading too): it names the document instead.
                if i == 1 and self.title == self.path.stem:
                    self.title = title
                continue
            out.append(Section(title if cuts else self.title, body.strip(), self.page_at(start),
                               self.page_at(max(start, end - 1)), self.page_unit))
        return out

    def _has_prose(self, body: str, start: int, end: int) -> bool:
        lines = [ln for ln in body.splitlines() if ln.strip()]
        heading_lines = sum(1 for h in self.headings if start <= h.offset < end)
        return len(lines) > heading_lines and len(body.strip()) > 40


def read_source(path: str | Path, ocr=None) -> SourceText:
    """Read any supported file for summarizing; DocumentError when it cannot be read.

    `ocr` (a loaders.PageReader) reads scanned PDF pages and images."""
    from app.core.docs.loaders import load_document

    path = Path(path)
    if not path.is_file():
        raise DocumentError(Msg("{path} is not a file that exists.", path=str(path)),
                            Msg("Check the path and try again."))
    return source_from_loaded(path, load_document(path, max_mb=0, ocr=ocr))


def source_from_loaded(path: Path, loaded) -> SourceText:
    """Join the loader's pages into one text, remembering where each page starts."""
    texts, starts, numbers, offset = [], [], [], 0
    page_start: dict[int, int] = {}
    for page in loaded.pages:
        starts.append(offset)
        numbers.append(page.number)
        page_start.setdefault(page.number, offset)
        texts.append(page.text)
        offset += len(page.text) + 2
    text = "\n\n".join(texts)
    if not text.strip():
        raise DocumentError(Msg("No text found in {name}.", name=path.name),
                            Msg("A scanned PDF is read with OCR when it is on (Settings > "
                                "Documents); other files may be empty."))
    headings = [Heading(h.level, h.title, page_start.get(h.page, 0) + h.offset)
                for h in loaded.headings]
    headings.sort(key=lambda h: h.offset)
    firsts = [h for h in headings if h.level == 1]
    title = loaded.title or (firsts[0].title if len(firsts) == 1 else "") or path.stem
    multi = len(starts) > 1
    return SourceText(path, title, text, headings, starts if multi else [],
                      numbers if multi else [], getattr(loaded, "page_unit", "page") or "page")
