"""Indexing a collection: incremental, crash-safe, with skipped files listed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from app.core.control import JobControl
from app.core.docs.index import VectorIndex
from app.core.docs.indexer import index_path
from app.core.errors import Cancelled
from tests.fixtures import documents as fx

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def counted(embedder, monkeypatch):
    """Counts the texts the real embedder is asked to encode."""
    calls: list[int] = []
    real = embedder.encode

    def encode(texts, batch_size=64, prompt=None):
        calls.append(len(texts))
        return real(texts, batch_size, prompt)

    monkeypatch.setattr(embedder, "encode", encode)
    return calls


def _no_duplicates(db) -> None:
    dup = db.execute("select file_id, ord, count(*) from doc_chunks group by file_id, ord"
                     " having count(*) > 1").fetchall()
    assert dup == []


def test_add_indexes_every_format_and_lists_bad_files(documents, corpus, tmp_path):
    bad = fx.make_broken(tmp_path / "bad")
    progress = []
    report = documents.add("mixed", [corpus, tmp_path / "bad"], progress=progress.append)
    assert report.indexed == 6 and report.files == 6 + len(bad)
    reasons = {Path(s["path"]).name: s["reason"] for s in report.skipped}
    assert set(reasons) == set(bad)
    for name, word in bad.items():
        assert word in reasons[name]
    status = documents.status("mixed")
    by_name = {Path(f["path"]).name: f for f in status["files"]}
    assert by_name["guide.pdf"]["status"] == "indexed" and by_name["guide.pdf"]["pages"] == 3
    assert by_name["locked.pdf"]["status"] == "skipped"
    assert status["chunks"] == report.chunks > 0
    # progress: files done of total, with chunks per second and pages
    assert progress[-1].done == progress[-1].total == len(bad) + 6
    assert progress[-1].extra["chunks"] == report.chunks and progress[-1].extra["pages"] >= 10


def test_readding_unchanged_embeds_nothing_and_change_embeds_only_that_file(
        documents, tmp_path, counted):
    folder = tmp_path / "notes"
    folder.mkdir()
    fx.make_markdown(folder / "recipes.md")
    fx.make_html(folder / "lighthouse.html")
    fx.make_text(folder / "travel.txt")
    first = documents.add("notes", [folder])
    assert first.indexed == 3 and sum(counted) == first.chunks
    counted.clear()

    again = documents.add("notes", [folder])
    assert again.indexed == 0 and again.chunks == 0 and counted == []
    assert again.unchanged == first.indexed

    (folder / "recipes.md").touch()  # new mtime, same content: hashed, not embedded
    assert documents.sync("notes").chunks == 0 and counted == []

    recipes_chunks = documents.status("notes")["files"]
    md = folder / "recipes.md"
    md.write_text(md.read_text() + "\n## Soup\n\nSimmer the leek soup for twenty minutes.\n")
    changed = documents.sync("notes")
    assert changed.indexed == 1 and sum(counted) == changed.chunks
    assert documents.status("notes")["chunks"] == (
        sum(f["chunks"] for f in recipes_chunks) - next(
            f["chunks"] for f in recipes_chunks if f["path"].endswith("recipes.md"))
        + changed.chunks)
    hits = documents.search(["notes"], "How long should leek soup simmer?", k=1)
    assert hits[0].name == "recipes.md" and "twenty minutes" in hits[0].text
    _no_duplicates(documents.db)

    md.unlink()
    gone = documents.sync("notes")
    assert gone.removed == 1
    assert all(not f["path"].endswith("recipes.md") for f in documents.status("notes")["files"])
    index = documents.index_of(documents.store.get("notes"))
    assert index.ntotal == documents.status("notes")["chunks"]


def test_index_that_disagrees_is_repaired_from_stored_vectors(documents, corpus, counted):
    documents.add("c", [corpus])
    coll = documents.store.get("c")
    embedded = sum(counted)
    path = index_path(documents.home, coll.id)
    # Lose some vectors and add a stray one, as a crash between commit and save could.
    damaged = VectorIndex.load(path, coll.dim)[0]
    ids = documents.store.chunk_ids(coll.id)
    damaged.remove(ids[:3])
    damaged.add([999_999], np.ones((1, coll.dim), np.float32) / np.sqrt(coll.dim))
    damaged.save()
    index, info = documents.indexer().open_index(coll)
    assert info["added"] == 3 and info["removed"] == 1
    assert sorted(index.ids().tolist()) == ids.tolist()
    assert sum(counted) == embedded  # repaired without embedding again
    path.write_bytes(b"garbage")  # unreadable index file: rebuilt from stored vectors
    index, info = documents.indexer().open_index(coll)
    assert info["state"] == "unreadable" and index.ntotal == len(ids)
    assert documents.search(["c"], "warranty length", 1)[0].page == 3


def test_cancel_and_resume(documents, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"note{i:02}.txt").write_text(f"Note {i} is about item number {i}.")
    documents.settings.set("index_batch", 2)  # commit every two files
    control = JobControl()
    seen = []

    def progress(p):
        seen.append(p.done)
        if p.done >= 4:
            control.cancel()

    with pytest.raises(Cancelled):
        documents.add("many", [folder], control=control, progress=progress)
    coll = documents.store.get("many")
    assert coll.sync_state == "interrupted"
    done_before = documents.store.stats(coll.id)["indexed"]
    assert 0 < done_before < 12
    report = documents.sync("many")
    assert report.indexed == 12 - done_before and report.unchanged == done_before
    _no_duplicates(documents.db)
    assert documents.store.get("many").sync_state == "idle"


def test_pause_blocks_until_resumed(documents, corpus):
    control = JobControl()
    control.pause()
    import threading

    result = {}
    t = threading.Thread(target=lambda: result.update(r=documents.add("p", [corpus],
                                                                      control=control)))
    t.start()
    time.sleep(1.0)
    assert t.is_alive() and documents.store.stats(documents.store.get("p").id)["indexed"] == 0
    control.resume()
    t.join(120)
    assert result["r"].indexed == 6


def test_changing_the_embedding_model_reembeds(documents, corpus, counted):
    documents.add("m", [corpus])
    first = sum(counted)
    documents.store.update(documents.store.get("m").id, embedding_model="some-older-model")
    report = documents.sync("m")
    assert report.indexed == 6 and sum(counted) == 2 * first


@pytest.mark.slow
def test_sigkill_during_indexing_then_restart_completes_without_duplicates(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    for i in range(40):
        (folder / f"doc{i:02}.txt").write_text(
            f"Document {i} about topic {i}. " + f"Sentence {i} repeats with padding words. " * 12)
    home = tmp_path / "home"
    env = dict(os.environ, HEARTH_HOME=str(home))
    from app.core.config import Settings
    from app.core.store.db import open_db

    home.mkdir()
    db = open_db(home / "hearth.db")
    Settings(db).set("index_batch", 4)  # commit every few files, so a kill lands mid-way
    db.conn.close()
    proc = subprocess.Popen([sys.executable, "-m", "app", "docs", "add", "big", str(folder)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    db_file = home / "hearth.db"
    indexed = 0
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if not db_file.exists():
                continue
            try:
                con = sqlite3.connect(db_file, timeout=5)
                indexed = con.execute("select count(*) from doc_files where status = 'indexed'"
                                      ).fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                continue
            if indexed >= 1:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert 0 < indexed < 40, "the job should have been killed part-way"
    out = subprocess.run([sys.executable, "-m", "app", "docs", "sync", "big", "--json"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=400)
    assert out.returncode == 0, out.stderr
    import json

    report = json.loads(out.stdout)
    assert report["unchanged"] >= indexed and report["indexed"] == 40 - report["unchanged"]
    con = sqlite3.connect(db_file)
    done = con.execute("select count(*) from doc_files where status = 'indexed'").fetchone()[0]
    assert done == 40
    dup = con.execute("select file_id, ord from doc_chunks group by file_id, ord"
                      " having count(*) > 1").fetchall()
    assert dup == []
    total = con.execute("select count(*) from doc_chunks").fetchone()[0]
    per_file = con.execute("select count(distinct chunks) from doc_files").fetchone()[0]
    assert per_file == 1 and total == report["total_chunks"]
    con.close()


def test_full_disk_stops_with_a_clear_message_and_sync_resumes(documents, corpus):
    from app.core.errors import StorageError

    db = documents.db
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages + 3}")  # SQLite's own 'disk is full'
    with pytest.raises(StorageError, match="cannot grow") as info:
        documents.add("full", [corpus])
    assert "hearth docs sync full" in info.value.hint
    assert documents.store.get("full").sync_state == "interrupted"
    db.execute("pragma max_page_count = 1073741823")
    report = documents.sync("full")
    assert documents.status("full")["indexed"] == 6 and report.indexed + report.unchanged == 6
    _no_duplicates(db)


def test_unwritable_index_folder_gives_a_clear_message(documents, corpus, tmp_path):
    from app.core.errors import StorageError

    (documents.home / "indexes").write_text("a file where the folder should be")
    with pytest.raises(StorageError, match="Cannot write") as info:
        documents.add("x", [corpus])
    assert "free space" in info.value.hint
    index = VectorIndex(tmp_path / "not-a-dir" / "c.faiss", 4)
    (tmp_path / "not-a-dir").write_text("")
    with pytest.raises(StorageError, match="Cannot save the search index"):
        index.save()


def test_periodic_index_saves_take_a_bounded_share_as_the_index_grows(documents, tmp_path,
                                                                      monkeypatch):
    """Each save writes the whole FAISS index (~300 MB at 200,000 chunks). Saved every
    5 s, its share of the time grew with the collection; now the next save waits 20x
    as long as the last one took."""
    from app.core.docs import indexer as indexer_mod

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"n{i:02}.txt").write_text(f"Note {i} about lanterns and harbours.\n")
    saves: list[float] = []
    real_save = VectorIndex.save

    def slow_save(self) -> None:  # a large index: each save takes 50 ms
        saves.append(time.monotonic())
        time.sleep(0.05)
        real_save(self)

    monkeypatch.setattr(VectorIndex, "save", slow_save)
    monkeypatch.setattr(indexer_mod, "SAVE_EVERY_S", 0.0)  # the old rule would save each batch
    documents.settings.set("index_batch", 1)  # a flush per file
    start = time.monotonic()
    report = documents.add("many", [folder])
    elapsed = time.monotonic() - start
    assert report.indexed == 40
    periodic = len(saves) - 1  # the last one is the sync's final save
    assert periodic <= elapsed / (indexer_mod.SAVE_COST * 0.05) + 1, (periodic, elapsed)
    assert periodic < 20  # once per batch would be 39


def test_a_file_of_many_chunks_reports_and_can_be_cancelled_while_it_is_embedded(
        documents, tmp_path, monkeypatch):
    """One long file's chunks were embedded in a single call: `hearth docs add` showed
    the previous file's name and 'ETA 1s' for many minutes (a 4 MB one-line CSV of the
    bad-input corpus took over 15), and Pause or Cancel waited for the end."""
    from app.core.docs import indexer as indexer_module

    monkeypatch.setattr(indexer_module.Indexer, "EMBED_SLICE", 8)
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "a-short.txt").write_text("A short note about ferries.")
    (folder / "b-book.txt").write_text(" ".join(f"Sentence {i} tells of harbours and tides."
                                                for i in range(600)))
    control = JobControl()
    notes = []

    def progress(p):
        notes.append(str(p.message))
        if "embedding" in str(p.message) and "16/" in str(p.message):
            control.cancel()

    with pytest.raises(Cancelled):
        documents.add("long", [folder], control=control, progress=progress)
    embedding = [n for n in notes if "embedding" in n]
    assert embedding[:3] == [f"b-book.txt: embedding {k}/{embedding[0].split('/')[-1]}"
                             for k in (0, 8, 16)], notes
    coll = documents.store.get("long")
    assert coll.sync_state == "interrupted"
    seen = []
    report = documents.sync("long", progress=seen.append)  # the unfinished file is done next
    assert report.indexed >= 1 and documents.store.stats(coll.id)["indexed"] == 2
    _no_duplicates(documents.db)
    # the rate is in the progress's unit, files ('16.7 files/s' was chunks per second)
    last = seen[-1]
    assert last.unit == "files" and last.rate == pytest.approx(last.extra["files_per_s"],
                                                                abs=0.01), last


def test_links_that_lead_nowhere_are_listed_with_their_reason(documents, tmp_path):
    """A link to itself or to a deleted file vanished from the report: 'indexed 0
    files' with nothing skipped, and nothing said on the Documents page."""
    folder = tmp_path / "links"
    folder.mkdir()
    (folder / "real.md").write_text("# Real\n\nThe ferry leaves at noon.\n")
    (folder / "loop.md").symlink_to("loop.md")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    report = documents.add("links", [folder])
    assert report.indexed == 1
    reasons = {Path(s["path"]).name: str(s["reason"]) for s in report.skipped}
    assert set(reasons) == {"loop.md", "gone.txt"}, reasons
    assert "leads back to itself" in reasons["loop.md"]
    assert "deleted.txt" in reasons["gone.txt"] and "does not exist" in reasons["gone.txt"]
    again = documents.sync("links")  # said again, not forgotten, on the next sync
    assert {Path(s["path"]).name for s in again.skipped} == {"loop.md", "gone.txt"}
