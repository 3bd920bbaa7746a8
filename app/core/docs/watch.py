"""Keep watched collections current while the app runs: a polling thread.

It compares what is on disk (paths, sizes, modification times) with what the
files table recorded, so it needs no memory of its own: a file added, changed
or deleted, or a sync that a crash left unfinished, all show up as a
difference and the collection's name is handed to `on_change` (which starts a
sync). Collections the user cancelled ('interrupted') are left alone until
synced by hand.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout

from app.core.docs.indexer import discover, sync_lock_path
from app.core.store.documents import DocStore


def is_being_indexed(home: Path, collection_id: int) -> bool:
    path = sync_lock_path(home, collection_id)
    if not path.parent.is_dir():
        return False
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    lock.release()
    return False


def out_of_date(store: DocStore, home: Path, collection_id: int) -> bool:
    """True when the collection's files on disk differ from what was indexed."""
    found = discover(store.sources(collection_id))
    rows = {f.path: f for f in store.files(collection_id)}
    if set(found) != set(rows):
        return True
    for key, path in found.items():
        row = rows[key]
        if row.status == "pending":
            return True
        try:
            st = path.stat()
        except OSError:
            return True
        if row.size != st.st_size or row.mtime != st.st_mtime:
            return True
    return False


class FolderWatcher:
    def __init__(self, db_path: Path | None, home: Path, on_change: Callable[[str], None],
                 interval_s: float = 10.0) -> None:
        self.db_path = db_path
        self.home = home
        self.on_change = on_change
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> FolderWatcher:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="hearth-folder-watch",
                                            daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def check(self, store: DocStore) -> list[str]:
        """Names of watched collections that need a sync now."""
        due = []
        for coll in store.collections():
            if not coll.watch or coll.sync_state == "interrupted" or not coll.embedding_model:
                continue
            if is_being_indexed(self.home, coll.id):
                continue
            if out_of_date(store, self.home, coll.id):
                due.append(coll.name)
        return due

    def _run(self) -> None:
        from app.core.store.db import open_db

        db = open_db(self.db_path)
        try:
            store = DocStore(db)
            while not self._stop.wait(self.interval_s):
                for name in self.check(store):
                    self.on_change(name)
        finally:
            db.conn.close()
