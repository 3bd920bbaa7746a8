"""Pulls against the test hub: resume, verification, errors, pause and cancel, split
models, and downloads as jobs of the shared queue."""

import hashlib
import threading
import time
from collections import namedtuple

import pytest

from app.core import config
from app.core.control import JobControl
from app.core.errors import Cancelled, DownloadError, HearthError, HubError, NotFound
from app.core.models import download
from app.core.models.gguf_info import read_gguf
from app.core.queue.kinds import download as download_jobs
from tests.hubserver import make_gguf

REPO = "test-org/Tiny-Chat-GGUF"
FILE = "Tiny-Chat-1M-Q8_0.gguf"


def _models_files():
    return sorted(p.relative_to(config.models_dir()).as_posix()
                  for p in config.models_dir().rglob("*") if p.is_file())


def test_pull_verifies_registers_and_reports_progress(core, tiny_repo, tiny_gguf):
    reports = []
    result = core.models.pull(REPO, FILE, progress=reports.append)
    assert result.path.read_bytes() == tiny_gguf.read_bytes()
    assert result.sha256 == hashlib.sha256(tiny_gguf.read_bytes()).hexdigest()
    assert result.transferred == tiny_gguf.stat().st_size and result.resumed_from == 0
    entry = core.catalog.get(result.model_id)
    assert entry.source == "downloaded" and entry.repo == REPO and entry.info.block_count == 2
    # The fit verdict's GPU layers became the model's engine default (when a GPU is seen;
    # without one the engine keeps "auto").
    assert entry.settings == result.fit.engine_defaults()
    expected = result.fit.gpu_layers if result.fit.vram_free is not None else "auto"
    assert core.runtime.effective(result.model_id)["n_gpu_layers"] == expected
    assert reports[-1].done == reports[-1].total == tiny_gguf.stat().st_size
    assert all(r.unit == "bytes" for r in reports)
    assert not [n for n in _models_files() if ".partial" in n]
    # A second pull is a no-op that still answers with the installed model.
    again = core.models.pull(REPO, FILE)
    assert again.already_installed and again.model_id == result.model_id


def test_dropped_connection_resumes_with_range(core, tiny_repo, hub_server, tiny_gguf):
    size = tiny_gguf.stat().st_size
    hub_server.switches.drop_after, hub_server.switches.drops = 70_000, 2
    result = core.models.pull(REPO, FILE)
    gets = hub_server.downloads(FILE)
    assert [g.range for g in gets] == [None, "bytes=70000-", "bytes=140000-"]
    assert sum(g.sent for g in gets) == size  # not a byte fetched twice
    assert result.retries == 2 and result.path.read_bytes() == tiny_gguf.read_bytes()


def test_partial_file_from_an_earlier_run_is_continued(core, tiny_repo, hub_server, tiny_gguf):
    hub_server.switches.rate = 200_000
    control = JobControl()

    def stop(p):  # an earlier run that ended part-way (a closed window, Ctrl+C)
        if p.done >= 100_000:
            control.cancel()

    with pytest.raises(Cancelled):
        core.models.pull(REPO, FILE, control, stop)
    saved = core.models.partial(core.models.files(REPO))[FILE]
    assert saved >= 100_000
    assert not [e for e in core.catalog.entries() if e.source == "downloaded"]
    hub_server.switches.rate = None
    result = core.models.pull(REPO, FILE)
    assert result.resumed_from == saved
    assert result.transferred == tiny_gguf.stat().st_size - saved
    assert hub_server.downloads(FILE)[-1].range == f"bytes={saved}-"
    assert result.path.read_bytes() == tiny_gguf.read_bytes()


def _target(repo, name):
    from app.core.models.names import target_path

    return target_path(repo, name)


def test_sha256_mismatch_is_refused_and_nothing_registered(core, tiny_repo, hub_server):
    hub_server.switches.corrupt = True
    with pytest.raises(DownloadError, match="corrupt: its sha256 is") as err:
        core.models.pull(REPO, FILE)
    assert "deleted" in err.value.message and "Pull it again" in err.value.hint
    assert [e.id for e in core.catalog.entries() if e.source == "downloaded"] == []
    assert not [n for n in _models_files() if n.endswith((".gguf", ".partial"))]


def test_disk_full_is_a_clear_error_before_downloading(core, tiny_repo, hub_server, monkeypatch):
    # Simulated: the free-space check sees 10 MB free (less than the file plus the margin).
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(download.shutil, "disk_usage", lambda p: usage(10**9, 10**9, 10**7))
    with pytest.raises(DownloadError, match="Not enough free disk space") as err:
        core.models.pull(REPO, FILE)
    assert "smaller quantization" in err.value.hint
    assert hub_server.downloads(FILE) == []  # nothing was fetched


def test_stalled_connection_times_out_with_a_clear_message(core, tiny_repo, hub_server,
                                                           monkeypatch):
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "HF_HUB_DOWNLOAD_TIMEOUT", 0.5)
    hub_server.switches.stall_after, hub_server.switches.stall_s = 50_000, 3.0
    start = time.monotonic()
    with pytest.raises(DownloadError, match="no data in time") as err:
        core.models.pull(REPO, FILE, retries=1)
    assert time.monotonic() - start < 10
    assert "continues where it stopped" in err.value.hint


def test_missing_file_and_missing_repo(core, tiny_repo):
    with pytest.raises(HubError, match="No GGUF file 'nope.gguf'") as err:
        core.models.pull(REPO, "nope.gguf")
    assert f"hearth models files {REPO}" in err.value.hint
    with pytest.raises(HubError, match="No repo"):
        core.models.pull("test-org/none", FILE)


def test_gated_repo_needs_the_token(core, hub_server, tiny_gguf):
    from app.core.models import token

    hub_server.add_repo("meta/Gated-GGUF", {FILE: tiny_gguf}, gated=True)
    with pytest.raises(HubError, match="gated") as err:
        core.models.pull("meta/Gated-GGUF", FILE)
    assert "hearth models token set" in err.value.hint
    path = token.set_token(hub_server.switches.token)
    assert path.stat().st_mode & 0o777 == 0o600
    result = core.models.pull("meta/Gated-GGUF", FILE)
    assert result.path.exists()
    resolve = [e for e in hub_server.log if "/resolve/" in e.path]
    assert not resolve[0].authorized and resolve[-1].authorized


def test_malicious_file_name_cannot_escape_models_folder(core, hub_server, tiny_gguf, tmp_path):
    hub_server.add_repo("evil/Repo-GGUF", {"../../../escape.gguf": tiny_gguf,
                                            "ok.gguf": tiny_gguf})
    with pytest.raises(HubError, match="not safe"):
        core.models.pull("evil/Repo-GGUF", "../../../escape.gguf")
    with pytest.raises(HubError):
        core.models.pull("evil/../../x", "ok.gguf")
    assert not list(tmp_path.rglob("escape.gguf"))
    assert hub_server.downloads("escape.gguf") == []


def test_pause_and_resume(core, tiny_repo, hub_server, tiny_gguf):
    hub_server.switches.rate = 400_000  # bytes/s: the 260 KB file takes ~0.7 s
    control = JobControl()
    paused = []

    def progress(p):
        if p.done > 60_000 and not paused:
            paused.append(p.done)
            control.pause()
            threading.Timer(0.5, control.resume).start()

    result = core.models.pull(REPO, FILE, control, progress)
    assert result.path.read_bytes() == tiny_gguf.read_bytes()
    gets = hub_server.downloads(FILE)
    assert len(gets) == 2 and gets[1].range.startswith("bytes=")  # reconnected after pause


def _run_queued(core):
    """Run the queued jobs one after another, as the window's runner does; their ids."""
    ran = []
    while (job := core.jobs.next_queued()) is not None:
        ran.append(job.id)
        try:
            core.jobs.run(job.id)
        except HearthError:
            pass  # recorded on the job; the next one still runs
    return ran


def test_download_jobs_run_in_order_and_keep_going_after_a_failure(core, tiny_repo):
    a = download_jobs.submit(core.jobs, REPO, "Tiny-Chat-1M-Q4_K_M.gguf")
    b = download_jobs.submit(core.jobs, REPO, "missing.gguf")
    c = download_jobs.submit(core.jobs, REPO, FILE)
    assert download_jobs.submit(core.jobs, REPO, FILE).id == c.id  # not queued twice
    d = download_jobs.submit(core.jobs, REPO, "later.gguf")
    core.jobs.cancel(d.id)  # still waiting: dropped at once
    assert core.jobs.lane_of(a.kind) == "download"
    assert _run_queued(core) == [a.id, b.id, c.id]
    a, b, c, d = (core.jobs.get(j.id) for j in (a, b, c, d))
    assert (a.status, b.status, c.status, d.status) == ("done", "failed", "done", "cancelled")
    assert "No GGUF file" in b.error
    assert {e.id for e in core.catalog.entries()} >= {a.result["model_id"], c.result["model_id"]}
    assert c.result["summary"].startswith(f"Installed as {c.result['model_id']}")


def test_cancelled_download_job_keeps_its_bytes_and_retry_resumes(core, tiny_repo, hub_server,
                                                                  tiny_gguf):
    hub_server.switches.rate = 200_000
    job = download_jobs.submit(core.jobs, REPO, FILE)
    control = JobControl()
    reports = []

    def cancel_soon(p):
        reports.append(p)
        if p.done > 60_000:
            control.cancel()

    with pytest.raises(Cancelled):
        core.jobs.run(job.id, control, cancel_soon)
    assert {r.extra["job_id"] for r in reports} == {job.id}  # tagged for the runner
    stopped = core.jobs.get(job.id)
    assert stopped.status == "cancelled" and stopped.done > 60_000
    saved = core.models.partial(core.models.files(REPO))[FILE]
    assert saved >= 60_000  # the cancel kept the bytes
    hub_server.switches.rate = None
    again = download_jobs.submit(core.jobs, REPO, FILE)  # the same job, queued again
    assert again.id == job.id and again.status == "queued"
    result = core.jobs.run(job.id)
    assert result["resumed_from"] == saved
    assert result["transferred"] == tiny_gguf.stat().st_size - saved
    assert hub_server.downloads(FILE)[-1].range == f"bytes={saved}-"
    assert core.jobs.get(job.id).status == "done"
    assert _target(REPO, FILE).read_bytes() == tiny_gguf.read_bytes()


def test_removing_an_unfinished_download_job_deletes_its_partial_file(core, tiny_repo,
                                                                      hub_server):
    hub_server.switches.rate = 200_000
    job = download_jobs.submit(core.jobs, REPO, FILE)
    control = JobControl()

    def cancel_soon(p):
        if p.done > 30_000:
            control.cancel()

    with pytest.raises(Cancelled):
        core.jobs.run(job.id, control, cancel_soon)
    assert [n for n in _models_files() if n.endswith(".partial")]
    core.jobs.remove(job.id)
    assert not [n for n in _models_files() if ".partial" in n]
    assert core.models.unfinished() == []
    with pytest.raises(NotFound):
        core.jobs.get(job.id)


def test_split_model_downloads_every_part_and_registers_the_first(core, hub_server, tmp_path):
    parts = [make_gguf(tmp_path / f"p{i}.gguf", n_floats=4096, seed=i) for i in (1, 2)]
    names = [f"Split-7B-Q4_K_M-0000{i}-of-00002.gguf" for i in (1, 2)]
    hub_server.add_repo("o/Split-GGUF", dict(zip(names, parts, strict=True)))
    result = core.models.pull("o/Split-GGUF", names[1])  # any part names the whole model
    assert result.path.name == names[0]
    assert result.size == sum(p.stat().st_size for p in parts)
    assert (result.path.parent / names[1]).read_bytes() == parts[1].read_bytes()
    assert read_gguf(result.path).block_count == 2
    removed = core.models.remove(result.model_id)
    assert removed.freed_bytes == result.size and len(removed.deleted) == 2


def test_interrupting_a_paused_download_job_stops_it(core, tiny_repo, hub_server):
    hub_server.switches.rate = 50_000
    job = download_jobs.submit(core.jobs, REPO, FILE)
    control = JobControl()
    paused = []

    def pause_then_close(p):
        if p.done > 10_000 and not paused:
            paused.append(p.done)
            control.pause()
            threading.Timer(0.3, core.jobs.interrupt, [job.id]).start()  # the window closes

    start = time.monotonic()
    with pytest.raises(Cancelled):
        core.jobs.run(job.id, control, pause_then_close)
    assert time.monotonic() - start < 10
    assert core.jobs.get(job.id).status == "interrupted"  # resumed on the next start
    assert core.models.partial(core.models.files(REPO))[FILE] > 10_000


def test_a_stale_file_in_the_way_is_replaced(core, tiny_repo, tiny_gguf):
    target = _target(REPO, FILE)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"x" * tiny_gguf.stat().st_size)  # right size, wrong bytes
    result = core.models.pull(REPO, FILE)
    assert not result.already_installed and target.read_bytes() == tiny_gguf.read_bytes()


def test_non_lfs_file_gets_its_size_from_a_head_request(core, hub_server, tiny_gguf):
    from tests.hubserver import HubFile

    hub_server.add_repo("o/Plain-GGUF", {"plain-Q8_0.gguf": HubFile(data=tiny_gguf.read_bytes(),
                                                                    lfs=False)})
    result = core.models.pull("o/Plain-GGUF", "plain-Q8_0.gguf")
    assert result.path.read_bytes() == tiny_gguf.read_bytes()
    assert [e.method for e in hub_server.log if "/resolve/" in e.path][0] == "HEAD"


def test_a_second_pull_of_the_same_file_is_refused_while_one_runs(core, tiny_repo):
    from filelock import FileLock

    lock = FileLock(str(_target(REPO, FILE)) + ".lock")
    _target(REPO, FILE).parent.mkdir(parents=True, exist_ok=True)
    with lock, pytest.raises(DownloadError, match="already being downloaded"):
        core.models.pull(REPO, FILE)
    assert core.models.pull(REPO, FILE).path.exists()  # free again afterwards
