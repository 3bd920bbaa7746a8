"""The recommended list: current models with licences and a quantization picked per
machine; entries the hub does not know are hidden (tests/hubserver.py stands in)."""

from app.core.models import fit as fitcheck
from app.core.models.hub import Hub
from app.core.models.recommended import RECOMMENDED, HubCheck, with_fit

GB = 2**30


def machine(ram_gb: float, vram_gb: float | None) -> fitcheck.Machine:
    return fitcheck.Machine(int(ram_gb * GB), None if vram_gb is None else int(vram_gb * GB),
                            gpu_offload=vram_gb is not None)


def test_list_is_current_and_complete():
    repos = [r.repo for r in RECOMMENDED]
    assert not any("Qwen2.5" in r or "Llama-3" in r for r in repos)  # no 2024 models
    assert len(set(repos)) == len(repos) >= 8
    for r in RECOMMENDED:
        assert r.license and r.parameters and r.quants
        sizes = [q.approx_size for q in r.quants]
        assert sizes == sorted(sizes)
    assert any(r.reasoning for r in RECOMMENDED)


def test_quantization_picked_per_machine():
    qwen8 = next(r for r in RECOMMENDED if r.repo == "Qwen/Qwen3-8B-GGUF")
    big_gpu = with_fit(4096, machine(64, 80), [qwen8])[0]
    laptop = with_fit(4096, machine(12, None), [qwen8])[0]
    small = with_fit(4096, machine(2, None), [qwen8])[0]
    assert big_gpu["quant"] == "Q8_0" and big_gpu["fit"]["verdict"] == "gpu"
    assert laptop["quant"] == "Q4_K_M" and laptop["fit"]["verdict"] == "cpu"
    assert small["fit"]["verdict"] == "too_big"


def test_entries_the_hub_does_not_know_are_hidden(hub_server, tmp_path, hearth_home):
    from tests.hubserver import make_gguf

    tiny = make_gguf(tmp_path / "tiny.gguf")
    present, renamed, *_missing = RECOMMENDED
    hub_server.add_repo(present.repo, {present.quants[0].filename: tiny})
    hub_server.add_repo(renamed.repo, {"some-other-name.gguf": tiny})  # file renamed
    check = HubCheck(tmp_path / "check.json", Hub())
    shown, states = check.known()
    assert [r.repo for r in shown] == [present.repo]
    assert states[present.repo] == "ok" and states[renamed.repo] == "gone"
    asked = len(hub_server.log)
    assert check.known()[0] == shown and len(hub_server.log) == asked  # remembered
    hub_server.switches.api_down = True
    assert [r.repo for r in check.known(refresh=True)[0]] == [r.repo for r in RECOMMENDED]


def test_cli_hides_unknown_entries(hub_server, tmp_path, hearth_home):
    import json

    from tests.conftest import run_cli
    from tests.hubserver import make_gguf

    tiny = make_gguf(tmp_path / "tiny.gguf")
    first = RECOMMENDED[0]
    hub_server.add_repo(first.repo, {first.quants[0].filename: tiny})
    out = run_cli("models", "recommended", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert [i["repo"] for i in items] == [first.repo] and items[0]["hub"] == "ok"
    offline = json.loads(run_cli("models", "recommended", "--offline", "--json",
                                 home=hearth_home).stdout)
    assert len(offline) == len(RECOMMENDED)
