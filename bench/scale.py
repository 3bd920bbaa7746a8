"""Scale: one collection of 10,000 synthetic files (about 200,000 chunks) indexed in
one sync through the app's own indexer, to see that the cost per file stays flat as
the collection grows: files/s (and chunks/s) over the first and the last tenth of
the files, peak RSS, the database's and the FAISS index's size, and retrieval p95
afterwards. `--quick` indexes 200 files (about 4,000 chunks) and says so; the
full row runs with `python -m bench --only scale --timeout 7200` (about 40 minutes
on 2 idle cores: the model embeds 200,000 chunks).

The text is written here from a fixed vocabulary (no downloads): each file has 13
sections of two sentences. Chunks are cut at 48 word pieces instead of the app's
200 so that 200,000 chunks embed in minutes on 2 cores; what this row watches is
what grows with the collection (database, index, per-file bookkeeping), not the
model's speed, which bench/indexing.py measures at the app's chunk size.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import na, percentile, row, say

SECTIONS = 13  # two sentences each: about 20 chunks of CHUNK_TOKENS per file
CHUNK_TOKENS = 48
FLAT = ">= 0.8x"
QUICK_FILES, FULL_FILES = 200, 10_000  # last tenth's files/s over the first tenth's


def make_files(folder: Path, files: int, seed: int = 7) -> None:
    from bench.indexing import _sentence

    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        sub = folder / f"d{i // 500:02}"  # folders of 500, as people keep files
        sub.mkdir(exist_ok=True)
        parts = [f"## Part {j}\n\n{_sentence(rng)} {_sentence(rng)}" for j in range(SECTIONS)]
        (sub / f"note{i:05}.md").write_text(f"# Note {i}\n\n" + "\n\n".join(parts) + "\n")


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def run(quick: bool) -> list[dict]:
    from app.core.config import DEFAULTS
    from app.core.docs.embedder import Embedder, EmbeddingModelMissing

    files = QUICK_FILES if quick else FULL_FILES
    label = f"scale: {files:,} files"
    try:
        # the app's own `index_threads` (1): with 2 torch threads on 2 busy cores, 48-token
        # chunks embedded at 13/s against 52/s with one (OpenMP threads spin while they wait)
        embedder = Embedder(threads=int(DEFAULTS["index_threads"]))
        embedder.load()
    except EmbeddingModelMissing as exc:
        return [na(f"{label}: files/s, last vs first tenth", str(exc), "files/s", FLAT)]
    embedder.encode(["warm up the model"] * 8)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        say(f"writing {files:,} files")
        make_files(root / "corpus", files)
        home = root / "home"
        home.mkdir()
        os.environ["HEARTH_HOME"] = str(home)
        from app.core.config import Settings
        from app.core.docs.service import Documents
        from app.core.store.db import open_db

        db = open_db(home / "hearth.db")
        docs = Documents(db, Settings(db), home, embedder=embedder)
        make_indexer = docs.indexer

        def indexer(*args, **kwargs):
            ix = make_indexer(*args, **kwargs)
            ix.chunk_tokens = CHUNK_TOKENS
            return ix

        docs.indexer = indexer
        # (wall s, CPU s of this process, files done): the flat check uses CPU time, which
        # other processes' load on a shared machine barely moves; wall time is noted
        marks: list[tuple[float, float, float]] = []
        start, cpu0 = time.perf_counter(), time.process_time()

        def progress(p) -> None:
            if p.unit == "files":
                marks.append((time.perf_counter() - start, time.process_time() - cpu0,
                              float(p.done)))
                if int(p.done) % 1000 == 0 and p.done:
                    say(f"{int(p.done):,} files in {marks[-1][0]:.0f} s")

        say("indexing")
        report = docs.add("scale", [root / "corpus"], progress=progress)
        seconds = time.perf_counter() - start
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        coll = docs.store.get("scale")
        from app.core.docs.indexer import index_path

        db_mb = _size(home / "hearth.db") / 2**20
        index_mb = _size(index_path(home, coll.id)) / 2**20

        def rate(lo: float, hi: float, clock: int) -> float:
            """files per second of `clock` (0 wall, 1 CPU) between the marks nearest
            `lo` and `hi` files done."""
            a = min(marks, key=lambda m: abs(m[2] - lo))
            b = min(marks, key=lambda m: abs(m[2] - hi))
            took = b[clock] - a[clock]
            return (b[2] - a[2]) / took if took > 0 else float("nan")

        tenth = files / 10
        first, last = rate(0, tenth, 1), rate(files - tenth, files, 1)
        wall_first, wall_last = rate(0, tenth, 0), rate(files - tenth, files, 0)
        per_file = report.chunks / max(report.indexed, 1)
        say("retrieval")
        rng = np.random.default_rng(3)
        from bench.indexing import WORDS

        queries = [" ".join(rng.choice(WORDS, size=4)) for _ in range(60)]
        docs.search(["scale"], queries[0])  # opens the index
        times = []
        for q in queries:
            t0 = time.perf_counter()
            docs.search(["scale"], q, k=5)
            times.append(time.perf_counter() - t0)
        db.conn.close()
    scope = (f"--quick: {files:,} files; the full {FULL_FILES:,}-file row runs with "
             "`python -m bench --only scale --timeout 7200`" if quick else "full size")
    return [
        row(f"{label}: files per CPU-second, last vs first tenth", last, "files/s",
            baseline=first, target=FLAT,
            note=f"{scope}; {report.indexed:,} files, {report.chunks:,} chunks "
                 f"({per_file:.0f} per file, {CHUNK_TOKENS} word pieces each) in "
                 f"{seconds:.0f} s; wall-clock chunks/s first tenth "
                 f"{wall_first * per_file:.0f}, last tenth {wall_last * per_file:.0f}; "
                 f"index {report.index_kind or 'n/a'}"),
        row(f"{label}: chunks/s overall", report.chunks / seconds, "chunks/s",
            note=f"{embedder.threads} torch threads, {embedder.device}, model loaded first"),
        row(f"{label}: peak RSS", rss_mb, "MiB", note="the indexing process (model included)"),
        row(f"{label}: database size", db_mb, "MiB",
            note=f"{db_mb * 2**20 / max(report.chunks, 1):.0f} bytes per chunk (text, FTS, "
                 "vectors)"),
        row(f"{label}: FAISS index size", index_mb, "MiB"),
        row(f"{label}: retrieval p95 afterwards", percentile(times, 95) * 1000, "ms",
            note=f"Documents.search (embed the question, FAISS + FTS5, fuse), "
                 f"{len(times)} questions, k=5; p50 {percentile(times, 50) * 1000:.1f} ms"),
    ]
