"""HTML, translated text node by text node.

The standard library's html.parser finds where each piece of text starts and
ends in the source; only those spans change, so every tag, attribute, comment
and the layout between them are written back byte for byte. Text inside
<pre>, <code>, <script>, <style>, <textarea>, <kbd> and <samp> is never sent
to the model. Each text node keeps its own tags around it, so bold, italic and
links stay where they were.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from app.core.messages import Msg
from app.core.tasks.formats.base import (
    FormatDoc,
    Segment,
    atomic_write,
    protect,
    read_text,
    split_ws,
    translatable,
)

KEEP = {"pre", "code", "script", "style", "textarea", "kbd", "samp", "var", "math", "svg"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "title"}
PROTECT = re.compile(r"https?://\S+")


class _Spans(HTMLParser):
    """Collects (start, end, text, tag) for every text node outside KEEP elements."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        # html.parser counts lines by '\n' only (str.splitlines would also cut at \r, \f...).
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[str] = []
        self.nodes: list[tuple[int, int, str, str]] = []
        self._pending: tuple[int, str] | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _flush(self, end: int) -> None:
        if self._pending is not None:
            start, text = self._pending
            self._pending = None
            if not any(t in KEEP for t in self.stack):
                tag = next((t for t in reversed(self.stack)), "")
                self.nodes.append((start, end, text, tag))

    def handle_starttag(self, tag: str, attrs) -> None:
        self._flush(self._offset())
        if tag not in ("br", "img", "hr", "meta", "link", "input", "wbr", "area", "base",
                       "col", "embed", "source", "track", "param"):
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self._flush(self._offset())

    def handle_endtag(self, tag: str) -> None:
        self._flush(self._offset())
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        offset = self._offset()
        if self._pending is None:
            self._pending = (offset, data)
        else:  # the parser may hand one text node over in pieces
            self._pending = (self._pending[0], self._pending[1] + data)

    def _other(self, *_args) -> None:
        self._flush(self._offset())

    handle_comment = handle_decl = handle_pi = unknown_decl = _other


class HtmlDoc(FormatDoc):
    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.source = source
        self.segments: list[Segment] = []
        self.spans: list[tuple[int, int, int, str, str]] = []  # start, end, seg, lead, trail
        parser = _Spans(source)
        parser.feed(source)
        parser.close()
        parser._flush(len(source))
        for start, end, text, tag in parser.nodes:
            lead, core, trail = split_ws(text)
            if not translatable(core):
                continue
            masked, spans = protect(" ".join(core.split()), PROTECT)
            kind = "heading" if tag in HEADINGS else ("item" if tag == "li" else "text")
            line = source.count("\n", 0, start) + 1
            self.segments.append(Segment(masked, kind, Msg("line {line}", line=line), spans))
            self.spans.append((start, end, len(self.segments) - 1, lead, trail))

    @classmethod
    def read(cls, path: Path) -> HtmlDoc:
        return cls(path, read_text(path))

    def write(self, path: Path, translations: list[str | None]) -> None:
        out, pos = [], 0
        for start, end, seg, lead, trail in self.spans:
            out.append(self.source[pos:start])
            new = translations[seg]
            if new is None:
                out.append(self.source[start:end] + "<!-- hearth: not translated -->")
            else:
                text = " ".join(self.segments[seg].restore(new).split())
                out.append(lead + html.escape(text, quote=False) + trail)
            pos = end
        out.append(self.source[pos:])
        atomic_write(path, "".join(out).encode("utf-8"))
