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
