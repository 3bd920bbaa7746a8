"""Cut text into pieces that fit a token budget, at the most natural boundary
available: sections (headings), then paragraphs, then sentences, then words."""

from __future__ import annotations

import re
from collections.abc import Callable

Counter = Callable[[str], int]
_SENTENCE = re.compile(r"(?<=[.!?。！？;:])\s+")
_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s")


def paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def _split_long(text: str, count: Counter, budget: int) -> list[str]:
    """A piece longer than the budget: by sentences, and a sentence too long by words."""
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        if count(sentence) <= budget:
            out.append(sentence)
            continue
        words = sentence.split(" ")
        cur: list[str] = []
        for word in words:
            if count(word) > budget:  # one giant "word" (a data dump): cut it by characters
                out.extend([" ".join(cur)] if cur else [])
                out.extend(word[i:i + budget] for i in range(0, len(word), budget))
                cur = []
                continue
            if cur and count(" ".join(cur + [word])) > budget:
                out.append(" ".join(cur))
                cur = []
            cur.append(word)
        if cur:
            out.append(" ".join(cur))
    return _pack(out, count, budget, " ")


def _pack(pieces: list[str], count: Counter, budget: int, sep: str,
          sizes: list[int] | None = None) -> list[str]:
    """Greedily join consecutive pieces while the sum stays within the budget.

    A heading starts a new chunk when the current one is already half full, so
    chunks follow the document's sections where they can.
    """
    sizes = sizes if sizes is not None else [count(p) for p in pieces]
    chunks: list[str] = []
    cur: list[str] = []
    used = 0
    for piece, size in zip(pieces, sizes, strict=True):
        starts_section = bool(_HEADING_LINE.match(piece))
        if cur and (used + size + 2 > budget or (starts_section and used > budget // 2)):
            chunks.append(sep.join(cur))
            cur, used = [], 0
        cur.append(piece)
        used += size + 2
    if cur:
        chunks.append(sep.join(cur))
    return chunks


def split_to_budget(text: str, count: Counter, budget: int) -> list[str]:
    """Chunks of `text`, each at most about `budget` tokens, in order, none empty."""
    if not text.strip():
        return []
    if count(text) <= budget:
        return [text.strip()]
    pieces: list[str] = []
    sizes: list[int] = []
    for para in paragraphs(text):
        size = count(para)
        if size <= budget:
            pieces.append(para)
            sizes.append(size)
        else:
            for part in _split_long(para, count, budget):
                pieces.append(part)
                sizes.append(count(part))
    return _pack(pieces, count, budget, "\n\n", sizes)
