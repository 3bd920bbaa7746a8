"""`hearth serve` and remote backends:

- decode tokens/s of a streamed reply through `hearth serve` (a real server process,
  read with the official `openai` client) vs the same reply from the engine in this
  process (same model, prompt, sampling, seed and length);
- time to first token of a remote model through Hearth (RemoteModel, the send
  path's interface) vs the same server called directly with the `openai` client;
  the server is llama-cpp-python's own (`python -m llama_cpp.server`).

Both sides of each figure run in alternating rounds, so machine noise hits them alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.core.config import DEFAULTS
from app.core.llm.base import SamplingParams
from app.core.models import bundled
from bench.common import SETTLE_S, interleaved, median, na, paired_ratio, row, say

ROOT = Path(__file__).resolve().parents[1]
STORY = ("Write a long, detailed story about a lighthouse keeper who finds an old map "
         "in a bottle. Describe the sea, the weather and every step of the journey.")
SEED = 1234


def _start(cmd: list[str], env: dict, url: str, headers: dict | None = None,
           timeout: float = 120.0) -> subprocess.Popen:
    import httpx2

    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{cmd[2]} exited with code {proc.returncode}")
        try:
            if httpx2.get(url + "/models", headers=headers or {}, timeout=2).status_code == 200:
                return proc
        except httpx2.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"{cmd[2]} did not start")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_rows(quick: bool, home: Path) -> list[dict]:
    import openai

    from app.core.session import Core

    n_tokens = 48 if quick else 256
    rounds = 5 if quick else 9
    port = _free_port()
    env = dict(os.environ, HEARTH_HOME=str(home))
    url = f"http://127.0.0.1:{port}/v1"
    server = _start([sys.executable, "-m", "app", "serve", "--port", str(port)], env, url)
    os.environ["HEARTH_HOME"] = str(home)
    core = Core()
    try:
        client = openai.OpenAI(base_url=url, api_key="x", max_retries=0, timeout=300)
        model_id = core.runtime.default_id()
        engine = core.runtime.engine(model_id)
        params = SamplingParams.from_settings({**DEFAULTS, "max_tokens": n_tokens,
                                               "seed": SEED, "temperature": 0.2})
        # the same messages on both sides (with no system message the server would add
        # Hearth's default one, and the two prompts would differ)
        messages = [{"role": "system", "content": DEFAULTS["system_prompt"]},
                    {"role": "user", "content": STORY}]
        prompt = engine.tokenize(engine.render(messages))
        counts: dict[str, int] = {}

        def in_process() -> float:
            start = time.perf_counter()
            gen = engine.generate(prompt, params)
            gen.consume()
            counts["engine"] = gen.stats.completion_tokens
            return gen.stats.completion_tokens / (time.perf_counter() - start)

        def through_serve() -> float:
            start = time.perf_counter()
            stream = client.chat.completions.create(
                model=model_id, messages=messages, max_tokens=n_tokens, seed=SEED,
                temperature=0.2, stream=True, stream_options={"include_usage": True})
            n = 0
            for chunk in stream:
                if chunk.usage is not None:
                    n = chunk.usage.completion_tokens
            counts["serve"] = n
            return n / (time.perf_counter() - start)

        say(f"hearth serve vs in-process: {rounds} rounds of {n_tokens} tokens")
        got = interleaved({"serve": through_serve, "engine": in_process}, rounds,
                          settle_s=SETTLE_S)
    finally:
        core.close()
        _stop(server)
    note = (f"{counts.get('serve')} vs {counts.get('engine')} tokens a reply, streamed "
            "(SSE) to the openai client from a `hearth serve` process; baseline: "
            "Engine.generate in this process, same prompt, seed and sampling")
    return [row("hearth serve decode tokens/s (openai client vs in-process)",
                median(got["serve"]), "tok/s", baseline=median(got["engine"]),
                ratio=paired_ratio(got["serve"], got["engine"]), target=">= 0.9x", note=note)]


def remote_rows(quick: bool, home: Path) -> list[dict]:
    import importlib.util

    import openai

    from app.core.session import Core

    name = "remote first-token time (Hearth vs the server called directly)"
    if importlib.util.find_spec("starlette_context") is None:
        return [na(name, "llama-cpp-python's server extra is not installed", "s")]
    rounds = 5 if quick else 15
    port = _free_port()
    url = f"http://127.0.0.1:{port}/v1"
    model = bundled.path_of(bundled.CHAT)
    server = _start([sys.executable, "-m", "llama_cpp.server", "--model", str(model),
                     "--model_alias", "smol", "--port", str(port), "--n_ctx", "2048",
                     "--verbose", "False"], dict(os.environ), url)
    os.environ["HEARTH_HOME"] = str(home)
    core = Core()
    try:
        core.runtime.remotes.add("bench", url)
        core.models.update_settings("bench/smol", {"n_ctx": 2048})
        remote = core.runtime.engine("bench/smol")
        params = SamplingParams.from_settings({**DEFAULTS, "max_tokens": 8, "seed": SEED})
        direct = openai.OpenAI(base_url=url, api_key="x", max_retries=0)
        questions = iter(f"Question {i}: what is {i} + {i}?" for i in range(10_000))

        def via_hearth() -> float:
            messages = [{"role": "user", "content": next(questions)}]
            gen = remote.generate(remote.tokenize(remote.render(messages)), params)
            gen.consume()
            return gen.stats.ttft_s

        def called_directly() -> float:
            start = time.perf_counter()
            stream = direct.chat.completions.create(
                model="smol", messages=[{"role": "user", "content": next(questions)}],
                max_tokens=8, seed=SEED, temperature=params.temperature,
                top_p=params.top_p, stream=True)
            first = 0.0
            for chunk in stream:
                if not first and chunk.choices and chunk.choices[0].delta.content:
                    first = time.perf_counter() - start
            return first

        say(f"remote first token: {rounds} rounds, a new question each time")
        got = interleaved({"hearth": via_hearth, "direct": called_directly}, rounds)
    finally:
        core.close()
        _stop(server)
    note = ("llama-cpp-python's server on loopback with the bundled model; Hearth's "
            "RemoteModel (openai client, streaming) vs the openai client alone; lower is "
            "better")
    return [row(name, median(got["hearth"]), "s", baseline=median(got["direct"]),
                ratio=paired_ratio(got["hearth"], got["direct"]), note=note)]


def run(quick: bool) -> list[dict]:
    try:
        import openai  # noqa: F401
    except ImportError:
        return [na("hearth serve", "the openai client (a dev dependency) is not installed")]
    if bundled.path_of(bundled.CHAT) is None:
        return [na("hearth serve", "the bundled model is not installed")]
    with tempfile.TemporaryDirectory() as tmp:
        return serve_rows(quick, Path(tmp) / "a") + remote_rows(quick, Path(tmp) / "b")
