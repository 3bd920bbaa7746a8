"""Plain text, translated paragraph by paragraph.

Blank lines, indentation-only blocks (code, ASCII tables) and list markers stay
as they were; a paragraph that was wrapped at some width is wrapped again at
the same width.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from app.core.messages import Msg
from app.core.tasks.formats.base import (
    FormatDoc,
    Segment,
    atomic_write,
    protect,
    read_text,
    translatable,
)

_BULLET = re.compile(r"^(\s*(?:[-*•]|\d{1,3}[.)]|[a-zA-Z][.)])\s+)(.*)$")
PROTECT = re.compile(r"https?://\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b")


@dataclass
class _Block:
    lines: list[str]  # original lines
    segment: int | None = None  # whole paragraph as one segment
    items: list[tuple[str, int | None]] | None = None  # (marker, segment) per list line
    width: int = 0  # wrap width, 0 = one line


class TextDoc(FormatDoc):
    def __init__(self, path: Path, text: str, newline: str) -> None:
        self.path = path
        self.newline = newline
        self.segments: list[Segment] = []
        self.blocks: list[_Block | str] = []  # str = separator lines kept as they are
        self._parse(text)

    @classmethod
    def read(cls, path: Path) -> TextDoc:
        raw = read_text(path)
        newline = "\r\n" if "\r\n" in raw else "\n"
        return cls(path, raw.replace("\r\n", "\n"), newline)

    def _segment(self, text: str, kind: str, line: int) -> int | None:
        if not translatable(text):
            return None
        masked, spans = protect(text, PROTECT)
        self.segments.append(Segment(masked, kind, Msg("line {line}", line=line), spans))
        return len(self.segments) - 1

    def _parse(self, text: str) -> None:
        lines = text.split("\n")
        i = 0
        while i < len(lines):
            if not lines[i].strip():
                self.blocks.append(lines[i])
                i += 1
                continue
            j = i
            while j < len(lines) and lines[j].strip():
                j += 1
            self.blocks.append(self._block(lines[i:j], i + 1))
            i = j

    def _block(self, lines: list[str], line_no: int) -> _Block:
        block = _Block(lines)
        if all(ln.startswith(("    ", "\t")) for ln in lines):
            return block  # indented: code or a drawn table, kept as is
        if all(_BULLET.match(ln) for ln in lines):
            block.items = []
            for k, ln in enumerate(lines):
                marker, body = _BULLET.match(ln).groups()
                block.items.append((marker, self._segment(body, "item", line_no + k)))
            return block
        joined = " ".join(ln.strip() for ln in lines)
        if len(lines) > 1:
            block.width = max(len(ln) for ln in lines)
        block.segment = self._segment(joined, "paragraph", line_no)
        return block

    def write(self, path: Path, translations: list[str | None]) -> None:
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, str):
                out.append(block)
                continue
            if block.items is not None:
                for (marker, seg), original in zip(block.items, block.lines, strict=True):
                    text = self._text(seg, translations)
                    out.append(original if text is None else marker + text)
                continue
            text = self._text(block.segment, translations)
            if text is None:
                out.extend(block.lines)
                continue
            indent = block.lines[0][: len(block.lines[0]) - len(block.lines[0].lstrip())]
            if block.width:
                out.extend(textwrap.wrap(text, width=max(block.width, 20),
                                         initial_indent=indent, subsequent_indent=indent,
                                         break_on_hyphens=False) or [indent])
            else:
                out.append(indent + text)
        atomic_write(path, self.newline.join(out).encode("utf-8"))

    def _text(self, seg: int | None, translations: list[str | None]) -> str | None:
        """A segment's translation on one line; None keeps the original lines."""
        if seg is None:
            return None
        new = translations[seg]
        if new is None:
            segment = self.segments[seg]
            return "[not translated] " + segment.restore(segment.text)
        return " ".join(self.segments[seg].restore(new).split())
