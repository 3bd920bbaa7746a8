"""The embedding model in a child process, for the window.

Importing torch and sentence-transformers runs seconds of module code and C
calls that hold the GIL, which froze the window for hundreds of milliseconds
when the first indexing started. In a child process they cannot: the window's
process only sends texts through a pipe and receives float32 vectors. The CLI
keeps the model in its own process (nothing to keep responsive there).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.child_process import (
    ChildError,
    ChildProcess,
    ChildStartFailed,
    ChildStartTimeout,
    RequestFailed,
)
from app.core.errors import HearthError
from app.core.messages import Msg

if TYPE_CHECKING:
    import numpy as np

START_TIMEOUT_S = 300.0  # torch's first import on a cold disk can take a while
NICE = 5  # the child's priority below the window's (see EmbeddingProcess)


class EmbeddingProcessError(HearthError):
    pass


def load_model(path: Path, threads: int = 0, device: str | None = None):
    """A SentenceTransformer from `path` (local files only), on the GPU when torch has one."""
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.logging.disable_progress_bar()  # no weight-loading bar on stderr
    if threads:
        torch.set_num_threads(int(threads))
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    return SentenceTransformer(str(path), device=device, local_files_only=True)


def encode_with(model, texts: Sequence[str], batch_size: int,
                prompt: str | None = None) -> np.ndarray:
    """Normalized float32 vectors, one row per text.

    `prompt` ("query" or "passage") is used where the model defines it (E5 models
    expect "query: " and "passage: " before the text); other models ignore it.
    """
    import numpy as np

    prompt_name = prompt if prompt and prompt in (getattr(model, "prompts", None) or {}) else None
    vecs = model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                        convert_to_numpy=True, show_progress_bar=False,
                        prompt_name=prompt_name)
    return np.ascontiguousarray(vecs, dtype=np.float32)


def dimension(model) -> int:
    get = (getattr(model, "get_embedding_dimension", None)
           or getattr(model, "get_sentence_embedding_dimension", None))
    return int(get()) if get else int(model.encode(["x"]).shape[1])


def _export_quietly(path: Path) -> None:
    from app.core.docs.query_encoder import EXPORT_ERRORS, ensure_export

    try:
        ensure_export(path)
    except EXPORT_ERRORS:  # questions keep using sentence-transformers
        pass


def _setup(path: str, threads: int, device: str | None):
    """In the child: load the model; requests are ("encode", texts, batch_size, prompt)
    or ("export",)."""
    model = load_model(Path(path), threads, device)
    exports: list[threading.Thread] = []

    def handle(kind: str, *args) -> tuple:
        if kind == "export":
            # in a thread: the export takes 5-25 s and encode requests keep coming; a
            # child stopped meanwhile leaves a temporary file that the next try removes
            if exports and exports[-1].is_alive():
                return (False,)
            exports.append(threading.Thread(target=_export_quietly, args=(Path(path),),
                                            name="hearth-query-export", daemon=True))
            exports[-1].start()
            return (True,)
        texts, batch_size, prompt = args
        return (encode_with(model, texts, batch_size, prompt),)

    return handle, (str(model.device), dimension(model))


class EmbeddingProcess:
    """One child process holding the model; `encode` may be called from any thread."""

    def __init__(self, path: Path, threads: int = 0, device: str | None = None) -> None:
        self.path, self.threads, self.wanted_device = path, threads, device
        # niced: importing torch and embedding are seconds of CPU on a machine whose
        # cores the window shares (at load 8 on 2 cores, the window's 5 ms timer came up
        # to 138 ms late while this child started); on an idle machine nothing changes
        self._child = ChildProcess(_setup, (str(path), threads, device), name="hearth-embedder",
                                   start_timeout_s=START_TIMEOUT_S, nice=NICE)

    @property
    def running(self) -> bool:
        return self._child.running

    @property
    def pid(self) -> int | None:
        return self._child.pid

    @property
    def device(self) -> str:
        """Where the model runs ("cpu", "cuda:0"), once a child has started."""
        return str(self._child.ready[0]) if self._child.ready else ""

    @property
    def dim(self) -> int:
        return int(self._child.ready[1]) if self._child.ready else 0

    def start(self) -> None:
        """Start the child and wait until its model is loaded (no-op when running)."""
        try:
            self._child.start()
        except ChildError as exc:
            raise self._error(exc) from exc

    def encode(self, texts: Sequence[str], batch_size: int,
               prompt: str | None = None) -> np.ndarray:
        try:
            (vecs,) = self._child.request("encode", list(texts), batch_size, prompt)
        except ChildError as exc:
            raise self._error(exc) from exc
        return vecs

    def export_queries(self) -> bool:
        """Have the child export the model for torch-free questions (query_encoder), in
        the background; False when it could not be asked. Starts no child."""
        if not self.running:
            return False
        try:
            (started,) = self._child.request("export")
        except ChildError:
            return False
        return bool(started)

    def _error(self, exc: ChildError) -> EmbeddingProcessError:
        if isinstance(exc, ChildStartTimeout):
            return EmbeddingProcessError(
                Msg("The embedding model took too long to load."),
                Msg("Try again; if it keeps happening, restart Hearth."))
        if isinstance(exc, ChildStartFailed):
            return EmbeddingProcessError(
                Msg("The embedding model at {path} cannot be loaded: {error}.",
                    path=str(self.path), error=str(exc.detail)),
                Msg("Check the embedding model in Settings > Documents, or clear it to use "
                    "the bundled one."))
        if isinstance(exc, RequestFailed):
            return EmbeddingProcessError(Msg("Embedding failed: {error}.", error=str(exc.detail)),
                                         Msg("Try again; the files indexed so far are kept."))
        return EmbeddingProcessError(  # ChildDied: started again on the next call
            Msg("The embedding process stopped unexpectedly ({error}).", error=str(exc)),
            Msg("Try again; if it keeps stopping, the computer may be out of memory."))

    def close(self) -> None:
        """Stop the child (it also stops by itself when this process ends)."""
        self._child.stop()
