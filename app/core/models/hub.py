"""Hugging Face hub: search GGUF repos and list a repo's GGUF files with size and sha256.

Talks to the hub through huggingface_hub (HfApi, its shared HTTP session and
its error classes), so `HF_ENDPOINT` (a mirror, or the test suite's server)
and the user's proxy settings apply. Nothing here runs at start-up: the hub is
only contacted when the user searches or downloads.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from app.core.errors import HubError
from app.core.messages import Msg
from app.core.models import token as hub_token
from app.core.models.gguf_info import quantization_from_name
from app.core.models.names import check_repo, split_name

SORTS = {"downloads": "downloads", "likes": "likes", "updated": "lastModified",
         "last_modified": "lastModified"}
_EXPAND = ["downloads", "likes", "lastModified", "gated", "tags", "gguf"]
# Whether the user asked for offline mode, as Hearth started. Libraries loaded later in the
# same process (sentence-transformers for the local embedding model) may set HF_HUB_OFFLINE
# for their own loads; a search or download the user asks for must not be refused for that.
_USER_OFFLINE = any(os.environ.get(k, "").strip().lower() in ("1", "true", "yes", "on")
                    for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))
_OFFLINE_HINT = Msg("Check the internet connection (or HF_ENDPOINT); installed models keep "
                    "working meanwhile.")


@dataclass
class RepoSummary:
    id: str
    downloads: int = 0
    likes: int = 0
    last_modified: str = ""  # ISO date
    gated: bool = False
    parameters: int | None = None  # from the hub's GGUF summary when it has one
    architecture: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FilePart:
    name: str
    size: int | None
    sha256: str | None


@dataclass
class HubFile:
    """One downloadable model: a single GGUF file, or all parts of a split one."""

    name: str  # the (first) part's repo path: what `pull` takes
    parts: list[FilePart]
    quantization: str | None
    fit: Any = None  # a fit.Fit, filled in by the caller that knows the machine

    @property
    def size(self) -> int | None:
        sizes = [p.size for p in self.parts]
        return None if None in sizes else sum(sizes)  # type: ignore[arg-type]

    @property
    def sha256(self) -> str | None:
        return self.parts[0].sha256 if len(self.parts) == 1 else None

    @property
    def split(self) -> bool:
        return len(self.parts) > 1

    @property
    def projector(self) -> bool:
        """A vision projector (mmproj): not a chat model on its own."""
        return "mmproj" in self.name.lower()

    def to_dict(self) -> dict[str, Any]:
        data = {"name": self.name, "size": self.size, "sha256": self.sha256,
                "quantization": self.quantization, "split": self.split,
                "parts": [asdict(p) for p in self.parts], "projector": self.projector}
        data["fit"] = self.fit.to_dict() if self.fit is not None else None
        return data


@dataclass
class RepoFiles:
    repo: str
    revision: str | None  # the commit the listing (and so a download) is pinned to
    gated: bool = False
    files: list[HubFile] = field(default_factory=list)

    def find(self, name: str) -> HubFile | None:
        for f in self.files:
            if name == f.name or name in (p.name for p in f.parts):
                return f
        return None


def endpoint() -> str:
    """The hub's base URL: HF_ENDPOINT as set now, else huggingface_hub's default."""
    from huggingface_hub import constants

    return (os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")


def timeout_s() -> float:
    """Seconds to wait for the hub to answer (HF_HUB_ETAG_TIMEOUT, huggingface_hub's knob)."""
    from huggingface_hub import constants

    return float(os.environ.get("HF_HUB_ETAG_TIMEOUT") or constants.HF_HUB_ETAG_TIMEOUT)


def allow_network() -> None:
    """Undo an offline switch another library set in-process, unless the user set it."""
    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE and not _USER_OFFLINE:
        constants.HF_HUB_OFFLINE = False


@contextlib.contextmanager
def translate_errors(repo: str = "", filename: str = "") -> Iterator[None]:
    """Turn huggingface_hub and network errors into `HubError`s that say what to do."""
    import httpx2
    from huggingface_hub import errors

    token = hub_token.get_token()
    allow_network()
    try:
        yield
    except errors.OfflineModeIsEnabled as exc:
        raise HubError(Msg("Hub access is switched off (HF_HUB_OFFLINE is set)."),
                       Msg("Unset HF_HUB_OFFLINE to search and download models.")) from exc
    except errors.GatedRepoError as exc:
        raise HubError(Msg("{repo} is gated: the hub wants a token from an account that "
                           "accepted the model's terms.", repo=repo or Msg("This repo")),
                       Msg("Accept the terms on the model's hub page, then set your token with "
                           "`hearth models token set` (or Models > Hub token).")) from exc
    except errors.RepositoryNotFoundError as exc:
        raise HubError(Msg("No repo {repo!r} on the hub (or it is private and needs a token).",
                           repo=repo),
                       Msg("Check the name with `hearth models search`; for a private repo set "
                           "your token with `hearth models token set`.")) from exc
    except (errors.RemoteEntryNotFoundError, errors.EntryNotFoundError) as exc:
        raise HubError(Msg("No file {filename!r} in {repo}.", filename=filename, repo=repo),
                       Msg("Run `hearth models files {repo}` to see its GGUF files.",
                           repo=repo)) from exc
    except errors.RevisionNotFoundError as exc:
        raise HubError(Msg("That revision of {repo} does not exist.", repo=repo),
                       Msg("Use the main revision (leave --revision out).")) from exc
    except errors.HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else "?"
        if status in (401, 403):
            raise HubError(Msg("The hub refused access to {repo} ({status}).",
                               repo=repo or Msg("that request"), status=status),
                           Msg("Set a valid token with `hearth models token set`.")) from exc
        raise HubError(Msg("The hub answered with an error ({status}): {detail}", status=status,
                           detail=hub_token.redact(str(exc).splitlines()[0], token)),
                       Msg("Try again later.")) from exc
    except httpx2.TimeoutException as exc:
        raise HubError(Msg("The hub at {endpoint} did not answer in time.", endpoint=endpoint()),
                       _OFFLINE_HINT) from exc
    except (httpx2.TransportError, OSError) as exc:
        raise HubError(Msg("Cannot reach the hub at {endpoint} ({kind}).", endpoint=endpoint(),
                           kind=type(exc).__name__),
                       _OFFLINE_HINT) from exc
    except ValueError as exc:  # a body that is not the JSON the API promises
        raise HubError(Msg("The hub at {endpoint} sent an answer Hearth cannot read.",
                           endpoint=endpoint()),
                       Msg("Check HF_ENDPOINT points at a Hugging Face hub, or try later.")
                       ) from exc


class Hub:
    """Search and file listings. `token` None means the stored token (if any)."""

    def __init__(self, token: str | None = None) -> None:
        self._token = token

    @property
    def token(self) -> str | None:
        return self._token or hub_token.get_token()

    def api(self):
        from huggingface_hub import HfApi

        return HfApi(endpoint=endpoint(), token=self.token)

    def search(self, query: str, sort: str = "downloads", limit: int = 20) -> list[RepoSummary]:
        """GGUF repos matching `query`, best first by `sort` (downloads, likes, updated)."""
        from huggingface_hub import ModelInfo
        from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

        if sort not in SORTS:
            raise HubError(Msg("Cannot sort by {sort!r}.", sort=sort),
                           Msg("Use one of: {choices}.", choices=", ".join(SORTS)))
        params = [("search", query.strip()), ("filter", "gguf"), ("sort", SORTS[sort]),
                  ("limit", str(limit))] + [("expand", e) for e in _EXPAND]
        # One request with a timeout rather than HfApi.list_models: that one retries a
        # dead connection for ~25 s before failing, too long to say "you are offline".
        with translate_errors():
            response = get_session().get(f"{endpoint()}/api/models", params=params,
                                         headers=build_hf_headers(token=self.token),
                                         timeout=timeout_s())
            hf_raise_for_status(response)
            items = [ModelInfo(**item) for item in response.json()]
        return [_summary(m) for m in items[:limit]]

    def files(self, repo: str, revision: str | None = None) -> RepoFiles:
        """The repo's GGUF files with size and LFS sha256 (split parts grouped as one)."""
        repo = check_repo(repo)
        with translate_errors(repo):
            info = self.api().model_info(repo, revision=revision, files_metadata=True,
                                         timeout=timeout_s())
        siblings = [s for s in info.siblings or [] if s.rfilename.lower().endswith(".gguf")]
        return RepoFiles(repo, info.sha or revision, bool(info.gated), group_files(siblings))

    def headers(self) -> dict[str, str]:
        from huggingface_hub.utils import build_hf_headers

        return build_hf_headers(token=self.token)

    def file_url(self, repo: str, filename: str, revision: str | None) -> str:
        from huggingface_hub import hf_hub_url

        return hf_hub_url(repo, filename, revision=revision, endpoint=endpoint())


def _summary(m: Any) -> RepoSummary:
    gguf = m.gguf or {}
    return RepoSummary(
        id=m.id, downloads=int(m.downloads or 0), likes=int(m.likes or 0),
        last_modified=m.last_modified.date().isoformat() if m.last_modified else "",
        gated=bool(m.gated), parameters=gguf.get("total"), architecture=gguf.get("architecture"))


def group_files(siblings: list[Any]) -> list[HubFile]:
    """HubFiles from the hub's sibling list: the parts of a split model become one entry."""
    groups: dict[str, list[FilePart]] = {}
    for s in siblings:
        sha = s.lfs.sha256 if s.lfs else None
        size = s.lfs.size if s.lfs else s.size
        split = split_name(s.rfilename)
        key = f"{split.stem}#{split.count}" if split else s.rfilename
        groups.setdefault(key, []).append(FilePart(s.rfilename, size, sha))
    files = []
    for parts in groups.values():
        parts.sort(key=lambda p: p.name)
        name = parts[0].name
        files.append(HubFile(name, parts, quantization_from_name(name)))
    files.sort(key=lambda f: (f.size or 0, f.name))
    return files
