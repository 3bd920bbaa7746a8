"""Fit verdicts: weights + KV cache against free RAM and VRAM, for local and remote files."""

import pytest

from app.core.models import fit
from app.core.models.fit import Machine
from app.core.models.gguf_info import read_gguf
from app.core.models.hub import FilePart, HubFile

GB = 2**30


@pytest.fixture(scope="module")
def smol(chat_model_path):
    return read_gguf(chat_model_path)


def test_local_model_verdicts(smol):
    big_gpu = Machine(ram_free=16 * GB, vram_free=24 * GB, gpu_offload=True)
    f = fit.check(smol, 4096, big_gpu)
    assert f.verdict == fit.GPU and f.label == "GPU" and f.gpu_layers == smol.block_count + 1
    assert f.kv_bytes > 0 and f.need_bytes > smol.size + f.kv_bytes and not f.estimated
    small_gpu = Machine(16 * GB, 550 * 2**20, True)  # needs ~580 MB at 8k context
    f = fit.check(smol, 8192, small_gpu)
    assert f.verdict == fit.PARTIAL and 0 < f.gpu_layers <= smol.block_count
    assert f.label == f"partly GPU ({f.gpu_layers} layers)"
    cpu = Machine(16 * GB, None, False)
    f = fit.check(smol, 4096, cpu)
    assert (f.verdict, f.gpu_layers, f.label) == (fit.CPU, 0, "CPU only")
    tiny_ram = Machine(200 * 2**20, None, False)
    assert fit.check(smol, 4096, tiny_ram).label == "too big"
    # A CPU-only llama.cpp build never offloads, whatever VRAM there is.
    assert fit.check(smol, 4096, Machine(16 * GB, 24 * GB, False)).verdict == fit.CPU


def test_context_length_grows_the_kv_cache(smol):
    m = Machine(64 * GB, None, False)
    assert fit.check(smol, 8192, m).kv_bytes == 2 * fit.check(smol, 4096, m).kv_bytes
    # Never more context than the model was trained for.
    assert fit.check(smol, 10**6, m).n_ctx == smol.context_length


def test_remote_estimates_from_name_and_size():
    assert fit.parameters_from_name("Llama-3.2-1B-Instruct-Q4_K_M.gguf") == 1_000_000_000
    assert fit.parameters_from_name("SmolLM2-135M-Instruct.Q4_1.gguf") == 135_000_000
    assert fit.parameters_from_name("qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf") == 7e9
    assert fit.parameters_from_name("mistral.gguf") is None
    m = Machine(8 * GB, None, False)
    small = fit.check_remote("Llama-3.2-1B-Instruct-Q4_K_M.gguf", int(0.8 * GB), 4096, m)
    assert small.estimated and small.verdict == fit.CPU
    big = fit.check_remote("Llama-3.1-70B-Instruct-Q4_K_M.gguf", 40 * GB, 4096, m)
    assert big.verdict == fit.TOO_BIG and big.layers == 80
    gpu = fit.check_remote("Llama-3.1-70B-Instruct-Q4_K_M.gguf", 40 * GB, 4096,
                           Machine(24 * GB, 24 * GB, True))
    assert gpu.verdict == fit.PARTIAL and 0 < gpu.gpu_layers < 80


def test_best_fitting_picks_the_largest_that_fits():
    m = Machine(6 * GB, None, False)
    files = [HubFile(name, [FilePart(name, size, "x")], None) for name, size in [
        ("M-8B-Q2_K.gguf", 3 * GB), ("M-8B-Q4_K_M.gguf", 5 * GB),
        ("M-8B-Q8_0.gguf", 8 * GB), ("mmproj-M-f16.gguf", 1 * GB)]]
    for f in files:
        f.fit = fit.check_remote(f.name, f.size, 2048, m)
    assert [f.fit.verdict for f in files[:3]] == [fit.CPU, fit.CPU, fit.TOO_BIG]
    assert fit.best_fitting(files).name == "M-8B-Q4_K_M.gguf"
    assert fit.best_fitting(files[2:3]) is None


def test_machine_probe_reads_this_machine():
    m = Machine.probe()
    assert m.ram_free > 0
    assert m.vram_free is None or m.vram_free >= 0


def test_engine_defaults_only_where_a_gpu_is_seen(smol):
    partial = fit.check(smol, 8192, Machine(16 * GB, 550 * 2**20, True))
    assert partial.engine_defaults() == {"n_gpu_layers": partial.gpu_layers}
    assert fit.check(smol, 4096, Machine(16 * GB, None, False)).engine_defaults() == {}
    assert fit.check(smol, 4096, Machine(10 * 2**20, None, False)).engine_defaults() == {}
