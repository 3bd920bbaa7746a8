"""The core's front door: one object that the CLI, the window and the API server share."""

from __future__ import annotations

from pathlib import Path

from app.core import config
from app.core.background import Background
from app.core.config import Settings
from app.core.docs.service import Documents
from app.core.llm.runtime import Runtime
from app.core.models.catalog import Catalog
from app.core.models.manager import ModelManager
from app.core.queue.kinds import download as download_jobs
from app.core.queue.kinds import files as file_jobs
from app.core.queue.kinds import index as index_jobs
from app.core.queue.queue import JobQueue
from app.core.store import cjk
from app.core.store.db import open_db
from app.core.store.history import History
from app.core.tasks.ask import Asker
from app.core.tasks.assistant import Assistant
from app.core.tasks.chat import Chat
from app.core.tasks.prefill import Prefiller
from app.core.tools import builtin
from app.core.tools.registry import Toolbox


class Core:
    """Database, settings, history, catalog, the loaded model and the job queue, opened
    together. `chat` is the one send path for chat turns; `runtime` owns the loaded
    model; `jobs` is the queue; `background` the folder watcher (see `start_background`)."""

    def __init__(self, db_path: Path | str | None = None) -> None:
        self.home = config.data_home()
        self.db = open_db(db_path)
        self.settings = Settings(self.db)
        self.history = History(self.db)
        self.catalog = Catalog(self.db)
        self.runtime = Runtime(self.catalog, self.settings)
        self.models = ModelManager(self.catalog, self.settings, self.runtime)
        self.documents = Documents(self.db, self.settings, self.home, db_path)
        # tools the model may call: built-in ones and MCP servers from mcp.json, whose
        # processes start at first use and stop in close()
        self.tools = Toolbox(self.settings, self.home / "mcp.json",
                             builtin.functions(self.documents), builtin.specs())
        self.assistant = Assistant(self.history, self.tools)
        self.asker = Asker(self.documents, self.assistant, self.history)
        self.chat = Chat(self.runtime, self.history, self.asker)
        # the window's drafts, evaluated while the user types (low priority in the lane)
        self.prefill = Prefiller(self.runtime, self.asker, self.settings)
        # A reply left 'generating' by a crash is kept, marked stopped.
        self.history.mark_interrupted()
        # Background jobs (file jobs, indexing, downloads); a job left running by a
        # process that died becomes 'interrupted' and resumes when retried.
        self.jobs = JobQueue(self.db)
        file_jobs.register(self.jobs, self.runtime, self.documents.ocr)
        index_jobs.register(self.jobs, self.documents)
        download_jobs.register(self.jobs, self.models)
        self.jobs.mark_interrupted()
        self.background = Background(self.jobs, self.documents, self.settings)

    def start_background(self, watch_interval_s: float | None = None) -> list[str]:
        """Queue unfinished syncs and watch collections' folders (until `close`);
        returns the collections queued now."""
        return self.background.start(watch_interval_s)

    def close(self) -> None:
        self.prefill.close()
        self.background.stop()
        self.tools.close()
        self.jobs.close()
        # a turn still running elsewhere keeps its engine; the process is ending anyway
        self.runtime.unload(timeout=30.0)
        self.documents.close()
        cjk.stop()  # the window's word-segmenter child, if it started one
        self.db.conn.close()
