"""Backups of the database, putting one back, and what happens to a damaged one.

A backup is SQLite's online backup API (a consistent copy while Hearth runs,
writers included), written beside its target and renamed when checked. A
restore checks the file first and keeps the current database aside. A damaged
database is never deleted: a copy is kept before anything else happens.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from app.core import config
from app.core.errors import StorageError
from app.core.messages import Msg

REQUIRED_TABLES = {"conversations", "messages"}
_SIDECARS = ("", "-wal", "-shm")


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def default_backup_path() -> Path:
    folder = config.data_home() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"hearth-{_stamp()}.db"


def _is_the_database(path: Path, db_path: Path) -> bool:
    """`path` names the database or one of its side files (WAL, shared memory, journal)."""
    for suffix in (*_SIDECARS, "-journal"):
        own = Path(f"{db_path}{suffix}")
        try:
            if path.resolve() == own.resolve() or (path.exists() and own.exists()
                                                   and path.samefile(own)):
                return True
        except OSError:
            continue
    return False


def _refuse_own_database(path: Path, db_path: Path) -> None:
    # Written over, the live database (or the WAL that holds its latest writes) is lost.
    if _is_the_database(path, db_path):
        raise StorageError(Msg("{path} is Hearth's own database, not a backup.", path=path),
                           Msg("Choose another file, for example in {folder}.",
                               folder=db_path.parent / "backups"))


def backup(dest: str | Path | None = None, db_path: str | Path | None = None) -> Path:
    """A consistent, checked copy of the database at `dest` (default: backups/ in the data home)."""
    src_path = Path(db_path) if db_path else config.db_path()
    if not src_path.is_file():
        raise StorageError(Msg("There is no database at {path} to back up.", path=src_path),
                           Msg("Start Hearth once to create it."))
    dest = Path(dest).expanduser() if dest else default_backup_path()
    if dest.is_dir():
        dest = dest / f"hearth-{_stamp()}.db"
    _refuse_own_database(dest, src_path)
    tmp = dest.with_name(dest.name + ".partial")
    try:  # said of the destination here: SQLite's "unable to open" read as the data folder's
        tmp.unlink(missing_ok=True)
        tmp.touch()
    except OSError as exc:
        raise StorageError(Msg("Hearth cannot write the backup in {folder} ({error}).",
                               folder=dest.parent, error=(exc.strerror or str(exc)).lower()),
                           Msg("Choose a folder that exists and that you can write.")) from exc
    src = sqlite3.connect(f"file:{src_path}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out, pages=1024)  # in steps, so writers are not held off for long
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            out.close()
        check_file(tmp)
        tmp.replace(dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        from app.core.store.failures import explain

        raise explain(exc) or StorageError(Msg("The backup failed: {error}.", error=str(exc)),
                                           Msg("Check the destination and try again.")) from exc
    finally:
        src.close()
    return dest


def check_file(path: str | Path) -> dict[str, int]:
    """Raise StorageError unless `path` is an intact Hearth database; its row counts."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(Msg("{path} is not a file.", path=path),
                           Msg("Give the path of a Hearth backup (.db)."))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            counts = {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                      for t in sorted(REQUIRED_TABLES & tables)}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        from app.core.store.failures import sqlite_reason

        raise StorageError(Msg("{name} is not a readable database ({error}).", name=path.name,
                               error=sqlite_reason(exc)),
                           Msg("Choose another backup.")) from exc
    if result != "ok":
        raise StorageError(Msg("{name} is damaged (integrity check: {result}).", name=path.name,
                               result=result[:200]),
                           Msg("Choose another backup."))
    if not tables >= REQUIRED_TABLES:
        raise StorageError(Msg("{name} is a database, but not one of Hearth's.", name=path.name),
                           Msg("Choose a file made by `hearth backup` or File > Back up."))
    return counts


def keep_aside(db_path: Path, label: str, move: bool = False) -> Path | None:
    """Copy (or move) the database and its WAL beside it as NAME.LABEL-STAMP; the copy's path.

    A copy of the same file made before (same size and time) is reused, so
    starting again and again with a damaged database does not fill the disk.
    """
    if not db_path.exists():
        return None
    if not move:
        st = db_path.stat()
        for old in db_path.parent.glob(f"{db_path.name}.{label}-*"):
            if old.name.endswith(("-wal", "-shm")):
                continue
            ost = old.stat()
            if (ost.st_size, ost.st_mtime_ns) == (st.st_size, st.st_mtime_ns):
                return old
    kept = db_path.with_name(f"{db_path.name}.{label}-{_stamp()}")
    for suffix in _SIDECARS:
        src = Path(str(db_path) + suffix)
        if src.exists():
            dst = Path(str(kept) + suffix)
            if move:
                src.replace(dst)
            else:
                shutil.copy2(src, dst)
    return kept


def restore(src: str | Path, db_path: str | Path | None = None) -> tuple[Path | None, dict]:
    """Put the backup `src` in place of the database after checking it.

    The current database is kept aside first (NAME.before-restore-STAMP); the
    pages are copied with the backup API, so an open Hearth sees the restored
    data. Returns (where the old database was kept, the restored row counts).
    """
    src = Path(src).expanduser()
    db_path = Path(db_path) if db_path else config.db_path()
    _refuse_own_database(src, db_path)
    counts = check_file(src)
    # A damaged database is moved aside (SQLite cannot write over its header);
    # a good one is copied, and then written over page by page.
    kept = keep_aside(db_path, "before-restore", move=not _opens(db_path))
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(db_path, timeout=30)
        try:
            source.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        from app.core.store.failures import explain

        raise explain(exc) or StorageError(Msg("The restore failed: {error}.", error=str(exc)),
                                           Msg("Your previous database is kept at {kept}.",
                                               kept=kept)) from exc
    finally:
        source.close()
    return kept, counts


def _opens(path: Path) -> bool:
    if not path.exists():
        return True
    try:
        conn = sqlite3.connect(path, timeout=30)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return True


def start_fresh(db_path: str | Path | None = None) -> Path | None:
    """Move the (damaged) database aside, never deleting it; the next start creates
    an empty one. Returns where it was kept."""
    db_path = Path(db_path) if db_path else config.db_path()
    return keep_aside(db_path, "set-aside", move=True)
