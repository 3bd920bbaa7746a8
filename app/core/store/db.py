"""Open the Hearth database: WAL journal, foreign keys, migrations applied."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from app.core import config
from app.core.errors import DamagedDatabase
from app.core.messages import Msg
from app.core.store.backup import keep_aside
from app.core.store.failures import DAMAGED, explain, sqlite_reason
from app.core.store.migrations import migrate
from app.core.store.sqlite import Database

BUSY_TIMEOUT_S = 10.0  # how long a write waits for another process's lock


class ThreadLocalDatabase(Database):
    """A sqlite-utils Database with one connection per thread.

    The window runs core jobs on worker threads while the GUI thread reads the
    same database. Sharing one connection interleaved their transactions
    (sqlite-utils savepoints released by the wrong thread, "table is locked",
    "no more rows available"); separate connections give each thread its own
    transaction, and WAL lets readers run beside the one writer.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._local = threading.local()
        # no sqlite-utils plugins: Hearth's database is no place for whatever another tool
        # installed, and finding them scans every package's metadata (~40 ms at start)
        super().__init__(self._connect(), execute_plugins=False)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self._path), timeout=BUSY_TIMEOUT_S)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        register_functions(conn)
        return conn

    @property  # type: ignore[override]
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    @conn.setter
    def conn(self, value: sqlite3.Connection) -> None:
        self._local.conn = value


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's triggers call (every connection that writes needs them)."""
    from app.core.store.cjk import index_terms

    def terms(text: str | None) -> str | None:
        try:
            return index_terms(text)
        except (ImportError, RuntimeError, ValueError):  # no segmenter: index the text as it
            return text  # is (Chinese words are then not found inside runs) and go on

    conn.create_function("hearth_terms", 1, terms, deterministic=True)


def open_db(path: Path | str | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path` (default: data home).

    Each thread that uses the returned database gets its own connection.
    """
    try:
        path = Path(path) if path else config.db_path()
        db = ThreadLocalDatabase(path)
        migrate(db)
    except (sqlite3.Error, OSError) as exc:
        problem = explain(exc)
        if problem is None:
            raise
        if problem.message != DAMAGED[0]:
            raise problem from exc
        # Damaged: keep a copy before anything else touches it, and say where.
        kept = keep_aside(Path(path), "damaged")
        raise DamagedDatabase(
            Msg("The database {path} is damaged ({error}); a copy is kept at {kept}.", path=path,
                error=sqlite_reason(exc), kept=kept), DAMAGED[1],
            str(kept)) from exc
    return db


