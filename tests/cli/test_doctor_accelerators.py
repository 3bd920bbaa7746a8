"""`hearth doctor` says which accelerators are active (README: GPU)."""

import importlib.util
import json

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def test_doctor_reports_faiss_and_torch_devices(hearth_home):
    out = run_cli("doctor", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    acc = json.loads(out.stdout)["accelerators"]
    import faiss
    import torch

    expected_gpus = faiss.get_num_gpus() if hasattr(faiss, "get_num_gpus") else 0
    assert acc["faiss_gpus"] == expected_gpus
    assert acc["torch"] == torch.__version__
    assert acc["torch_cuda"] is torch.cuda.is_available()


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed")
def test_doctor_text_names_faiss_and_torch_lines(hearth_home):
    out = run_cli("doctor", home=hearth_home)
    assert out.returncode == 0, out.stderr
    lines = {line.split()[0]: line for line in out.stdout.splitlines() if line.strip()}
    assert "FAISS" in lines and ("GPU:" in lines["FAISS"] or "CPU" in lines["FAISS"])
    assert "torch" in lines and "CUDA: " in lines["torch"]
