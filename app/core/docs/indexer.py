"""Sync one collection with its folders and files: the indexing job.

Per file: content hash -> skip when unchanged; otherwise load -> chunk ->
embed (batched across files) -> one transaction that swaps the file's chunks
and records its new hash. Files that disappeared lose their chunks. Work is
committed file by file, so a job that is killed resumes on the next sync
without repeating finished files or leaving duplicates; the vector index is
saved every few seconds and reconciled with the chunk table when opened.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from app.core.control import JobControl, Progress, ProgressCallback, RateMeter, no_progress
from app.core.docs import loaders
from app.core.docs.chunking import Chunk, chunk_document
from app.core.docs.embedder import Embedder
from app.core.docs.index import IVF_THRESHOLD, VectorIndex
from app.core.docs.ocr import OcrProcess
from app.core.docs.paths import absent_reason
from app.core.errors import Cancelled, DocumentError, HearthError, StorageError
from app.core.llm.threads import background_work
from app.core.messages import Msg, join
from app.core.store import outputs
from app.core.store.documents import Collection, DocStore, FileRow

SAVE_EVERY_S = 5.0
SAVE_COST = 20  # wait at least 20x the last save's duration before the next


@dataclass
class SyncReport:
    collection: str
    files: int = 0  # files found in the collection's sources
    indexed: int = 0  # new or changed files indexed in this run
    unchanged: int = 0
    removed: int = 0
    chunks: int = 0  # chunks embedded in this run
    pages: int = 0
    total_chunks: int = 0
    skipped: list[dict] = field(default_factory=list)  # {"path", "reason"}
    ocr_pages: int = 0  # pages read with OCR in this run
    ocr_seconds: float = 0.0
    seconds: float = 0.0
    model_load_s: float = 0.0  # included in seconds; not in chunks_per_s
    repaired: dict = field(default_factory=dict)
    index_kind: str = ""

    def to_dict(self) -> dict:
        d = asdict(self)
        d["seconds"] = round(self.seconds, 3)
        work = self.seconds - self.model_load_s
        d["model_load_s"] = round(self.model_load_s, 3)
        d["chunks_per_s"] = round(self.chunks / work, 2) if work > 0 else 0.0
        return d


@dataclass
class _Pending:
    row: FileRow
    values: dict
    chunks: list[Chunk]


def index_path(home: Path, collection_id: int) -> Path:
    return home / "indexes" / f"collection-{collection_id}.faiss"


def sync_lock_path(home: Path, collection_id: int) -> Path:
    """Held while a collection is being synced (by any process)."""
    return home / "indexes" / f"collection-{collection_id}.lock"


def discover(sources: list[dict]) -> dict[str, Path]:
    """Every supported file under the collection's sources (hidden files left out)."""
    found: dict[str, Path] = {}
    for src in sources:
        root = Path(src["path"])
        if src["kind"] == "file":
            if root.is_file():
                found[str(root)] = root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                path = Path(dirpath, name)
                if not name.startswith(".") and loaders.is_supported(path):
                    found[str(path)] = path
    return found


def _file_values(coll: Collection, path: Path, st: os.stat_result) -> dict:
    """A file row's values as this sync saw the file (what a later sync compares)."""
    return {"size": st.st_size, "mtime": st.st_mtime, "kind": loaders.kind_of(path) or "text",
            "embedding_model": coll.embedding_model, "indexed": time.time()}


class Indexer:
    # chunks per call to the embedding model: between calls the run reports how far it
    # is and can be paused or cancelled (one long book is thousands of chunks)
    EMBED_SLICE = 512

    def __init__(self, store: DocStore, embedder: Embedder, home: Path, max_mb: float = 200,
                 chunk_tokens: int = 200, overlap: int = 32, batch_size: int = 64,
                 ocr: OcrProcess | None = None) -> None:
        """`ocr` reads scanned pages and images (None: OCR is off)."""
        self.store = store
        self.ocr = ocr
        self._page_progress: Callable[[str], None] = lambda message: None
        self.embedder = embedder
        self.home = home
        self.max_mb = max_mb
        self.chunk_tokens = min(chunk_tokens, embedder.max_tokens)
        self.overlap = overlap
        self.batch_size = batch_size

    def open_index(self, coll: Collection) -> tuple[VectorIndex, dict]:
        """The collection's vector index, reconciled with its chunk table."""
        dim = coll.dim or self.embedder.dim
        index, state = VectorIndex.load(index_path(self.home, coll.id), dim)
        fixed = index.reconcile(self.store.chunk_ids(coll.id),
                                lambda ids: self.store.vectors(ids, dim))
        if fixed["added"] or fixed["removed"]:
            index.save()
        return index, {"state": state, **fixed}

    def sync(self, name: str, control: JobControl | None = None,
             progress: ProgressCallback = no_progress) -> SyncReport:
        control = control or JobControl()
        coll = self.store.get(name)
        lock_path = sync_lock_path(self.home, coll.id)
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(lock_path))
            lock.acquire(timeout=0.5)
        except Timeout as exc:
            raise HearthError(Msg("The collection '{name}' is being indexed by another window "
                                  "or command.", name=name),
                              Msg("Wait for it to finish, then try again.")) from exc
        except OSError as exc:
            raise StorageError(Msg("Cannot write in {folder}: {error}.",
                                   folder=str(lock_path.parent), error=str(exc)),
                               Msg("Check the data folder's free space and permissions.")) from exc
        try:
            with background_work():  # a reply meanwhile decodes with a thread fewer
                report = self._sync_locked(coll, control, progress)
        except sqlite3.OperationalError as exc:
            raise StorageError(
                Msg("Indexing '{name}' stopped: the database cannot grow ({error}).",
                    name=name, error=str(exc)),
                Msg("Free some disk space, then run `hearth docs sync {name}`: "
                    "the files indexed so far are kept.", name=name)) from exc
        finally:
            lock.release()
        self._export_for_queries(report, progress)
        return report

    def _export_for_queries(self, report: SyncReport, progress: ProgressCallback) -> None:
        """A model with no torch-free query runtime (pulled or added after the set-up)
        made every `hearth search` and `ask` on it load torch; this run has it loaded."""
        def note() -> None:
            progress(Progress(done=report.files, total=report.files, unit="files",
                              message=Msg("preparing fast search with {model} (once)",
                                          model=self.embedder.model_id)))

        with background_work():  # seconds of CPU in this process (the CLI's)
            self.embedder.export_for_queries(note)

    def _prepare(self, coll: Collection) -> Collection:
        """Record the embedding model; a different model means every file is embedded anew."""
        model_id = self.embedder.model_id
        if coll.embedding_model and coll.embedding_model != model_id:
            self.store.reset_vectors(coll.id, model_id)
            VectorIndex(index_path(self.home, coll.id), 1).delete_file()
            coll = self.store.by_id(coll.id)
        if coll.embedding_model != model_id or not coll.dim:
            self.store.update(coll.id, embedding_model=model_id, dim=self.embedder.dim)
        return self.store.by_id(coll.id)

    def _sync_locked(self, coll: Collection, control: JobControl,
                     progress: ProgressCallback) -> SyncReport:
        t0 = time.monotonic()
        coll = self._prepare(coll)
        self.store.update(coll.id, sync_state="running")
        report = SyncReport(coll.name)
        index, report.repaired = self.open_index(coll)
        found = discover(self.store.sources(coll.id))
        report.files = len(found)
        mine = outputs.written_by_hearth(self.store.db, list(found))
        for row in self.store.files(coll.id):
            if row.path not in found:
                index.remove(self.store.remove_file(row))
                report.removed += 1
            elif row.path in mine and row.status == "indexed":  # indexed before it was known
                index.remove(self.store.remove_file(row))
        for key, source in mine.items():
            self._leave_out(coll, found.pop(key), source, report)
        todo = self._changed_files(coll, found, report)
        finished = False
        try:
            self._index_files(coll, todo, index, report, control, progress)
            finished = True
        finally:
            try:
                index.save()
            finally:  # unfinished (cancelled, failed): resumed by the next sync
                self.store.update(coll.id, sync_state="idle" if finished else "interrupted")
        if index.kind == "flat" and index.ntotal >= IVF_THRESHOLD:
            index.rebuild(self._stored_batches(coll), index.ntotal)
            index.save()
        self.store.update(coll.id, last_sync=time.time(), index_kind=index.kind)
        report.index_kind = index.kind
        report.total_chunks = index.ntotal
        report.seconds = time.monotonic() - t0
        return report

    def _stored_batches(self, coll: Collection):
        for ids, blobs in self.store.iter_vectors(coll.id):
            from app.core.store.documents import from_blobs

            yield np.asarray(ids, dtype=np.int64), from_blobs(blobs, coll.dim or 0)

    def _changed_files(self, coll: Collection, found: dict[str, Path],
                       report: SyncReport) -> list[tuple[FileRow, Path, os.stat_result]]:
        """Files whose content is new or changed; unchanged ones are only counted."""
        todo = []
        for key, path in found.items():
            row = self.store.file(coll.id, key) or self.store.ensure_file(coll.id, key)
            try:
                st = path.stat()
            except OSError:  # gone since the walk, or a link that leads nowhere
                if path.is_symlink():  # it stays there: say why it is not read
                    self._skip(row, {"size": None, "mtime": None}, join(
                        absent_reason(path), Msg("Fix or remove the link.")), "skipped",
                        report)
                continue
            same_model = row.embedding_model == coll.embedding_model
            # A file skipped for its size is retried: the limit may have been raised.
            retry = row.status == "skipped" and "max_file_mb" in (row.reason or "")
            if (row.status != "pending" and same_model and not retry
                    and row.size == st.st_size and row.mtime == st.st_mtime):
                report.unchanged += 1
                if row.status in ("skipped", "error"):
                    report.skipped.append({"path": key, "reason": row.reason})
                continue
            todo.append((row, path, st))
        return todo

    def _index_files(self, coll, todo, index: VectorIndex, report: SyncReport,
                     control: JobControl, progress: ProgressCallback) -> None:
        meter = RateMeter(total=len(todo))
        buffer: list[_Pending] = []
        started, last_save = time.monotonic(), time.monotonic()
        save_s = 0.0  # how long the last periodic save took

        def report_progress(done: int, current: str) -> None:  # current: the file's name
            _, eta = meter.update(done)
            elapsed = time.monotonic() - started
            rate = report.chunks / elapsed if elapsed > 0 else 0.0
            files_rate = done / elapsed if elapsed > 0 else 0.0  # in the unit: files
            progress(Progress(done=done, total=len(todo), unit="files", rate=files_rate,
                              eta_s=eta, message=current,
                              extra={"pages": report.pages, "chunks": report.chunks,
                                     "chunks_per_s": round(rate, 1),
                                     "files_per_s": round(files_rate, 2)}))

        report_progress(0, "")
        for n, (row, path, st) in enumerate(todo, start=1):
            control.checkpoint()

            def page_progress(message: str, done: int = n - 1 - len(buffer),
                              name: str = path.name) -> None:
                control.checkpoint()  # a long scan can be paused or cancelled page by page
                report_progress(done, Msg("{name}: {note}", name=name, note=message))

            self._page_progress = page_progress
            item = self._prepare_file(coll, row, path, st, report)
            if item is not None:
                buffer.append(item)
            if sum(len(p.chunks) for p in buffer) >= self.batch_size:
                self._flush(buffer, index, report, control)
                buffer = []
                # Each save writes the whole index (~300 MB at 200,000 chunks): at a fixed
                # interval its share of the time grew with the collection. Waiting SAVE_COST
                # times as long as the last save took keeps it under 5%; a crash loses no
                # chunks either way (the next open repairs the index from the database).
                if time.monotonic() - last_save > max(SAVE_EVERY_S, SAVE_COST * save_s):
                    t_save = time.monotonic()
                    index.save()
                    last_save = time.monotonic()
                    save_s = last_save - t_save
            report_progress(n - len(buffer), path.name)
        self._flush(buffer, index, report, control)
        report_progress(len(todo), "")

    def _leave_out(self, coll, path: Path, source: str, report: SyncReport) -> None:
        """A summary or translation Hearth wrote: listed with why it is not indexed (its
        size and time kept, so the folder does not look changed)."""
        row = self.store.file(coll.id, str(path)) or self.store.ensure_file(coll.id, str(path))
        try:
            st = path.stat()
        except OSError:
            return
        reason = Msg("{name} was written by Hearth from {source}: it is left out so that "
                     "answers cite the original.", name=path.name, source=Path(source).name)
        self._skip(row, _file_values(coll, path, st), reason, "skipped", report)

    def _prepare_file(self, coll, row: FileRow, path: Path, st, report) -> _Pending | None:
        """Load and chunk one file; an unchanged hash or a bad file gives None."""
        base = _file_values(coll, path, st)
        try:
            sha = loaders.file_sha256(path)
            same_model = row.embedding_model == coll.embedding_model
            if row.sha256 == sha and row.status == "indexed" and same_model:
                self.store.set_file(row.id, **base, status="indexed")  # touched, not changed
                report.unchanged += 1
                return None
            doc = loaders.load_document(path, self.max_mb,
                                        self._read_page(report) if self.ocr else None)
            chunks = chunk_document(doc, self.embedder.count_tokens, self.chunk_tokens,
                                    self.overlap, self.embedder.token_spans)
        except DocumentError as exc:
            self._skip(row, base, join(exc.message, exc.hint), "skipped", report)
            return None
        except Cancelled:
            raise
        except OSError as exc:  # hashing it: no permission, or it went away
            reason = join(Msg("{name} cannot be read ({error}).", name=path.name,
                              error=(exc.strerror or str(exc)).lower()),
                          Msg("Check the file and its permissions."))
            self._skip(row, base, reason, "skipped", report)
            return None
        # a parser bug on one file must not stop the rest (its words are Python's: kept plain)
        except Exception as exc:  # noqa: BLE001
            self._skip(row, base, f"{type(exc).__name__}: {exc}", "error", report)
            return None
        report.pages += doc.page_count
        values = {**base, "sha256": doc.sha256, "pages": doc.page_count, "status": "indexed",
                  "reason": None, "kind": doc.kind}
        return _Pending(row, values, chunks)

    def _read_page(self, report: SyncReport) -> loaders.PageReader:
        """OCR one page in the OCR process, reporting "page 12/300, OCR" first."""
        def read(path: Path, kind: str, index: int, total: int) -> str:
            self._page_progress(Msg("page {page}/{total}, OCR", page=index + 1, total=total))
            assert self.ocr is not None
            page = self.ocr.read(path, kind, index)
            report.ocr_pages += 1
            report.ocr_seconds += page.seconds
            return page.text
        return read

    def _skip(self, row: FileRow, base: dict, reason: str, status: str, report) -> None:
        # a Msg reason is stored with its template: the Documents page translates it
        self.store.replace_chunks(row, [], np.zeros((0, 1), np.float32),
                                  {**base, "status": status, "reason": reason, "sha256": None,
                                   "pages": None})
        report.skipped.append({"path": row.path, "reason": reason})

    def _encode(self, texts: list[str]) -> np.ndarray:
        if len(texts) <= self.EMBED_SLICE:
            return self.embedder.encode(texts, prompt="passage")
        parts = []
        for at in range(0, len(texts), self.EMBED_SLICE):
            # the buffer's last file (the long one that filled it) with the count so far
            self._page_progress(Msg("embedding {done}/{total} chunks", done=at,
                                    total=len(texts)))
            parts.append(self.embedder.encode(texts[at:at + self.EMBED_SLICE],
                                              prompt="passage"))
        return np.concatenate(parts)

    def _flush(self, buffer: list[_Pending], index: VectorIndex, report: SyncReport,
               control: JobControl) -> None:
        """Embed the buffered files' chunks in one batch, then commit file by file."""
        if not buffer:
            return
        texts = [c.embed_text() for p in buffer for c in p.chunks]
        if texts and not self.embedder.loaded:  # loaded only when there is work for it
            t0 = time.monotonic()
            self.embedder.load()
            report.model_load_s += time.monotonic() - t0
        # batch_size is how many chunks are committed together; the embedder picks how
        # many go through the model at once
        vectors = self._encode(texts) if texts else None
        at = 0
        for item in buffer:
            n = len(item.chunks)
            vecs = vectors[at:at + n] if n else np.zeros((0, 1), np.float32)
            at += n
            old, new = self.store.replace_chunks(item.row, item.chunks, vecs, item.values)
            index.remove(old)
            index.add(new, vecs)
            report.indexed += 1
            report.chunks += n
