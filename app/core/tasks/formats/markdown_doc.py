"""Markdown, translated in place.

markdown-it-py parses the file and gives each block its source lines; only
the text of headings, paragraphs (in lists and quotes too) and table cells
becomes a segment. The block's own markup (`## `, `- `, `1. `, `> `, pipes)
stays where it was, and code blocks, HTML blocks, front matter and blank lines
are copied byte for byte. Inside a segment, code spans, link targets, images,
inline HTML and URLs are protected by markers the model never translates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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

PROTECT = re.compile(
    r"(`+)[^`]*?\1"  # code spans
    r"|!\[[^\]]*\]\([^)]*\)"  # images, whole
    r"|(?<=\])\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)"  # link targets (url "title")
    r"|(?<=\])\[[^\]]*\]"  # reference-link labels
    r"|<(?:https?|mailto|ftp):[^>\s]+>"  # autolinks
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # inline HTML tags
    r"|https?://[^\s)>\]]+"  # bare URLs
    r"|&#?\w+;"  # entities
)


@dataclass
class _Edit:
    start: int  # column where the translated text goes
    end: int
    segment: int
    drop: list[int] = field(default_factory=list)  # continuation lines folded into this one


class MarkdownDoc(FormatDoc):
    def __init__(self, path: Path, text: str, newline: str) -> None:
        self.path = path
        self.newline = newline
        self.lines = text.split("\n")
        self.segments: list[Segment] = []
        self.edits: dict[int, list[_Edit]] = {}
        self.skipped: list[str] = []  # blocks left as they are (their text could not be located)
        self._tails: dict[int, str] = {}  # what followed a folded paragraph's last line

    @classmethod
    def read(cls, path: Path) -> MarkdownDoc:
        raw = read_text(path)
        newline = "\r\n" if "\r\n" in raw else "\n"
        doc = cls(path, raw.replace("\r\n", "\n"), newline)
        doc._parse()
        return doc

    def _parse(self) -> None:
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
        tokens = md.parse("\n".join(self.lines))
        parents: list = []
        for tok in tokens:
            if tok.nesting == 1:
                parents.append(tok)
            elif tok.nesting == -1 and parents:
                parents.pop()
            if tok.type == "tr_open" and tok.map:
                self._table_row(tok.map[0])
            elif tok.type == "inline" and parents and parents[-1].type in (
                    "heading_open", "paragraph_open") and parents[-1].map:
                kind = "heading" if parents[-1].type == "heading_open" else (
                    "item" if any(p.type == "list_item_open" for p in parents) else "paragraph")
                self._block(parents[-1].map[0], tok.content, kind)

    def _add(self, line: int, start: int, end: int, text: str, kind: str,
             drop: list[int] | None = None) -> None:
        if not translatable(text):
            return
        masked, spans = protect(text, PROTECT)
        if not translatable(re.sub(r"\[\d+\]", "", masked)):
            return  # nothing but code, links or markup
        self.segments.append(Segment(masked, kind, Msg("line {line}", line=line + 1), spans))
        self.edits.setdefault(line, []).append(
            _Edit(start, end, len(self.segments) - 1, drop or []))

    def _block(self, first: int, content: str, kind: str) -> None:
        """A heading or paragraph: its lines fold into the first one, after its markup."""
        parts = content.split("\n")
        located = []
        for k, part in enumerate(parts):
            line_no = first + k
            if line_no >= len(self.lines):
                break
            col = self.lines[line_no].find(part.strip())
            if col < 0:
                break
            located.append((line_no, col, col + len(part.strip())))
        if len(located) != len(parts):
            self.skipped.append(f"line {first + 1}")
            return
        line_no, start, _ = located[0]
        last_line, _, last_end = located[-1]
        end = last_end if last_line == line_no else len(self.lines[line_no])
        # Text after the last part (a closing '##', trailing spaces) stays on the first line.
        text = " ".join(p.strip() for p in parts)
        self._add(line_no, start, end, text, kind, [ln for ln, _, _ in located[1:]])
        if last_line != line_no:
            self._tails[line_no] = self.lines[last_line][last_end:]

    def _table_row(self, line_no: int) -> None:
        line = self.lines[line_no]
        for start, end in _cell_spans(line):
            cell = line[start:end]
            lead = len(cell) - len(cell.lstrip())
            core = cell.strip()
            if core:
                self._add(line_no, start + lead, start + lead + len(core), core, "cell")

    def write(self, path: Path, translations: list[str | None]) -> None:
        out: list[str] = []
        dropped = {d for edits in self.edits.values() for e in edits for d in e.drop}
        for i, line in enumerate(self.lines):
            if i in dropped:
                continue
            edits = sorted(self.edits.get(i, []), key=lambda e: e.start, reverse=True)
            for e in edits:
                seg = self.segments[e.segment]
                new = translations[e.segment]
                if new is None:
                    # A failed chunk keeps its original text, marked so a reader sees it.
                    original = seg.restore(seg.text)
                    new = original + " <!-- hearth: not translated -->" if seg.kind != "cell" \
                        else original
                else:
                    new = " ".join(seg.restore(new).split())  # one line: the markup stays valid
                tail = self._tails.get(i, "") if e.drop else ""
                line = line[:e.start] + new + (tail if e.drop else line[e.end:])
            out.append(line)
        atomic_write(path, self.newline.join(out).encode("utf-8"))


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Column spans of a table row's cells (pipes inside code spans or escaped don't split)."""
    cuts = []
    in_code = False
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\":
            i += 2
            continue
        if c == "`":
            in_code = not in_code
        elif c == "|" and not in_code:
            cuts.append(i)
        i += 1
    bounds = [-1] + cuts + [len(line)]
    spans = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b - a > 1 or (a >= 0 and b < len(line)):
            spans.append((a + 1, b))
    # Leading/trailing pipes leave empty outer spans; drop those with no text.
    return [(a, b) for a, b in spans if line[a:b].strip()]
