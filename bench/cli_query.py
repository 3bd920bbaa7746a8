"""One question from the command line: `hearth search` (and `hearth ask`) in a fresh
process over a 2-file collection, as a user types it. The question is embedded with
the ONNX query runtime (app/core/docs/query_encoder.py) when the model has its
export (the set-up makes it; made here first, untimed, if missing). The baseline is
the same search with the export hidden: the sentence-transformers path it replaced.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import median, na, row, say

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "how long does the dough rise"


def _hearth(env: dict[str, str], *args: str) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    return time.perf_counter() - start, out


def run(quick: bool) -> list[dict]:
    from app.core.docs import query_encoder
    from app.core.docs.embedder import EmbeddingModelMissing, resolve_model

    name = "hearth search: one question, fresh process"
    try:
        _, model = resolve_model()
    except EmbeddingModelMissing as exc:
        return [na(name, f"n/a: {exc}", "s", "<= 2 s")]
    say("query runtime export (set-up step; untimed)")
    query_encoder.main([str(model)])
    found = query_encoder.find_export(model)
    if found is None:
        return [na(name, "n/a: the embedding model could not be exported", "s", "<= 2 s")]
    runs = 3 if quick else 7
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HEARTH_HOME=home, HF_HUB_OFFLINE="1")
        docs = Path(home) / "docs"
        docs.mkdir()
        (docs / "bread.md").write_text("# Bread\n\nKnead the dough for ten minutes, let it "
                                       "rise for an hour, then bake at 220 degrees.\n")
        (docs / "sea.md").write_text("# Lighthouse\n\nThe keeper trims the lamp wick every "
                                     "evening and logs the ships that pass.\n")
        _, add = _hearth(env, "docs", "add", "two", str(docs))
        if add.returncode:
            return [na(name, f"n/a: docs add failed: {add.stderr.strip()[-200:]}", "s",
                       "<= 2 s")]
        say("hearth search")
        fast = []
        for _ in range(runs):
            seconds, out = _hearth(env, "search", "two", QUESTION)
            if out.returncode or "bread.md" not in out.stdout.split("[2]")[0]:
                return [na(name, f"n/a: wrong answer: {out.stdout[-200:]}{out.stderr[-200:]}",
                           "s", "<= 2 s")]
            fast.append(seconds)
        say("hearth search without the export (the sentence-transformers path)")
        meta = found[0] / query_encoder.META_FILE
        hidden = meta.with_name(meta.name + ".bench-hidden")
        slow = []
        try:
            os.replace(meta, hidden)
            for _ in range(1 if quick else 3):
                slow.append(_hearth(env, "search", "two", QUESTION)[0])
        finally:
            os.replace(hidden, meta)
        rows.append(row(name, median(fast), "s", baseline=median(slow), target="<= 2 s",
                        note=f"`hearth search two '{QUESTION}'` from process start to exit, "
                             f"median of {len(fast)}; baseline: the same with the ONNX export "
                             f"hidden (torch + sentence-transformers), median of {len(slow)}"))
        say("hearth ask")
        asks = [_hearth(env, "ask", "two", QUESTION, "--max-tokens", "32", "--seed", "1")[0]
                for _ in range(2 if quick else 5)]
        rows.append(row("hearth ask: one question, fresh process (32 tokens)", median(asks), "s",
                        note="the same question answered by the default chat model "
                             "(load, prompt, 32 tokens at most); median of "
                             f"{len(asks)}"))
    return rows
