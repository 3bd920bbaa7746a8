"""Paths and settings.

The data home comes from platformdirs; `HEARTH_HOME` overrides it so tests and
scripts can point Hearth at a temp dir. Settings live in the database's
`settings` table as JSON values over the defaults below.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

from app.core.errors import StorageError

APP_NAME = "Hearth"
REPO_ROOT = Path(__file__).resolve().parents[2]

DEFAULTS: dict[str, Any] = {
    "default_model": "",  # catalog id; empty = the bundled chat model
    "n_threads": 0,  # 0 = automatic (hardware.default_threads)
    "n_gpu_layers": "auto",  # "auto" or an int (0 = CPU only)
    "n_ctx": 4096,
    "temperature": 0.2,
    "top_p": 0.95,
    "top_k": 40,
    "min_p": 0.05,
    "repeat_penalty": 1.1,
    "max_tokens": 512,
    "seed": -1,
    "system_prompt": "You are Hearth, a helpful assistant running privately on this computer. "
    "Answer concisely and accurately.",
    "theme": "system",
    "font_size": 11,
    "embedding_model": "",  # new collections' model; empty = the bundled all-MiniLM-L6-v2
    "ocr": True,  # read scanned PDF pages and images (PNG, JPEG, TIFF) with OCR
    "max_file_mb": 200,
    "index_threads": 1,
    "docs_min_score": 0.3,  # cosine below which a passage is "not about this"
    "watch_interval_s": 10.0,  # how often the Documents page checks watched folders (0 = off)
}


_WRITABLE: set[Path] = set()  # data homes already checked in this process


def data_home() -> Path:
    """Where Hearth keeps its database, downloaded models and indexes.

    Raises StorageError (one line saying what to do) when it cannot be created or
    written: a read-only folder must not surface later as a database traceback.
    """
    env = os.environ.get("HEARTH_HOME")
    root = Path(env).expanduser() if env else Path(platformdirs.user_data_dir(APP_NAME, False))
    if root not in _WRITABLE:
        _check_writable(root)
        _WRITABLE.add(root)
    return root


def _check_writable(root: Path) -> None:
    how = (f"Make it writable (`chmod u+w {root}`) or set HEARTH_HOME to a folder you can "
           "write, e.g. `HEARTH_HOME=~/hearth-data hearth`.")
    try:
        root.mkdir(parents=True, exist_ok=True)
        # A real write: os.access says yes to root and knows nothing of read-only mounts.
        with tempfile.TemporaryFile(dir=root):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StorageError(f"Hearth cannot write its data folder {root} ({reason}).",
                           how) from exc


def db_path() -> Path:
    return data_home() / "hearth.db"


def models_dir() -> Path:
    """Downloaded and imported models."""
    path = data_home() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def bundled_models_dir() -> Path:
    """Where the set-up places the bundled starter models (HEARTH_BUNDLED_DIR overrides)."""
    env = os.environ.get("HEARTH_BUNDLED_DIR")
    return Path(env) if env else REPO_ROOT / "models"


class Settings:
    """Typed access to persisted settings; unknown keys fall back to DEFAULTS."""

    def __init__(self, db) -> None:  # db: sqlite_utils.Database
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        rows = list(self._db.query("select value from settings where key = ?", [key]))
        if rows:
            return json.loads(rows[0]["value"])
        return DEFAULTS.get(key, default)

    def set(self, key: str, value: Any) -> None:
        with self._db.conn:
            self._db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for row in self._db.query("select key, value from settings"):
            values[row["key"]] = json.loads(row["value"])
        return values

    def update(self, values: dict[str, Any]) -> None:
        with self._db.conn:
            for key, value in values.items():
                self._db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
