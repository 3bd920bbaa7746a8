"""The command line through a real subprocess, with HEARTH_HOME in a temp dir."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.usefixtures("chat_model_path")


def test_chat_json_answers_tokyo_and_history_survives_restart(hearth_home):
    out = run_cli("chat", "--json", "--temperature", "0", "What is the capital of Japan?",
                  home=hearth_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert "Tokyo" in data["reply"]
    for key in ("conversation_id", "message_id", "reply", "model", "prompt_tokens",
                "completion_tokens", "ttft_s", "tokens_per_s", "context_dropped_turns"):
        assert key in data, key
    assert data["model"] == "smollm2-135m-instruct"
    assert data["completion_tokens"] > 0 and data["context_dropped_turns"] == 0
    # A new process sees the conversation.
    listed = json.loads(run_cli("history", "list", "--json", home=hearth_home).stdout)
    assert [c["id"] for c in listed] == [data["conversation_id"]]
    shown = json.loads(run_cli("history", "show", str(data["conversation_id"]), "--json",
                               home=hearth_home).stdout)
    assert [m["role"] for m in shown["messages"]] == ["user", "assistant"]
    assert shown["messages"][1]["content"] == data["reply"]
    # Continue the same conversation: the KV-free new process still sees the history.
    out2 = run_cli("chat", "--json", "--conversation", str(data["conversation_id"]),
                   "--temperature", "0", "And of France?", home=hearth_home)
    assert out2.returncode == 0, out2.stderr
    assert json.loads(out2.stdout)["conversation_id"] == data["conversation_id"]
    hits = json.loads(run_cli("history", "search", "Tokyo", "--json", home=hearth_home).stdout)
    assert hits and hits[0]["conversation_id"] == data["conversation_id"]


def test_chat_streams_plain_text(hearth_home):
    out = run_cli("chat", "--temperature", "0", "--max-tokens", "20", "Say hello.",
                  home=hearth_home)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()
    assert not out.stdout.lstrip().startswith("{")


def test_history_export_and_rm(hearth_home, tmp_path):
    out = run_cli("chat", "--json", "--max-tokens", "8", "Hi", home=hearth_home)
    cid = json.loads(out.stdout)["conversation_id"]
    md = tmp_path / "conv.md"
    assert run_cli("history", "export", str(cid), "--format", "md", "-o", str(md),
                   home=hearth_home).returncode == 0
    assert md.read_text().startswith("# Hi")
    js = run_cli("history", "export", str(cid), "--format", "json", home=hearth_home)
    assert json.loads(js.stdout)["conversation"]["id"] == cid
    assert run_cli("history", "rm", str(cid), home=hearth_home).returncode == 0
    gone = run_cli("history", "show", str(cid), home=hearth_home)
    assert gone.returncode == 1
    assert gone.stderr.count("\n") == 1 and "hearth history list" in gone.stderr


def test_models_list_reads_gguf_metadata(hearth_home):
    out = run_cli("models", "list", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    models = json.loads(out.stdout)
    smol = next(m for m in models if m["id"] == "smollm2-135m-instruct")
    assert smol["architecture"] == "llama" and smol["quantization"] == "Q4_1"
    assert smol["context_length"] == 8192 and smol["size"] > 90_000_000
    assert smol["source"] == "bundled" and smol["path"].endswith(".gguf")


def test_doctor_json(hearth_home):
    out = run_cli("doctor", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert info["data_home"] == str(hearth_home)
    assert isinstance(info["llama_cpp"]["gpu_offload"], bool)
    assert info["hardware"]["ram"]["total_bytes"] > 0
    assert info["default_model"] == "smollm2-135m-instruct"


@pytest.mark.parametrize("args,needle", [
    (["chat", "--model", "no-such-model", "hi"], "hearth models list"),
    (["history", "show", "999"], "No conversation with id 999"),
])
def test_errors_are_one_actionable_line(hearth_home, args, needle):
    out = run_cli(*args, home=hearth_home)
    assert out.returncode == 1
    assert needle in out.stderr
    assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1


def test_corrupt_model_file_is_a_clear_error(hearth_home, tmp_path, chat_model_path):
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(chat_model_path.read_bytes()[:3_000_000])
    out = run_cli("chat", "--model", str(bad), "hi", home=hearth_home)
    assert out.returncode == 1
    assert "truncated" in out.stderr and "Traceback" not in out.stderr
    debug = run_cli("--debug", "chat", "--model", str(bad), "hi", home=hearth_home)
    assert "Traceback" in debug.stderr


def _reply_in_progress(db_file: Path, proc: subprocess.Popen, deadline: float):
    """(conversation id, text so far) once the running reply has flushed some text,
    or None if the process ended first."""
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        if not db_file.exists():
            continue
        con = sqlite3.connect(db_file, timeout=5)
        try:
            row = con.execute("select conversation_id, content from messages where "
                              "role='assistant' and status='generating' order by id desc "
                              "limit 1").fetchone()
        except sqlite3.OperationalError:
            row = None
        finally:
            con.close()
        if row and len(row[1]) > 20:
            return row
    return None


def test_sigkill_mid_reply_loses_nothing_typed(hearth_home):
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))
    question = "Write a 5000-word essay on the history of the sea, with many chapters."
    db_file = hearth_home / "hearth.db"
    deadline = time.monotonic() + 180
    found = None
    # The tiny bundled model sometimes ends its essay within a second, before the first
    # flush: ask again (a new conversation) until a reply is caught running.
    for _attempt in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "chat", "--max-tokens", "3000", "--temperature",
             "0.8", question], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        found = _reply_in_progress(db_file, proc, deadline)
        if found:
            break
        proc.communicate(timeout=60)
    assert found, "no reply was still running when its text was first flushed"
    conversation, partial = found
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    con = sqlite3.connect(db_file)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()
    shown = json.loads(run_cli("history", "show", str(conversation), "--json",
                               home=hearth_home).stdout)
    user, reply = shown["messages"]
    assert user["content"] == question
    # The crashed reply is kept with its text so far, marked stopped.
    assert reply["status"] == "stopped" and reply["content"].startswith(partial[:20])


@pytest.mark.parametrize("args,flag", [
    (["chat", "--max-tokens", "0", "Hi"], "--max-tokens"),
    (["chat", "--max-tokens", "-3", "Hi"], "--max-tokens"),
    (["chat", "--temperature", "50", "Hi"], "--temperature"),
    (["chat", "--temperature", "-1", "Hi"], "--temperature"),
    (["ask", "manuals", "Warranty?", "--max-tokens", "-1"], "--max-tokens"),
    (["ask", "manuals", "Warranty?", "--k", "0"], "--k"),
    (["search", "manuals", "warranty", "--k", "-2"], "--k"),
    (["serve", "--queue", "-1"], "--queue"),
    (["serve", "--queue", "0"], "--queue"),  # was taken as 1: one request still waited
    (["models", "search", "qwen", "--limit", "0"], "--limit"),
    (["models", "pull", "org/repo", "f.gguf", "--retries", "-1"], "--retries"),
    (["models", "remote", "add", "gpu", "--url", "http://127.0.0.1:9/v1", "--timeout", "0"],
     "--timeout"),
    (["models", "remote", "add", "gpu", "--url", "http://127.0.0.1:9/v1", "--timeout", "-5"],
     "--timeout"),
])
def test_out_of_range_numbers_are_refused_before_anything_runs(hearth_home, args, flag):
    """`--max-tokens 0` used to store an empty reply as complete and exit 0, `--k 0`
    answered 'Nothing found': a number out of range is a usage error naming the flag."""
    out = run_cli(*args, home=hearth_home)
    assert out.returncode == 2, out.stdout
    assert f"argument {flag}" in out.stderr and "Traceback" not in out.stderr
    assert json.loads(run_cli("history", "list", "--json", home=hearth_home).stdout) == []


def test_per_model_settings_out_of_range_are_refused(hearth_home):
    for setting in ("temperature=50", "max_tokens=-3", "top_p=1.5", "top_k=-1"):
        out = run_cli("models", "settings", "smollm2-135m-instruct", setting, home=hearth_home)
        assert out.returncode == 1, setting
        assert out.stderr.startswith(f"error: {setting.split('=')[0]} must be")
        assert out.stderr.count("\n") == 1
    shown = run_cli("models", "settings", "smollm2-135m-instruct", "--json", home=hearth_home)
    assert "temperature" not in shown.stdout


def test_a_missing_output_folder_is_one_line_naming_it(hearth_home, tmp_path):
    cid = json.loads(run_cli("chat", "--json", "--max-tokens", "4", "Hi",
                             home=hearth_home).stdout)["conversation_id"]
    missing = tmp_path / "no" / "such"
    for args in (["history", "export", str(cid), "--format", "md", "-o", str(missing / "c.md")],
                 ["backup", "-o", str(missing / "b.db")]):
        out = run_cli(*args, home=hearth_home)
        assert out.returncode == 1, args
        assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1, out.stderr
        assert str(missing) in out.stderr and "read-only" not in out.stderr
    assert not missing.exists()


def test_a_reply_cut_off_by_the_token_limit_says_so(hearth_home):
    """A reply that reached --max-tokens ended mid-sentence with nothing to tell it from
    a finished one (only --json's finish_reason)."""
    out = run_cli("chat", "--max-tokens", "4", "Write a long story about a dragon.",
                  home=hearth_home)
    assert out.returncode == 0, out.stderr
    assert "note: the reply was cut off at the 4-token limit" in out.stderr
    assert "--max-tokens" in out.stderr
    whole = run_cli("chat", "--max-tokens", "200", "--temperature", "0", "Say hello.",
                    home=hearth_home)
    assert "cut off" not in whole.stderr


def test_jobs_json_lists_without_the_list_word(hearth_home):
    """The README's `hearth jobs [list] [--json]`: `hearth jobs --json` was refused."""
    out = run_cli("jobs", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []
    assert json.loads(run_cli("jobs", "list", "--json", home=hearth_home).stdout) == []
