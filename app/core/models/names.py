"""Repo and file names from the hub, made safe, and split GGUF parts grouped.

A name comes from a server we do not control: it must never let a download
write outside the models folder (`..`, absolute paths, odd characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.core import config
from app.core.errors import HubError
from app.core.messages import Msg

_REPO_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")
_FILE_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._+ ()\[\]-]{0,254}$")
_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)


def check_repo(repo: str) -> str:
    """'owner/name' with plain characters only; raises `HubError` otherwise."""
    parts = repo.strip().split("/")
    if len(parts) != 2 or not all(_REPO_PART.match(p) and ".." not in p for p in parts):
        raise HubError(Msg("{repo!r} is not a hub repo name.", repo=repo),
                       Msg("Use the form OWNER/NAME, e.g. `bartowski/Llama-3.2-1B-Instruct-GGUF`."))
    return "/".join(parts)


def check_filename(name: str) -> str:
    """A repo-relative file path whose every part is plain (no '..', no absolute path)."""
    path = PurePosixPath(name)
    parts = path.parts
    if (not parts or "\\" in name or path.is_absolute() or str(path) != name
            or not all(_FILE_PART.match(p) and p not in (".", "..") for p in parts)):
        raise HubError(Msg("The file name {name!r} is not safe to save.", name=name),
                       Msg("Pick another file of the repo (`hearth models files REPO`)."))
    return str(path)


def local_dir(repo: str) -> Path:
    """Where a repo's files go: `<models>/<owner>__<name>/`."""
    owner, name = check_repo(repo).split("/")
    return config.models_dir() / f"{owner}__{name}"


def embedding_models_dir() -> Path:
    """Where sentence-transformers models downloaded from the hub are kept."""
    return config.models_dir() / "embeddings"


def embedding_dir(repo: str) -> Path:
    """The folder of a downloaded embedding model: embeddings/owner--name."""
    return embedding_models_dir() / check_repo(repo).replace("/", "--")


def target_path(repo: str, filename: str) -> Path:
    """The final path of a hub file, guaranteed to be inside the models folder."""
    root = config.models_dir().resolve()
    target = (local_dir(repo) / check_filename(filename)).resolve()
    if not target.is_relative_to(root) or target == root:
        raise HubError(Msg("The file name {filename!r} would be saved outside the models folder.",
                           filename=filename),
                       Msg("Pick another file of the repo."))
    return target


@dataclass(frozen=True)
class SplitName:
    stem: str  # the path without '-0000i-of-0000n.gguf'
    index: int
    count: int


def split_name(filename: str) -> SplitName | None:
    """'dir/model-00002-of-00003.gguf' -> SplitName('dir/model', 2, 3); None if not split."""
    m = _SPLIT.match(filename)
    if not m:
        return None
    return SplitName(m["stem"], int(m["index"]), int(m["count"]))


def split_part_names(filename: str) -> list[str]:
    """All parts of the split model `filename` belongs to, in order ([filename] if whole)."""
    split = split_name(filename)
    if split is None:
        return [filename]
    return [f"{split.stem}-{i:05d}-of-{split.count:05d}.gguf" for i in range(1, split.count + 1)]
