"""A short curated list of current chat models, small to large, shown before any search.

Each entry names the quantizations its repo offers with their usual sizes; `with_fit`
picks one per machine (the largest that runs wholly on the GPU, else Q4_K_M, the usual
balance of speed and quality on a CPU, else the smallest that fits). Sizes are
approximate: the hub's listing gives the exact size and sha256 when the user opens the
repo. The list needs no network; `HubCheck` hides, at run time, entries whose repo or
file the hub does not know (renamed or removed), so the list never leads to a dead link.

Reviewed 2026: Qwen3 (Apache-2.0, thinks with <think> and can be switched off), Gemma 3
(Gemma licence), Phi-4-mini (MIT), SmolLM3 (Apache-2.0), Mistral Small 3.2 (Apache-2.0),
gpt-oss (Apache-2.0). Keep it to about eight, every size class covered.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.models import fit as fitcheck

_GB = 2**30


@dataclass(frozen=True)
class Quant:
    name: str  # Q4_K_M, Q8_0, ...
    filename: str
    approx_size: int  # bytes


@dataclass(frozen=True)
class Recommended:
    repo: str
    parameters: str
    license: str
    note: str
    quants: tuple[Quant, ...]  # smallest first
    reasoning: bool = False  # writes <think>…</think> before answering

    @property
    def filename(self) -> str:  # the default pick, for code that wants one file
        return self.pick(None).filename

    @property
    def approx_size(self) -> int:
        return self.pick(None).approx_size

    def pick(self, fits: dict[str, fitcheck.Fit] | None) -> Quant:
        """The quantization for this machine, from each one's fit verdict."""
        if not fits:
            return next((q for q in self.quants if q.name == "Q4_K_M"), self.quants[0])
        on_gpu = [q for q in self.quants if fits[q.name].verdict == fitcheck.GPU]
        if on_gpu:
            return on_gpu[-1]
        q4 = next((q for q in self.quants if q.name == "Q4_K_M" and fits[q.name].fits), None)
        return q4 or next((q for q in self.quants if fits[q.name].fits), self.quants[0])

    def to_dict(self, fits: dict[str, fitcheck.Fit] | None = None) -> dict[str, Any]:
        chosen = self.pick(fits)
        fit = fits[chosen.name] if fits else None
        return {"repo": self.repo, "filename": chosen.filename, "quant": chosen.name,
                "approx_size": chosen.approx_size, "parameters": self.parameters,
                "license": self.license, "note": self.note, "reasoning": self.reasoning,
                "quants": [{"name": q.name, "filename": q.filename,
                            "approx_size": q.approx_size} for q in self.quants],
                "fit": fit.to_dict() if fit else None}


def _quants(pattern: str, sizes: dict[str, float]) -> tuple[Quant, ...]:
    return tuple(Quant(name, pattern.format(q=name), int(gb * _GB))
                 for name, gb in sorted(sizes.items(), key=lambda kv: kv[1]))


RECOMMENDED: tuple[Recommended, ...] = (
    Recommended("Qwen/Qwen3-0.6B-GGUF", "0.6B", "Apache-2.0",
                "tiny and quick; thinks before answering (can be switched off)",
                _quants("Qwen3-0.6B-{q}.gguf", {"Q8_0": 0.64}), reasoning=True),
    Recommended("ggml-org/gemma-3-1b-it-GGUF", "1B", "Gemma",
                "small, multilingual, runs on any laptop",
                _quants("gemma-3-1b-it-{q}.gguf", {"Q4_K_M": 0.81, "Q8_0": 1.07})),
    Recommended("Qwen/Qwen3-1.7B-GGUF", "1.7B", "Apache-2.0",
                "small reasoning model; good at Chinese and English",
                _quants("Qwen3-1.7B-{q}.gguf", {"Q8_0": 1.83}), reasoning=True),
    Recommended("ggml-org/SmolLM3-3B-GGUF", "3B", "Apache-2.0",
                "the bundled model's current big sibling; long context",
                _quants("SmolLM3-{q}.gguf", {"Q4_K_M": 1.92, "Q8_0": 3.28}), reasoning=True),
    Recommended("bartowski/microsoft_Phi-4-mini-instruct-GGUF", "3.8B", "MIT",
                "strong at reasoning and code for its size",
                _quants("microsoft_Phi-4-mini-instruct-{q}.gguf",
                        {"Q4_K_M": 2.49, "Q6_K": 3.16, "Q8_0": 4.08})),
    Recommended("Qwen/Qwen3-4B-GGUF", "4B", "Apache-2.0",
                "good all-rounder for laptops; thinks first",
                _quants("Qwen3-4B-{q}.gguf", {"Q4_K_M": 2.5, "Q5_K_M": 2.89, "Q6_K": 3.31,
                                               "Q8_0": 4.28}), reasoning=True),
    Recommended("ggml-org/gemma-3-4b-it-GGUF", "4B", "Gemma",
                "clear writer in many languages",
                _quants("gemma-3-4b-it-{q}.gguf", {"Q4_K_M": 2.49, "Q8_0": 4.13})),
    Recommended("Qwen/Qwen3-8B-GGUF", "8B", "Apache-2.0",
                "strong general model; wants 8 GB of free memory",
                _quants("Qwen3-8B-{q}.gguf", {"Q4_K_M": 5.03, "Q5_K_M": 5.85, "Q6_K": 6.73,
                                               "Q8_0": 8.71}), reasoning=True),
    Recommended("Qwen/Qwen3-14B-GGUF", "14B", "Apache-2.0",
                "better answers; wants a GPU or 16 GB",
                _quants("Qwen3-14B-{q}.gguf", {"Q4_K_M": 9.0, "Q5_K_M": 10.5, "Q6_K": 12.1,
                                                "Q8_0": 15.7}), reasoning=True),
    Recommended("ggml-org/gpt-oss-20b-GGUF", "21B (3.6B active)", "Apache-2.0",
                "OpenAI's open model; fast for its size on 16 GB",
                _quants("gpt-oss-20b-{q}.gguf", {"mxfp4": 12.1})),
    Recommended("bartowski/mistralai_Mistral-Small-3.2-24B-Instruct-2506-GGUF", "24B",
                "Apache-2.0", "best answers here; wants a 16 GB GPU",
                _quants("mistralai_Mistral-Small-3.2-24B-Instruct-2506-{q}.gguf",
                        {"Q4_K_M": 13.3, "Q6_K": 18.0})),
)


def with_fit(n_ctx: int, machine: fitcheck.Machine | None = None,
             entries: tuple[Recommended, ...] | list[Recommended] = RECOMMENDED,
             ) -> list[dict[str, Any]]:
    """The recommended models, each with the quantization picked for this machine and
    its fit verdict."""
    machine = machine or fitcheck.Machine.probe()
    return [r.to_dict({q.name: fitcheck.check_remote(q.filename, q.approx_size, n_ctx, machine)
                       for q in r.quants}) for r in entries]


class HubCheck:
    """Which recommended entries the hub still knows: one model-info request per repo,
    remembered for a day in a small JSON file (a failed network leaves entries shown,
    marked unchecked; only a definite 'no such repo or file' hides one)."""

    TTL_S = 24 * 3600

    def __init__(self, path: Path, hub: Any) -> None:
        self.path = path
        self.hub = hub

    def _load(self) -> dict[str, Any]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def known(self, entries: tuple[Recommended, ...] = RECOMMENDED,
              refresh: bool = False) -> tuple[list[Recommended], dict[str, str]]:
        """The entries to show, and for each repo "ok", "gone" or "unchecked"."""
        from app.core.errors import HubError

        cache = {} if refresh else self._load()
        now = time.time()
        states: dict[str, str] = {}
        for r in entries:
            seen = cache.get(r.repo)
            if seen and now - seen["at"] < self.TTL_S:
                states[r.repo] = seen["state"]
                continue
            try:
                files = {f.name for f in self.hub.files(r.repo).files}
                state = "ok" if any(q.filename in files for q in r.quants) else "gone"
            except HubError as exc:
                state = "gone" if _missing(exc) else "unchecked"
            states[r.repo] = state
            if state != "unchecked":
                cache[r.repo] = {"state": state, "at": now}
        try:
            self.path.write_text(json.dumps(cache), encoding="utf-8")
        except OSError:
            pass  # a read-only home only costs a check next time
        return [r for r in entries if states[r.repo] != "gone"], states


def _missing(exc: Exception) -> bool:
    text = str(exc)
    return text.startswith(("No repo ", "No file "))
