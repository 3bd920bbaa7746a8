"""`Documents`: the front door to collections for the CLI, the GUI and the chat.

It owns the lazily loaded embedding model (shared by indexing and search) and
a cache of opened vector indexes, reloaded when another process or thread
saved a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.config import Settings
from app.core.control import JobControl, ProgressCallback, no_progress
from app.core.docs.snippets import Snippet
from app.core.errors import HearthError, NotFound
from app.core.messages import Msg
from app.core.store.documents import Collection, DocStore

# numpy, faiss and the indexer are imported on first use, so opening the window
# (which builds a Core) does not wait for them.
if TYPE_CHECKING:
    from app.core.docs.embedder import Embedder
    from app.core.docs.index import VectorIndex
    from app.core.docs.indexer import Indexer, SyncReport
    from app.core.docs.ocr import OcrProcess



class Documents:
    def __init__(self, db, settings: Settings, home: Path, db_path: Path | None = None,
                 embedder: Embedder | None = None) -> None:
        self.db = db
        self.settings = settings
        self.home = home
        self.db_path = db_path
        self.store = DocStore(db)
        # A given embedder is kept whatever the settings say (tests share one loaded model).
        self._fixed_embedder = embedder
        # the window sets this: the embedding model then runs in a child process, so
        # importing torch cannot freeze the window (see embed_process)
        self.isolate_embedder = False
        self._embedders: dict[tuple[str, int], Embedder] = {}
        self._ocr: OcrProcess | None = None
        self._indexes: dict[int, tuple[int, VectorIndex]] = {}
        self._lock = threading.Lock()
        # called with a removed collection's id (its index jobs are forgotten)
        self.on_removed: list[Callable[[int], None]] = []

    # shared parts -------------------------------------------------------------
    def use_embedder(self, embedder: Embedder | None) -> None:
        """Keep this loaded model whatever the settings say (None: follow the settings)."""
        self._fixed_embedder = embedder

    def keep_embedder(self, embedder: Embedder) -> None:
        """Use this loaded model for the collections that use its model (tests share
        loaded models; a model loads in seconds, not milliseconds)."""
        key = (embedder.model_id, int(self.settings.get("index_threads") or 0))
        with self._lock:
            self._embedders[key] = embedder

    @property
    def embedder(self) -> Embedder:
        """The default embedding model (the `embedding_model` setting), for new collections."""
        return self.embedder_for(None)

    def model_of(self, coll: Collection | None) -> str:
        """The model a collection uses (its own, else the default setting)."""
        return (coll.embedding_model if coll is not None and coll.embedding_model
                else (self.settings.get("embedding_model") or ""))

    def embedder_for(self, coll: Collection | None) -> Embedder:
        """The embedding model of a collection (loaded once per model and kept)."""
        if self._fixed_embedder is not None:
            return self._fixed_embedder
        from app.core.docs.embedder import Embedder, resolve_model

        default = self.settings.get("embedding_model") or ""
        model_id, _ = resolve_model(self.model_of(coll), default)
        key = (model_id, int(self.settings.get("index_threads") or 0))
        with self._lock:
            if key not in self._embedders:
                for old_key in [k for k in self._embedders if k[0] == model_id]:
                    self._embedders.pop(old_key).close()  # the thread count changed
                self._embedders[key] = Embedder(model_id, threads=key[1],
                                                isolated=self.isolate_embedder,
                                                default=default)
            return self._embedders[key]

    def warm_up(self) -> None:
        """Import the indexing modules (they hold the GIL for tens of milliseconds) and
        get the tokenizer ready, so the window does this when its Documents page opens
        rather than when the user starts indexing (the model itself stays unloaded)."""
        import app.core.docs.indexer  # noqa: F401 - numpy, faiss, the loaders

        self.embedder.prepare_tokenizer()

    def close(self) -> None:
        """Stop the embedding models' child processes, if any run."""
        with self._lock:
            embedders, self._embedders = list(self._embedders.values()), {}
            ocr, self._ocr = self._ocr, None
        for embedder in embedders:
            embedder.close()
        if ocr is not None:
            ocr.close()

    def ocr(self) -> OcrProcess | None:
        """The OCR engine's process (started on the first scanned page), None when the
        `ocr` setting is off."""
        if not self.settings.get("ocr", True):
            return None
        from app.core.docs.ocr import OcrProcess

        with self._lock:
            if self._ocr is None:
                self._ocr = OcrProcess(threads=int(self.settings.get("index_threads") or 0))
            return self._ocr

    def indexer(self, store: DocStore | None = None, coll: Collection | None = None) -> Indexer:
        """An indexer with the collection's embedding model (`coll` None: the default)."""
        from app.core.docs.indexer import Indexer

        return Indexer(store or self.store, self.embedder_for(coll), self.home,
                       max_mb=float(self.settings.get("max_file_mb") or 200),
                       batch_size=int(self.settings.get("index_batch")), ocr=self.ocr())

    def index_of(self, coll: Collection) -> VectorIndex:
        """The collection's vector index, reopened when its file changed on disk."""
        from app.core.docs.indexer import index_path

        path = index_path(self.home, coll.id)
        stamp = path.stat().st_mtime_ns if path.exists() else 0
        with self._lock:
            cached = self._indexes.get(coll.id)
            if cached and cached[0] == stamp:
                return cached[1]
        index, _ = self.indexer(coll=coll).open_index(coll)
        stamp = path.stat().st_mtime_ns if path.exists() else 0
        with self._lock:
            self._indexes[coll.id] = (stamp, index)
        return index

    # collections ------------------------------------------------------------------
    def add(self, name: str, paths: list[Path | str], control: JobControl | None = None,
            progress: ProgressCallback = no_progress, sync: bool = True,
            embedding_model: str | None = None) -> SyncReport | None:
        """Add folders or files to a collection (created if needed), then index them.

        `embedding_model` sets the collection's model (see set_model)."""
        resolved = [Path(p).expanduser().resolve() for p in paths]
        missing = [str(p) for p in resolved if not p.exists()]
        if missing:
            raise HearthError(Msg("Not found: {paths}.", paths=", ".join(missing)),
                              Msg("Check the path; add existing folders or files."))
        if embedding_model:  # a bad name fails before the collection is created
            from app.core.docs.embedder import resolve_model

            resolve_model(embedding_model, self.settings.get("embedding_model") or "")
        coll = self.store.get_or_create(name)
        if embedding_model:
            self.set_model(name, embedding_model)
        for path in resolved:
            self.store.add_source(coll.id, path)
        return self.sync(name, control, progress) if sync else None

    def set_model(self, name: str, model: str) -> bool:
        """Give a collection another embedding model: its vectors are dropped and its
        files embedded anew by the next sync (run it as a job). Returns whether it changed."""
        from app.core.docs.embedder import resolve_model

        coll = self.store.get(name)
        model_id, _ = resolve_model(model, self.settings.get("embedding_model") or "")
        if coll.embedding_model == model_id:
            return False
        from app.core.docs.index import VectorIndex
        from app.core.docs.indexer import index_path

        self.store.reset_vectors(coll.id, model_id)
        with self._lock:
            self._indexes.pop(coll.id, None)
        VectorIndex(index_path(self.home, coll.id), 1).delete_file()
        return True

    def model_choices(self) -> list[tuple[str, str]]:
        """(model id, label) of the embedding models a collection can use: the bundled
        ones and those downloaded from the hub."""
        from app.core.models import bundled
        from app.core.models.names import embedding_models_dir

        out: list[tuple[str, str]] = [
            (bundled.EMBEDDING.id, Msg("{model} (English, bundled)", model=bundled.EMBEDDING.id))]
        if bundled.path_of(bundled.MULTILINGUAL) is not None:
            out.append((bundled.MULTILINGUAL.id,
                        Msg("{model} (Chinese and 90+ languages, bundled)",
                            model=bundled.MULTILINGUAL.id)))
        folder = embedding_models_dir()
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if (path / ".hearth-complete").exists() and "--" in path.name:
                    repo = path.name.replace("--", "/", 1)
                    out.append((repo, Msg("{model} (downloaded)", model=repo)))
        return out

    def model_advice(self, name: str) -> dict[str, Any] | None:
        """A better model for the collection, when most of its text is not English and
        its model reads English only: {"share", "script", "model", "suggest"}; else None.

        Cheap enough for the window (a sample of chunks, the model's config file; the
        model is not loaded)."""
        from app.core.docs.embedder import EmbeddingModelMissing
        from app.core.models import bundled

        coll = self.store.get(name)
        rows = self.db.execute("select text from doc_chunks where collection_id = ? limit 60",
                               [coll.id]).fetchall()
        letters = [c for (text,) in rows for c in text if c.isalpha()]
        if len(letters) < 200:
            return None
        foreign = [c for c in letters if not c.isascii()]
        share = len(foreign) / len(letters)
        if share < 0.5:
            return None
        try:
            embedder = self.embedder_for(coll)
        except EmbeddingModelMissing:
            return None
        if embedder.multilingual:
            return None
        from app.core.store.cjk import has_cjk

        cjk = sum(1 for c in foreign if has_cjk(c)) / len(foreign)
        return {"share": round(share, 2),
                "script": Msg("Chinese or Japanese") if cjk > 0.5 else Msg("not English"),
                "model": embedder.model_id, "suggest": bundled.MULTILINGUAL.id}

    def sync(self, name: str, control: JobControl | None = None,
             progress: ProgressCallback = no_progress) -> SyncReport:
        return self.indexer(coll=self.store.get(name)).sync(name, control, progress)

    def sync_job(self, name: str):
        """A job for app.ui.workers.Worker: syncs on its own database connection."""
        def job(control: JobControl, progress: ProgressCallback) -> SyncReport:
            from app.core.store.db import open_db

            db = open_db(self.db_path)
            try:
                store = DocStore(db)
                return self.indexer(store, store.get(name)).sync(name, control, progress)
            finally:
                db.conn.close()
        return job

    def remove(self, name: str, paths: list[Path | str] | None = None) -> dict[str, Any]:
        """Remove a whole collection, or some of its sources (their files leave the index)."""
        coll = self.store.get(name)
        if not paths:
            from app.core.docs.index import VectorIndex
            from app.core.docs.indexer import index_path

            self.store.delete(coll.id)
            with self._lock:
                self._indexes.pop(coll.id, None)
            VectorIndex(index_path(self.home, coll.id), 1).delete_file()
            for hook in self.on_removed:
                hook(coll.id)
            return {"removed": "collection", "collection": name}
        removed_files = 0
        sources = {s["path"] for s in self.store.sources(coll.id)}
        for raw in paths:
            path = str(Path(raw).expanduser().resolve())
            if path not in sources:
                inside = [s for s in sources if path.startswith(s.rstrip("/") + "/")]
                hint = (Msg("It is inside the folder {folder}: remove that folder instead.",
                            folder=inside[0])
                        if inside else Msg("See `hearth docs status` for the sources."))
                raise NotFound(Msg("{path} is not a source of '{name}'.", path=path, name=name),
                               hint)
            self.store.remove_source(coll.id, Path(path))
            for row in self.store.files(coll.id):
                if row.path == path or row.path.startswith(path.rstrip("/") + "/"):
                    self.store.remove_file(row)
                    removed_files += 1
        if coll.dim:
            index, _ = self.indexer(coll=coll).open_index(coll)  # drops the removed chunks' vectors
        return {"removed": "sources", "collection": name, "files": removed_files}

    def rename(self, name: str, new_name: str) -> Collection:
        return self.store.rename(name, new_name)

    def collections(self) -> list[dict[str, Any]]:
        out = []
        for coll in self.store.collections():
            if coll.name.startswith("_hearth-conversation-"):  # a conversation's attached files
                continue
            out.append({**coll.to_dict(), **self.store.stats(coll.id),
                        "sources": len(self.store.sources(coll.id))})
        return out

    def status(self, name: str) -> dict[str, Any]:
        coll = self.store.get(name)
        return {**coll.to_dict(), **self.store.stats(coll.id),
                "sources": self.store.sources(coll.id),
                "files": [f.to_dict() for f in self.store.files(coll.id)]}

    # search ---------------------------------------------------------------------------
    def search(self, names: list[str], query: str, k: int = 5) -> list[Snippet]:
        colls = [self.store.get(n) for n in names]
        if not any(c.dim for c in colls):
            return []
        from app.core.docs.retriever import Retriever

        return Retriever(self.store, self.embedder_for, self.index_of).search(colls, query, k)

    def min_score(self) -> float:
        return float(self.settings.get("docs_min_score"))

    # conversations ------------------------------------------------------------------
    def attach(self, conversation_id: int, names: list[str]) -> list[Collection]:
        colls = [self.store.get(n) for n in names]
        self.store.attach(conversation_id, [c.id for c in colls])
        return colls

    def attached(self, conversation_id: int) -> list[Collection]:
        return self.store.attached(conversation_id)
