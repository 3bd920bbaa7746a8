"""Work that keeps running while Hearth runs, whoever shows it.

The folder watcher queues a sync of a watched collection when its files
change, and syncs that a quit, a crash or a closed window left unfinished are
queued again at start. `Core.start_background()` starts both (the window does at
start, `hearth docs watch` in the terminal); the queued `index` jobs are run by
whoever runs the queue (the window's runner, or the CLI in the foreground).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.core.config import Settings
from app.core.docs.service import Documents
from app.core.errors import HearthError
from app.core.queue.kinds import index as index_jobs
from app.core.queue.queue import JobQueue

if TYPE_CHECKING:  # the watcher imports the indexer, and it FAISS: only when started
    from app.core.docs.watch import FolderWatcher

log = logging.getLogger(__name__)


class Background:
    def __init__(self, jobs: JobQueue, documents: Documents, settings: Settings) -> None:
        self.jobs = jobs
        self.documents = documents
        self.settings = settings
        self.watcher: FolderWatcher | None = None

    @property
    def running(self) -> bool:
        return self.watcher is not None and self.watcher.running

    def start(self, interval_s: float | None = None) -> list[str]:
        """Queue the unfinished syncs and start watching (an interval of 0 watches
        nothing); returns the collections queued now."""
        from app.core.docs.watch import FolderWatcher

        queued = self.resume_unfinished()
        interval = float(self.settings.get("watch_interval_s")
                         if interval_s is None else interval_s)
        if interval > 0 and not self.running:
            self.watcher = FolderWatcher(self.documents.db_path, self.documents.home,
                                         self.request_sync, interval_s=interval).start()
        return queued

    def stop(self, timeout: float = 2.0) -> None:
        if self.watcher is not None:
            self.watcher.stop(timeout)
            self.watcher = None

    def check_now(self) -> list[str]:
        """Look once for watched collections whose files changed and queue their syncs."""
        from app.core.docs.watch import FolderWatcher

        watcher = self.watcher or FolderWatcher(self.documents.db_path, self.documents.home,
                                                self.request_sync)
        return [name for name in watcher.check(self.documents.store) if self.request_sync(name)]

    def resume_unfinished(self) -> list[str]:
        """Queue again the syncs that a quit, a crash or a cancel left half done (during
        a session the watcher leaves a cancelled one alone until Sync now)."""
        from app.core.docs.watch import is_being_indexed

        names = []
        for row in self.documents.collections():
            unfinished = row["sync_state"] != "idle"
            if (unfinished and not is_being_indexed(self.documents.home, row["id"])
                    and self.request_sync(row["name"])):
                names.append(row["name"])
        return names

    def request_sync(self, name: str) -> bool:
        """Queue a sync of `name` (from the watcher's thread too); False when it is gone."""
        try:
            index_jobs.submit(self.jobs, self.documents, name)
        except HearthError as exc:  # removed since the watcher saw it
            log.info("not syncing %s: %s", name, exc)
            return False
        return True
