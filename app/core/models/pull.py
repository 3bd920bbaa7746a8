"""Pull a model from the hub: list, check the fit, download every part, verify, register."""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core.config import Settings
from app.core.control import JobControl, Progress, ProgressCallback, RateMeter, no_progress
from app.core.errors import HubError
from app.core.messages import Msg
from app.core.models import fit as fitcheck
from app.core.models.catalog import Catalog, ModelEntry, model_id_for
from app.core.models.download import FileJob, fetch, partial_size
from app.core.models.gguf_info import read_gguf
from app.core.models.hub import FilePart, Hub, HubFile, RepoFiles, translate_errors
from app.core.models.names import check_filename, check_repo, target_path

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class PullResult:
    model_id: str
    path: Path
    repo: str
    filename: str
    size: int
    sha256: str | None
    fit: fitcheck.Fit | None
    resumed_from: int = 0
    transferred: int = 0
    retries: int = 0
    already_installed: bool = False
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["fit"] = self.fit.to_dict() if self.fit else None
        return data


def find_file(hub: Hub, repo: str, filename: str,
              revision: str | None = None) -> tuple[RepoFiles, HubFile]:
    """The listing of `repo` and the model `filename` belongs to (any part of a split one)."""
    repo, filename = check_repo(repo), check_filename(filename)
    listing = hub.files(repo, revision)
    found = listing.find(filename)
    if found is None:
        raise HubError(Msg("No GGUF file {filename!r} in {repo}.", filename=filename, repo=repo),
                       Msg("Run `hearth models files {repo}` to see its GGUF files.", repo=repo))
    if found.projector:
        raise HubError(Msg("{name} is a vision projector (mmproj), not a chat model.",
                           name=found.name),
                       Msg("Pick one of the repo's model files instead."))
    for part in found.parts:
        target_path(repo, part.name)  # refuse unsafe names before anything is written
    return listing, found


def _complete_metadata(hub: Hub, repo: str, revision: str | None, part: FilePart) -> FilePart:
    """Size and sha256 from a HEAD request when the listing lacks them (non-LFS files)."""
    if part.size is not None and part.sha256:
        return part
    from huggingface_hub import get_hf_file_metadata

    with translate_errors(repo, part.name):
        meta = get_hf_file_metadata(hub.file_url(repo, part.name, revision), token=hub.token)
    sha = part.sha256 or (meta.etag if meta.etag and _SHA256.match(meta.etag) else None)
    if meta.size is None and part.size is None:
        raise HubError(Msg("The hub does not say how big {name} is.", name=part.name),
                       Msg("Try again later, or pick another file."))
    return FilePart(part.name, part.size if part.size is not None else meta.size, sha)


def _jobs(hub: Hub, listing: RepoFiles, model: HubFile) -> list[FileJob]:
    headers = hub.headers()
    jobs = []
    for part in model.parts:
        part = _complete_metadata(hub, listing.repo, listing.revision, part)
        jobs.append(FileJob(hub.file_url(listing.repo, part.name, listing.revision),
                            target_path(listing.repo, part.name), int(part.size or 0),
                            part.sha256, headers, listing.repo, model.name))
    return jobs


def _model_id(catalog: Catalog, path: Path, repo: str) -> str:
    """The file's readable id, unless another installed file already has it."""
    base = model_id_for(path)
    taken = {e.id: e.path for e in catalog.entries()}
    if base not in taken or Path(taken[base]).resolve() == path.resolve():
        return base
    owner = re.sub(r"[^a-z0-9_]+", "-", repo.split("/")[0].lower()).strip("-")
    return f"{base}-{owner}"


def pull(catalog: Catalog, settings: Settings, repo: str, filename: str,
         control: JobControl | None = None, progress: ProgressCallback = no_progress,
         hub: Hub | None = None, revision: str | None = None, retries: int = 5) -> PullResult:
    """Download `filename` of `repo` (every part when split), verified, and register it."""
    control = control or JobControl()
    hub = hub or Hub()
    start = time.monotonic()
    listing, model = find_file(hub, repo, filename, revision)
    jobs = _jobs(hub, listing, model)
    total = sum(j.size for j in jobs)
    first = jobs[0].target
    result = PullResult("", first, listing.repo, model.name, total,
                        jobs[0].sha256 if len(jobs) == 1 else None, None)
    meter = RateMeter(total)
    last = [0.0]  # when progress was last reported: at most ~10 reports a second
    done_before = 0
    for job in jobs:
        control.checkpoint()
        if _already_there(job, control, progress):
            done_before += job.size
            continue
        label = job.target.name

        def on_bytes(done: int, note: str, base: int = done_before, label: str = label) -> None:
            now = time.monotonic()
            if not note and now - last[0] < 0.1 and base + done < total:
                return
            last[0] = now
            rate, eta = meter.update(base + done)
            progress(Progress(base + done, total, "bytes", note, rate, eta,
                              {"file": label, "repo": listing.repo}))

        stats = fetch(job, control, on_bytes, retries=retries)
        result.resumed_from += stats.resumed_from
        result.transferred += stats.transferred
        result.retries += stats.retries
        done_before += job.size
    result.already_installed = result.transferred == 0 and result.resumed_from == 0
    progress(Progress(total, total, "bytes", Msg("verified, registering"),
                      extra={"file": first.name}))
    return _register(catalog, settings, listing.repo, model.name, first, total, result, start)


def _already_there(job: FileJob, control: JobControl, progress: ProgressCallback) -> bool:
    """Whether the target is already in place and intact (a file of the right size with
    a different sha256 is deleted and downloaded again)."""
    if not job.target.exists():
        return False
    if job.target.stat().st_size == job.size:
        if not job.sha256:
            return True
        progress(Progress(0, 0, "bytes", Msg("checking {name}, already there",
                                             name=job.target.name)))
        digest = hashlib.sha256()
        with job.target.open("rb") as fh:
            while block := fh.read(8 << 20):
                control.checkpoint()
                digest.update(block)
        if digest.hexdigest() == job.sha256:
            return True
    job.target.unlink()
    return False


def _register(catalog: Catalog, settings: Settings, repo: str, name: str, path: Path,
              total: int, result: PullResult, start: float) -> PullResult:
    info = read_gguf(path)
    fit = fitcheck.check(info, int(settings.get("n_ctx")), weights=total)
    model_id = _model_id(catalog, path, repo)
    overrides = dict(catalog.model_settings(model_id))
    for key, value in fit.engine_defaults().items():
        overrides.setdefault(key, value)
    if not fit.fits:
        result.notes.append(Msg("{name} needs about {gb:.1f} GB, more than this machine has "
                                "free; it may not load. Pick a smaller quantization.",
                                name=path.name, gb=fit.need_bytes / 2**30))
    catalog.register(model_id, path, "downloaded", repo=repo, filename=name,
                     sha256=result.sha256, settings=overrides)
    result.model_id, result.fit = model_id, fit
    result.seconds = time.monotonic() - start
    return result


def partial_bytes(repo: str, model: HubFile) -> int:
    """Bytes already saved for `model` by an earlier, unfinished pull."""
    total = 0
    for part in model.parts:
        job = FileJob("", target_path(repo, part.name), int(part.size or 0), part.sha256, {})
        total += job.target.stat().st_size if job.target.exists() else partial_size(job)
    return total


def discard_partial(repo: str, filename: str) -> int:
    """Delete what an unfinished pull of `filename` left (after a cancel); bytes freed."""
    from app.core.models.names import split_part_names

    freed = 0
    for name in split_part_names(check_filename(filename)):
        target = target_path(repo, name)
        for suffix in (".partial", ".partial.json"):
            p = target.with_name(target.name + suffix)
            if p.exists():
                freed += p.stat().st_size
                p.unlink()
    return freed


def entry_for(catalog: Catalog, result: PullResult) -> ModelEntry:
    return catalog.get(result.model_id)
