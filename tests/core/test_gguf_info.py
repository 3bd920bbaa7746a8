"""GGUF validation: the bundled model reads; corrupt files are clear errors."""

import shutil

import pytest

from app.core.errors import InvalidModelFile
from app.core.models.gguf_info import quantization_from_name, read_gguf


def test_bundled_model_metadata(chat_model_path):
    info = read_gguf(chat_model_path)
    assert info.architecture == "llama"
    assert info.quantization == "Q4_1"
    assert 100e6 < info.parameters < 200e6
    assert info.context_length == 8192
    assert info.chat_template and "im_start" in info.chat_template
    assert info.eos_token == "<|im_end|>"


def _truncated(src, dst, n):
    with src.open("rb") as fh:
        dst.write_bytes(fh.read(n))
    return dst


@pytest.mark.parametrize("case", ["bad_magic", "truncated_header", "truncated_tensors",
                                  "empty", "wrong_extension", "folder", "missing"])
def test_corrupt_files_are_clear_errors(case, chat_model_path, tmp_path):
    path = tmp_path / "model.gguf"
    if case == "bad_magic":
        path.write_bytes(b"GGML" + b"\x00" * 4096)
        reason = "bad magic"
    elif case == "truncated_header":
        _truncated(chat_model_path, path, 2000)
        reason = "damaged or truncated"
    elif case == "truncated_tensors":
        _truncated(chat_model_path, path, chat_model_path.stat().st_size // 2)
        reason = "truncated"
    elif case == "empty":
        path.write_bytes(b"")
        reason = "empty"
    elif case == "wrong_extension":
        path = tmp_path / "model.bin"
        shutil.copy(chat_model_path, path)
        reason = "not a GGUF model"
    elif case == "folder":
        path = tmp_path / "dir.gguf"
        path.mkdir()
        reason = "folder"
    else:
        path = tmp_path / "nothing.gguf"
        reason = "not found"
    with pytest.raises(InvalidModelFile, match=reason) as err:
        read_gguf(path)
    assert err.value.hint  # says what to do


def test_engine_refuses_corrupt_file_without_crashing(chat_model_path, tmp_path):
    from app.core.llm.engine import Engine

    path = _truncated(chat_model_path, tmp_path / "cut.gguf", 5_000_000)
    with pytest.raises(InvalidModelFile):
        Engine(path)


@pytest.mark.parametrize("name,quant", [
    ("SmolLM2-135M-Instruct.Q4_1.gguf", "Q4_1"),
    ("Llama-3.2-1B-Instruct-Q4_K_M.gguf", "Q4_K_M"),
    ("qwen2.5-7b-instruct-q5_k_m-00001-of-00002.gguf", "Q5_K_M"),
    ("model-IQ3_XXS.gguf", "IQ3_XXS"),
    ("phi-3-f16.gguf", "F16"),
    ("plain.gguf", None),
])
def test_quantization_from_name(name, quant):
    assert quantization_from_name(name) == quant


def test_reads_when_gguf_modules_are_not_files(chat_model_path, tmp_path, monkeypatch):
    """A PyInstaller app keeps gguf's modules in its archive: the package's folder has
    no constants.py to load on its own, and the bundled model must still read (the
    installed app said 'No model is installed' when it did not)."""
    import importlib.machinery
    import importlib.util
    import sys

    from app.core.models import gguf_info

    (tmp_path / "gguf").mkdir()  # the package's folder, as a frozen app reports it
    spec = importlib.machinery.ModuleSpec("gguf", None, is_package=True)
    spec.submodule_search_locations = [str(tmp_path / "gguf")]
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: spec if name == "gguf" else real_find_spec(name, *a))
    monkeypatch.delitem(sys.modules, "gguf", raising=False)
    monkeypatch.setattr(gguf_info, "_CACHE", {})  # parse the file, not a cached result
    gguf_info.gguf_constants.cache_clear()
    try:
        info = read_gguf(chat_model_path)
    finally:
        gguf_info.gguf_constants.cache_clear()
    assert info.quantization == "Q4_1"
    assert info.architecture == "llama"
