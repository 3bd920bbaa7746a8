"""Chinese documents: hit@3 of 40 Chinese questions, and OCR speed and accuracy.

Corpus: `tests/corpus/zh/` (10 short Chinese documents written for this, 40
paragraphs on a kettle warranty, GPUs, translation, tea, cycling, budgets,
plants, leases, sleep and backups) and `questions.json` (40 questions, each
with the phrase that marks the paragraph answering it). A question is a hit
when a snippet among the first 3 holds that phrase. Chunks are cut at about 64
word pieces so a chunk is about one paragraph (at the default 200, a chunk
would hold half a document and every question would be a hit).

Keyword search is measured three ways on the same chunks: FTS5 `unicode61`
(Hearth before), FTS5 `trigram` (a query becomes its 3-character windows),
and jieba word segmentation (Hearth now, store/cjk.py). Then the default
English model (all-MiniLM-L6-v2) against multilingual-e5-small, vector only
and hybrid (vectors + jieba keywords, reciprocal rank fusion), through the
app's own indexer and retriever.

OCR: pages drawn here from known text (5 Chinese, 5 English) with a CJK font,
saved as an image-only PDF, read by the app's OCR process; pages/s and
character accuracy (1 - edit distance / length).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.common import na, row, say

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "zh"
CHUNK_TOKENS = 64
K = 3
ENGLISH_PAGES = [
    "Hearth is a private assistant that lives on your desktop. It answers questions about "
    "your own documents and cites the page each answer comes from.",
    "Indexing is incremental and crash-safe: each file's content hash is kept, so unchanged "
    "files are skipped and a changed file's chunks are replaced.",
    "The warranty covers defects in materials and workmanship for two years from the date "
    "of purchase. Keep the receipt as proof of purchase.",
    "Quantization stores each weight in four bits instead of sixteen, so a seven billion "
    "parameter model fits in about four gigabytes of memory.",
    "Back up your data with the three-two-one rule: three copies, on two kinds of media, "
    "one of them in another place.",
]


def questions() -> list[dict]:
    return json.loads((CORPUS / "questions.json").read_text(encoding="utf-8"))


def _hit(texts: list[str], answer: str) -> bool:
    return any(answer in t for t in texts[:K])


def _index(home: Path, model: str):
    """A collection of the corpus indexed with `model`; (documents, collection)."""
    from app.core.config import Settings
    from app.core.docs.embedder import Embedder
    from app.core.docs.indexer import Indexer
    from app.core.docs.service import Documents
    from app.core.store.db import open_db

    db = open_db(home / "hearth.db")
    embedder = Embedder(model, threads=2)
    docs = Documents(db, Settings(db), home, home / "hearth.db", embedder=embedder)
    docs.add("zh", sorted(CORPUS.glob("*.md")), sync=False)  # not questions.json
    t0 = time.perf_counter()
    Indexer(docs.store, embedder, home, chunk_tokens=CHUNK_TOKENS, overlap=0).sync("zh")
    say(f"{model}: indexed in {time.perf_counter() - t0:.1f} s")
    return docs, docs.store.get("zh")


def _trigram_query(question: str) -> str:
    from app.core.store.cjk import _RUN

    terms = []
    for m in _RUN.finditer(question):
        run = m.group()
        terms += [run[i:i + 3] for i in range(len(run) - 2)] or [run]
    terms += [w for w in re.findall(r"[A-Za-z0-9]{3,}", question)]
    return " OR ".join(f'"{t}"' for t in dict.fromkeys(terms))


def keyword_rows(docs, coll, qs: list[dict]) -> list[dict]:
    """hit@3 of keyword search alone: unicode61, trigram, jieba (same chunks)."""
    db: sqlite3.Connection = docs.store.db.conn
    rows = db.execute("select id, text from doc_chunks where collection_id = ?",
                      [coll.id]).fetchall()
    text_of = dict(rows)
    db.execute("create virtual table kw_u61 using fts5(text, tokenize='porter unicode61')")
    db.execute("create virtual table kw_tri using fts5(text, tokenize='trigram')")
    for cid, text in rows:
        db.execute("insert into kw_u61(rowid, text) values (?, ?)", [cid, text])
        db.execute("insert into kw_tri(rowid, text) values (?, ?)", [cid, text])

    def fts(table: str, match: str) -> list[str]:
        if not match:
            return []
        try:
            ids = [r[0] for r in db.execute(f"select rowid from {table} where {table} match ?"
                                            f" order by rank limit {K}", [match])]
        except sqlite3.OperationalError:
            return []
        return [text_of[i] for i in ids]

    def u61(q: str) -> list[str]:
        words = [w for w in re.findall(r"\w+", q.lower()) if len(w) > 1]
        return fts("kw_u61", " OR ".join(f'"{w}"' for w in words))

    def jieba(q: str) -> list[str]:
        return [text_of[i] for i in docs.store.keyword_search([coll.id], q, K)]

    out = []
    for label, fn in (("unicode61 (before)", u61), ("trigram", lambda q: fts(
            "kw_tri", _trigram_query(q))), ("jieba (now)", jieba)):
        hits = sum(_hit(fn(q["q"]), q["answer"]) for q in qs)
        out.append(row(f"zh keyword-only hit@3, FTS5 {label}", hits / len(qs), "",
                       note=f"{hits}/{len(qs)} questions; {len(rows)} chunks"))
    return out


def model_rows(docs, coll, qs: list[dict], model: str) -> list[dict]:
    from app.core.docs.retriever import Retriever

    embedder = docs.embedder
    index = docs.index_of(coll)
    vec_hits = hyb_hits = 0
    t0 = time.perf_counter()
    for q in qs:
        qv = embedder.encode([q["q"]], prompt="query")
        _, ids = index.search(qv, K)
        chunks = docs.store.chunks([int(i) for i in ids[0] if i >= 0])
        vec_hits += _hit([chunks[int(i)].text for i in ids[0] if int(i) in chunks], q["answer"])
        snippets = Retriever(docs.store, docs.embedder_for, docs.index_of).search([coll], q["q"], K)
        hyb_hits += _hit([s.text for s in snippets], q["answer"])
    per_q = (time.perf_counter() - t0) / len(qs) * 1000
    n = len(qs)
    return [
        row(f"zh vector-only hit@3, {model}", vec_hits / n, "", note=f"{vec_hits}/{n}"),
        row(f"zh hybrid hit@3, {model}", hyb_hits / n, "",
            target=">= 0.9" if "multilingual" in model else "",
            note=f"{hyb_hits}/{n}; {per_q:.0f} ms a question (both searches)"),
    ]


def ocr_rows(tmp: Path) -> list[dict]:
    from app.core.docs import ocr
    from tests.fixtures import scans

    font = scans.cjk_font()
    if font is None:
        return [na("OCR pages/s", scans.NO_FONT)]
    if not ocr.available():
        return [na("OCR pages/s", "rapidocr_onnxruntime is not installed")]
    zh = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.md"))[:5]]
    out = []
    engine = ocr.OcrProcess(threads=2)
    try:
        engine.read(*_warm(tmp, font))  # start the child and load the models: not timed
        for label, texts in (("Chinese", zh), ("English", ENGLISH_PAGES)):
            pdf = tmp / f"scan-{label}.pdf"
            drawn = scans.scanned_pdf(pdf, texts, font)
            accs, t0 = [], time.perf_counter()
            for i, ref in enumerate(drawn):
                accs.append(scans.char_accuracy(ref, engine.read(pdf, "pdf", i).text))
            secs = time.perf_counter() - t0
            chars = sum(len("".join(d.split())) for d in drawn)
            out.append(row(f"OCR pages/s, {label} (A4, 150 dpi scan)", len(drawn) / secs,
                           "pages/s", note=f"{len(drawn)} pages, {chars} characters, "
                           f"{secs / len(drawn):.1f} s a page, 2 threads"))
            out.append(row(f"OCR character accuracy, {label}", sum(accs) / len(accs), "",
                           note=f"worst page {min(accs):.3f}"))
    finally:
        engine.close()
    return out


def _warm(tmp: Path, font: str) -> tuple[Path, str, int]:
    from tests.fixtures import scans

    path = tmp / "warm.png"
    scans.scanned_image(path, "预热 warm up", font)
    return path, "image", 0


def run(quick: bool = False) -> list[dict]:
    from app.core.models import bundled

    qs = questions()
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["HEARTH_HOME"] = str(tmp / "home")
        for i, model in enumerate((bundled.EMBEDDING.id, bundled.MULTILINGUAL.id)):
            if bundled.path_of(next(m for m in bundled.EMBEDDINGS if m.id == model)) is None:
                out.append(na(f"zh hybrid hit@3, {model}", "model not set up"))
                continue
            home = tmp / f"h{i}"
            home.mkdir()
            docs, coll = _index(home, model)
            if i == 0:
                out += keyword_rows(docs, coll, qs)
            out += model_rows(docs, coll, qs, model)
            docs.close()
        out += ocr_rows(tmp)
    return out


if __name__ == "__main__":
    for r in run():
        print(f"{r['name']:<58} {r['value'] if r['value'] is None else round(r['value'], 3)}"
              f"  {r['note']}")
