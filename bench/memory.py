"""Peak memory (RSS) of Hearth with the bundled model loaded and one reply generated,
against a bare llama.cpp process loading the same model with the same context
(the baseline: what the model itself costs). Each side runs in a fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from app.core.models import bundled
from bench.common import na, row

ROOT = Path(__file__).resolve().parents[1]
N_CTX = 4096

HEARTH = """
import json, resource
from app.core.session import Core
core = Core()
conv = core.chat.start("hi", system_prompt="")
core.chat.send(conv.id, "Say hello.", overrides={"max_tokens": 16, "seed": 1})
print(json.dumps({"maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "n_ctx": core.runtime.loaded.n_ctx}))
"""
BARE = """
import json, resource, sys
sys.path.insert(0, {root!r})
from bench._llama_loop import BareLoop
from app.core.llm.base import SamplingParams
from app.core import hardware
loop = BareLoop({path!r}, {n_ctx}, hardware.physical_cores(), 512, 0, 0)  # CPU: flash off
import llama_cpp
toks = (llama_cpp.llama_token * 8)()
n = llama_cpp.llama_tokenize(loop.vocab, b"Say hello.", 10, toks, 8, True, True)
loop.prefill(list(toks[:n]))
loop.generate(SamplingParams(max_tokens=16, seed=1))
print(json.dumps({{"maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""


def _peak(code: str, home: str) -> dict:
    env = dict(os.environ, HEARTH_HOME=home, HF_HUB_OFFLINE="1")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    if out.returncode != 0:
        raise RuntimeError((out.stderr.strip().splitlines() or ["no output"])[-1])
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[dict]:
    name = "peak RSS, bundled model loaded"
    path = bundled.path_of(bundled.CHAT)
    if path is None:
        return [na(name, "the bundled model is not installed", "MiB")]
    with tempfile.TemporaryDirectory() as home:
        hearth = _peak(HEARTH, home)
        bare = _peak(BARE.format(root=str(ROOT), path=str(path), n_ctx=hearth["n_ctx"]), home)
    mib = 1024  # ru_maxrss is in KiB on Linux
    return [row(name, hearth["maxrss_kib"] / mib, "MiB", baseline=bare["maxrss_kib"] / mib,
                note=f"Core + engine (ctx {hearth['n_ctx']}) + one 16-token reply; baseline: "
                     "bare llama.cpp low-level load of the same model and context, same reply; "
                     "no target in DESIGN.md")]
