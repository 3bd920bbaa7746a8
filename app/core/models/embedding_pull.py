"""Download a sentence-transformers embedding model from the hub: every file of the
repo, each verified (size, and sha256 for LFS files) and resumable, into
`models/embeddings/owner--name/` in the data home.

The same downloader as chat models (download.fetch: partial file beside the
target under a lock, Range resume, atomic rename). The folder counts as a model
only once its last file is in and `.hearth-complete` is written, so an
interrupted pull never looks installed; pulling again resumes it.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.core.control import JobControl, Progress, ProgressCallback, RateMeter, no_progress
from app.core.errors import HubError
from app.core.messages import Msg
from app.core.models.download import FileJob, fetch
from app.core.models.hub import FilePart, Hub, translate_errors
from app.core.models.names import check_repo, embedding_dir
from app.core.models.pull import _already_there, _complete_metadata

COMPLETE = ".hearth-complete"
# Other runtimes' copies of the same weights: never read by sentence-transformers.
_SKIP_DIRS = ("onnx/", "openvino/", "coreml/", "tf/")
_SKIP_FILES = {"tf_model.h5", "flax_model.msgpack", "rust_model.ot", "model.onnx",
               ".gitattributes"}


@dataclass
class EmbeddingPull:
    repo: str
    path: Path
    files: int
    size: int
    transferred: int = 0
    resumed_from: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


def folder_of(repo: str) -> Path:
    return embedding_dir(check_repo(repo))


def is_complete(folder: Path) -> bool:
    return (folder / COMPLETE).exists()


def wanted(names: list[str]) -> list[str]:
    """The files of a repo that a sentence-transformers model needs."""
    keep = [n for n in names if not n.startswith(_SKIP_DIRS)
            and Path(n).name not in _SKIP_FILES]
    if "model.safetensors" in keep:  # the same weights twice: keep the safe format
        keep = [n for n in keep if n != "pytorch_model.bin"]
    return keep


def _parts(hub: Hub, repo: str, revision: str | None) -> tuple[str | None, list[FilePart]]:
    with translate_errors(repo):
        info = hub.api().model_info(repo, revision=revision, files_metadata=True)
    siblings = {s.rfilename: s for s in info.siblings or []}
    if "modules.json" not in siblings and "config.json" not in siblings:
        raise HubError(Msg("{repo} is not a sentence-transformers model (no modules.json or "
                           "config.json).", repo=repo),
                       Msg("Pick a repo made for sentence-transformers, e.g. "
                           "intfloat/multilingual-e5-small."))
    parts = []
    for name in wanted(sorted(siblings)):
        s = siblings[name]
        part = FilePart(name, s.lfs.size if s.lfs else s.size, s.lfs.sha256 if s.lfs else None)
        parts.append(_complete_metadata(hub, repo, info.sha or revision, part))
    return info.sha or revision, parts


def pull_embedding(repo: str, control: JobControl | None = None,
                   progress: ProgressCallback = no_progress, hub: Hub | None = None,
                   revision: str | None = None, retries: int = 5) -> EmbeddingPull:
    """Download every file of `repo` (resuming an earlier, unfinished pull)."""
    control = control or JobControl()
    hub = hub or Hub()
    repo = check_repo(repo)
    start = time.monotonic()
    rev, parts = _parts(hub, repo, revision)
    folder = folder_of(repo)
    total = sum(int(p.size or 0) for p in parts)
    result = EmbeddingPull(repo, folder, len(parts), total)
    headers = hub.headers()
    meter = RateMeter(total)
    done_before = 0
    for part in parts:
        control.checkpoint()
        target = folder / part.name
        if not target.resolve().is_relative_to(folder.resolve()):
            raise HubError(Msg("{repo} has a file with an unsafe name: {name!r}.", repo=repo,
                               name=part.name),
                           Msg("Pick another repo."))
        target.parent.mkdir(parents=True, exist_ok=True)
        job = FileJob(hub.file_url(repo, part.name, rev), target, int(part.size or 0),
                      part.sha256, headers, repo, part.name)
        if _already_there(job, control, progress):
            done_before += job.size
            continue

        def on_bytes(done: int, note: str, base: int = done_before,
                     name: str = part.name) -> None:
            rate, eta = meter.update(base + done)
            progress(Progress(base + done, total, "bytes", note, rate, eta,
                              {"file": name, "repo": repo}))

        stats = fetch(job, control, on_bytes, retries=retries)
        job.lock.unlink(missing_ok=True)  # released by now; the folder holds the model only
        result.transferred += stats.transferred
        result.resumed_from += stats.resumed_from
        done_before += job.size
    (folder / COMPLETE).write_text(f"{repo}@{rev}\n")
    result.seconds = time.monotonic() - start
    progress(Progress(total, total, "bytes", Msg("verified"), extra={"repo": repo}))
    return result
