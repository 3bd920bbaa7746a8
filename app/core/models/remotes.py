"""Remote model servers the user added (`hearth models remote add NAME --url URL`).

A server's models are Hearth models named `NAME/<model>`. The list of them is
read from the server (`GET /v1/models`) when it is added and refreshed by
`hearth models remote list`; the last list is kept, so that listing models and
starting a chat never wait on the network. Servers live in the `remotes`
setting; their API keys live beside the hub token, in files readable by the
user only (`remote_keys/NAME`), and never appear in the settings, a listing,
an export or a message.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app.core import config
from app.core.config import Settings
from app.core.errors import HearthError, ModelNotFound
from app.core.llm.remote import DEFAULT_TIMEOUT_S, RemoteModel, ServerInfo, list_models
from app.core.messages import Msg
from app.core.models.catalog import ModelEntry
from app.core.secrets import delete_secret, read_secret, write_secret

SETTING = "remotes"
KEYS_DIR = "remote_keys"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def key_path(name: str) -> Path:
    return config.data_home() / KEYS_DIR / name


def normalize_url(url: str) -> str:
    """`http://host:8000` -> `http://host:8000/v1` (a bare server gets OpenAI's prefix;
    a URL with a path of its own is kept as given)."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise HearthError(Msg("{url!r} is not a server URL.", url=url),
                          Msg("Give it as http://HOST:PORT (e.g. http://gpu-box:8000/v1)."))
    path = parts.path.rstrip("/") or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise HearthError(Msg("{name!r} cannot name a server.", name=name),
                          Msg("Use lower-case letters, digits, '-' or '_' (e.g. gpu-box)."))
    return name


class Remotes:
    """The registered servers and the models they serve."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._models: dict[str, RemoteModel] = {}  # one client per model, reused

    # registry ------------------------------------------------------------
    def _all(self) -> dict[str, dict[str, Any]]:
        return dict(self.settings.get(SETTING) or {})

    def _save(self, servers: dict[str, dict[str, Any]]) -> None:
        self.settings.set(SETTING, servers)
        self._models.clear()  # URLs, keys or model lists may have changed

    def names(self) -> list[str]:
        return sorted(self._all())

    def server(self, name: str) -> ServerInfo:
        row = self._all().get(name)
        if row is None:
            raise ModelNotFound(Msg("No remote server named '{name}'.", name=name),
                                Msg("See `hearth models remote list`, or add it with `hearth "
                                    "models remote add NAME --url URL`."))
        key = read_secret(key_path(name), Msg("the API key of '{name}'", name=name),
                          Msg("Add the server again with its key (`hearth models remote add "
                              "{name} --url URL --api-key KEY`).", name=name))
        return ServerInfo(name, row["url"], key, float(row.get("timeout_s") or DEFAULT_TIMEOUT_S))

    def add(self, name: str, url: str, api_key: str | None = None,
            timeout_s: float | None = None) -> dict[str, Any]:
        """Register a server after listing its models (so a wrong URL or key is found now)."""
        check_name(name)
        url = normalize_url(url)
        old = self._all().get(name, {})
        key = api_key.strip() if api_key else None
        if api_key is None and old.get("url") == url:
            key = self.server(name).api_key  # adding again without a key keeps the old one
        timeout = float(timeout_s or old.get("timeout_s") or DEFAULT_TIMEOUT_S)
        info = ServerInfo(name, url, key, timeout)
        models = list_models(info)
        if key:
            write_secret(key_path(name), key)
        else:
            delete_secret(key_path(name))
        servers = self._all()
        servers[name] = {"url": url, "timeout_s": timeout, "models": models,
                         "checked": time.time(), "settings": old.get("settings", {})}
        self._save(servers)
        return self.describe(name)

    def remove(self, name: str) -> dict[str, Any]:
        servers = self._all()
        if name not in servers:
            self.server(name)  # raises the clear error
        gone = servers.pop(name)
        self._save(servers)
        delete_secret(key_path(name))
        if (self.settings.get("default_model") or "").startswith(f"{name}/"):
            self.settings.set("default_model", "")
        return {"name": name, "url": gone["url"], "models": len(gone.get("models", []))}

    def refresh(self, name: str) -> dict[str, Any]:
        """Read the server's models again; a server that cannot be reached keeps its last
        list and says why."""
        servers = self._all()
        row = servers.get(name) or {}
        try:
            row["models"] = list_models(self.server(name))
            row["checked"] = time.time()
            row.pop("problem", None)
        except HearthError as exc:
            row["problem"] = exc.message
        servers[name] = row
        self._save(servers)
        return self.describe(name)

    def describe(self, name: str) -> dict[str, Any]:
        """A server as listings show it: never its key, only whether it has one."""
        row = self._all()[name]
        return {"name": name, "url": row["url"], "api_key_set": key_path(name).exists(),
                "timeout_s": row.get("timeout_s", DEFAULT_TIMEOUT_S),
                "checked": row.get("checked"), "problem": row.get("problem", ""),
                "models": [{**m, "id": f"{name}/{m['id']}", "remote_id": m["id"]}
                           for m in row.get("models", [])]}

    def listing(self) -> list[dict[str, Any]]:
        return [self.describe(n) for n in self.names()]

    # models --------------------------------------------------------------
    def split(self, model_id: str) -> tuple[str, str] | None:
        """(server, remote model) when `model_id` names a remote model, else None."""
        name, sep, rest = (model_id or "").partition("/")
        if not sep or not rest or name not in self._all():
            return None
        return name, rest

    def is_remote(self, model_id: str) -> bool:
        return self.split(model_id) is not None

    def entries(self) -> list[dict[str, Any]]:
        """Every remote model, as `hearth models list` shows it (no network)."""
        out = []
        for name, row in sorted(self._all().items()):
            for m in row.get("models", []):
                model_id = f"{name}/{m['id']}"
                out.append({"id": model_id, "source": "remote", "server": name,
                            "where": row["url"], "remote_id": m["id"], "size": 0,
                            "context_length": self.n_ctx(model_id),
                            "settings": self.model_settings(model_id), "error": None,
                            "path": row["url"]})
        return out

    def catalog_entries(self) -> list[ModelEntry]:
        """Remote models as catalog entries (source 'remote', path = the server's URL),
        for lists that show local and remote models together."""
        return [ModelEntry(e["id"], Path(e["where"]), "remote", settings=e["settings"],
                           repo=e["server"]) for e in self.entries()]

    def model_settings(self, model_id: str) -> dict[str, Any]:
        found = self.split(model_id)
        if found is None:
            return {}
        return dict(self._all()[found[0]].get("settings", {}).get(found[1], {}))

    def update_settings(self, model_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Per-model overrides (None clears one), as for local models."""
        name, model = self._known(model_id)
        servers = self._all()
        current = dict(servers[name].setdefault("settings", {}).get(model, {}))
        for key, value in values.items():
            if value is None:
                current.pop(key, None)
            else:
                current[key] = value
        servers[name]["settings"][model] = current
        self._save(servers)
        return current

    def n_ctx(self, model_id: str) -> int:
        """The context budget: what the server says, else the model's own setting, else the
        global setting."""
        name, model = self._known(model_id)
        stated = next((m.get("n_ctx") for m in self._all()[name].get("models", [])
                       if m["id"] == model), None)
        own = self.model_settings(model_id).get("n_ctx")
        return int(stated or own or self.settings.get("n_ctx"))

    def _known(self, model_id: str) -> tuple[str, str]:
        found = self.split(model_id)
        if found is None:
            raise ModelNotFound(Msg("No remote model with id {model_id!r}.", model_id=model_id),
                                Msg("See `hearth models remote list`."))
        name, model = found
        models = [m["id"] for m in self._all()[name].get("models", [])]
        if model not in models:
            raise ModelNotFound(
                Msg("The server '{name}' did not list a model named '{model}'.", name=name,
                    model=model),
                Msg("Its models: {models}. Refresh the list with `hearth models remote list "
                    "{name}`.", models=", ".join(models) or Msg("none"), name=name))
        return name, model

    def model(self, model_id: str) -> RemoteModel:
        """The chat model for a remote id (one client per model, kept)."""
        name, model = self._known(model_id)
        n_ctx = self.n_ctx(model_id)
        cached = self._models.get(model_id)
        if cached is not None and cached.n_ctx == n_ctx:
            return cached
        found = RemoteModel(model_id, model, self.server(name), n_ctx)
        self._models[model_id] = found
        return found

    def close(self) -> None:
        for model in self._models.values():
            model.close()
        self._models.clear()
