"""Storage under stress: a damaged database at start-up, a locked one, a full
disk during a reply, an index run and a download, a read-only data folder, and
backups taken while Hearth writes. Each: one message that says what to do, and
nothing already stored is lost.

The full-disk and read-only cases use a real small tmpfs (skipped where this
process may not mount one)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core.errors import HearthError, StorageError
from app.core.store import backup as store_backup
from app.core.store.db import open_db
from app.core.store.failures import explain
from app.core.store.history import History
from tests.conftest import run_cli
from tests.corpus.doors import RAW
from tests.fakes import FakeModel


def _conversation(db_path: Path, n: int = 3) -> int:
    history = History(open_db(db_path))
    conv = history.new_conversation(title="kept", model="m")
    for i in range(n):
        history.add_message(conv.id, "user", f"question {i}")
        history.add_message(conv.id, "assistant", f"answer {i}")
    return conv.id


def _one_line_error(proc) -> str:
    err = proc.stderr.strip()
    assert proc.returncode != 0, proc.stdout
    assert err.startswith("error: ") and "\n" not in err and not RAW.search(err), err
    return err


# a damaged database ------------------------------------------------------------
def test_a_damaged_database_is_kept_and_the_user_told_how_to_go_on(hearth_home):
    hearth_home.mkdir(parents=True, exist_ok=True)
    db = hearth_home / "hearth.db"
    garbage = b"this is not SQLite " * 4096
    db.write_bytes(garbage)
    err = _one_line_error(run_cli("history", "list", home=hearth_home))
    assert "damaged" in err and "hearth restore --fresh" in err and "copy is kept" in err
    _one_line_error(run_cli("history", "list", home=hearth_home))  # a second start...
    [kept] = hearth_home.glob("hearth.db.damaged-*")  # ...does not copy it again
    assert kept.read_bytes() == garbage and db.read_bytes() == garbage  # never deleted
    proc = run_cli("restore", "--fresh", home=hearth_home)
    assert proc.returncode == 0 and "kept at" in proc.stdout, proc.stderr
    assert run_cli("history", "list", home=hearth_home).returncode == 0
    assert sorted(p.read_bytes() == garbage for p in hearth_home.glob("hearth.db.*")) \
        == [True, True]


def test_pages_damaged_inside_a_good_header_say_the_same(hearth_home, tmp_path):
    db = hearth_home / "hearth.db"
    hearth_home.mkdir(parents=True, exist_ok=True)
    _conversation(db, 200)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    for off in range(8192, len(data) - 4096, 4096):  # every page after the first two
        data[off + 8:off + 200] = os.urandom(192)
    db.write_bytes(bytes(data))
    proc = run_cli("history", "show", "1", home=hearth_home)
    err = _one_line_error(proc)
    assert "damaged" in err and "hearth restore" in err


# backup and restore -------------------------------------------------------------
def test_backup_while_another_thread_writes_is_consistent(hearth_home, tmp_path):
    db = hearth_home / "hearth.db"
    hearth_home.mkdir(parents=True, exist_ok=True)
    conv = _conversation(db)
    history = History(open_db(db))
    stop = threading.Event()

    def writer():
        while not stop.is_set():
            history.add_message(conv, "user", "x" * 2000)

    t = threading.Thread(target=writer)
    t.start()
    try:
        time.sleep(0.2)
        copies = [store_backup.backup(tmp_path / f"b{i}.db", db) for i in range(3)]
    finally:
        stop.set()
        t.join()
    counts = [store_backup.check_file(c)["messages"] for c in copies]
    assert counts == sorted(counts) and counts[0] >= 6  # each a consistent snapshot


def test_a_backup_onto_the_database_itself_is_refused(hearth_home, tmp_path):
    """`hearth backup -o` naming the live database (or its WAL) replaced it under a
    running Hearth: its un-checkpointed writes, kept in the WAL, were lost."""
    db = hearth_home / "hearth.db"
    hearth_home.mkdir(parents=True, exist_ok=True)
    conv = _conversation(db, 2)
    # a running Hearth (its connection has Hearth's SQL functions, which the messages'
    # search triggers call): its WAL is not checkpointed
    live = open_db(db).conn
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("INSERT INTO messages (conversation_id, role, content, created) "
                 "VALUES (?, 'user', 'only in the WAL', 0)", (conv,))
    live.commit()
    try:
        for target in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), hearth_home / "." / "hearth.db"):
            err = _one_line_error(run_cli("backup", "-o", str(target), home=hearth_home))
            assert "Hearth's own database" in err, err
        with pytest.raises(StorageError):
            store_backup.restore(db, db)
    finally:
        live.close()
    texts = [m.content for m in History(open_db(db)).messages(conv)]
    assert "only in the WAL" in texts and len(texts) == 5


def test_a_backup_where_it_cannot_be_written_says_where(hearth_home, tmp_path):
    """The destination's folder, not the data folder: the message blamed the latter."""
    hearth_home.mkdir(parents=True, exist_ok=True)
    _conversation(hearth_home / "hearth.db", 1)
    err = _one_line_error(run_cli("backup", "-o", str(tmp_path / "none" / "x.db"),
                                  home=hearth_home))
    assert "data folder" not in err and str(tmp_path / "none") in err, err
    assert not (tmp_path / "none").exists()


def test_restore_checks_the_file_and_keeps_the_current_database(hearth_home, tmp_path):
    db = hearth_home / "hearth.db"
    hearth_home.mkdir(parents=True, exist_ok=True)
    _conversation(db, 2)
    proc = run_cli("backup", "-o", str(tmp_path / "good.db"), "--json", home=hearth_home)
    assert proc.returncode == 0 and '"messages": 4' in proc.stdout, proc.stderr
    _conversation(db, 5)  # work done after the backup
    (tmp_path / "bad.db").write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    for bad in ("bad.db", "other.db", "missing.db"):
        _one_line_error(run_cli("restore", str(tmp_path / bad), home=hearth_home))
    assert len(History(open_db(db)).conversations()) == 2  # untouched by the refusals
    proc = run_cli("restore", str(tmp_path / "good.db"), home=hearth_home)
    assert proc.returncode == 0, proc.stderr
    assert len(History(open_db(db)).conversations()) == 1
    [kept] = [p for p in hearth_home.glob("hearth.db.before-restore-*")
              if not p.name.endswith(("-wal", "-shm"))]
    assert store_backup.check_file(kept)["messages"] == 14  # what it replaced is kept


def test_restore_over_a_damaged_database_moves_it_aside(hearth_home, tmp_path):
    db = hearth_home / "hearth.db"
    hearth_home.mkdir(parents=True, exist_ok=True)
    _conversation(db, 1)
    good = store_backup.backup(tmp_path / "good.db", db)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"garbage" * 100)
    kept, counts = store_backup.restore(good, db)
    assert counts["messages"] == 2 and kept.read_bytes() == b"garbage" * 100
    assert store_backup.check_file(db)["messages"] == 2


# a locked database --------------------------------------------------------------
def test_a_database_locked_past_the_busy_timeout_is_one_clear_line(hearth_home, monkeypatch,
                                                                   capsys):
    from app.cli import main as cli_main
    from app.core.store import db as db_module

    db = hearth_home / "hearth.db"
    hearth_home.mkdir(parents=True, exist_ok=True)
    _conversation(db)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_S", 0.5)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert cli_main(["history", "rm", "1"]) == 1
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: The database is in use") and "try again" in err, err
    assert len(History(open_db(db)).messages(1)) == 6  # nothing lost, nothing half-done


# a full disk and a read-only folder (a real tmpfs) -------------------------------
@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "disk"
    mnt.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the disk under `folder` to the last byte; the filler's path."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
        try:
            while True:
                fh.write(b"\0")
        except OSError:
            pass
    return filler


def test_disk_full_during_a_reply_keeps_the_question(small_disk, monkeypatch):
    from app.core.llm.base import SamplingParams
    from app.core.tasks import assistant as assistant_module

    db = small_disk / "hearth.db"
    conv = _conversation(db)
    history = History(open_db(db))
    model = FakeModel()
    model.enqueue(["A", " long", " reply", " that", " grows"] + [" and grows" * 300] * 40)
    filled = []

    def fill_once(_piece):
        if not filled:
            filled.append(_fill(small_disk))

    model.on_piece = fill_once
    monkeypatch.setattr(assistant_module, "FLUSH_EVERY_S", 0.0)
    with pytest.raises((sqlite3.Error, OSError)) as info:
        assistant_module.Assistant(history).send(conv, "the question", model, SamplingParams())
    problem = explain(info.value)
    assert problem is not None and problem.message == "The disk is full.", info.value
    filled[0].unlink()
    history = History(open_db(db))
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    texts = [m.content for m in history.messages(conv)]
    assert texts[:6] == [f"{w} {i}" for i in range(3) for w in ("question", "answer")]
    assert "the question" in texts


def test_disk_full_on_the_command_line_is_one_line_and_loses_nothing(small_disk, tmp_path):
    home = small_disk
    conv = _conversation(home / "hearth.db")
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("# Bees\n\n" + "A hive holds many bees. " * 400)
    filler = _fill(small_disk)
    try:
        for args in (["chat", "--new", "hello there"], ["docs", "add", "notes", str(folder)]):
            err = _one_line_error(run_cli(*args, home=home, timeout=300))
            assert "disk is full" in err.lower() or "free" in err.lower(), (args, err)
    finally:
        filler.unlink()
    assert sqlite3.connect(home / "hearth.db").execute(
        "PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(History(open_db(home / "hearth.db")).messages(conv)) == 6
    assert run_cli("docs", "add", "notes", str(folder), home=home,
                   timeout=300).returncode == 0


def test_disk_full_during_a_download_keeps_the_partial_file(small_disk, hub_server, monkeypatch):
    from app.core.models import download
    from app.core.session import Core
    from tests.hubserver import make_gguf

    monkeypatch.setenv("HEARTH_HOME", str(small_disk))
    big = make_gguf(small_disk.parent / "big.gguf", n_floats=10 << 20)  # 40 MB > the disk
    hub_server.add_repo("test-org/Big-GGUF", {"Big-F32.gguf": big})
    # Another program fills the disk after Hearth's free-space check passed.
    monkeypatch.setattr(download, "check_disk", lambda *a, **k: None)
    core = Core()
    try:
        with pytest.raises(HearthError) as err:
            core.models.pull("test-org/Big-GGUF", "Big-F32.gguf")
    finally:
        core.close()
    assert "disk filled up" in str(err.value) and "continues" in str(err.value), err.value
    partial = list(small_disk.rglob("*.partial"))
    assert partial and partial[0].stat().st_size > 0  # kept, so the pull resumes


def test_the_hub_sending_more_than_the_advertised_size_is_refused(hub_server, hearth_home):
    from app.core.errors import DownloadError
    from app.core.session import Core
    from tests.hubserver import make_gguf

    path = make_gguf(hearth_home.parent / "t.gguf", n_floats=4096)
    hub_server.add_repo("test-org/Over-GGUF", {"Over-F32.gguf": path})
    hub_server.switches.overflow = 100_000
    core = Core()
    try:
        with pytest.raises(DownloadError, match="sent more than"):
            core.models.pull("test-org/Over-GGUF", "Over-F32.gguf")
        assert not [e for e in core.catalog.entries() if e.source == "downloaded"]
    finally:
        core.close()


@contextlib.contextmanager
def _read_only_view(folder: Path, view: Path):
    """`folder` seen read-only at `view` (a bind mount; skips where mounting is not allowed)."""
    for cmd in (["mount", "--bind", str(folder), str(view)],
                ["mount", "-o", "remount,ro,bind", str(view)]):
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            subprocess.run(["umount", str(view)], check=False)
            pytest.skip(f"cannot make a read-only mount here: {proc.stderr.strip()}")
    try:
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=False)


def test_a_read_only_data_folder_is_one_clear_line(tmp_path):
    home, view = tmp_path / "home", tmp_path / "view"
    home.mkdir()
    view.mkdir()
    conv = _conversation(home / "hearth.db")
    conn = sqlite3.connect(home / "hearth.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    # A read-only view of the data folder (root ignores file modes, not a read-only mount).
    with _read_only_view(home, view):
        for args in (["chat", "--conversation", str(conv), "hello"], ["history", "list"],
                     ["docs", "add", "x", str(tmp_path)]):
            proc = run_cli(*args, home=view, timeout=300)
            if proc.returncode != 0:
                err = _one_line_error(proc)
                assert "read-only" in err.lower() or "cannot write" in err, (args, err)
    assert len(History(open_db(home / "hearth.db")).messages(conv)) == 6


def test_explain_knows_the_storage_failures():
    import errno

    assert explain(sqlite3.OperationalError("database or disk is full")).message \
        == "The disk is full."
    assert explain(OSError(errno.ENOSPC, "No space left on device")).message \
        == "The disk is full."
    assert "read-only" in explain(sqlite3.OperationalError(
        "attempt to write a readonly database")).message
    assert "locked" in explain(sqlite3.OperationalError("database is locked")).message
    assert "damaged" in explain(sqlite3.DatabaseError("file is not a database")).message
    assert explain(ValueError("x")) is None and isinstance(
        explain(StorageError("a", "b")), StorageError)


def test_a_damaged_schema_quoting_its_sql_is_said_on_one_line(hearth_home):
    """SQLite's message for a damaged schema quotes what it read there, newlines and
    all (a CI run hit it with random damage): the error stays one short line."""
    db = hearth_home / "hearth.db"
    hearth_home.mkdir(parents=True, exist_ok=True)
    _conversation(db, 2)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("update sqlite_master set name = 'n'',\n  \"created\" REAL NOT NULL,\n  "
                 "\"updated\" REA', sql = 'CREATE TABLE (' where name = 'conversations'")
    conn.commit()
    conn.close()
    err = _one_line_error(run_cli("history", "show", "1", home=hearth_home))
    assert "is damaged" in err and len(err) < 700, err


def test_an_unusable_data_folder_gets_the_hint_that_fits_its_cause(tmp_path, monkeypatch):
    """A file in the folder's place, or a read-only disk: 'chmod u+w' would not help."""
    from app.core import config
    from app.core.errors import StorageError

    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    monkeypatch.setenv("HEARTH_HOME", str(a_file))
    with pytest.raises(StorageError) as err:
        config.data_home()
    text = str(err.value)
    assert "is a file" in text and "chmod" not in text and "HEARTH_HOME" in text, text

    view = tmp_path / "view"
    view.mkdir()
    with _read_only_view(view, view):
        monkeypatch.setenv("HEARTH_HOME", str(view / "hearth"))
        with pytest.raises(StorageError) as err:
            config.data_home()
    text = str(err.value)
    assert "read-only" in text and "chmod" not in text and "HEARTH_HOME" in text, text
