"""Find the chunks that answer a question: FAISS nearest neighbours and FTS5
keyword hits, merged by reciprocal rank fusion (RRF).

Every snippet carries the cosine similarity of its chunk to the question (also
for keyword-only hits, computed from the stored vector), which is what the
"documents only" threshold compares against.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.docs.snippets import Snippet
from app.core.store.documents import Collection, DocStore

if TYPE_CHECKING:  # numpy loads with the first search: the window starts faster
    import numpy as np

    from app.core.docs.embedder import Embedder
    from app.core.docs.index import VectorIndex

RRF_K = 60  # the usual constant: damps the weight of the very first ranks


def rrf(rankings: list[list[int]], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion of several best-first id lists."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank + 1)
    return scores


class Retriever:
    def __init__(self, store: DocStore, embedder_for: Callable[[Collection], Embedder],
                 index_of: Callable[[Collection], VectorIndex]) -> None:
        """`embedder_for` gives each collection's own embedding model."""
        self.store = store
        self.embedder_for = embedder_for
        self.index_of = index_of

    def search(self, collections: list[Collection], query: str, k: int = 5,
               candidates: int | None = None) -> list[Snippet]:
        """The k best snippets for `query` across `collections`, best first."""
        if not collections or not query.strip():
            return []
        cand = candidates or max(20, 4 * k)
        queries: dict[str, np.ndarray] = {}  # the question embedded once per model
        query_of: dict[int, np.ndarray] = {}  # collection id -> the question in its model
        vector_hits: list[tuple[float, int]] = []
        for coll in collections:
            if not coll.dim:
                continue  # never indexed
            embedder = self.embedder_for(coll)
            if embedder.model_id not in queries:
                queries[embedder.model_id] = embedder.encode([query], prompt="query")[0]
            q = query_of[coll.id] = queries[embedder.model_id]
            scores, ids = self.index_of(coll).search(q[None, :], cand)
            vector_hits += [(float(s), int(i)) for s, i in zip(scores[0], ids[0], strict=True)
                            if i >= 0]
        vector_hits.sort(reverse=True)
        vector_rank = [i for _, i in vector_hits[:cand]]
        keyword_rank = self.store.keyword_search([c.id for c in collections], query, cand)
        fused = rrf([vector_rank, keyword_rank])
        best = sorted(fused, key=lambda i: fused[i], reverse=True)[:k]
        cosine = {i: s for s, i in vector_hits}
        missing = [i for i in best if i not in cosine]
        for i, coll_id, blob in self.store.vector_blobs(missing):
            q = query_of.get(coll_id)  # a keyword-only hit: cosine from its stored vector
            if q is not None and blob and len(blob) == 4 * len(q):
                import numpy as np

                cosine[i] = float(np.frombuffer(blob, dtype=np.float32) @ q)
        rows = self.store.chunks(best)
        out = []
        for i in best:
            row = rows.get(i)
            if row is None:  # deleted since the index was read
                continue
            out.append(Snippet(
                n=len(out) + 1, chunk_id=i, path=row.path, page=row.page or 1,
                heading=row.heading or "", score=cosine.get(i, 0.0), rank_score=fused[i],
                text=row.text, char_start=row.char_start or 0, char_end=row.char_end or 0,
                page_unit="section" if row.kind == "epub" else "page", ocr=bool(row.ocr)))
        return out


def best_score(snippets: list[Snippet]) -> float:
    return max((s.score for s in snippets), default=0.0)
