"""Which machine the figures come from: CPU, cores, RAM, GPUs (named in every result)."""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

from app.core import hardware


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def describe() -> dict:
    hw = hardware.summary()
    cpu = cpu_model()
    gpus = [g["name"] for g in hw["gpus"]]
    cores = hw["cpu_physical_cores"]
    ram_gib = hw["ram"]["total_bytes"] / 2**30
    name = slug(gpus[0]) if gpus else f"cpu{cores}c-{slug(cpu.split('@')[0])}"
    summary = f"{cpu}, {cores} cores ({hw['cpu_logical']} threads), {ram_gib:.0f} GiB RAM"
    summary += f", GPU: {', '.join(gpus)}" if gpus else ", no GPU"
    return {"slug": name, "summary": summary, "cpu": cpu, "physical_cores": cores,
            "logical_cpus": hw["cpu_logical"], "ram_bytes": hw["ram"]["total_bytes"],
            "gpus": hw["gpus"], "python": sys.version.split()[0],
            "platform": platform.platform()}
