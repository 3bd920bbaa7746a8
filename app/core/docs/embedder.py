"""Sentence embeddings for chunks and queries (sentence-transformers).

torch is imported only when the first text is embedded, so the app starts fast.
The tokenizer used for chunking comes from the model's tokenizer.json through
the `tokenizers` package, which needs no torch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.docs.embed_process import EmbeddingProcess, dimension, encode_with, load_model
from app.core.docs.tokenizer_process import TokenizerProcess
from app.core.errors import HearthError
from app.core.messages import Msg

if TYPE_CHECKING:  # numpy is imported when first used: the window starts faster
    import numpy as np

    from app.core.docs.query_encoder import QueryEncoder

# Texts per forward pass. On a CPU small batches win: each is padded to its longest
# text, and attention grows with the square of that length (167 mixed chunks: 6.3 s
# at 16 against 10.1 s at 64, bench/indexing.py's corpus, 2 threads). A GPU wants more.
CPU_BATCH, GPU_BATCH = 16, 64


class EmbeddingModelMissing(HearthError):
    pass


def _is_model_folder(path: Path) -> bool:
    return (path / "config.json").exists() or (path / "modules.json").exists()


def resolve_model(setting: str = "", default: str = "") -> tuple[str, Path]:
    """(model id, folder) of an embedding model named by a setting or a collection.

    Empty means `default` (the `embedding_model` setting), and that empty means the
    bundled all-MiniLM-L6-v2. A name is a bundled model's id (`all-minilm-l6-v2`,
    `multilingual-e5-small`), a hub repo downloaded through the model manager
    (`intfloat/multilingual-e5-small`), or a folder holding a sentence-transformers
    model (its id is then the folder's path).
    """
    from app.core.models import bundled

    setting = (setting or default or "").strip()
    wanted = setting or bundled.EMBEDDING.id
    for model in bundled.EMBEDDINGS:
        if wanted == model.id:
            path = bundled.path_of(model)
            if path is None:
                raise EmbeddingModelMissing(
                    Msg("The bundled embedding model {model} is not installed.", model=model.id),
                    Msg("Run `python3 bootstrap.py --no-start` to set it up."))
            return model.id, Path(path)
    if default and Path(default).name == setting and setting != default:
        return resolve_model(default)  # collections of a folder setting recorded its name
    path = Path(setting).expanduser()
    if path.is_absolute() or setting.startswith((".", "~")):
        if not _is_model_folder(path):
            raise EmbeddingModelMissing(
                Msg("The embedding model folder {path} does not hold a sentence-transformers "
                    "model.", path=str(path)),
                Msg("Pick such a folder in Settings > Documents, or clear it to use the "
                    "bundled one."))
        return str(path.resolve()), path
    from app.core.errors import HubError
    from app.core.models.names import embedding_dir

    try:
        folder = embedding_dir(setting) if setting.count("/") == 1 else None
    except HubError:  # not a repo id
        folder = None
    if folder is not None and _is_model_folder(folder) and (folder / ".hearth-complete").exists():
        return setting, folder
    if setting.count("/") == 1:
        raise EmbeddingModelMissing(
            Msg("The embedding model {model} is not downloaded.", model=setting),
            Msg("Download it with `hearth models pull {model} --embedding` or in Models.",
                model=setting))
    raise EmbeddingModelMissing(
        Msg("There is no embedding model called '{model}'.", model=setting),
        Msg("Use {english}, {multilingual}, a downloaded hub model (owner/name) or a model "
            "folder.", english=bundled.EMBEDDING.id, multilingual=bundled.MULTILINGUAL.id))


class Embedder:
    """Loads the model on first use; `encode` is safe to call from several threads."""

    def __init__(self, setting: str = "", threads: int = 0, device: str | None = None,
                 isolated: bool = False, default: str = "") -> None:
        """`isolated` keeps the model in a child process (the window: see embed_process)."""
        self.model_id, self.path = resolve_model(setting, default)
        self.threads = threads
        self._device = device
        self._model = None
        self._tokenizer = None
        self._lock = threading.Lock()
        self._process: EmbeddingProcess | None = (
            EmbeddingProcess(self.path, threads, device) if isolated else None)
        # the window's tokenizer lives in a child too: parsing tokenizer.json holds the
        # GIL (1.2 s for multilingual-e5-small), see tokenizer_process
        self._tok_process = TokenizerProcess(self.path) if isolated else None
        self._queries: QueryEncoder | None | bool = None  # False: looked, there is none
        self._export_asked = False

    # tokenizer (no torch) ---------------------------------------------------
    @property
    def tokenizer(self):
        if self._tokenizer is None:
            from app.core.docs.tokenizer_process import load_tokenizer

            self._tokenizer = load_tokenizer(self.path)
        return self._tokenizer

    def prepare_tokenizer(self) -> None:
        """Have the tokenizer ready: its child started (isolated), else parsed here."""
        if self._tok_process is not None:
            self._tok_process.count(["warm"])
        else:
            _ = self.tokenizer

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        if self._tok_process is not None:
            return self._tok_process.count(texts)
        from app.core.docs.tokenizer_process import count_with

        return count_with(self.tokenizer, texts)

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        if self._tok_process is not None:
            return self._tok_process.spans(text)
        from app.core.docs.tokenizer_process import spans_with

        return spans_with(self.tokenizer, text)

    @property
    def multilingual(self) -> bool:
        """Whether the model was trained on many languages (its vocabulary says so:
        English-only models have about 30,000 word pieces, multilingual ones 100,000+)."""
        import json

        try:
            size = json.loads((self.path / "config.json").read_text()).get("vocab_size", 0)
        except (OSError, ValueError):
            size = 0
        return int(size or self.tokenizer.get_vocab_size()) > 60000

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
                        Msg("The embedding model at {path} cannot be loaded: {error}.",
                            path=str(self.path), error=str(exc)),
                        Msg("Check the embedding_model setting, or clear it to use the "
                            "bundled one."),
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

    def encode(self, texts: Sequence[str], batch_size: int | None = None,
               prompt: str | None = None) -> np.ndarray:
        """Normalized float32 vectors, one row per text (`batch_size` None: auto).

        `prompt`: "query" for questions, "passage" for chunks (used by models that
        want them, such as E5; see embed_process.encode_with)."""
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._process is None and self._model is None and prompt == "query":
            # a question before any chunk: onnxruntime answers in ~0.5 s where loading
            # torch and sentence-transformers takes ~8 s (`hearth search`, `hearth ask`)
            queries = self._query_encoder()
            if queries is not None:
                return queries.encode(texts, prompt)
        batch_size = batch_size or self.auto_batch()
        if self._process is not None:
            return self._process.encode(texts, batch_size, prompt)
        model = self.load()
        with self._lock:
            return encode_with(model, texts, batch_size, prompt)

    def _query_encoder(self) -> QueryEncoder | None:
        if self._queries is None and self._device in (None, "cpu"):
            from app.core.docs.query_encoder import QueryEncoder

            self._queries = QueryEncoder.open(self.path, self.threads) or False
        return self._queries or None

    def export_for_queries(self, on_export: Callable[[], None] | None = None) -> bool:
        """Make the ONNX export that `hearth search` and `ask` embed questions with,
        when this model has none (one pulled or added after the set-up) and torch is
        loaded anyway: in this process (the CLI; `on_export` is told first, as it takes
        seconds), or in the embedding child, in the background (the window's process
        never imports torch). Once per embedder; True when an export was made or begun."""
        if self._export_asked or not self.loaded:
            return False
        from app.core.docs.query_encoder import EXPORT_ERRORS, ensure_export, find_export

        self._export_asked = True
        if find_export(self.path) is not None:
            return False
        if self._process is not None:
            return self._process.export_queries()
        if on_export is not None:
            on_export()
        try:
            ensure_export(self.path)
        except EXPORT_ERRORS:  # questions keep using sentence-transformers
            return False
        self._queries = None  # look again
        return True

    def close(self) -> None:
        """Stop the child process, if the model lives in one."""
        if self._process is not None:
            self._process.close()
        if self._tok_process is not None:
            self._tok_process.close()


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
