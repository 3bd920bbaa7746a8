"""Keeps one model loaded and reloads it only when the model or its load options change."""

from __future__ import annotations

import threading

from app.core.config import Settings
from app.core.llm.base import ChatModel, SamplingParams
from app.core.models.catalog import Catalog
from app.core.models.remotes import Remotes

LOAD_KEYS = ("n_ctx", "n_threads", "n_gpu_layers")
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "min_p", "repeat_penalty", "max_tokens", "seed")


class Runtime:
    def __init__(self, catalog: Catalog, settings: Settings,
                 remotes: Remotes | None = None) -> None:
        self.catalog = catalog
        self.settings = settings
        self.remotes = remotes or Remotes(settings)
        self._lock = threading.Lock()
        self._engine: ChatModel | None = None
        self._key: tuple | None = None

    def effective(self, model_id: str) -> dict:
        """Global settings overlaid with the model's own overrides."""
        values = self.settings.all()
        if self.remotes.is_remote(model_id):
            values.update(self.remotes.model_settings(model_id))
        else:
            values.update(self.catalog.model_settings(model_id))
        return values

    def sampling(self, model_id: str, **overrides) -> SamplingParams:
        values = self.effective(model_id)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return SamplingParams.from_settings(values)

    def default_id(self) -> str:
        """The default chat model: a remote one when the user chose it, else the catalog's."""
        wanted = self.settings.get("default_model") or ""
        if self.remotes.is_remote(wanted):
            return wanted
        return self.catalog.default_id(self.settings)

    def engine(self, model_id: str | None = None) -> ChatModel:
        """The loaded engine for `model_id` (default model when None), loading it if needed.
        A remote model needs no loading and leaves the local one loaded."""
        model_id = model_id or self.default_id()
        if self.remotes.is_remote(model_id):
            return self.remotes.model(model_id)
        from app.core.llm.engine import Engine, LoadOptions  # lazy: loads llama.cpp

        entry = self.catalog.get(model_id)
        values = self.effective(entry.id)
        key = (entry.id, str(entry.path), *(values[k] for k in LOAD_KEYS))
        with self._lock:
            if self._engine is not None and self._key == key:
                return self._engine
            self.unload_locked()
            options = LoadOptions(n_ctx=int(values["n_ctx"]), n_threads=int(values["n_threads"]),
                                  n_gpu_layers=values["n_gpu_layers"])
            self._engine = Engine(entry.path, entry.id, options)
            self._key = key
            return self._engine

    @property
    def loaded(self) -> ChatModel | None:
        return self._engine

    def unload_locked(self) -> None:
        if self._engine is not None:
            close = getattr(self._engine, "close", None)
            if close:
                close()
            self._engine = None
            self._key = None

    def unload(self) -> None:
        with self._lock:
            self.unload_locked()
        self.remotes.close()
