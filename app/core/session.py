"""The core's front door: one object that the CLI and the GUI both use."""

from __future__ import annotations

from pathlib import Path

from app.core import config
from app.core.config import Settings
from app.core.llm.runtime import Runtime
from app.core.models.catalog import Catalog
from app.core.models.manager import ModelManager
from app.core.store.db import open_db
from app.core.store.history import History
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
        # A reply left 'generating' by a crash is kept, marked stopped.
        self.history.mark_interrupted()

    def close(self) -> None:
        self.runtime.unload()
        self.db.conn.close()
