"""`hearth doctor` says which accelerators are active (README: GPU)."""

import importlib.util
import json

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def test_doctor_reports_faiss_and_torch_devices(hearth_home):
    """On this machine (real libraries): the installed torch, and a device count."""
    from importlib.metadata import version

    out = run_cli("doctor", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    acc = info["accelerators"]
    assert acc["torch"].split("+")[0] == version("torch").split("+")[0]
    assert isinstance(acc["faiss_gpus"], int) and acc["faiss_gpus"] >= 0
    assert isinstance(acc["torch_cuda"], bool)
    assert info["error_log"] == str(hearth_home / "logs" / "errors.log")


def test_doctor_says_when_faiss_and_torch_have_a_gpu(monkeypatch, capsys, hearth_home):
    """The GPU branch, which no CPU machine reaches: FAISS with two GPUs and CUDA torch
    (stand-ins for the libraries, as on a GPU machine)."""
    import sys
    import types
    from importlib.machinery import ModuleSpec

    from app.cli import doctor

    faiss, torch = types.ModuleType("faiss"), types.ModuleType("torch")
    faiss.__spec__, torch.__spec__ = ModuleSpec("faiss", None), ModuleSpec("torch", None)
    faiss.get_num_gpus = lambda: 2
    torch.__version__ = "2.13.0+cu128"
    torch.cuda = types.SimpleNamespace(is_available=lambda: True)
    monkeypatch.setitem(sys.modules, "faiss", faiss)
    monkeypatch.setitem(sys.modules, "torch", torch)
    assert doctor.accelerators() == {"faiss_gpus": 2, "torch": "2.13.0+cu128",
                                     "torch_cuda": True}
    assert doctor.run(types.SimpleNamespace(json=False)) == 0
    text = capsys.readouterr().out
    assert "FAISS         GPU: 2 device(s)" in text and "CUDA: yes" in text
    assert f"Error log     {hearth_home / 'logs' / 'errors.log'}" in text


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch not installed")
def test_doctor_text_names_faiss_and_torch_lines(hearth_home):
    out = run_cli("doctor", home=hearth_home)
    assert out.returncode == 0, out.stderr
    lines = {line.split()[0]: line for line in out.stdout.splitlines() if line.strip()}
    assert "FAISS" in lines and ("GPU:" in lines["FAISS"] or "CPU" in lines["FAISS"])
    assert "torch" in lines and "CUDA: " in lines["torch"]
