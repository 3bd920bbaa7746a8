"""Document indexing end to end (parse, chunk, embed, store) against a bare
`encode` of the same chunks with the same model and texts per forward pass; and pages/s
for a set of multi-page PDFs.

The corpus is written here: plain-text notes and Markdown files of varied
length (sentences drawn from a fixed vocabulary, so runs are comparable) and
PDFs written by fpdf2. The embedding model is loaded before timing starts,
for both sides.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import na, row

WORDS = [
    "river", "garden", "engine", "window", "paper", "candle", "market", "winter", "signal",
    "harbour", "copper", "forest", "lantern", "meadow", "thunder", "violin", "orchard",
    "compass", "glacier", "pepper", "saddle", "marble", "falcon", "ribbon", "quarry",
    "velvet", "beacon", "cellar", "harvest", "timber",
]


def _sentence(rng: np.random.Generator) -> str:
    words = rng.choice(WORDS, size=int(rng.integers(8, 18)))
    return " ".join(words).capitalize() + "."


def _paragraphs(rng: np.random.Generator, n: int) -> str:
    return "\n\n".join(" ".join(_sentence(rng) for _ in range(int(rng.integers(3, 8))))
                       for _ in range(n))


def make_corpus(folder: Path, files: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        body = _paragraphs(rng, int(rng.integers(2, 12)))
        if i % 2:
            (folder / f"note{i:04}.md").write_text(f"# Note {i}\n\n## Part\n\n{body}\n")
        else:
            (folder / f"note{i:04}.txt").write_text(body + "\n")


def make_pdfs(folder: Path, count: int, pages: int, seed: int = 1) -> int:
    from fpdf import FPDF

    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        pdf = FPDF()
        pdf.set_font("Helvetica", size=11)
        for _ in range(pages):
            pdf.add_page()
            pdf.multi_cell(0, 6, _paragraphs(rng, 3))
        pdf.output(str(folder / f"report{i:03}.pdf"))
    return count * pages


def _documents(home: Path, embedder):
    home.mkdir(parents=True, exist_ok=True)
    os.environ["HEARTH_HOME"] = str(home)
    from app.core.config import Settings
    from app.core.docs.service import Documents
    from app.core.store.db import open_db

    db = open_db(home / "hearth.db")
    return Documents(db, Settings(db), home, embedder=embedder)


def bench_indexing(embedder, files: int, batch: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_corpus(root / "corpus", files)
        docs = _documents(root / "home", embedder)
        start = time.perf_counter()
        report = docs.add("bench", [root / "corpus"])
        seconds = time.perf_counter() - start
        texts = [(r["heading"] + "\n" + r["text"]) if r["heading"] else r["text"]
                 for r in docs.db.query("select heading, text from doc_chunks order by id")]
        docs.db.conn.close()
    base_times = []
    for _ in range(2):  # the baseline twice, as much warm as the indexer was
        t0 = time.perf_counter()
        embedder.encode(texts)  # the same texts per forward pass as the indexer
        base_times.append(time.perf_counter() - t0)
    n = len(texts)
    e2e, bare = n / seconds, n / min(base_times)
    return [
        row("indexing chunks/s (end to end vs bare encode)", e2e, "chunks/s", baseline=bare,
            target=">= 0.8x",
            note=f"{report.indexed} files, {n} chunks, {embedder.auto_batch()} texts per "
                 f"forward pass (commits of {batch} chunks), "
                 f"{embedder.threads or 'default'} torch threads, {embedder.device}; "
                 f"baseline: SentenceTransformer.encode of the same chunk texts"),
        row("indexing files/s", report.indexed / seconds, "files/s",
            note="plain text and Markdown notes, 2-12 paragraphs each"),
    ]


def bench_pdfs(embedder, count: int, pages: int) -> list[dict]:
    from app.core.docs.loaders import load_document

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        total = make_pdfs(root / "pdfs", count, pages)
        t0 = time.perf_counter()
        for path in sorted((root / "pdfs").glob("*.pdf")):
            load_document(path)
        parse_s = time.perf_counter() - t0
        docs = _documents(root / "home", embedder)
        t0 = time.perf_counter()
        report = docs.add("pdfs", [root / "pdfs"])
        seconds = time.perf_counter() - t0
        docs.db.conn.close()
    return [
        row("PDF pages/s (indexed end to end)", report.pages / seconds, "pages/s",
            note=f"{count} PDFs x {pages} pages, {report.chunks} chunks"),
        row("PDF pages/s (text extraction only)", total / parse_s, "pages/s",
            note="pypdfium2 text layer"),
    ]


def run(quick: bool) -> list[dict]:
    try:
        import fpdf  # noqa: F401 - writes the PDF set

        from app.core.docs.embedder import Embedder, EmbeddingModelMissing
    except ImportError as exc:
        return [na("indexing chunks/s", f"missing: {exc.name}", "chunks/s", ">= 0.8x")]
    from app.core import hardware

    try:
        embedder = Embedder(threads=hardware.physical_cores())
        embedder.load()
    except EmbeddingModelMissing as exc:
        return [na("indexing chunks/s", str(exc), "chunks/s", ">= 0.8x")]
    embedder.encode(["warm up the model"] * 8)
    rows = bench_indexing(embedder, files=60 if quick else 600, batch=64)
    rows += bench_pdfs(embedder, count=2 if quick else 10, pages=10 if quick else 30)
    return rows
