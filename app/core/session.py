"""The core's front door: one object that the CLI and the GUI both use."""

from __future__ import annotations

from pathlib import Path

from app.core import config
from app.core.config import Settings
from app.core.docs import jobs as index_jobs
from app.core.docs.service import Documents
from app.core.jobqueue import JobQueue
from app.core.llm.runtime import Runtime
from app.core.models import jobs as download_jobs
from app.core.models.catalog import Catalog
from app.core.models.manager import ModelManager
from app.core.store.db import open_db
from app.core.store.history import History
from app.core.tasks import file_jobs
from app.core.tasks.ask import Asker
from app.core.tasks.assistant import Assistant


class Core:
    """Database, settings, history, catalog and the loaded model, opened together."""

    def __init__(self, db_path: Path | str | None = None) -> None:
        self.home = config.data_home()
        self.db = open_db(db_path)
        self.settings = Settings(self.db)
        self.history = History(self.db)
        self.catalog = Catalog(self.db)
        self.runtime = Runtime(self.catalog, self.settings)
        self.assistant = Assistant(self.history)
        self.models = ModelManager(self.catalog, self.settings, self.runtime)
        self.documents = Documents(self.db, self.settings, self.home, db_path)
        self.asker = Asker(self.documents, self.assistant, self.history)
        # A reply left 'generating' by a crash is kept, marked stopped.
        self.history.mark_interrupted()
        # Background jobs (file jobs, indexing, downloads); a job left running by a
        # process that died becomes 'interrupted' and resumes when retried.
        self.jobs = JobQueue(self.db)
        file_jobs.register(self.jobs, self.runtime, self.documents.ocr)
        index_jobs.register(self.jobs, self.documents)
        download_jobs.register(self.jobs, self.models)
        self.jobs.mark_interrupted()

    def close(self) -> None:
        self.runtime.unload()
        self.documents.close()
        self.db.conn.close()
