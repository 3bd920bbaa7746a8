from sqlite_utils import Database

from app.core.store.db import open_db
from app.core.store.migrations import MIGRATIONS, migrate


def columns(db, table):
    return {c.name: c.type for c in db[table].columns}


def test_migrate_empty_database_gives_exact_schema(tmp_path):
    db = open_db(tmp_path / "h.db")
    assert columns(db, "conversations") == {
        "id": "INTEGER", "title": "TEXT", "created": "REAL", "updated": "REAL",
        "model": "TEXT", "system_prompt": "TEXT",
    }
    assert columns(db, "messages") == {
        "id": "INTEGER", "conversation_id": "INTEGER", "role": "TEXT", "content": "TEXT",
        "created": "REAL", "model": "TEXT", "prompt_tokens": "INTEGER",
        "completion_tokens": "INTEGER", "ttft_s": "REAL", "tokens_per_s": "REAL",
        "status": "TEXT", "error": "TEXT", "pid": "INTEGER",
    }
    assert columns(db, "settings") == {"key": "TEXT", "value": "TEXT"}
    assert "messages_fts" in db.table_names()
    applied = [r["name"] for r in db["_migrations"].rows]
    assert applied == [m.__name__ for m in MIGRATIONS]
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_migrate_twice_applies_nothing(tmp_path):
    db = open_db(tmp_path / "h.db")
    assert migrate(db) == []


def test_corrupt_database_gives_clear_error(tmp_path):
    import pytest

    from app.core.errors import StorageError

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="move it aside"):
        open_db(bad)


def test_database_from_a_newer_hearth_is_refused_untouched(tmp_path):
    import pytest

    from app.core.errors import StorageError

    path = tmp_path / "h.db"
    db = open_db(path)
    db["_migrations"].insert({"name": "m099_from_the_future", "applied": 0.0})
    db.conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer Hearth") as info:
        open_db(path)
    assert "m099_from_the_future" in str(info.value) and "HEARTH_HOME" in str(info.value)
    assert path.read_bytes() == before


def _older_database(path):
    """A database as the first release left it: only m001 applied, one conversation."""
    import sqlite3

    from app.core.store.migrations import m001_initial

    db = Database(sqlite3.connect(str(path)))
    db["_migrations"].create({"name": str, "applied": float}, pk="name")
    m001_initial(db)
    db["_migrations"].insert({"name": "m001_initial", "applied": 0.0})
    db["conversations"].insert({"title": "kept", "created": 1.0, "updated": 1.0})
    db.conn.commit()
    db.conn.close()


def test_older_database_is_upgraded_and_a_copy_kept(tmp_path):
    path = tmp_path / "h.db"
    _older_database(path)
    db = open_db(path)
    assert [r["name"] for r in db["_migrations"].rows] == [m.__name__ for m in MIGRATIONS]
    assert [r["title"] for r in db["conversations"].rows] == ["kept"]
    copy = Database(str(path) + f".before-{MIGRATIONS[1].__name__}")
    assert [r["name"] for r in copy["_migrations"].rows] == ["m001_initial"]
    assert [r["title"] for r in copy["conversations"].rows] == ["kept"]


def test_failed_upgrade_says_where_the_data_is(tmp_path, monkeypatch):
    import pytest

    from app.core.errors import StorageError
    from app.core.store import migrations

    def m900_broken(db):
        db.execute("alter table no_such_table add column x text")

    path = tmp_path / "h.db"
    _older_database(path)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, m900_broken])
    with pytest.raises(StorageError, match="from an older Hearth") as info:
        open_db(path)
    backup = f"{path}.before-{MIGRATIONS[1].__name__}"
    assert backup in str(info.value) and "m900_broken" in str(info.value)
    copy = Database(backup)
    assert [r["title"] for r in copy["conversations"].rows] == ["kept"]
