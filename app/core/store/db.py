"""Open the Hearth database: WAL journal, foreign keys, migrations applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from app.core import config
from app.core.errors import StorageError
from app.core.store.migrations import migrate


def open_db(path: Path | str | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path` (default: data home).

    The connection may be used from worker threads: SQLite serializes access,
    and WAL lets readers run beside the one writer.
    """
    path = Path(path) if path else config.db_path()
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        db = Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"Cannot open the database {path}: {exc}.",
            "If the file is damaged, move it aside and start Hearth again "
            "(a new, empty history is created).",
        ) from exc
    return db
