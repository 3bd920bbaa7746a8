"""The embedding model's tokenizer in a child process, for the window.

`tokenizers.Tokenizer.from_file` parses tokenizer.json in one call that holds
the GIL: 0.05 s for all-MiniLM-L6-v2, 1.2 s for multilingual-e5-small's 16 MB
file, a frozen window either way when indexing starts. The window's chunker asks
this child for token counts and spans instead (one round trip per page or long
paragraph); the CLI keeps the tokenizer in its own process.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.core.child_process import ChildError, ChildProcess
from app.core.messages import Msg

START_TIMEOUT_S = 120.0
REQUEST_TIMEOUT_S = 300.0


def load_tokenizer(path: Path):
    """The model's fast tokenizer, with no truncation or padding (counts are exact)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def count_with(tok, texts: Sequence[str]) -> list[int]:
    if not texts:
        return []
    return [len(e.ids) for e in tok.encode_batch(list(texts), add_special_tokens=False)]


def spans_with(tok, text: str) -> list[tuple[int, int]]:
    return list(tok.encode(text, add_special_tokens=False).offsets)


def _setup(path: str):
    """In the child: requests are ("count", texts) or ("spans", text)."""
    tok = load_tokenizer(Path(path))

    def handle(what: str, arg) -> tuple:
        return (count_with(tok, arg) if what == "count" else spans_with(tok, arg),)

    return handle, ()


class TokenizerProcess:
    """Token counts and spans from a child process; any thread may call."""

    def __init__(self, path: Path) -> None:
        # niced like the embedding child: parsing a 16 MB tokenizer.json is a second of
        # CPU the window should not lose on a busy machine
        self._child = ChildProcess(_setup, (str(path),), name="hearth-tokenizer",
                                   start_timeout_s=START_TIMEOUT_S, nice=5)

    @property
    def running(self) -> bool:
        return self._child.running

    def count(self, texts: Sequence[str]) -> list[int]:
        return self._ask("count", list(texts))

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [tuple(s) for s in self._ask("spans", text)]

    def _ask(self, what: str, arg):
        from app.core.docs.embed_process import EmbeddingProcessError

        try:
            return self._child.request(what, arg, timeout_s=REQUEST_TIMEOUT_S)[0]
        except ChildError as exc:  # one sentence for the user, as the embedder's child
            raise EmbeddingProcessError(
                Msg("The embedding model's tokenizer stopped working ({error}).",
                    error=f"{type(exc).__name__}: {exc}"),
                Msg("Try again; the files indexed so far are kept.")) from exc

    def close(self) -> None:
        self._child.stop()
