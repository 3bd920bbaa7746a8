"""The FAISS vector index of one collection, kept in step with the chunk table.

Vectors are normalized, so inner product is cosine similarity. Small
collections use an exact index (IndexFlatIP in an IndexIDMap2, ids = chunk row
ids); above IVF_THRESHOLD vectors the index is rebuilt as an IVF index
(approximate, trained on a sample of the stored vectors; its recall is
checked in bench/indexing.py). The chunk table is the truth: `reconcile`
adds and removes vectors until the index holds exactly the table's ids, using
the stored vectors, so a crash between a database commit and an index save
never costs a re-embedding.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import faiss
import numpy as np

from app.core.errors import StorageError
from app.core.messages import Msg

IVF_THRESHOLD = 50_000
VectorFetcher = Callable[[np.ndarray], np.ndarray]  # ids -> their stored vectors


def gpu_available() -> bool:
    return hasattr(faiss, "StandardGpuResources") and faiss.get_num_gpus() > 0


def ivf_params(n: int) -> tuple[int, int]:
    """(nlist, nprobe) for n vectors: about sqrt(n) lists, 48 of them probed.

    Measured on clustered 384-d vectors (bench/retrieval.py data): with 32
    probes recall@10 was 0.949-0.959 at 100k (316 lists), on the 0.95 line,
    and 0.998 at 1M (1000 lists); 16 probes gave 0.939 at 100k, and 64 doubled
    the 1M latency (p95 ~7 ms at 32) for nothing. 48 keeps 100k clear of the line.
    """
    nlist = max(64, min(16384, int(math.sqrt(max(n, 1)))))
    return nlist, min(nlist, 48)


class VectorIndex:
    def __init__(self, path: Path | None, dim: int) -> None:
        self.path = path
        self.dim = dim
        self.index = self._flat()
        self._lock = threading.RLock()
        self._gpu = None
        self.dirty = False

    # construction -------------------------------------------------------------
    def _flat(self):
        return faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))

    @property
    def kind(self) -> str:
        return "ivf" if self._ivf() is not None else "flat"

    def _ivf(self):
        try:
            return faiss.extract_index_ivf(self.index)
        except RuntimeError:
            return None

    @classmethod
    def load(cls, path: Path, dim: int) -> tuple[VectorIndex, str]:
        """Open the saved index; a missing, unreadable or wrong-sized file gives an
        empty one (refilled by `reconcile`). Returns (index, what happened)."""
        idx = cls(path, dim)
        if not path.exists():
            return idx, "new"
        try:
            loaded = faiss.read_index(str(path))
        except RuntimeError:
            return idx, "unreadable"
        if loaded.d != dim:
            return idx, "dimension changed"
        idx.index = loaded
        return idx, "loaded"

    @property
    def ntotal(self) -> int:
        return int(self.index.ntotal)

    def ids(self) -> np.ndarray:
        """Every id in the index (unordered)."""
        with self._lock:
            ivf = self._ivf()
            if ivf is None:
                return faiss.vector_to_array(self.index.id_map).astype(np.int64)
            inv = ivf.invlists
            parts = [faiss.rev_swig_ptr(inv.get_ids(i), inv.list_size(i)).copy()
                     for i in range(ivf.nlist) if inv.list_size(i)]
            return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)

    # changes ----------------------------------------------------------------------
    def add(self, ids: Iterable[int], vectors: np.ndarray) -> None:
        ids = np.asarray(list(ids), dtype=np.int64)
        if not len(ids):
            return
        with self._lock:
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
            self._changed()

    def remove(self, ids: Iterable[int]) -> int:
        ids = np.asarray(list(ids), dtype=np.int64)
        if not len(ids):
            return 0
        with self._lock:
            n = int(self.index.remove_ids(faiss.IDSelectorBatch(ids)))
            self._changed()
            return n

    def _changed(self) -> None:
        self._gpu = None
        self.dirty = True

    def reconcile(self, db_ids: np.ndarray, fetch: VectorFetcher) -> dict[str, int]:
        """Make the index hold exactly `db_ids` (the chunk table's ids)."""
        with self._lock:
            have = self.ids()
            extra = np.setdiff1d(have, db_ids, assume_unique=True)
            missing = np.setdiff1d(db_ids, have, assume_unique=True)
            if len(extra):
                self.remove(extra)
            for start in range(0, len(missing), 50_000):
                part = missing[start:start + 50_000]
                self.add(part, fetch(part))
            return {"added": int(len(missing)), "removed": int(len(extra))}

    def rebuild(self, batches: Iterable[tuple[np.ndarray, np.ndarray]], total: int,
                kind: str | None = None) -> None:
        """Build afresh from stored (ids, vectors) batches: exact below the IVF
        threshold, IVF above it (trained on the first batches)."""
        kind = kind or ("ivf" if total >= IVF_THRESHOLD else "flat")
        with self._lock:
            if kind == "flat":
                self.index = self._flat()
                for ids, vecs in batches:
                    self.index.add_with_ids(vecs, ids)
            else:
                self.index = self._build_ivf(batches, total)
            self._changed()

    def _build_ivf(self, batches, total: int):
        nlist, nprobe = ivf_params(total)
        quantizer = faiss.IndexFlatIP(self.dim)
        index = faiss.IndexIVFFlat(quantizer, self.dim, nlist, faiss.METRIC_INNER_PRODUCT)
        index.nprobe = nprobe
        pending, sample = [], 0
        for ids, vecs in batches:
            if not index.is_trained:
                pending.append((ids, vecs))
                sample += len(ids)
                if sample < min(total, 64 * nlist):
                    continue
                train = np.concatenate([v for _, v in pending])
                rng = np.random.default_rng(0)
                pick = rng.choice(len(train), min(len(train), 64 * nlist), replace=False)
                index.train(train[pick])
                for pids, pvecs in pending:
                    index.add_with_ids(pvecs, pids)
                pending = []
            else:
                index.add_with_ids(vecs, ids)
        if pending:  # fewer vectors than the training sample wanted
            train = np.concatenate([v for _, v in pending])
            index.train(train)
            for pids, pvecs in pending:
                index.add_with_ids(pvecs, pids)
        return index

    def set_nprobe(self, nprobe: int) -> None:
        ivf = self._ivf()
        if ivf is not None:
            ivf.nprobe = nprobe
            self._gpu = None

    # search and save -------------------------------------------------------------
    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k nearest vectors per query row; missing hits have id -1."""
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        with self._lock:
            if not self.ntotal:
                empty = np.zeros((len(queries), 0))
                return empty.astype(np.float32), empty.astype(np.int64)
            index = self._search_index()
            return index.search(queries, min(k, self.ntotal))

    def _search_index(self):
        if self.ntotal < 20_000 or not gpu_available():
            return self.index
        if self._gpu is None:
            self._res = getattr(self, "_res", None) or faiss.StandardGpuResources()
            self._gpu = faiss.index_cpu_to_gpu(self._res, 0, self.index)
        return self._gpu

    def save(self) -> None:
        """Write atomically (temp file, then rename), so a crash leaves the old or the new."""
        if self.path is None:
            return
        with self._lock:
            # A temp name of its own: a search that repaired the index may save it
            # while the indexer saves too.
            tmp = self.path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                faiss.write_index(self.index, str(tmp))
                os.replace(tmp, self.path)
            except (OSError, RuntimeError) as exc:  # faiss reports I/O errors as RuntimeError
                if tmp.parent.is_dir():
                    tmp.unlink(missing_ok=True)
                raise StorageError(
                    Msg("Cannot save the search index {name}: {error}.", name=self.path.name,
                        error=str(exc)),
                    Msg("Free some disk space; the index is rebuilt from the database "
                        "the next time the collection is opened.")) from exc
            self.dirty = False

    def delete_file(self) -> None:
        if self.path is not None and self.path.exists():
            self.path.unlink()
