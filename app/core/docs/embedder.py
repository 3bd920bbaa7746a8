"""Sentence embeddings for chunks and queries (sentence-transformers).

torch is imported only when the first text is embedded, so the app starts fast.
The tokenizer used for chunking comes from the model's tokenizer.json through
the `tokenizers` package, which needs no torch.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.docs.embed_process import EmbeddingProcess, dimension, encode_with, load_model
from app.core.errors import HearthError

if TYPE_CHECKING:  # numpy is imported when first used: the window starts faster
    import numpy as np

# Texts per forward pass. On a CPU small batches win: each is padded to its longest
# text, and attention grows with the square of that length (167 mixed chunks: 6.3 s
# at 16 against 10.1 s at 64, bench/indexing.py's corpus, 2 threads). A GPU wants more.
CPU_BATCH, GPU_BATCH = 16, 64


class EmbeddingModelMissing(HearthError):
    pass


def resolve_model(setting: str = "") -> tuple[str, Path]:
    """(model id, folder) of the embedding model named by the `embedding_model` setting.

    Empty means the bundled all-MiniLM-L6-v2; otherwise a folder holding a
    sentence-transformers model.
    """
    if not setting:
        from app.core.models import bundled

        path = bundled.path_of(bundled.EMBEDDING)
        if path is None:
            raise EmbeddingModelMissing(
                "The bundled embedding model (all-MiniLM-L6-v2) is not installed.",
                "Run `python3 bootstrap.py --no-start` to set it up.",
            )
        return bundled.EMBEDDING.id, Path(path)
    path = Path(setting).expanduser()
    if not (path / "config.json").exists() and not (path / "modules.json").exists():
        raise EmbeddingModelMissing(
            f"The embedding model folder {path} does not hold a sentence-transformers model.",
            "Set embedding_model in Settings to such a folder, or clear it to use the bundled one.",
        )
    return path.name, path


class Embedder:
    """Loads the model on first use; `encode` is safe to call from several threads."""

    def __init__(self, setting: str = "", threads: int = 0, device: str | None = None,
                 isolated: bool = False) -> None:
        """`isolated` keeps the model in a child process (the window: see embed_process)."""
        self.model_id, self.path = resolve_model(setting)
        self.threads = threads
        self._device = device
        self._model = None
        self._tokenizer = None
        self._lock = threading.Lock()
        self._process: EmbeddingProcess | None = (
            EmbeddingProcess(self.path, threads, device) if isolated else None)

    # tokenizer (no torch) ---------------------------------------------------
    @property
    def tokenizer(self):
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(self.path / "tokenizer.json"))
            tok.no_truncation()
            tok.no_padding()
            self._tokenizer = tok
        return self._tokenizer

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        return [len(e.ids) for e in self.tokenizer.encode_batch(list(texts),
                                                                 add_special_tokens=False)]

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        return list(self.tokenizer.encode(text, add_special_tokens=False).offsets)

    @property
    def max_tokens(self) -> int:
        """Longest input the model reads (word pieces, special tokens excluded)."""
        import json

        cfg = self.path / "sentence_bert_config.json"
        if cfg.exists():
            return int(json.loads(cfg.read_text()).get("max_seq_length", 256)) - 2
        return 254

    # model ----------------------------------------------------------------------
    @property
    def isolated(self) -> bool:
        return self._process is not None

    def load(self):
        """The loaded model (None when it lives in a child process, which is started)."""
        if self._process is not None:
            self._process.start()
            return None
        with self._lock:
            if self._model is None:
                try:
                    self._model = load_model(self.path, self.threads, self._device)
                except (OSError, ValueError) as exc:
                    raise EmbeddingModelMissing(
                        f"The embedding model at {self.path} cannot be loaded: {exc}.",
                        "Check the embedding_model setting, or clear it to use the bundled one.",
                    ) from exc
            return self._model

    @property
    def device(self) -> str:
        model = self.load()
        return self._process.device if self._process is not None else str(model.device)

    @property
    def loaded(self) -> bool:
        if self._process is not None:
            return self._process.running
        return self._model is not None

    @property
    def dim(self) -> int:
        """Vector size; read from the model's files when they say it, so no torch is needed."""
        if not self.loaded:
            known = _dim_from_files(self.path)
            if known:
                return known
        model = self.load()
        return self._process.dim if self._process is not None else dimension(model)

    def auto_batch(self) -> int:
        """Texts per forward pass for this model's device."""
        return GPU_BATCH if self.device.startswith("cuda") else CPU_BATCH

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        """Normalized float32 vectors, one row per text (`batch_size` None: auto)."""
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        batch_size = batch_size or self.auto_batch()
        if self._process is not None:
            return self._process.encode(texts, batch_size)
        model = self.load()
        with self._lock:
            return encode_with(model, texts, batch_size)

    def close(self) -> None:
        """Stop the child process, if the model lives in one."""
        if self._process is not None:
            self._process.close()


def _dim_from_files(path: Path) -> int | None:
    """The output size of a Transformer + Pooling (+ Normalize) model, from its config."""
    import json

    try:
        modules = json.loads((path / "modules.json").read_text())
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if kinds[:2] != ["Transformer", "Pooling"] or set(kinds[2:]) - {"Normalize"}:
            return None
        pooling = json.loads((path / modules[1]["path"] / "config.json").read_text())
        return int(pooling["word_embedding_dimension"])
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return None
