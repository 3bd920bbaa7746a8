"""Will this model fit this machine? Weights + KV cache against free RAM and free VRAM.

For a local file the GGUF header gives layers and attention shape; for a file
still on the hub they are estimated from its size and name. The GPU layer
count comes from the engine's own planner, so the verdict shown before a
download is the one the engine acts on after it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from app.core import hardware
from app.core.messages import Msg
from app.core.models.gguf_info import GGUFInfo, quantization_from_name

OVERHEAD = 300 * 2**20  # compute buffers and runtime, beyond weights and KV cache
GPU, PARTIAL, CPU, TOO_BIG = "gpu", "partial", "cpu", "too_big"

# Bits per weight of common quantizations (llama.cpp's own figures, rounded).
_BITS = {"Q2_K": 2.6, "Q3_K_S": 3.5, "Q3_K_M": 3.9, "Q3_K_L": 4.3, "Q4_0": 4.5, "Q4_1": 5.0,
         "Q4_K_S": 4.6, "Q4_K_M": 4.85, "Q5_0": 5.5, "Q5_1": 6.0, "Q5_K_S": 5.5,
         "Q5_K_M": 5.7, "Q6_K": 6.6, "Q8_0": 8.5, "F16": 16.0, "BF16": 16.0, "F32": 32.0,
         "IQ1_S": 1.6, "IQ2_XXS": 2.1, "IQ2_XS": 2.3, "IQ2_M": 2.7, "IQ3_XXS": 3.1,
         "IQ3_M": 3.7, "IQ4_XS": 4.3, "IQ4_NL": 4.5}
# (up to N parameters, typical layers, typical K/V width) of today's GQA models.
_SHAPES = [(0.5e9, 30, 320), (2e9, 24, 512), (4.5e9, 32, 1024), (10e9, 36, 1024),
           (20e9, 48, 1280), (40e9, 64, 1024), (float("inf"), 80, 1024)]
_PARAMS_RE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*([BM])(?![A-Za-z])", re.I)


@dataclass
class Fit:
    verdict: str  # gpu | partial | cpu | too_big
    gpu_layers: int  # the engine's default n_gpu_layers for this model
    layers: int
    need_bytes: int  # weights + KV cache + overhead
    kv_bytes: int
    ram_free: int
    vram_free: int | None
    n_ctx: int
    estimated: bool  # True when read from a name and size rather than a GGUF header

    @property
    def label(self) -> str:
        if self.verdict == GPU:
            return Msg("GPU")
        if self.verdict == PARTIAL:
            return Msg("partly GPU ({layers} layers)", layers=self.gpu_layers)
        return Msg("CPU only") if self.verdict == CPU else Msg("too big")

    @property
    def fits(self) -> bool:
        return self.verdict != TOO_BIG

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "label": self.label}

    def engine_defaults(self) -> dict[str, Any]:
        """Per-model settings this verdict implies: its GPU layer count, when a GPU was
        seen. Without one (or without NVML) the engine's own "auto" is kept, since it
        offloads on a GPU build even when free VRAM cannot be read."""
        if self.vram_free is None or not self.fits:
            return {}
        return {"n_gpu_layers": self.gpu_layers}


@dataclass
class Machine:
    """What the machine offers now; probed once per listing, not per file."""

    ram_free: int
    vram_free: int | None
    gpu_offload: bool

    @classmethod
    def probe(cls) -> Machine:
        vram = hardware.free_vram()
        return cls(hardware.ram()["available_bytes"], vram,
                   gpu_offload=vram is not None and _build_offloads())


def _build_offloads() -> bool:
    """Whether the installed llama.cpp can offload (only asked when a GPU is present)."""
    try:
        from app.core.llm.engine import build_info
    except ImportError:
        return False
    return bool(build_info()["gpu_offload"])


def check(info: GGUFInfo, n_ctx: int, machine: Machine | None = None,
          weights: int | None = None, estimated: bool = False) -> Fit:
    """The verdict for a model whose shape is `info` (weights: total bytes of all parts)."""
    from app.core.llm.engine import kv_cache_bytes, plan_gpu_layers

    machine = machine or Machine.probe()
    if info.context_length:
        n_ctx = min(n_ctx, info.context_length)
    weights = weights if weights is not None else info.size
    sized = GGUFInfo(**{**asdict(info), "size": weights})
    kv = kv_cache_bytes(sized, n_ctx)
    need = weights + kv + OVERHEAD
    layers = max(1, info.block_count)
    n_gpu = plan_gpu_layers(sized, n_ctx, "auto", machine.gpu_offload, machine.vram_free)
    if machine.vram_free is None:
        n_gpu = 0  # no GPU seen: the planner's "try everything" does not apply to a verdict
    on_cpu = need if n_gpu == 0 else int((weights + kv) * max(0, layers - n_gpu) / layers)
    if n_gpu > layers:
        verdict = GPU
    elif on_cpu + OVERHEAD > machine.ram_free:
        verdict, n_gpu = TOO_BIG, 0
    else:
        verdict = PARTIAL if n_gpu > 0 else CPU
    return Fit(verdict, n_gpu, layers, need, kv, machine.ram_free, machine.vram_free, n_ctx,
               estimated)


def parameters_from_name(name: str) -> int | None:
    """'Llama-3.2-1B-Instruct-Q4_K_M.gguf' -> 1_000_000_000; None when the name says nothing."""
    found = _PARAMS_RE.findall(name.replace("_", "-"))
    if not found:
        return None
    value, unit = found[-1]
    return int(float(value) * (1e9 if unit.upper() == "B" else 1e6))


def estimate_info(name: str, size: int) -> GGUFInfo:
    """A GGUF shape guessed from a hub file's name and size (before it is downloaded)."""
    quant = quantization_from_name(name) or "Q4_K_M"
    params = parameters_from_name(name) or int(size * 8 / _BITS.get(quant, 4.85))
    layers, kv_width = next((n, w) for limit, n, w in _SHAPES if params <= limit)
    return GGUFInfo(path=name, size=size, name=name, architecture="unknown", parameters=params,
                    quantization=quant, context_length=0, block_count=layers,
                    embedding_length=kv_width, head_count=kv_width // 64,
                    head_count_kv=kv_width // 64, chat_template=None, bos_token=None,
                    eos_token=None)


def check_remote(name: str, size: int, n_ctx: int, machine: Machine | None = None) -> Fit:
    return check(estimate_info(name, size), n_ctx, machine, weights=size, estimated=True)


def best_fitting(files: list[Any]) -> Any | None:
    """The largest file (best quality quantization) whose fit is not 'too big'.

    `files` are hub.HubFile objects with `.fit` set; projectors are skipped.
    """
    fitting = [f for f in files if f.fit is not None and f.fit.fits and not f.projector
               and f.size]
    return max(fitting, key=lambda f: f.size, default=None)
