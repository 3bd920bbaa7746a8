"""A small glossary carried across translation chunks, so names and terms come
out the same way every time they appear.

It learns from finished chunks: a short segment (a heading, a table cell, a
list item of a few words) gives its own translation as a term, and names
(capitalized words inside a sentence, acronyms, CamelCase) that the model
kept as they were are pinned as kept. Each chunk's prompt carries only the
entries whose source term occurs in that chunk.
"""

from __future__ import annotations

import re

_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+"  # multi-word names: New York, Hearth Desktop
    r"|[A-Z]{2,}[a-z]?s?"  # acronyms: GGUF, API, PDFs
    r"|[A-Z][a-z]+[A-Z]\w*"  # CamelCase: PySide, JavaScript
    r"|(?<=[a-z,;:] )[A-Z][a-z]{2,})\b"  # a capitalized word inside a sentence
)
_MARKER = re.compile(r"\[\d+\]")


class Glossary:
    def __init__(self, max_entries: int = 400, per_prompt: int = 8) -> None:
        self.entries: dict[str, str] = {}
        self.max_entries = max_entries
        self.per_prompt = per_prompt

    def learn(self, source: str, translation: str, kind: str) -> None:
        """Take what a finished chunk teaches: short terms and kept names."""
        if not translation or len(self.entries) >= self.max_entries:
            return
        src, tgt = " ".join(source.split()), " ".join(translation.split())
        short = 1 <= len(src.split()) <= 4 and len(tgt.split()) <= 8
        if kind in ("heading", "cell", "item", "run") and short and not _MARKER.search(src) \
                and src.lower() != tgt.lower() and "\n" not in translation:
            self.entries.setdefault(src, tgt.rstrip("."))
        for name in set(_NAME.findall(source)):
            if name in translation:
                self.entries.setdefault(name, name)

    def relevant(self, text: str) -> list[tuple[str, str]]:
        """Entries whose term occurs in `text`, longest terms first."""
        found = [(s, t) for s, t in self.entries.items()
                 if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]
        found.sort(key=lambda e: -len(e[0]))
        return found[: self.per_prompt]

    def prompt(self, text: str) -> str:
        """A short block for the prompt ('' when nothing applies)."""
        entries = self.relevant(text)
        if not entries:
            return ""
        lines = [f"- {s} = {t}" if s != t else f"- {s} (keep as is)" for s, t in entries]
        return "Use these translations:\n" + "\n".join(lines) + "\n\n"
