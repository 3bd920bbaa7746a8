"""`hearth serve` as a person runs it: a real process, its URL, a request, Ctrl+C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_cli
from tests.server.conftest import openai


def _serve(home, **env) -> tuple[subprocess.Popen, dict]:
    """A real `hearth serve --port 0 --json` and the JSON it prints once it listens."""
    proc = subprocess.Popen([sys.executable, "-m", "app", "serve", "--port", "0", "--json"],
                            cwd=ROOT, env=dict(os.environ, HEARTH_HOME=str(home), **env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    while not lines or lines[-1] != "}\n":
        line = proc.stdout.readline()
        if not line:
            proc.kill()
            pytest.fail(proc.stderr.read())
        lines.append(line)
    return proc, json.loads("".join(lines))


def test_hearth_serve_prints_its_url_answers_and_stops_on_ctrl_c(hearth_home, chat_model_path):
    proc, info = _serve(hearth_home, HEARTH_API_KEY="k")
    try:
        assert info["api_key_required"] and "smollm2-135m-instruct" in info["models"]
        client = openai.OpenAI(base_url=info["url"], api_key="k", max_retries=2)
        reply = client.chat.completions.create(
            model="smollm2-135m-instruct", max_tokens=4,
            messages=[{"role": "user", "content": "Hi"}])
        assert reply.choices[0].message.content
        proc.send_signal(signal.SIGINT)
        assert proc.wait(90) in (0, 130)  # 130: stopped by Ctrl+C, as other commands
        assert "Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()


def test_hearth_serve_refuses_an_open_address_without_a_key(hearth_home):
    out = run_cli("serve", "--host", "0.0.0.0", home=hearth_home, timeout=240)
    assert out.returncode == 1
    assert "error: Serving on 0.0.0.0" in out.stderr and "--api-key" in out.stderr


def test_ctrl_c_mid_stream_ends_the_stream_with_an_error_the_client_sees(hearth_home,
                                                                          chat_model_path):
    """Ctrl+C while a reply streams: the client gets an OpenAI-shaped error event (the
    `openai` client raises it) instead of a stream that just stops, as if complete."""
    proc, info = _serve(hearth_home)
    try:
        client = openai.OpenAI(base_url=info["url"], api_key="k",
                               max_retries=0, timeout=60)
        stream = client.chat.completions.create(
            model="smollm2-135m-instruct", max_tokens=2000, temperature=0.8, stream=True,
            messages=[{"role": "user", "content": "Write a very long story about a river."}])
        chunks = []
        with pytest.raises(openai.APIError, match="stopping") as err:
            for chunk in stream:
                chunks.append(chunk)
                if len(chunks) == 5:
                    proc.send_signal(signal.SIGINT)
        assert len(chunks) >= 5
        assert not any(c.choices and c.choices[0].finish_reason for c in chunks)
        assert err.value.body["type"] == "server_error"
        assert proc.wait(30) in (0, 130)
        assert "Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()


def test_an_empty_api_key_is_refused_not_dropped(hearth_home):
    """`--api-key "$KEY"` with KEY unset (or a failed `$(openssl ...)`) served with no key
    at all, silently; the empty key is an error instead."""
    for key in ("", "  "):
        out = run_cli("serve", "--port", "0", "--api-key", key, home=hearth_home, timeout=120)
        assert out.returncode == 1, out.stdout
        assert out.stderr.startswith("error: The API key is empty.")
        assert out.stderr.count("\n") == 1
