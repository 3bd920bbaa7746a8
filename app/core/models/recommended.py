"""A short curated list of chat models, small to large, shown before any search.

Sizes are approximate (the hub's listing gives the exact size and sha256 when
the user opens the repo); the list itself needs no network.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.core.models import fit as fitcheck


@dataclass(frozen=True)
class Recommended:
    repo: str
    filename: str
    approx_size: int  # bytes
    parameters: str
    license: str
    note: str

    def to_dict(self, fit: fitcheck.Fit | None = None) -> dict[str, Any]:
        data = asdict(self)
        data["fit"] = fit.to_dict() if fit else None
        return data


_GB = 2**30
RECOMMENDED: tuple[Recommended, ...] = (
    Recommended("Qwen/Qwen2.5-0.5B-Instruct-GGUF", "qwen2.5-0.5b-instruct-q4_k_m.gguf",
                int(0.46 * _GB), "0.5B", "Apache-2.0", "tiny and quick; fine for short tasks"),
    Recommended("bartowski/Llama-3.2-1B-Instruct-GGUF", "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
                int(0.75 * _GB), "1B", "Llama 3.2", "small, multilingual, long context"),
    Recommended("HuggingFaceTB/SmolLM2-1.7B-Instruct-GGUF",
                "smollm2-1.7b-instruct-q4_k_m.gguf", int(1.0 * _GB), "1.7B", "Apache-2.0",
                "the big sibling of the bundled model"),
    Recommended("bartowski/Llama-3.2-3B-Instruct-GGUF", "Llama-3.2-3B-Instruct-Q4_K_M.gguf",
                int(1.9 * _GB), "3B", "Llama 3.2", "good all-rounder for laptops"),
    Recommended("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
                "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", int(4.6 * _GB), "8B", "Llama 3.1",
                "strong general model; wants 8 GB of free memory"),
    Recommended("bartowski/Qwen2.5-14B-Instruct-GGUF", "Qwen2.5-14B-Instruct-Q4_K_M.gguf",
                int(8.4 * _GB), "14B", "Apache-2.0", "best answers here; wants a GPU or 16 GB"),
)


def with_fit(n_ctx: int, machine: fitcheck.Machine | None = None) -> list[dict[str, Any]]:
    """The recommended models, each with the fit verdict for this machine."""
    machine = machine or fitcheck.Machine.probe()
    return [r.to_dict(fitcheck.check_remote(r.filename, r.approx_size, n_ctx, machine))
            for r in RECOMMENDED]
