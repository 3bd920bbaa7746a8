"""Resumable, verified downloads of one hub file.

The bytes go into `<target>.partial` beside the target, under a file lock, with
a small `<target>.partial.json` saying which sha256 and size the partial file is
for. A dropped connection is retried with an HTTP Range request from the
partial file's end (with backoff); a partial file left by a killed process or a
closed window is continued by the next pull. When all bytes are in, size and
sha256 are checked against the hub's LFS metadata and the file is renamed into
place atomically; a mismatch deletes it and says so.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from app.core.control import JobControl
from app.core.errors import DownloadError, HubError
from app.core.messages import Msg
from app.core.models.hub import allow_network, endpoint, translate_errors
from app.core.units import human_bytes

CHUNK = 1 << 20
DISK_MARGIN = 64 * 2**20  # keep this much free beyond the file itself
_RETRYABLE_STATUS = (408, 429, 500, 502, 503, 504)


@dataclass
class FileJob:
    """One file to fetch: where from, where to, and what it must be."""

    url: str
    target: Path
    size: int
    sha256: str | None  # None only for non-LFS files, which the hub gives no sha256 for
    headers: dict[str, str]
    repo: str = ""  # recorded beside the partial file, so an unfinished pull can be listed
    name: str = ""

    @property
    def partial(self) -> Path:
        return self.target.with_name(self.target.name + ".partial")

    @property
    def sidecar(self) -> Path:
        return self.target.with_name(self.target.name + ".partial.json")

    @property
    def lock(self) -> Path:
        return self.target.with_name(self.target.name + ".lock")


@dataclass
class FetchStats:
    resumed_from: int = 0  # bytes already on disk when this pull started
    transferred: int = 0  # bytes received over the network by this pull
    retries: int = 0
    sha256: str = ""


def partial_size(job: FileJob) -> int:
    """Bytes of a matching partial file (0 when none, or when it is for another file)."""
    try:
        meta = json.loads(job.sidecar.read_text())
        size = job.partial.stat().st_size
    except (OSError, ValueError):
        return 0
    if meta.get("sha256") != job.sha256 or meta.get("size") != job.size or size > job.size:
        return 0
    return size


def check_disk(path: Path, need: int) -> None:
    """Raise a clear error when `need` more bytes (plus a margin) do not fit on `path`'s disk."""
    free = shutil.disk_usage(path).free
    if need + DISK_MARGIN > free:
        raise DownloadError(
            Msg("Not enough free disk space: the download needs {need} more and "
                "{free} is free on {path}.", need=human_bytes(need),
                free=human_bytes(free), path=path),
            Msg("Free some space, or pick a smaller quantization of the model."))


def _remove(*paths: Path) -> None:
    for p in paths:
        p.unlink(missing_ok=True)


def _hash_existing(path: Path, upto: int, control: JobControl) -> hashlib._Hash:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        left = upto
        while left > 0:
            control.checkpoint()
            block = fh.read(min(CHUNK * 8, left))
            if not block:
                break
            digest.update(block)
            left -= len(block)
    return digest


class _Fetcher:
    """Streams one FileJob into its partial file, retrying and resuming as needed."""

    def __init__(self, job: FileJob, control: JobControl, on_bytes: Callable[[int, str], None],
                 retries: int, read_timeout: float) -> None:
        self.job, self.control, self.on_bytes = job, control, on_bytes
        self.retries, self.read_timeout = retries, read_timeout
        self.stats = FetchStats()

    def run(self) -> FetchStats:
        import httpx2

        job = self.job
        have = partial_size(job)
        if have == 0:
            _remove(job.partial)
        job.sidecar.write_text(json.dumps({"sha256": job.sha256, "size": job.size,
                                           "url": job.url, "repo": job.repo,
                                           "filename": job.name}))
        self.stats.resumed_from = have
        if have:
            self.on_bytes(have, Msg("checking the part saved earlier"))
        self.digest = _hash_existing(job.partial, have, self.control) if have else hashlib.sha256()
        self.have = have
        if have:
            self.on_bytes(have, Msg("resuming"))
        failures = 0
        while self.have < job.size:
            self.control.checkpoint()
            before = self.have
            try:
                self._one_request()
            except (OSError, httpx2.TransportError) as exc:
                if getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
                    raise DownloadError(
                        Msg("The disk filled up while saving {name} ({saved} of "
                            "{total} saved).", name=job.target.name,
                            saved=human_bytes(self.have), total=human_bytes(job.size)),
                        Msg("Free some space and pull again: it continues where it stopped.")
                    ) from exc
                if not _transient(exc):
                    raise
                failures = 0 if self.have > before else failures + 1
                if failures > self.retries:
                    raise DownloadError(
                        Msg("The connection to the hub keeps failing ({reason}); {saved} "
                            "of {total} are saved.", reason=_describe(exc),
                            saved=human_bytes(self.have), total=human_bytes(job.size)),
                        Msg("Check the connection and pull again: it continues where it stopped."),
                    ) from exc
                self.stats.retries += 1
                self.on_bytes(self.have, Msg("connection lost, retrying ({reason})",
                                             reason=_describe(exc)))
                self._sleep(min(8.0, 0.5 * 2 ** (failures - 1)))
        self.stats.sha256 = self.digest.hexdigest()
        return self.stats

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.control.checkpoint()
            time.sleep(min(0.1, max(0.0, end - time.monotonic())))

    def _one_request(self) -> None:
        import httpx2
        from huggingface_hub.utils import get_session, hf_raise_for_status

        job = self.job
        headers = {**job.headers, "Accept-Encoding": "identity"}
        if self.have:
            headers["Range"] = f"bytes={self.have}-"
        timeout = httpx2.Timeout(self.read_timeout, connect=min(10.0, self.read_timeout * 2))
        with get_session().stream("GET", job.url, headers=headers, timeout=timeout,
                                  follow_redirects=True) as response:
            status = response.status_code
            if status == 416 and self.have:  # nothing past our end: the partial is stale
                self._restart()
                return
            if status in _RETRYABLE_STATUS:
                raise _ServerBusy(f"the hub answered {status}")
            if status >= 400:
                response.read()
                with translate_errors(_repo_of(job.url), job.target.name):
                    hf_raise_for_status(response)
            if status == 200 and self.have:  # the server ignored the Range: start over
                self._restart()
            elif status == 206 and not response.headers.get(
                    "Content-Range", "").startswith(f"bytes {self.have}-"):
                self._restart()
                return
            self._write_body(response)

    def _restart(self) -> None:
        _remove(self.job.partial)
        self.have = 0
        self.digest = hashlib.sha256()

    def _write_body(self, response) -> None:
        job = self.job
        with job.partial.open("ab") as fh:
            for chunk in response.iter_bytes():  # as received: a drop loses nothing held
                if not chunk:
                    continue
                if self.have + len(chunk) > job.size:
                    raise DownloadError(
                        Msg("The hub sent more than the {size:,} bytes {name} should have.",
                            size=job.size, name=job.target.name),
                        Msg("Pull it again later; the partial file was kept."))
                fh.write(chunk)
                self.digest.update(chunk)
                self.have += len(chunk)
                self.stats.transferred += len(chunk)
                self.on_bytes(self.have, "")
                if self.control.cancelled or self.control.paused:
                    break  # close the connection; run() blocks or raises at checkpoint()
            fh.flush()
            os.fsync(fh.fileno())


class _ServerBusy(OSError):
    """A retryable status from the server (5xx, 429): treated like a dropped connection."""


def _transient(exc: OSError) -> bool:
    import httpx2

    return isinstance(exc, _ServerBusy | httpx2.TransportError | ConnectionError | TimeoutError)


def _describe(exc: BaseException) -> str:
    import httpx2

    if isinstance(exc, httpx2.TimeoutException):
        return Msg("no data in time")
    if isinstance(exc, _ServerBusy):
        return str(exc)
    return type(exc).__name__


def _repo_of(url: str) -> str:
    rest = url.removeprefix(endpoint() + "/").split("/resolve/")[0]
    return rest if rest.count("/") == 1 else ""


def fetch(job: FileJob, control: JobControl, on_bytes: Callable[[int, str], None],
          retries: int = 5, read_timeout: float | None = None) -> FetchStats:
    """Download `job` to its target, verified; `on_bytes(done, note)` reports progress.

    Raises DownloadError (disk, network, mismatch) or HubError (not found, refused).
    """
    from huggingface_hub import constants

    job.target.parent.mkdir(parents=True, exist_ok=True)
    allow_network()
    read_timeout = read_timeout or float(constants.HF_HUB_DOWNLOAD_TIMEOUT)
    try:
        lock = FileLock(str(job.lock), timeout=0)
        lock.acquire()
    except Timeout as exc:
        raise DownloadError(Msg("{name} is already being downloaded by another Hearth window or "
                                "command.", name=job.target.name),
                            Msg("Wait for that download to finish.")) from exc
    try:
        check_disk(job.target.parent, job.size - partial_size(job))
        stats = _Fetcher(job, control, on_bytes, retries, read_timeout).run()
        _verify(job, stats.sha256)
        os.replace(job.partial, job.target)
        _remove(job.sidecar)
        return stats
    finally:
        lock.release()


def _verify(job: FileJob, digest: str) -> None:
    size = job.partial.stat().st_size
    if size != job.size or (job.sha256 and digest != job.sha256):
        _remove(job.partial, job.sidecar)
        what = (Msg("its size is {size:,} bytes, not {expected:,}", size=size, expected=job.size)
                if size != job.size else
                Msg("its sha256 is {digest}, the hub says {expected}", digest=digest,
                    expected=job.sha256))
        raise DownloadError(
            Msg("The download of {name} is corrupt: {what}. The file was deleted and nothing was "
                "installed.", name=job.target.name, what=what),
            Msg("Pull it again; if this repeats, the network or mirror is damaging the data."))


def unfinished(root: Path) -> list[dict]:
    """Partial downloads under `root` that a later pull can continue."""
    found = []
    for sidecar in sorted(root.rglob("*.partial.json")):
        try:
            meta = json.loads(sidecar.read_text())
            saved = sidecar.with_suffix("").stat().st_size
        except (OSError, ValueError):
            continue
        if meta.get("repo") and meta.get("filename"):
            found.append({"repo": meta["repo"], "filename": meta["filename"], "saved": saved,
                          "size": meta.get("size") or 0})
    return found


__all__ = ["FileJob", "FetchStats", "fetch", "check_disk", "partial_size", "unfinished",
           "HubError"]
