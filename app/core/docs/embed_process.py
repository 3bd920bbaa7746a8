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
from typing import TYPE_CHECKING, Any

from app.core.errors import HearthError

if TYPE_CHECKING:
    import numpy as np

START_TIMEOUT_S = 300.0  # torch's first import on a cold disk can take a while


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


def serve(conn, path: str, threads: int, device: str | None) -> None:
    """The child's loop: load the model, then answer ('encode', texts, batch) requests."""
    try:
        model = load_model(Path(path), threads, device)
        conn.send(("ready", str(model.device), dimension(model)))
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a clear message
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the window's process is gone
            return
        if request[0] != "encode":
            return
        try:
            conn.send(("ok", encode_with(model, request[1], request[2], request[3])))
        except Exception as exc:  # noqa: BLE001
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class EmbeddingProcess:
    """One child process holding the model; `encode` may be called from any thread."""

    def __init__(self, path: Path, threads: int = 0, device: str | None = None) -> None:
        self.path, self.threads, self.wanted_device = path, threads, device
        self.device = ""
        self.dim = 0
        self._proc: Any = None
        self._conn: Any = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def start(self) -> None:
        """Start the child and wait until its model is loaded (no-op when running)."""
        with self._lock:
            if self.running:
                return
            import multiprocessing

            ctx = multiprocessing.get_context("spawn")  # no fork of a threaded Qt process
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=serve, name="hearth-embedder", daemon=True,
                               args=(child, str(self.path), self.threads, self.wanted_device))
            proc.start()
            child.close()
            if not parent.poll(START_TIMEOUT_S):
                proc.terminate()
                raise EmbeddingProcessError("The embedding model took too long to load.",
                                            "Try again; if it keeps happening, restart Hearth.")
            reply = self._receive(parent, proc)
            if reply[0] != "ready":
                proc.join(5)
                raise EmbeddingProcessError(
                    f"The embedding model at {self.path} cannot be loaded: {reply[1]}.",
                    "Check the embedding model in Settings > Documents, or clear it to use "
                    "the bundled one.")
            self._proc, self._conn = proc, parent
            self.device, self.dim = reply[1], int(reply[2])

    def encode(self, texts: Sequence[str], batch_size: int,
               prompt: str | None = None) -> np.ndarray:
        self.start()
        with self._lock:
            self._conn.send(("encode", list(texts), batch_size, prompt))
            reply = self._receive(self._conn, self._proc)
        if reply[0] != "ok":
            raise EmbeddingProcessError(f"Embedding failed: {reply[1]}.",
                                        "Try again; the files indexed so far are kept.")
        return reply[1]

    def _receive(self, conn, proc) -> tuple:
        try:
            return conn.recv()
        except (EOFError, OSError) as exc:
            code = proc.exitcode if proc.exitcode is not None else "unknown"
            self._proc = None  # started again on the next call
            raise EmbeddingProcessError(
                f"The embedding process stopped unexpectedly (exit code {code}).",
                "Try again; if it keeps stopping, the computer may be out of memory.") from exc

    def close(self, timeout_s: float = 5.0) -> None:
        """Stop the child (it also stops by itself when this process ends)."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if proc is None:
            return
        try:
            conn.send(("stop",))
        except (OSError, ValueError):
            pass
        proc.join(timeout_s)
        if proc.is_alive():
            proc.terminate()
            proc.join(timeout_s)
        conn.close()
