"""A whole `Documents.search` in a big collection: the question embedded, FAISS (IVF, as
the indexer leaves a collection past 50,000 chunks) and FTS5 keyword search, fused.

The collection is written straight into a real database (the scale row's text, from
its 30-word vocabulary, so every word is in about half the chunks: the worst case for
keyword ranking) with random unit vectors, so the row takes a couple of minutes, not
the scale row's 45. The baseline is the same search ranking every word of the
question, as before keyword search kept to the rarest words past `KEYWORD_ROWS`
matches (app/core/store/documents.py).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import na, percentile, row, say

QUICK_CHUNKS, FULL_CHUNKS = 50_000, 200_000
QUESTIONS = 40


def _fill(home: Path, chunks: int) -> None:
    from app.core.docs.index import VectorIndex
    from app.core.docs.indexer import index_path
    from app.core.store.db import open_db
    from app.core.store.documents import DocStore, to_blob
    from bench.indexing import _sentence

    db = open_db(home / "hearth.db")
    store = DocStore(db)
    coll = store.get_or_create("big")
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((chunks, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = []
    with db.conn:
        for f in range(chunks // 20):
            file = store.ensure_file(coll.id, f"/notes/note{f:05}.md")
            for j in range(20):
                cur = db.execute(
                    "insert into doc_chunks (collection_id, file_id, ord, page, heading,"
                    " char_start, char_end, text, vector, ocr) values (?,?,?,1,?,0,0,?,?,0)",
                    [coll.id, file.id, j, f"Part {j}", f"{_sentence(rng)} {_sentence(rng)}",
                     to_blob(vectors[len(ids)])])
                ids.append(cur.lastrowid)
            db.execute("update doc_files set chunks = 20 where id = ?", [file.id])
    index = VectorIndex(index_path(home, coll.id), 384)
    index.rebuild([(np.array(ids, dtype=np.int64), vectors)], len(ids))
    index.save()
    store.update(coll.id, dim=384, embedding_model="all-minilm-l6-v2", index_kind=index.kind)
    db.conn.close()


def _times(docs, questions: list[str]) -> list[float]:
    docs.search(["big"], questions[0])  # opens the index, loads the query encoder
    out = []
    for q in questions:
        t0 = time.perf_counter()
        docs.search(["big"], q, k=5)
        out.append(time.perf_counter() - t0)
    return out


def run(quick: bool) -> list[dict]:
    from app.core.docs.embedder import EmbeddingModelMissing
    from app.core.store import documents

    chunks = QUICK_CHUNKS if quick else FULL_CHUNKS
    name = f"search p95, {chunks:,} chunks (FAISS IVF + keywords)"
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["HEARTH_HOME"] = str(home)
        say(f"writing {chunks:,} chunks")
        _fill(home, chunks)
        from app.core.config import Settings
        from app.core.docs.service import Documents
        from app.core.store.db import open_db
        from bench.indexing import WORDS

        db = open_db(home / "hearth.db")
        docs = Documents(db, Settings(db), home)
        rng = np.random.default_rng(3)
        questions = [" ".join(rng.choice(WORDS, size=4)) for _ in range(QUESTIONS)]
        try:
            say("searching")
            now = _times(docs, questions)
            kept = documents.KEYWORD_ROWS
            documents.KEYWORD_ROWS = 10**12  # every word ranked, as before
            try:
                before = _times(docs, questions)
            finally:
                documents.KEYWORD_ROWS = kept
        except EmbeddingModelMissing as exc:
            return [na(name, str(exc), "ms")]
        finally:
            db.conn.close()
    return [row(name, percentile(now, 95) * 1000, "ms",
                baseline=percentile(before, 95) * 1000,
                note=f"{QUESTIONS} questions of 4 words from a 30-word vocabulary (each word in "
                     f"about half the chunks); p50 {percentile(now, 50) * 1000:.0f} ms; "
                     f"baseline: every question word ranked (p50 "
                     f"{percentile(before, 50) * 1000:.0f} ms); the bundled MiniLM embeds the "
                     f"question; random unit vectors"
                     + ("; --quick: the full row has 200,000 chunks" if quick else ""))]
