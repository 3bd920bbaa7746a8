"""The model manager's front door for the CLI and the GUI: search, files with fit
verdicts, pull, import, remove, default and per-model settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import config, messages
from app.core.config import Settings
from app.core.control import JobControl, ProgressCallback, no_progress
from app.core.errors import HearthError
from app.core.messages import Msg
from app.core.models import bundled, download, importer, recommended
from app.core.models import fit as fitcheck
from app.core.models import token as hub_token
from app.core.models.catalog import Catalog, ModelEntry
from app.core.models.hub import Hub, RepoFiles, RepoSummary
from app.core.models.names import split_name
from app.core.models.pull import PullResult, discard_partial, partial_bytes, pull

# Per-model overrides a user may set, with the type each must have.
MODEL_SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "n_ctx": (int,), "n_gpu_layers": (int, str), "system_prompt": (str,),
    "temperature": (int, float), "top_p": (int, float), "top_k": (int,),
    "min_p": (int, float), "repeat_penalty": (int, float), "max_tokens": (int,), "seed": (int,),
    "thinking": (bool,),
}


@dataclass
class Removed:
    model_id: str
    freed_bytes: int
    deleted: list[str]
    kept: str | None  # a linked file left where the user keeps it


class ModelManager:
    def __init__(self, catalog: Catalog, settings: Settings, runtime: Any = None) -> None:
        self.catalog, self.settings, self.runtime = catalog, settings, runtime
        self.hub = Hub()
        self.pull_retries = 5  # reconnects per download job (the CLI's --retries sets it)

    # hub -----------------------------------------------------------------
    def recommended(self, check_hub: bool = False,
                    refresh: bool = False) -> list[dict[str, Any]]:
        """The curated list with the quantization for this machine; with `check_hub`,
        without the entries the hub no longer knows (each with its `hub` state)."""
        if not check_hub:
            return recommended.with_fit(self.n_ctx())
        check = recommended.HubCheck(config.data_home() / "recommended-check.json", self.hub)
        entries, states = check.known(refresh=refresh)
        return [{**item, "hub": states[item["repo"]]}
                for item in recommended.with_fit(self.n_ctx(), entries=entries)]

    def search(self, query: str, sort: str = "downloads", limit: int = 20) -> list[RepoSummary]:
        return self.hub.search(query, sort, limit)

    def files(self, repo: str, revision: str | None = None,
              machine: fitcheck.Machine | None = None) -> RepoFiles:
        """The repo's GGUF files, each with its fit verdict and bytes already saved."""
        listing = self.hub.files(repo, revision)
        machine = machine or fitcheck.Machine.probe()
        for f in listing.files:
            if f.size and not f.projector:
                f.fit = fitcheck.check_remote(f.name, f.size, self.n_ctx(), machine)
        return listing

    def best_fit(self, listing: RepoFiles) -> str | None:
        best = fitcheck.best_fitting(listing.files)
        return best.name if best else None

    def partial(self, listing: RepoFiles) -> dict[str, int]:
        return {f.name: partial_bytes(listing.repo, f) for f in listing.files}

    def pull(self, repo: str, filename: str, control: JobControl | None = None,
             progress: ProgressCallback = no_progress, revision: str | None = None,
             retries: int = 5) -> PullResult:
        return pull(self.catalog, self.settings, repo, filename, control, progress,
                    self.hub, revision, retries)

    def discard_partial(self, repo: str, filename: str) -> int:
        return discard_partial(repo, filename)

    def unfinished(self) -> list[dict[str, Any]]:
        """Downloads an earlier run left part-way; pulling them again continues them."""
        return download.unfinished(config.models_dir())

    # token ---------------------------------------------------------------
    def set_token(self, token: str) -> Path:
        return hub_token.set_token(token)

    def clear_token(self) -> bool:
        return hub_token.clear_token()

    def has_token(self) -> bool:
        return hub_token.get_token() is not None

    # local ---------------------------------------------------------------
    def n_ctx(self) -> int:
        return int(self.settings.get("n_ctx"))

    @property
    def remotes(self):
        return self.runtime.remotes if self.runtime is not None else None

    def installed(self) -> list[dict[str, Any]]:
        """Local models, then those on remote servers (`where` says which; no network)."""
        default = self._default_or_none()
        rows = []
        for entry in self.catalog.entries():
            data = entry.to_dict()
            data["default"] = entry.id == default
            if entry.info is not None:
                weights = sum(p.stat().st_size for p in _parts(entry.path) if p.exists())
                data["fit"] = fitcheck.check(entry.info, self._ctx_for(entry), weights=weights
                                             ).to_dict()
            rows.append(data)
        if self.remotes is not None:
            rows += [{**r, "default": r["id"] == default} for r in self.remotes.entries()]
        return rows

    def _ctx_for(self, entry: ModelEntry) -> int:
        return int((entry.settings or {}).get("n_ctx") or self.n_ctx())

    def _default_or_none(self) -> str | None:
        try:
            return self.runtime.default_id() if self.runtime is not None else \
                self.catalog.default_id(self.settings)
        except HearthError:
            return None

    def import_path(self, path: str | Path, mode: str = importer.COPY,
                    control: JobControl | None = None,
                    progress: ProgressCallback = no_progress) -> list[ModelEntry]:
        """Import a file, or every GGUF model in a folder; returns what was registered."""
        if Path(path).expanduser().is_dir():
            scan = importer.scan_folder(self.catalog, self.settings, path, mode, control,
                                        progress)
            if not scan.imported:
                reasons = messages.join(*(Msg("{name}: {reason}", name=Path(p).name, reason=r)
                                          for p, r in scan.skipped[:3]), sep="; ")
                raise HearthError(Msg("No usable GGUF model in {path} ({reasons}).", path=path,
                                      reasons=reasons) if reasons else
                                  Msg("No usable GGUF model in {path}.", path=path),
                                  Msg("Pick a folder that holds .gguf model files."))
            return scan.imported
        return [importer.import_file(self.catalog, self.settings, path, mode, control,
                                     progress)]

    def set_default(self, model_id: str) -> str:
        """Make `model_id` the default chat model; returns its id."""
        if self.remotes is not None and self.remotes.is_remote(model_id):
            self.remotes.n_ctx(model_id)  # raises when the server did not list it
            self.settings.set("default_model", model_id)
            return model_id
        entry = self.catalog.get(model_id)
        if entry.source == "path" or entry.error:
            raise HearthError(Msg("{model_id} is not an installed, working model.",
                                  model_id=model_id),
                              Msg("Import it first (`hearth models import PATH`)."))
        self.settings.set("default_model", entry.id)
        return entry.id

    def remove(self, model_id: str) -> Removed:
        """Unregister a model and delete its files when Hearth owns them."""
        if self.remotes is not None and self.remotes.is_remote(model_id):
            raise HearthError(Msg("{model_id} runs on the server '{server}'.", model_id=model_id,
                                  server=model_id.split("/")[0]),
                              Msg("Remove the server with `hearth models remote rm {server}`.",
                                  server=model_id.split("/")[0]))
        entry = self.catalog.get(model_id)
        if entry.source == "bundled" or (bundled.path_of(bundled.CHAT) or Path()) == entry.path:
            raise HearthError(Msg("The bundled starter model cannot be deleted."),
                              Msg("Set another default model instead (`hearth models default "
                                  "ID`)."))
        if entry.source == "path":
            raise HearthError(Msg("{model_id} is not installed.", model_id=model_id),
                              Msg("See `hearth models list`."))
        if self.runtime is not None and getattr(self.runtime.loaded, "model_id", None) == entry.id:
            self.runtime.unload()
        models = config.models_dir().resolve()
        owned = entry.path.resolve().is_relative_to(models)
        freed, deleted = 0, []
        if owned:
            for part in _parts(entry.path):
                if part.exists():
                    freed += part.stat().st_size
                    part.unlink()
                    deleted.append(str(part))
        self.catalog.unregister(entry.id)
        if self.settings.get("default_model") == entry.id:
            self.settings.set("default_model", "")
        return Removed(entry.id, freed, deleted, None if owned else str(entry.path))

    def update_settings(self, model_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Set (or with None, clear) per-model overrides of the global settings."""
        if self.remotes is not None and self.remotes.is_remote(model_id):
            for key, value in values.items():
                if key not in MODEL_SETTING_TYPES:
                    raise HearthError(Msg("{key!r} is not a per-model setting.", key=key),
                                      Msg("Use one of: {choices}.",
                                          choices=", ".join(MODEL_SETTING_TYPES)))
                if value is not None:
                    _check_setting(key, value)
            return self.remotes.update_settings(model_id, values)
        entry = self.catalog.get(model_id)
        current = dict(entry.settings or {})
        for key, value in values.items():
            if key not in MODEL_SETTING_TYPES:
                raise HearthError(Msg("{key!r} is not a per-model setting.", key=key),
                                  Msg("Use one of: {choices}.",
                                          choices=", ".join(MODEL_SETTING_TYPES)))
            if value is None:
                current.pop(key, None)
                continue
            _check_setting(key, value)
            current[key] = value
        if entry.source == "path":
            raise HearthError(Msg("{model_id} is not installed.", model_id=model_id),
                              Msg("Import it first."))
        extra = {"repo": entry.repo} if entry.repo else {}
        self.catalog.register(entry.id, entry.path, entry.source, settings=current, **extra)
        return current


def _check_setting(key: str, value: Any) -> None:
    if isinstance(value, bool) != (bool in MODEL_SETTING_TYPES[key]) or not isinstance(
            value, MODEL_SETTING_TYPES[key]):
        raise HearthError(Msg("{key} must be {type}, not {value!r}.", key=key,
                              type=MODEL_SETTING_TYPES[key][0].__name__, value=value),
                          Msg("Fix the value and try again."))
    if key == "n_gpu_layers" and isinstance(value, str) and value != "auto":
        raise HearthError(Msg("n_gpu_layers must be a number or 'auto'."), Msg("Fix the value."))
    if key == "n_ctx" and not 256 <= value <= 1 << 20:
        raise HearthError(Msg("n_ctx must be between 256 and 1048576 tokens."),
                          Msg("Fix the value."))
    config.check_sampling(key, value)


def _parts(path: Path) -> list[Path]:
    split = split_name(path.name)
    if split is None:
        return [path]
    stem = Path(split.stem).name
    return [path.with_name(f"{stem}-{i:05d}-of-{split.count:05d}.gguf")
            for i in range(1, split.count + 1)]
