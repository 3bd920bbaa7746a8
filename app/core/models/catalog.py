"""Installed models: the bundled starter model, files in the models folder, and
models registered by download or import."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import config
from app.core.errors import HearthError, InvalidModelFile, ModelNotFound
from app.core.messages import Msg
from app.core.models import bundled
from app.core.models.gguf_info import GGUFInfo, read_gguf
from app.core.store.sqlite import Database


@dataclass
class ModelEntry:
    id: str
    path: Path
    source: str  # bundled | downloaded | imported | folder
    info: GGUFInfo | None = None
    error: str | None = None
    settings: dict[str, Any] | None = None
    repo: str | None = None

    @property
    def size(self) -> int:
        return self.path.stat().st_size if self.path.exists() else 0

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "path": str(self.path), "source": self.source,
                                "size": self.size, "repo": self.repo}
        if self.info:
            meta = self.info.to_dict()
            for key in ("name", "architecture", "parameters", "quantization", "context_length"):
                data[key] = meta[key]
            data["has_chat_template"] = meta["has_chat_template"]
        data["error"] = self.error
        data["settings"] = self.settings or {}
        return data


def model_id_for(path: Path) -> str:
    """A stable, readable id from a file name: 'SmolLM2-135M.Q4_1.gguf' -> 'smollm2-135m-q4_1'."""
    stem = re.sub(r"-\d{5}-of-\d{5}$", "", path.stem)
    return re.sub(r"[^a-z0-9_]+", "-", stem.lower()).strip("-")


class Catalog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _info(self, path: Path) -> tuple[GGUFInfo | None, str | None]:
        try:
            path.stat()
        except OSError as exc:
            return None, Msg("missing: {reason}", reason=exc.strerror or str(exc))
        try:
            return read_gguf(path), None  # parsed once per file version (gguf_info caches)
        except InvalidModelFile as exc:
            return None, exc.message

    def entries(self) -> list[ModelEntry]:
        found: dict[str, ModelEntry] = {}
        chat = bundled.path_of(bundled.CHAT)
        if chat:
            found[bundled.CHAT.id] = ModelEntry(bundled.CHAT.id, chat, "bundled")
        seen = {chat.resolve()} if chat else set()
        for row in self.db["models"].rows:
            path = Path(row["path"])
            seen.add(path.resolve())
            found[row["id"]] = ModelEntry(
                row["id"], path, row["source"], settings=json.loads(row["settings"] or "{}"),
                repo=row["repo"],
            )
        for path in sorted(config.models_dir().rglob("*.gguf")):
            if path.resolve() in seen or ".partial" in path.name:
                continue
            found.setdefault(model_id_for(path), ModelEntry(model_id_for(path), path, "folder"))
        for entry in found.values():
            entry.info, entry.error = self._info(entry.path)
        return list(found.values())

    def get(self, model_id: str) -> ModelEntry:
        for entry in self.entries():
            if entry.id == model_id:
                return entry
        path = Path(model_id).expanduser()
        if path.suffix.lower() == ".gguf" or path.exists():
            entry = ModelEntry(model_id_for(path), path, "path")
            entry.info = read_gguf(path)  # raises a clear error for a bad file
            return entry
        raise ModelNotFound(
            Msg("No installed model with id {model_id!r}.", model_id=model_id),
            Msg("Run `hearth models list` to see the installed ones, or `hearth models pull REPO "
                "FILE` to download one."),
        )

    def default_id(self, settings: config.Settings) -> str:
        wanted = settings.get("default_model") or ""
        entries = [e for e in self.entries() if e.error is None]
        ids = [e.id for e in entries]
        if wanted in ids:
            return wanted
        if bundled.CHAT.id in ids:
            return bundled.CHAT.id
        if ids:
            return ids[0]
        raise ModelNotFound(
            Msg("No model is installed."),
            Msg("Run the set-up (`python3 bootstrap.py`) to place the bundled model, or open "
                "Models (`hearth models pull REPO FILE`) to download one."),
        )

    def register(self, model_id: str, path: Path, source: str, **extra: Any) -> ModelEntry:
        info = read_gguf(path)
        row = {"id": model_id, "path": str(path), "source": source, "added": time.time(),
               "size": path.stat().st_size, "metadata": json.dumps(info.to_dict()),
               "settings": json.dumps(extra.pop("settings", {})), **extra}
        with self.db.conn:
            self.db["models"].upsert(row, pk="id")
        return self.get(model_id)

    def unregister(self, model_id: str) -> None:
        if model_id == bundled.CHAT.id:
            raise HearthError(Msg("The bundled model cannot be removed from the catalog."),
                              Msg("Pick another default model instead."))
        with self.db.conn:
            self.db.execute("delete from models where id = ?", [model_id])

    def model_settings(self, model_id: str) -> dict[str, Any]:
        rows = list(self.db.query("select settings from models where id = ?", [model_id]))
        return json.loads(rows[0]["settings"] or "{}") if rows else {}
