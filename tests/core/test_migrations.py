import shutil
from pathlib import Path

import pytest
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
        "status": "TEXT", "error": "TEXT", "pid": "INTEGER", "reasoning": "TEXT",
        "reasoning_s": "REAL", "parent_id": "INTEGER", "active": "INTEGER",
        "tool_calls": "TEXT", "tool_result": "TEXT",
    }
    assert columns(db, "message_attachments") == {
        "id": "INTEGER", "message_id": "INTEGER", "path": "TEXT", "name": "TEXT",
        "size": "INTEGER", "tokens": "INTEGER", "mode": "TEXT", "collection": "TEXT",
        "text": "TEXT",
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
    from app.core.errors import StorageError

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="is damaged") as info:  # issue 16's wording
        open_db(bad)
    assert "hearth restore" in str(info.value)


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


# The first released schema (m001_initial alone) with a little data, made once by
# make_first_schema_db() below and committed: it must upgrade to the current schema.
FIRST_SCHEMA_DB = Path(__file__).resolve().parents[1] / "fixtures" / "schema_m001.db"


def make_first_schema_db(path: Path) -> None:
    """How FIRST_SCHEMA_DB was made (kept to show what it holds; do not rerun it when a
    migration changes: the file stands for databases users already have)."""
    import sqlite3

    from sqlite_utils import Database

    from app.core.store.migrations import m001_initial

    db = Database(sqlite3.connect(str(path)))
    m001_initial(db)
    db["_migrations"].create({"name": str, "applied": float}, pk="name")
    db["_migrations"].insert({"name": "m001_initial", "applied": 1.0})
    db["conversations"].insert({"id": 1, "title": "Capitals", "created": 1.0, "updated": 2.0,
                                "model": "smollm2-135m-instruct", "system_prompt": ""})
    for i, (role, text) in enumerate([("user", "What is the capital of Japan?"),
                                      ("assistant", "Tokyo is the capital of Japan.")]):
        db["messages"].insert({"id": i + 1, "conversation_id": 1, "role": role,
                               "content": text, "created": 1.0 + i, "status": "complete"})
    db["settings"].insert({"key": "temperature", "value": "0.5"})
    db.conn.commit()
    db.conn.execute("VACUUM")
    db.conn.close()


def test_upgrade_from_the_first_schema_keeps_data_and_matches_a_fresh_database(tmp_path):
    from app.core.config import Settings
    from app.core.store.history import History

    path = tmp_path / "old.db"
    shutil.copy(FIRST_SCHEMA_DB, path)
    db = open_db(path)
    assert [r["name"] for r in db["_migrations"].rows] == [m.__name__ for m in MIGRATIONS]
    fresh = open_db(tmp_path / "fresh.db")
    assert set(db.table_names()) == set(fresh.table_names())
    for table in fresh.table_names():
        assert columns(db, table) == columns(fresh, table), table
    history = History(db)
    assert [m.content for m in history.messages(1)][1] == "Tokyo is the capital of Japan."
    assert [m.parent_id for m in history.messages(1)] == [0, 1]  # old turns form one path
    assert history.search("tokyo")  # the old messages are still in the full-text index
    assert Settings(db).get("temperature") == 0.5
    reply = history.add_message(1, "assistant", "Paris.", pid=1)  # a column added later
    assert history.message(reply.id).content == "Paris."


def test_migrations_are_registered_in_file_order_once():
    from app.core.store import migrations

    names = [m.__name__ for m in MIGRATIONS]
    assert names == sorted(names) and len(set(names)) == len(names)
    with pytest.raises(ValueError, match="two migrations"):
        migrations.migration(migrations.m001_initial)


def test_a_failing_migration_is_rolled_back_whole(tmp_path, monkeypatch):
    from app.core.store import migrations

    db = open_db(tmp_path / "h.db")

    def m999_broken(db) -> None:
        db["half_made"].create({"id": int}, pk="id")
        db["settings"].insert({"key": "half", "value": "1"})
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, m999_broken])
    with pytest.raises(RuntimeError, match="disk full"):
        migrate(db)
    assert "half_made" not in db.table_names()
    assert db.execute("select count(*) from settings where key = 'half'").fetchone()[0] == 0
    assert "m999_broken" not in {r["name"] for r in db["_migrations"].rows}
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    assert migrate(db) == []  # the database is usable as before
