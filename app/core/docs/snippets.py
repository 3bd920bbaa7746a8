"""Retrieved snippets and how they are written into a prompt.

The numbers [1], [2]... given here are the ones the model is asked to cite and
the ones the answer's citations carry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

INSTRUCTIONS = (
    "Answer the question using the numbered excerpts from the user's documents below. "
    "After each statement, cite the excerpt it comes from as [1], [2], and so on."
)
ONLY_INSTRUCTIONS = (
    " Use only these excerpts. If they do not contain the answer, say that the documents "
    "do not contain it."
)


@dataclass
class Snippet:
    n: int  # citation number, 1-based
    chunk_id: int
    path: str
    page: int
    heading: str
    score: float  # cosine similarity to the question (0..1 for related text)
    rank_score: float  # reciprocal rank fusion of vector and keyword ranks
    text: str
    char_start: int = 0
    char_end: int = 0
    page_unit: str = "page"
    ocr: bool = False  # the passage was read from a scanned page

    @property
    def name(self) -> str:
        return Path(self.path).name

    def label(self) -> str:
        where = f"{self.name}, {self.page_unit} {self.page}" + (" (OCR)" if self.ocr else "")
        return f"{where} ({self.heading})" if self.heading else where

    def to_dict(self) -> dict:
        d = asdict(self)
        d["score"] = round(self.score, 4)
        d["rank_score"] = round(self.rank_score, 5)
        return d

    def citation(self) -> dict:
        """The citation fields the CLI and GUI show: n, path, page, score, text (+ heading)."""
        return {"n": self.n, "path": self.path, "page": self.page,
                "score": round(self.score, 4), "text": self.text, "heading": self.heading,
                "page_unit": self.page_unit, "ocr": self.ocr}


def format_snippets(snippets: list[Snippet], count_tokens: Callable[[str], int],
                    budget: int, documents_only: bool = False) -> tuple[str, list[Snippet]]:
    """The documents block of the system message, with as many snippets (best first)
    as fit in `budget` tokens; returns (text, snippets used), renumbered from 1."""
    head = INSTRUCTIONS + (ONLY_INSTRUCTIONS if documents_only else "")
    used: list[Snippet] = []
    parts = [head]
    total = count_tokens(head)
    for snip in snippets:
        n = len(used) + 1
        block = f"[{n}] {snip.label()}\n{snip.text.strip()}"
        cost = count_tokens(block) + 2
        if total + cost > budget:
            if used:
                break
            # Not even one snippet fits whole: cut the first one to the budget.
            keep = max(0, int(len(snip.text) * (budget - total) / max(cost, 1)) - 20)
            if keep < 80:
                break
            block = f"[{n}] {snip.label()}\n{snip.text.strip()[:keep]}…"
            cost = count_tokens(block) + 2
        used.append(Snippet(**{**snip.__dict__, "n": n}))
        parts.append(block)
        total += cost
    if not used:
        return "", []
    return "\n\n".join(parts), used
