"""Reasoning models (Qwen3, DeepSeek-R1 distills, ...) write their thinking between tags
such as `<think>` and `</think>` before the answer. `ReasoningSplitter` parts a streamed
reply into reasoning and answer as it arrives, holding back only the few characters
that could be the start of a tag split across two pieces.

Only a tag at the very start of the reply opens reasoning (a model that mentions
"<think>" in its answer keeps it there). Some templates open the tag themselves at the
end of the prompt (DeepSeek-R1's adds `<think>\\n`): `opened_by_prompt` sees that, and
the reply then starts inside the reasoning.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

# (open, close) pairs used by current open models' templates; the first is the default.
TAGS: tuple[tuple[str, str], ...] = (
    ("<think>", "</think>"),
    ("<thinking>", "</thinking>"),
    ("<|begin_of_thought|>", "<|end_of_thought|>"),
)


def tags_for(template_source: str | None) -> tuple[str, str]:
    """The reasoning tags a chat template names (by default `<think>`, `</think>`)."""
    for pair in TAGS:
        if template_source and pair[0] in template_source and pair[1] in template_source:
            return pair
    return TAGS[0]


def supports_thinking_switch(template_source: str | None) -> bool:
    """Whether the template reads `enable_thinking` (Qwen3 and its kin)."""
    return bool(template_source) and "enable_thinking" in (template_source or "")


def opened_by_prompt(prompt: str, tags: tuple[str, str] = TAGS[0]) -> bool:
    """True when the rendered prompt ends inside an open reasoning tag."""
    tail = prompt[-400:]
    opened = tail.rfind(tags[0])
    return opened >= 0 and tail.rfind(tags[1]) < opened and not tail[opened:].strip(
    ).removeprefix(tags[0]).strip()


@dataclass
class Split:
    reasoning: str = ""
    answer: str = ""


class ReasoningSplitter:
    """Feed streamed pieces; each `feed` returns the new reasoning and answer text."""

    def __init__(self, tags: tuple[str, str] = TAGS[0], inside: bool = False) -> None:
        self.open, self.close = tags
        self.state = "reasoning" if inside else "start"
        self.buffer = ""
        self.trim = False
        self.reasoning = ""
        self.answer = ""
        self.started: float | None = time.monotonic() if inside else None
        self.seconds = 0.0

    def feed(self, piece: str) -> Split:
        self.buffer += piece
        out = Split()
        while True:
            if self.state == "start":
                head = self.buffer.lstrip()
                if head.startswith(self.open):
                    self.buffer = head[len(self.open):]
                    self.state, self.started = "reasoning", time.monotonic()
                    continue
                if head and not self.open.startswith(head):
                    self.state = "answer"  # an ordinary reply
                    continue
                return out  # only whitespace or part of the tag so far
            if self.state == "reasoning":
                end = self.buffer.find(self.close)
                if end >= 0:
                    out.reasoning += self.buffer[:end]
                    self.buffer = self.buffer[end + len(self.close):]
                    self._stop_clock()
                    self.state, self.trim = "answer", True
                    continue
                keep = _partial_suffix(self.buffer, self.close)
                out.reasoning += self.buffer[:len(self.buffer) - keep]
                self.buffer = self.buffer[len(self.buffer) - keep:]
                break
            if self.trim:  # the blank lines after the closing tag, even in later pieces
                self.buffer = self.buffer.lstrip()
                self.trim = not self.buffer
            out.answer += self.buffer
            self.buffer = ""
            break
        self.reasoning += out.reasoning
        self.answer += out.answer
        return out

    def finish(self) -> Split:
        """The text still held back once the reply ends."""
        out = Split()
        if self.state == "reasoning":
            out.reasoning = self.buffer
            self._stop_clock()
        else:
            out.answer = self.buffer
        self.buffer = ""
        self.reasoning += out.reasoning
        self.answer += out.answer
        return out

    @property
    def thinking(self) -> bool:
        return self.state == "reasoning"

    def _stop_clock(self) -> None:
        if self.started is not None:
            self.seconds = time.monotonic() - self.started


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest end of `text` that is a start of `tag`."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0


def split_text(text: str, tags: tuple[str, str] = TAGS[0], inside: bool = False) -> Split:
    """A whole reply parted at once (remote replies, old stored text)."""
    splitter = ReasoningSplitter(tags, inside)
    splitter.feed(text)
    splitter.finish()
    return Split(splitter.reasoning.strip(), splitter.answer)
