"""What every translatable format shares: segments, protected spans, atomic writes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core.docs.text import decode_text
from app.core.errors import DocumentError, HearthError
from app.core.messages import Msg

# Spans a model must not touch are swapped for numbered markers before
# translation and put back after; a reply that lost a marker is a failure.
MARKER = "[{}]"
_MARKER_RE = re.compile(r"\[(\d{1,3})\]")


@dataclass
class Segment:
    text: str  # what the model translates (protected spans already replaced by markers)
    kind: str  # heading | paragraph | item | cell | text | run
    where: str = ""  # where it is, for reports: Msg("line {line}"), Msg("paragraph {n}")
    protected: list[str] = field(default_factory=list)

    def restore(self, translated: str) -> str:
        return restore(translated, self.protected)


def protect(text: str, pattern: re.Pattern[str]) -> tuple[str, list[str]]:
    """Replace every match of `pattern` by a marker; returns the text and the spans."""
    spans: list[str] = []

    def swap(m: re.Match[str]) -> str:
        spans.append(m.group(0))
        return MARKER.format(len(spans))

    # Existing bracketed numbers would be confused with markers: protect them too.
    text = _MARKER_RE.sub(swap, text) if _MARKER_RE.search(text) else text
    return pattern.sub(swap, text), spans


def missing_markers(translated: str, spans: list[str]) -> list[int]:
    found = [int(m) for m in _MARKER_RE.findall(translated)]
    return [i for i in range(1, len(spans) + 1) if found.count(i) != 1]


def restore(translated: str, spans: list[str]) -> str:
    if not spans:
        return translated

    def back(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return spans[i - 1] if 1 <= i <= len(spans) else m.group(0)

    return _MARKER_RE.sub(back, translated)


class FormatDoc:
    """A document split into segments; `write` puts translations back in its format."""

    path: Path
    segments: list[Segment]

    def plain_text(self) -> str:
        """The translatable text, for language detection."""
        return "\n\n".join(s.text for s in self.segments)

    def write(self, path: Path, translations: list[str | None]) -> None:
        """Write the document with each segment replaced by its translation.

        None keeps a segment's original text (a failed chunk) with a visible mark
        where the format has room for one.
        """
        raise NotImplementedError


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename: a full disk never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HearthError(Msg("Cannot write {path}: {error}.", path=str(path),
                              error=str(exc.strerror or exc)),
                          Msg("Free some disk space or choose another output folder (-o).")
                          ) from exc


def split_ws(text: str) -> tuple[str, str, str]:
    """(leading whitespace, core, trailing whitespace)."""
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.find(core)
    return text[:start], core, text[start + len(core):]


def translatable(text: str) -> bool:
    """Whether text has any letters worth sending to a model."""
    return any(c.isalpha() for c in text)


def read_text(path: Path) -> str:
    """A text file's content in whatever encoding it is in (the documents loader's decoder)."""
    data = path.read_bytes()
    if not data.strip():
        raise DocumentError(Msg("{name} is empty.", name=path.name),
                            Msg("Choose a file with some text in it."))
    return decode_text(data, path.name)[0]
