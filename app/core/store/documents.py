"""Collections, their sources, files and chunks in SQLite (tables from m004_documents).

A file's chunks are replaced in one transaction together with the file's row,
so after a crash a file is either fully indexed with its new hash or still
carries its old state and is redone: never half of both.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import messages
from app.core.errors import HearthError, NotFound
from app.core.messages import Msg
from app.core.store.sqlite import Database

if TYPE_CHECKING:  # numpy is imported when first used: the window starts faster
    import numpy as np

_NAME = re.compile(r"^[\w][\w .\-]{0,63}$")
# keyword search ranks at most about this many matched chunks (see _worth_ranking)
KEYWORD_ROWS = 20_000


@dataclass
class Collection:
    id: int
    name: str
    created: float
    updated: float
    embedding_model: str | None = None
    dim: int | None = None
    index_kind: str | None = None
    sync_state: str = "idle"  # idle | running | interrupted
    last_sync: float | None = None
    watch: int = 1

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Collection:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FileRow:
    id: int
    collection_id: int
    path: str
    kind: str | None = None
    sha256: str | None = None
    size: int | None = None
    mtime: float | None = None
    pages: int | None = None
    chunks: int = 0
    status: str = "pending"  # pending | indexed | skipped | error
    reason: str | None = None
    embedding_model: str | None = None
    indexed: float | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> FileRow:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        if values.get("reason"):  # why a file was skipped, stored with its template
            values["reason"] = messages.decode(values["reason"])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ChunkRow:
    id: int
    file_id: int
    path: str
    page: int
    heading: str
    char_start: int
    char_end: int
    text: str
    kind: str = ""
    ocr: int = 0  # read from the page's image


def to_blob(vec: np.ndarray) -> bytes:
    import numpy as np

    return np.asarray(vec, dtype=np.float32).tobytes()


def from_blobs(blobs: list[bytes], dim: int) -> np.ndarray:
    import numpy as np

    if not blobs:
        return np.zeros((0, dim), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), dim)


class DocStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # collections -------------------------------------------------------------
    def create(self, name: str) -> Collection:
        name = name.strip()
        if not _NAME.match(name):
            raise HearthError(Msg("'{name}' is not a usable collection name.", name=name),
                              Msg("Use letters, digits, spaces, dots, dashes or underscores (at "
                                  "most 64)."))
        now = time.time()
        try:
            with self.db.conn:
                self.db["doc_collections"].insert({"name": name, "created": now, "updated": now})
        except sqlite3.IntegrityError as exc:
            raise HearthError(Msg("A collection named '{name}' already exists.", name=name),
                              Msg("Pick another name.")) from exc
        return self.get(name)

    def get(self, name: str) -> Collection:
        rows = list(self.db.query("select * from doc_collections where name = ?", [name]))
        if not rows:
            raise NotFound(Msg("There is no collection named '{name}'.", name=name),
                           Msg("See `hearth docs list`, or create it with `hearth docs add`."))
        return Collection.from_row(rows[0])

    def by_id(self, collection_id: int) -> Collection:
        rows = list(self.db.query("select * from doc_collections where id = ?", [collection_id]))
        if not rows:
            raise NotFound(Msg("There is no collection with id {collection_id}.",
                               collection_id=collection_id))
        return Collection.from_row(rows[0])

    def get_or_create(self, name: str) -> Collection:
        try:
            return self.get(name)
        except NotFound:
            return self.create(name)

    def collections(self) -> list[Collection]:
        return [Collection.from_row(r)
                for r in self.db.query("select * from doc_collections order by name")]

    def update(self, collection_id: int, **values: Any) -> None:
        values["updated"] = time.time()
        with self.db.conn:
            self.db["doc_collections"].update(collection_id, values)

    def reset_vectors(self, collection_id: int, model_id: str) -> None:
        """Drop a collection's chunks and mark its files for embedding with `model_id`."""
        with self.db.conn:
            self.db.execute("delete from doc_chunks where collection_id = ?", [collection_id])
            self.db.execute("update doc_files set sha256 = null, chunks = 0, status = 'pending'"
                            " where collection_id = ?", [collection_id])
            self.db.execute("update doc_collections set embedding_model = ?, dim = null,"
                            " index_kind = null, updated = ? where id = ?",
                            [model_id, time.time(), collection_id])

    def rename(self, name: str, new_name: str) -> Collection:
        coll = self.get(name)
        if not _NAME.match(new_name.strip()):
            raise HearthError(Msg("'{new_name}' is not a usable collection name.",
                                  new_name=new_name),
                              Msg("Use letters, digits, spaces, dots, dashes or underscores."))
        try:
            self.update(coll.id, name=new_name.strip())
        except sqlite3.IntegrityError as exc:
            raise HearthError(Msg("A collection named '{new_name}' already exists.",
                                  new_name=new_name),
                              Msg("Pick another name.")) from exc
        return self.by_id(coll.id)

    def delete(self, collection_id: int) -> None:
        with self.db.conn:
            self.db.execute("delete from doc_chunks where collection_id = ?", [collection_id])
            self.db.execute("delete from doc_files where collection_id = ?", [collection_id])
            self.db.execute("delete from doc_sources where collection_id = ?", [collection_id])
            self.db.execute("delete from conversation_collections where collection_id = ?",
                            [collection_id])
            self.db.execute("delete from doc_collections where id = ?", [collection_id])

    def stats(self, collection_id: int) -> dict[str, int]:
        row = self.db.execute(
            "select count(*), coalesce(sum(chunks), 0), coalesce(sum(pages), 0),"
            " sum(status = 'indexed'), sum(status = 'skipped'), sum(status = 'error'),"
            " sum(status = 'pending') from doc_files where collection_id = ?",
            [collection_id]).fetchone()
        keys = ("files", "chunks", "pages", "indexed", "skipped", "errors", "pending")
        return {k: int(v or 0) for k, v in zip(keys, row, strict=True)}

    # sources -------------------------------------------------------------------
    def add_source(self, collection_id: int, path: Path) -> None:
        kind = "folder" if path.is_dir() else "file"
        with self.db.conn:
            self.db.execute(
                "insert or ignore into doc_sources (collection_id, path, kind, added)"
                " values (?, ?, ?, ?)", [collection_id, str(path), kind, time.time()])

    def sources(self, collection_id: int) -> list[dict[str, Any]]:
        return list(self.db.query(
            "select * from doc_sources where collection_id = ? order by path", [collection_id]))

    def remove_source(self, collection_id: int, path: Path) -> bool:
        with self.db.conn:
            cur = self.db.execute("delete from doc_sources where collection_id = ? and path = ?",
                                  [collection_id, str(path)])
        return cur.rowcount > 0

    # files ---------------------------------------------------------------------------
    def files(self, collection_id: int) -> list[FileRow]:
        return [FileRow.from_row(r) for r in self.db.query(
            "select * from doc_files where collection_id = ? order by path", [collection_id])]

    def file(self, collection_id: int, path: str) -> FileRow | None:
        rows = list(self.db.query("select * from doc_files where collection_id = ? and path = ?",
                                  [collection_id, path]))
        return FileRow.from_row(rows[0]) if rows else None

    def ensure_file(self, collection_id: int, path: str) -> FileRow:
        with self.db.conn:
            self.db.execute("insert or ignore into doc_files (collection_id, path) values (?, ?)",
                            [collection_id, path])
        row = self.file(collection_id, path)
        assert row is not None
        return row

    def set_file(self, file_id: int, **values: Any) -> None:
        values = _encoded(values)
        with self.db.conn:
            self.db["doc_files"].update(file_id, values)

    def chunk_ids_of_file(self, file_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "select id from doc_chunks where file_id = ?", [file_id])]

    def replace_chunks(self, file: FileRow, chunks: list, vectors: np.ndarray,
                       values: dict[str, Any]) -> tuple[list[int], list[int]]:
        """Swap a file's chunks for new ones and update its row, in one transaction.

        Returns (removed chunk ids, new chunk ids) for the vector index.
        """
        with self.db.conn:
            old = self.chunk_ids_of_file(file.id)
            self.db.execute("delete from doc_chunks where file_id = ?", [file.id])
            new = []
            for chunk, vec in zip(chunks, vectors, strict=True):
                cur = self.db.execute(
                    "insert into doc_chunks (collection_id, file_id, ord, page, heading,"
                    " char_start, char_end, text, vector, ocr)"
                    " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [file.collection_id, file.id, chunk.ord, chunk.page, chunk.heading,
                     chunk.start, chunk.end, chunk.text, to_blob(vec),
                     int(getattr(chunk, "ocr", False))])
                new.append(cur.lastrowid)
            self.db["doc_files"].update(file.id, {**_encoded(values), "chunks": len(new)})
        return old, new

    def remove_file(self, file: FileRow) -> list[int]:
        with self.db.conn:
            old = self.chunk_ids_of_file(file.id)
            self.db.execute("delete from doc_chunks where file_id = ?", [file.id])
            self.db.execute("delete from doc_files where id = ?", [file.id])
        return old

    # chunks -------------------------------------------------------------------------
    def chunk_ids(self, collection_id: int) -> np.ndarray:
        import numpy as np

        rows = self.db.execute("select id from doc_chunks where collection_id = ? order by id",
                               [collection_id]).fetchall()
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))

    def vectors(self, ids: list[int] | np.ndarray, dim: int) -> np.ndarray:
        """Stored vectors for chunk ids, in the order given."""
        ids = [int(i) for i in ids]
        out: dict[int, bytes] = {}
        for start in range(0, len(ids), 900):
            part = ids[start:start + 900]
            marks = ",".join("?" * len(part))
            for cid, blob in self.db.execute(
                    f"select id, vector from doc_chunks where id in ({marks})", part):
                out[cid] = blob
        return from_blobs([out[i] for i in ids if i in out], dim)

    def vector_blobs(self, ids: list[int]) -> list[tuple[int, int, bytes]]:
        """(chunk id, collection id, stored vector) of some chunks."""
        out = []
        for start in range(0, len(ids), 900):
            part = [int(i) for i in ids[start:start + 900]]
            marks = ",".join("?" * len(part))
            out += self.db.execute(f"select id, collection_id, vector from doc_chunks"
                                   f" where id in ({marks})", part).fetchall()
        return out

    def iter_vectors(self, collection_id: int, batch: int = 20000):
        """(ids, vectors) of a collection in batches, for rebuilding its index."""
        cur = self.db.execute("select id, vector from doc_chunks where collection_id = ?"
                              " order by id", [collection_id])
        while rows := cur.fetchmany(batch):
            yield [r[0] for r in rows], [r[1] for r in rows]

    def chunks(self, ids: list[int]) -> dict[int, ChunkRow]:
        out: dict[int, ChunkRow] = {}
        ids = [int(i) for i in ids]
        for start in range(0, len(ids), 900):
            part = ids[start:start + 900]
            marks = ",".join("?" * len(part))
            for r in self.db.query(
                    "select c.id, c.file_id, f.path, c.page, c.heading, c.char_start, c.char_end,"
                    f" c.text, f.kind, c.ocr from doc_chunks c join doc_files f on f.id = c.file_id"
                    f" where c.id in ({marks})", part):
                out[r["id"]] = ChunkRow(**r)
        return out

    def keyword_search(self, collection_ids: list[int], query: str, k: int) -> list[int]:
        """Chunk ids matching any word of `query`, best BM25 first (Chinese and Japanese
        questions are cut into words as their chunks were, see cjk.py)."""
        from app.core.store.cjk import has_cjk, query_terms

        words = [w for w in query_terms(query)
                 if has_cjk(w) or (len(w) > 1 and w not in _STOP)]
        words = self._worth_ranking(list(dict.fromkeys(words)))
        if not words or not collection_ids:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        marks = ",".join("?" * len(collection_ids))
        rows = self.db.execute(
            "select c.id from doc_chunks_fts join doc_chunks c on c.id = doc_chunks_fts.rowid"
            f" where doc_chunks_fts match ? and c.collection_id in ({marks})"
            " order by doc_chunks_fts.rank limit ?", [match, *collection_ids, k]).fetchall()
        return [r[0] for r in rows]

    def _worth_ranking(self, words: list[str]) -> list[str]:
        """The words to rank chunks by. Ranking costs time in proportion to the chunks
        matched (100,000 matches: ~0.3 s on this machine's cores), so when the words
        together match more than KEYWORD_ROWS chunks, only the rarest are kept, up to
        that many matches: a word in half the chunks or more has no weight in BM25, and a
        common one little beside a rare one. Below that, every word counts."""
        counts = {w: self.db.execute("select count(*) from doc_chunks_fts where"
                                     " doc_chunks_fts match ?", [f'"{w}"']).fetchone()[0]
                  for w in words}
        if sum(counts.values()) <= KEYWORD_ROWS:
            return words
        total = self.db.execute("select count(*) from doc_chunks").fetchone()[0]  # ~10 ms at 200k
        kept, rows = [], 0
        for w in sorted(words, key=counts.__getitem__):
            n = counts[w]
            if n == 0:
                continue
            if n * 2 >= total or (kept and rows + n > KEYWORD_ROWS):
                break
            kept.append(w)
            rows += n
        return kept

    # conversations ----------------------------------------------------------------------
    def attached(self, conversation_id: int) -> list[Collection]:
        return [Collection.from_row(r) for r in self.db.query(
            "select c.* from doc_collections c join conversation_collections a"
            " on a.collection_id = c.id where a.conversation_id = ? order by c.name",
            [conversation_id])]

    def attach(self, conversation_id: int, collection_ids: list[int]) -> None:
        """Set the collections attached to a conversation (replacing earlier ones)."""
        with self.db.conn:
            self.db.execute("delete from conversation_collections where conversation_id = ?",
                            [conversation_id])
            for cid in collection_ids:
                self.db.execute("insert into conversation_collections values (?, ?)",
                                [conversation_id, cid])


_STOP = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "did", "for", "from",
    "has", "have", "how", "i", "in", "is", "it", "its", "of", "on", "or", "that", "the",
    "their", "there", "this", "to", "was", "were", "what", "when", "where", "which", "who",
    "why", "will", "with", "you", "your", "about", "can", "could", "should", "would", "not",
    "no", "yes",
})


def _encoded(values: dict[str, Any]) -> dict[str, Any]:
    """A file row's values with its skip reason stored as template and arguments
    (messages.encode), so the window shows it in its language."""
    if values.get("reason"):
        return {**values, "reason": messages.encode(values["reason"])}
    return values
