"""`hearth doctor`: what this machine and this install can do."""

from __future__ import annotations

import argparse
import platform
import sys
from pathlib import Path

from app import __version__
from app.cli.output import human_bytes, print_json
from app.core import config, errorlog, hardware
from app.core.session import Core


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("doctor", help="check the install: llama.cpp build, GPU, RAM, models")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def accelerators() -> dict:
    """Whether FAISS and torch (document search and embeddings) can use a GPU.

    Each library is imported only when installed: torch takes seconds to load, so
    only `doctor` pays for asking."""
    import importlib.util

    out: dict = {"faiss_gpus": None, "torch_cuda": None, "torch": None}
    if importlib.util.find_spec("faiss"):
        import faiss

        out["faiss_gpus"] = faiss.get_num_gpus() if hasattr(faiss, "get_num_gpus") else 0
    if importlib.util.find_spec("torch"):
        import torch

        out["torch"] = torch.__version__
        out["torch_cuda"] = bool(torch.cuda.is_available())
    return out


def install_kind() -> str:
    """Which Hearth this is: the installed (frozen) app or a Python environment."""
    if getattr(sys, "frozen", False):
        return f"installed app in {Path(sys.executable).resolve().parent}"
    return f"Python environment {sys.prefix}, code in {config.REPO_ROOT}"


def collect() -> dict:
    from app.core.llm.engine import build_info

    core = Core()
    models = [e.to_dict() for e in core.catalog.entries()]
    try:
        default = core.catalog.default_id(core.settings)
    except Exception:  # noqa: BLE001 - doctor reports, it does not fail
        default = None
    return {
        "hearth": __version__,
        "install": install_kind(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "llama_cpp": build_info(),
        "hardware": hardware.summary(),
        "accelerators": accelerators(),
        "data_home": str(config.data_home()),
        "database": str(config.db_path()),
        "bundled_models_dir": str(config.bundled_models_dir()),
        "error_log": str(errorlog.path()),  # the window's unexpected errors
        "default_model": default,
        "models": models,
    }


def run(args: argparse.Namespace) -> int:
    info = collect()
    if args.json:
        print_json(info)
        return 0
    llama = info["llama_cpp"]
    hw = info["hardware"]
    print(f"Hearth        {info['hearth']}, {info['install']}")
    print(f"Python        {info['python']} on {info['platform']}")
    print(f"llama.cpp     llama-cpp-python {llama['llama_cpp_python']}, "
          f"GPU offload: {'yes' if llama['gpu_offload'] else 'no (CPU build)'}")
    print(f"CPU           {hw['cpu_physical_cores']} cores ({hw['cpu_logical']} threads)")
    print(f"RAM           {human_bytes(hw['ram']['available_bytes'])} free of "
          f"{human_bytes(hw['ram']['total_bytes'])}")
    if hw["gpus"]:
        for g in hw["gpus"]:
            print(f"GPU {g['index']}         {g['name']}: {human_bytes(g['free_bytes'])} free of "
                  f"{human_bytes(g['total_bytes'])}")
    else:
        print("GPU           none found (install the `gpu` extra for NVIDIA detection)")
    acc = info["accelerators"]
    faiss_gpus = acc["faiss_gpus"]
    print("FAISS         " + ("not installed" if faiss_gpus is None else
                             f"GPU: {faiss_gpus} device(s)" if faiss_gpus else
                             "CPU (faiss-gpu-cu12 for the GPU, see README: GPU)"))
    print("torch         " + ("not installed" if acc["torch"] is None else
                             f"{acc['torch']}, CUDA: " + ("yes" if acc["torch_cuda"] else "no")))
    print(f"Data home     {info['data_home']}")
    print(f"Error log     {info['error_log']}")
    print(f"Default model {info['default_model'] or 'none installed'}")
    for m in info["models"]:
        state = m["error"] or f"{m.get('quantization', '?')}, {human_bytes(m['size'])}"
        print(f"  - {m['id']} ({m['source']}): {state}")
    return 0
