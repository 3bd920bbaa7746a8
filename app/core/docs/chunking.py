"""Split a loaded document into chunks sized in the embedding model's tokens.

Chunks follow paragraph, then sentence, boundaries where they can and never
cross a page, so every chunk has one page number. Each keeps its page, heading
path and character offsets into that page's text; neighbours overlap by a few
sentences so an answer that straddles a boundary is still found whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.docs.loaders import Heading, LoadedDocument

TokenCounter = Callable[[Sequence[str]], list[int]]
# Spans of word-piece tokens (char start, char end) of one text, for splitting long runs.
TokenSpans = Callable[[str], list[tuple[int, int]]]

_PARA = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|\Z))+")  # runs of non-blank lines
# A sentence ends at . ! ? before a space, or at 。！？ (Chinese and Japanese put no
# space after them), or at a line end.
_SENT = re.compile(r".+?(?:[.!?]+[\"')\]]*(?=\s)|[。！？]+[”’」』）]*|\n|\Z)", re.S)


@dataclass
class Chunk:
    ord: int  # position in the document
    page: int
    heading: str  # "Chapter > Section", empty when none
    start: int  # char offsets into the page's text
    end: int
    text: str
    tokens: int
    ocr: bool = False  # read from the page's image

    def embed_text(self) -> str:
        """What is embedded: the heading path gives a chunk the context it lacks."""
        return f"{self.heading}\n{self.text}" if self.heading else self.text


def _spans(pattern: re.Pattern, text: str, base: int) -> list[tuple[int, int]]:
    out = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((base + s, base + e))
    return out


def _units(text: str, count: TokenCounter, spans_of: TokenSpans | None, limit: int):
    """Paragraphs, split into sentences and then token windows when over `limit`."""
    paras = _spans(_PARA, text, 0)
    sizes = count([text[s:e] for s, e in paras])
    out: list[tuple[int, int, int]] = []
    for (s, e), n in zip(paras, sizes, strict=True):
        if n <= limit:
            out.append((s, e, n))
            continue
        sents = _spans(_SENT, text[s:e], s)
        for (ss, se), sn in zip(sents, count([text[a:b] for a, b in sents]), strict=True):
            if sn <= limit or spans_of is None:
                out.append((ss, se, sn))
            else:
                out.extend(_windows(text, ss, se, spans_of, limit))
    return out


def _windows(text: str, s: int, e: int, spans_of: TokenSpans, limit: int):
    """A sentence too long for one chunk: cut it every `limit` tokens at a token edge."""
    spans = spans_of(text[s:e])
    out = []
    for i in range(0, len(spans), limit):
        part = spans[i:i + limit]
        a = s + part[0][0] if i else s
        b = s + part[-1][1] if i + limit < len(spans) else e
        out.append((a, b, len(part)))
    return out


class _HeadingWalker:
    """Yields the heading path at increasing (page, offset) positions."""

    def __init__(self, headings: list[Heading]) -> None:
        self._items = sorted(headings, key=lambda h: (h.page, h.offset))
        self._i = 0
        self._stack: list[Heading] = []

    def at(self, page: int, offset: int) -> str:
        while self._i < len(self._items):
            h = self._items[self._i]
            if (h.page, h.offset) > (page, offset):
                break
            while self._stack and self._stack[-1].level >= h.level:
                self._stack.pop()
            self._stack.append(h)
            self._i += 1
        return " > ".join(h.title for h in self._stack)


def _after_headings(text: str, start: int, end: int, heads: set[int]) -> int:
    """Where a chunk's own text begins once the heading lines it starts with are
    passed, so a chunk opening with "Tomatoes" is filed under that heading."""
    pos = start
    while pos in heads and pos < end:
        nl = text.find("\n", pos)
        pos = end if nl < 0 or nl >= end else nl + 1
        while pos < end and text[pos].isspace():
            pos += 1
    return pos


def chunk_document(
    doc: LoadedDocument, count: TokenCounter, max_tokens: int = 200, overlap: int = 32,
    spans_of: TokenSpans | None = None,
) -> list[Chunk]:
    """Chunks of at most about `max_tokens` tokens, overlapping by up to `overlap` tokens."""
    chunks: list[Chunk] = []
    walker = _HeadingWalker(doc.headings)
    last = (0, 0)
    for page in doc.pages:
        text = page.text
        if not text.strip():
            continue
        heads = {h.offset for h in doc.headings if h.page == page.number}
        units = _units(text, count, spans_of, max_tokens)
        i = 0
        while i < len(units):
            total, j = 0, i
            while j < len(units) and (j == i or total + units[j][2] <= max_tokens):
                total += units[j][2]
                j += 1
            start, end = units[i][0], units[j - 1][1]
            last = max(last, (page.number, _after_headings(text, start, end, heads)))
            chunks.append(Chunk(len(chunks), page.number, walker.at(*last),
                                start, end, text[start:end], total, page.ocr))
            if j >= len(units):
                break
            # Step back over trailing units that fit in the overlap (never to i itself).
            back, k = 0, j
            while k - 1 > i and back + units[k - 1][2] <= overlap:
                k -= 1
                back += units[k][2]
            i = k
    return chunks
