"""Catch a small model stuck in a loop while it streams, so it can be stopped early.

Three signs of a loop: the end of the text is one phrase repeated back to back
("the cat the cat the cat ..."), one longer n-gram turns up many times in a
short text (a sentence that keeps coming back with other words between), or a
whole passage comes back word for word (a paragraph written twice).
Words are the unit; scripts written without spaces fall back to characters.
"""

from __future__ import annotations

import re
from collections import Counter

from app.core.messages import Msg

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)
PASSAGE_UNITS = 20  # words and marks (about 15 words) that may not come back verbatim


def _units(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    # Few spaces for much text (Chinese, Japanese): count characters instead.
    if len(text) > 40 and len(words) < len(text) / 12:
        return [c for c in text if not c.isspace()]
    return words


class RepetitionDetector:
    """Feed streamed text; `looping` turns true once the text repeats itself."""

    def __init__(self, max_period: int = 24, min_tail_repeats: int = 4,
                 ngram: int = 6, max_ngram_count: int = 4, min_units: int = 12,
                 passage: int = PASSAGE_UNITS) -> None:
        self.max_period = max_period
        self.passage = passage
        self.min_tail_repeats = min_tail_repeats
        self.ngram = ngram
        self.max_ngram_count = max_ngram_count
        self.min_units = min_units
        self.text = ""
        self.reason = ""
        self._checked_len = 0

    @property
    def looping(self) -> bool:
        return bool(self.reason)

    def feed(self, piece: str) -> bool:
        """Add streamed text; returns True once a loop is detected."""
        self.text += piece
        # Checking every few characters is enough and keeps this cheap.
        if not self.reason and len(self.text) - self._checked_len >= 8:
            self._checked_len = len(self.text)
            self.reason = check_repetition(self.text, self.max_period, self.min_tail_repeats,
                                           self.ngram, self.max_ngram_count, self.min_units,
                                           self.passage)
        return self.looping


def check_repetition(text: str, max_period: int = 24, min_tail_repeats: int = 4,
                     ngram: int = 6, max_ngram_count: int = 4, min_units: int = 12,
                     passage: int = PASSAGE_UNITS) -> str:
    """A reason string when `text` loops, else ''. `passage` 0 allows repeated passages."""
    units = _units(text)
    if len(units) < min_units:
        return ""
    for period in range(1, max_period + 1):
        # Short periods ("the the the") need more repeats to count as a loop.
        repeats = max(min_tail_repeats, 8 // period + 2) if period < 3 else min_tail_repeats
        span = period * repeats
        if span > len(units):
            break
        tail = units[-span:]
        unit = tail[:period]
        if all(tail[i] == unit[i % period] for i in range(span)):
            phrase = " ".join(unit) if len(unit) > 1 or len(unit[0]) > 1 else unit[0]
            return Msg("the model repeated '{phrase}' {count}+ times", phrase=phrase[:60],
                       count=repeats)
    if len(units) >= ngram * max_ngram_count:
        grams = Counter(tuple(units[i:i + ngram]) for i in range(len(units) - ngram + 1))
        gram, count = grams.most_common(1)[0]
        if count >= max_ngram_count and len(set(gram)) > 2:
            return Msg("the model repeated '{phrase}' {count} times",
                       phrase=" ".join(gram)[:60], count=count)
    if passage and len(units) >= 2 * passage:
        seen: set[tuple[str, ...]] = set()
        for i in range(len(units) - passage + 1):
            gram = tuple(units[i:i + passage])
            # many distinct words: table rules and list markers are not a passage
            if gram in seen and len(set(gram)) > passage // 2:
                return Msg("the model wrote the passage '{phrase}...' twice",
                           phrase=" ".join(gram[:8]))
            seen.add(gram)
    return ""
