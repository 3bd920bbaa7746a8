"""What the disk and SQLite say when storage fails, in words a person can act on.

`explain(exc)` turns a locked or damaged database, a full disk or a read-only
data folder into a StorageError with a hint; anything else gives None (the
caller re-raises it). The CLI and the window's workers both use it, so the
same failure reads the same everywhere.
"""

from __future__ import annotations

import errno
import sqlite3

from app.core.errors import StorageError
from app.core.messages import Msg

FULL = (Msg("The disk is full."),
        Msg("Free some space and try again: everything saved before this point is kept."))
READ_ONLY = (Msg("Hearth's data folder is read-only, so nothing can be saved."),
             Msg("Make the folder writable, or set HEARTH_HOME to a writable folder."))
LOCKED = (Msg("The database is in use by another program for too long (locked)."),
          Msg("Close other Hearth windows or commands, or wait for them to finish, then try "
              "again."))
DAMAGED = (Msg("The database file is damaged."),
           Msg("Put a backup back with `hearth restore FILE`, or start fresh with "
               "`hearth restore --fresh` (the damaged file is kept)."))


# SQLite's reasons for a damaged file, marked so the window says them in its language
_REASONS = {
    "file is not a database": Msg("file is not a database"),
    "database disk image is malformed": Msg("database disk image is malformed"),
}


def sqlite_reason(exc: BaseException, limit: int = 120) -> str:
    """SQLite's reason for `exc` on one short line (a damaged schema's message quotes
    the schema's SQL, newlines and all); the common ones as a `Msg`."""
    text = " ".join(str(exc).split())
    if text in _REASONS:
        return _REASONS[text]
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def explain(exc: BaseException) -> StorageError | None:
    """A StorageError for a storage failure, or None when `exc` is something else."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text:
            return _error(FULL, exc)
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return _error(READ_ONLY, exc)
        if "locked" in text or "busy" in text:
            return _error(LOCKED, exc)
        if ("malformed" in text or "not a database" in text or "disk i/o" in text
                or isinstance(exc, sqlite3.DatabaseError)
                and not isinstance(exc, sqlite3.OperationalError)):
            return _error(DAMAGED, exc)
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return _error(FULL, exc)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageError(
                Msg("Hearth cannot write ({path}): the folder is read-only or not yours.",
                    path=exc.filename) if exc.filename else
                Msg("Hearth cannot write: the folder is read-only or not yours."), READ_ONLY[1])
    return None


def _error(what: tuple[str, str], exc: BaseException) -> StorageError:
    err = StorageError(*what)
    err.__cause__ = exc
    return err
