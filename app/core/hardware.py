"""What this machine offers a model: RAM, GPUs and their free memory."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

import psutil


@dataclass
class GpuInfo:
    index: int
    name: str
    total_bytes: int
    free_bytes: int


def alive_elsewhere(pid: int | None) -> bool:
    """Whether `pid` is another live process (another Hearth holding a job or a reply)."""
    return bool(pid) and pid != os.getpid() and psutil.pid_exists(pid)


def physical_cores() -> int:
    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def ram() -> dict[str, int]:
    vm = psutil.virtual_memory()
    return {"total_bytes": int(vm.total), "available_bytes": int(vm.available)}


def gpus() -> list[GpuInfo]:
    """NVIDIA GPUs through NVML (the `gpu` extra); empty when none or NVML is missing."""
    try:
        import pynvml  # from nvidia-ml-py
    except ImportError:
        return []
    try:
        pynvml.nvmlInit()
    except pynvml.NVMLError:
        return []
    found = []
    try:
        for i in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(i)
            mem = pynvml.nvmlDeviceGetMemoryInfo(handle)
            name = pynvml.nvmlDeviceGetName(handle)
            found.append(GpuInfo(i, name.decode() if isinstance(name, bytes) else name,
                                 int(mem.total), int(mem.free)))
    except pynvml.NVMLError:
        pass
    finally:
        pynvml.nvmlShutdown()
    return found


def free_vram() -> int | None:
    """Free bytes on the emptiest GPU, or None when no GPU can be seen."""
    found = gpus()
    return max(g.free_bytes for g in found) if found else None


def summary() -> dict:
    return {"cpu_physical_cores": physical_cores(), "cpu_logical": os.cpu_count(),
            "ram": ram(), "gpus": [asdict(g) for g in gpus()]}
