"""Paths and settings.

The data home comes from platformdirs; `HEARTH_HOME` overrides it so tests and
scripts can point Hearth at a temp dir. Settings live in the database's
`settings` table as JSON values over the defaults below.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

from app.core.errors import HearthError, StorageError
from app.core.messages import Msg

APP_NAME = "Hearth"
REPO_ROOT = Path(__file__).resolve().parents[2]

@dataclass(frozen=True)
class Defaults:
    """Every setting with its type and default: the one source (the CLI, the window,
    the runtime's sampling and the settings dialog read these)."""

    default_model: str = ""  # catalog id; empty = the bundled chat model
    n_threads: int = 0  # 0 = automatic: chosen per reply (app/core/llm/threads.py)
    n_gpu_layers: int | str = "auto"  # "auto" or an int (0 = CPU only, -1 = all)
    n_ctx: int = 4096
    temperature: float = 0.2
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    max_tokens: int = 512
    seed: int = -1  # -1 = random
    prefill_drafts: bool = True  # evaluate the prompt while the user types (tasks.prefill)
    thinking: bool = True  # reasoning models think first; off sets enable_thinking=False
    system_prompt: str = ("You are Hearth, a helpful assistant running privately on this "
                          "computer. Answer concisely and accurately.")
    theme: str = "system"  # system | light | dark
    language: str = "system"  # the window's language: system, en, zh_CN, ja, fr
    font_size: int = 11
    embedding_model: str = ""  # new collections' model; empty = the bundled all-MiniLM-L6-v2
    ocr: bool = True  # read scanned PDF pages and images (PNG, JPEG, TIFF) with OCR
    max_file_mb: int = 200
    index_threads: int = 1
    index_batch: int = 64  # chunks embedded per batch
    docs_min_score: float = 0.3  # cosine below which a passage is "not about this"
    watch_interval_s: float = 10.0  # how often watched folders are checked (0 = off)
    ui_geometry: str = ""  # the window's last geometry (Qt's saveGeometry, base64)
    ui_splitter: tuple[int, ...] = ()  # the sidebar/chat split
    ui_last_conversation: int | None = None  # reopened at start
    ui_draft: dict | None = None  # the message being typed: {"conversation", "text"}
    remotes: dict | None = None  # remote model servers by name (models.remotes)
    serve_port: int = 8080  # Settings > Server: the API's port
    serve_lan: bool = False  # ... and whether it listens beyond this machine
    tools_off: tuple[str, ...] = ()  # "server/tool" (or "server/*") switched off
    tools_always: tuple[str, ...] = ()  # "server/tool" the user allowed always


DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Defaults)}

# What a sampling value may be (None: no upper bound): the ranges of the window's
# settings and of the API (temperature 0-2), checked for the command line's flags and
# per-model settings too. A value outside them gives nonsense (temperature 50) or, for
# max_tokens <= 0, an empty reply stored as complete.
SAMPLING_LIMITS: dict[str, tuple[float, float | None]] = {
    "temperature": (0, 2), "top_p": (0, 1), "top_k": (0, None), "min_p": (0, 1),
    "repeat_penalty": (0, None), "max_tokens": (1, None),
}


def check_sampling(key: str, value: float) -> None:
    """Raise a HearthError when `value` is outside SAMPLING_LIMITS[key]."""
    if key not in SAMPLING_LIMITS:
        return
    low, high = SAMPLING_LIMITS[key]
    if high is None and value < low:
        raise HearthError(Msg("{key} must be at least {low}, not {value}.", key=key, low=low,
                              value=value), Msg("Fix the value and try again."))
    if high is not None and not low <= value <= high:
        raise HearthError(Msg("{key} must be between {low} and {high}, not {value}.", key=key,
                              low=low, high=high, value=value),
                          Msg("Fix the value and try again."))


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
    try:
        root.mkdir(parents=True, exist_ok=True)
        # A real write: os.access says yes to root and knows nothing of read-only mounts.
        with tempfile.TemporaryFile(dir=root):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StorageError(Msg("Hearth cannot write its data folder {root} ({reason}).", root=root,
                               reason=reason),
                           _unwritable_hint(root, exc)) from exc


def _unwritable_hint(root: Path, exc: OSError) -> Msg:
    """What to do, by cause: 'chmod' helps only a folder the user may not write."""
    elsewhere = Msg("set HEARTH_HOME to a folder you can write, e.g. "
                    "`HEARTH_HOME=~/hearth-data hearth`.")
    if root.exists() and not root.is_dir() or exc.errno == errno.ENOTDIR:
        return Msg("{root} is a file, not a folder: move it away, or {elsewhere}", root=root,
                   elsewhere=elsewhere)
    if exc.errno == errno.EROFS:
        return Msg("It is on a read-only disk: {elsewhere}", elsewhere=elsewhere)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Msg("The disk is full: free some space, or {elsewhere}", elsewhere=elsewhere)
    return Msg("Make it writable (`chmod u+w {root}`) or {elsewhere}", root=root,
               elsewhere=elsewhere)


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


Listener = Callable[[dict[str, Any]], None]


class Settings:
    """Persisted settings over `Defaults`; `subscribe` hears every change made here."""

    def __init__(self, db) -> None:  # db: sqlite_utils.Database
        self._db = db
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changed)` (on the thread that made the change) with the keys
        whose values changed and their new values; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def get(self, key: str, default: Any = None) -> Any:
        rows = list(self._db.query("select value from settings where key = ?", [key]))
        if rows:
            return json.loads(rows[0]["value"])
        return DEFAULTS.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.update({key: value})

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for row in self._db.query("select key, value from settings"):
            values[row["key"]] = json.loads(row["value"])
        return values

    def update(self, values: dict[str, Any]) -> None:
        before = self.all()
        with self._db.conn:
            for key, value in values.items():
                self._db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
        # compared as stored (JSON), so a tuple default equals the list it is saved as
        changed = {k: v for k, v in values.items()
                   if json.dumps(before.get(k)) != json.dumps(v)}
        if changed:
            with self._lock:
                listeners = list(self._listeners)
            for listener in listeners:
                listener(changed)
