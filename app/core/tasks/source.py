"""A file read for summarizing: its text cut into top-level sections, each with
the pages it covers.

Markdown and plain text are read here (headings from the Markdown structure,
pages from form feeds); other formats go through the documents loader
(`app.core.docs.loaders.load_document`), which gives pages and headings.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import DocumentError

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".rst", ""}


@dataclass
class Heading:
    level: int
    title: str
    offset: int  # character offset of the heading in the text


@dataclass
class Section:
    title: str
    text: str
    first_page: int | None = None
    last_page: int | None = None

    @property
    def pages(self) -> str:
        if self.first_page is None:
            return ""
        if self.last_page is None or self.last_page == self.first_page:
            return f"page {self.first_page}"
        return f"pages {self.first_page}–{self.last_page}"


@dataclass
class SourceText:
    path: Path
    title: str
    text: str
    headings: list[Heading] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)  # offset where each page starts

    @property
    def has_pages(self) -> bool:
        return len(self.page_starts) > 1

    def page_at(self, offset: int) -> int | None:
        if not self.has_pages:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def sections(self) -> list[Section]:
        """Top-level sections: split at the highest heading level used at least twice."""
        levels = sorted({h.level for h in self.headings})
        top = None
        for level in levels:
            if sum(1 for h in self.headings if h.level == level) >= 2:
                top = level
                break
        cuts = [h for h in self.headings if h.level == top] if top is not None else []
        out: list[Section] = []
        bounds = [0] + [h.offset for h in cuts] + [len(self.text)]
        titles = ["Introduction"] + [h.title for h in cuts]
        for i, title in enumerate(titles):
            start, end = bounds[i], bounds[i + 1]
            body = self.text[start:end]
            if i == 0 and not _has_prose(body, self.headings, start, end):
                continue  # only a title line before the first section
            last = max(start, end - 1)
            out.append(Section(title if cuts else self.title, body.strip(),
                               self.page_at(start), self.page_at(last)))
        return out


def _has_prose(body: str, headings: list[Heading], start: int, end: int) -> bool:
    """Whether the text before the first section holds more than heading lines."""
    lines = [ln for ln in body.splitlines() if ln.strip()]
    heading_lines = sum(1 for h in headings if start <= h.offset < end)
    return len(lines) > heading_lines and len(body.strip()) > 40


def read_text_file(path: Path) -> str:
    """Text in whatever encoding it is in (charset-normalizer guesses it)."""
    from charset_normalizer import from_bytes

    data = path.read_bytes()
    if not data.strip():
        raise DocumentError(f"{path.name} is empty.", "Choose a file with some text in it.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise DocumentError(f"{path.name} does not look like text.",
                                "Choose a text, Markdown, HTML, Word or PDF file.") from None
        return str(best)


def markdown_headings(text: str) -> list[Heading]:
    """Headings of Markdown text (code blocks are not mistaken for headings)."""
    from markdown_it import MarkdownIt

    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    tokens = MarkdownIt("commonmark").parse(text)
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.map:
            title = tokens[i + 1].content.strip() if i + 1 < len(tokens) else ""
            out.append(Heading(int(tok.tag[1]), title, line_starts[tok.map[0]]))
    return out


def read_source(path: str | Path) -> SourceText:
    """Read a file for summarizing; raises DocumentError for a file that cannot be read."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(f"{path} does not exist.", "Check the path and try again.")
    if path.is_dir():
        raise DocumentError(f"{path} is a folder.", "Choose one file.")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        text = read_text_file(path).replace("\r\n", "\n")
        headings = markdown_headings(text) if suffix in (".md", ".markdown") else []
        pages = [0] + [i + 1 for i, c in enumerate(text) if c == "\f"]
        title = _title(headings, path)
        return SourceText(path, title, text, headings, pages if len(pages) > 1 else [])
    return _from_loader(path)


def _title(headings: list[Heading], path: Path) -> str:
    firsts = [h for h in headings if h.level == 1]
    return firsts[0].title if len(firsts) == 1 else path.stem


def _from_loader(path: Path) -> SourceText:
    try:
        from app.core.docs import loaders
    except ImportError:
        raise DocumentError(f"Hearth cannot read {path.suffix} files yet.",
                            "Save the file as text or Markdown and try again.") from None
    loaded = loaders.load_document(path)
    return source_from_loaded(path, loaded)


def source_from_loaded(path: Path, loaded) -> SourceText:
    """Join the loader's pages into one text, remembering where each page starts."""
    pages = list(getattr(loaded, "pages", []) or [])
    texts, starts, offset = [], [], 0
    for page in pages:
        body = getattr(page, "text", str(page))
        starts.append(offset)
        texts.append(body)
        offset += len(body) + 2
    text = "\n\n".join(texts)
    headings = []
    for h in getattr(loaded, "headings", []) or []:
        headings.append(Heading(int(getattr(h, "level", 1)), str(getattr(h, "title", h)),
                                int(getattr(h, "offset", 0))))
    if not text.strip():
        raise DocumentError(f"No text found in {path.name}.",
                            "A scanned PDF needs OCR first; other files may be empty.")
    title = getattr(loaded, "title", "") or _title(headings, path)
    return SourceText(path, title, text, headings, starts if len(starts) > 1 else [])
