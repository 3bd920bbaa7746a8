"""`hearth models ...` in real subprocesses against the test hub (HF_ENDPOINT)."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, run_cli
from tests.hubserver import make_gguf

SMOL_REPO = "test-org/SmolLM2-135M-Instruct-GGUF"
SMOL_FILE = "SmolLM2-135M-Instruct-Q4_1.gguf"
SMOL_ID = "smollm2-135m-instruct-q4_1"


@pytest.fixture
def smol_repo(hub_server, chat_model_path):
    hub_server.add_repo(SMOL_REPO, {SMOL_FILE: chat_model_path, "README.md": b"# SmolLM2"},
                        downloads=1234, likes=56)
    return hub_server


@pytest.fixture(scope="module")
def tiny_file(tmp_path_factory):
    return make_gguf(tmp_path_factory.mktemp("cli-gguf") / "Tiny-1M-Q8_0.gguf", n_floats=65_536)


def test_search_and_files(smol_repo, tiny_file, hearth_home):
    smol_repo.add_repo("other/SmolLM2-360M-GGUF", {"smol-360m-Q8_0.gguf": tiny_file},
                       downloads=10)
    out = run_cli("models", "search", "smollm2", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert [r["id"] for r in found] == [SMOL_REPO, "other/SmolLM2-360M-GGUF"]
    assert found[0]["downloads"] == 1234 and found[0]["likes"] == 56
    out = run_cli("models", "files", SMOL_REPO, "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    (f,) = data["files"]
    assert f["name"] == SMOL_FILE and f["quantization"] == "Q4_1"
    assert f["size"] == 98362432
    assert f["sha256"] == "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
    assert f["fit"]["label"] in ("GPU", "CPU only") or f["fit"]["label"].startswith("partly")
    assert data["best_fit"] == SMOL_FILE
    text = run_cli("models", "files", SMOL_REPO, home=hearth_home)
    assert "Q4_1" in text.stdout and "b179c9523d0e" in text.stdout and "93.8 MB" in text.stdout


def test_pull_through_a_kill_and_a_dropped_connection_then_chat(smol_repo, hearth_home):
    size = 98362432
    smol_repo.switches.rate = 15e6  # bytes/s: ~6 s for the file, so it is killed mid-file
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))
    proc = subprocess.Popen([sys.executable, "-m", "app", "models", "pull", SMOL_REPO, SMOL_FILE],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    partial = hearth_home / "models" / "test-org__SmolLM2-135M-Instruct-GGUF" / (
        SMOL_FILE + ".partial")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if partial.exists() and partial.stat().st_size > 20_000_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, proc.communicate()[1]
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    saved = partial.stat().st_size
    assert 20_000_000 < saved < size
    # Next run: no throttle, but the connection drops once more mid-file.
    smol_repo.switches.rate = None
    smol_repo.switches.drop_after, smol_repo.switches.drops = 30_000_000, 1
    out = run_cli("models", "pull", SMOL_REPO, SMOL_FILE, "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["model_id"] == SMOL_ID and result["resumed_from"] == saved
    assert result["transferred"] == size - saved and result["retries"] == 1
    gets = smol_repo.downloads(SMOL_FILE)
    assert gets[-2].range == f"bytes={saved}-" and gets[-2].sent == 30_000_000
    assert gets[-1].range == f"bytes={saved + 30_000_000}-"
    assert gets[-1].sent == size - saved - 30_000_000
    assert "%" in out.stderr and "MB/s" in out.stderr  # progress went to stderr
    assert not partial.exists()
    listed = json.loads(run_cli("models", "list", "--json", home=hearth_home).stdout)
    mine = next(m for m in listed if m["id"] == SMOL_ID)
    assert mine["source"] == "downloaded" and mine["repo"] == SMOL_REPO
    chat = run_cli("chat", "--model", SMOL_ID, "--json", "--temperature", "0", "--max-tokens",
                   "12", "What is the capital of Japan?", home=hearth_home)
    assert chat.returncode == 0, chat.stderr
    reply = json.loads(chat.stdout)
    assert reply["model"] == SMOL_ID and "Tokyo" in reply["reply"]


def _one_line_error(out, needle):
    """Exit 1 and one `error:` line saying what to do (after any progress lines)."""
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr, out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and needle in last, out.stderr
    assert [ln for ln in out.stderr.splitlines() if ln.startswith("error")] == [last]


def test_hub_errors_are_one_actionable_line(smol_repo, tiny_file, hearth_home, monkeypatch):
    smol_repo.add_repo("meta/Gated-GGUF", {"gated-Q8_0.gguf": tiny_file}, gated=True)
    _one_line_error(run_cli("models", "files", "nobody/nothing", home=hearth_home),
                    "No repo 'nobody/nothing'")
    _one_line_error(run_cli("models", "pull", SMOL_REPO, "nope.gguf", home=hearth_home),
                    f"hearth models files {SMOL_REPO}")
    _one_line_error(run_cli("models", "pull", "meta/Gated-GGUF", "gated-Q8_0.gguf",
                            home=hearth_home), "hearth models token set")
    # Unauthorized becomes authorized once the token is set (read from stdin).
    out = run_cli("models", "token", "set", home=hearth_home, input=smol_repo.switches.token)
    assert out.returncode == 0 and smol_repo.switches.token not in out.stdout + out.stderr
    out = run_cli("models", "pull", "meta/Gated-GGUF", "gated-Q8_0.gguf", home=hearth_home)
    assert out.returncode == 0, out.stderr
    assert smol_repo.switches.token not in out.stdout + out.stderr
    # Timeout: the server stalls; a 1 s read timeout and one retry keep this quick.
    smol_repo.switches.stall_after, smol_repo.switches.stall_s = 1_000_000, 4
    monkeypatch.setenv("HF_HUB_DOWNLOAD_TIMEOUT", "1")
    _one_line_error(run_cli("models", "pull", SMOL_REPO, SMOL_FILE, "--retries", "1",
                            home=hearth_home), "no data in time")
    # Unreachable hub: a plain message, and local models keep working.
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    _one_line_error(run_cli("models", "search", "llama", home=hearth_home),
                    "Cannot reach the hub")
    assert run_cli("models", "list", home=hearth_home).returncode == 0


def test_corrupt_download_is_refused_and_not_registered(smol_repo, tiny_file, hearth_home):
    smol_repo.add_repo("o/Tiny-GGUF", {"Tiny-1M-Q8_0.gguf": tiny_file})
    smol_repo.switches.corrupt = True
    _one_line_error(run_cli("models", "pull", "o/Tiny-GGUF", "Tiny-1M-Q8_0.gguf",
                            home=hearth_home), "is corrupt: its sha256")
    listed = json.loads(run_cli("models", "list", "--json", home=hearth_home).stdout)
    assert [m["id"] for m in listed] == ["smollm2-135m-instruct"]


def test_import_default_settings_rm(hearth_home, tiny_file, chat_model_path):
    out = run_cli("models", "import", str(tiny_file), "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    (entry,) = json.loads(out.stdout)
    assert entry["id"] == "tiny-1m-q8_0" and entry["source"] == "imported"
    assert run_cli("models", "default", "tiny-1m-q8_0", home=hearth_home).returncode == 0
    out = run_cli("models", "settings", "tiny-1m-q8_0", "n_ctx=1024", "temperature=0.5",
                  "--json", home=hearth_home)
    assert json.loads(out.stdout)["n_ctx"] == 1024
    listed = run_cli("models", "list", home=hearth_home).stdout
    assert "* tiny-1m-q8_0" in listed
    out = run_cli("models", "rm", "tiny-1m-q8_0", home=hearth_home)
    assert out.returncode == 0 and "freed" in out.stdout and "KB" in out.stdout
    _one_line_error(run_cli("models", "rm", "smollm2-135m-instruct", home=hearth_home),
                    "cannot be deleted")
    _one_line_error(run_cli("models", "import", str(hearth_home / "none.gguf"),
                            home=hearth_home), "not found")
