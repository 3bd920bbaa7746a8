"""Import (copy, link, folder scan), default, delete and per-model settings."""

import os

import pytest

from app.core import config
from app.core.errors import HearthError, InvalidModelFile
from app.core.models import bundled, fit
from app.core.models.token import clear_token, get_token, set_token, token_path
from tests.hubserver import make_gguf


def test_import_copy_and_link(core, tiny_gguf, tmp_path):
    copied = core.models.import_path(tiny_gguf)[0]
    assert copied.source == "imported" and copied.path.parent == config.models_dir() / "imported"
    assert copied.path.read_bytes() == tiny_gguf.read_bytes() and tiny_gguf.exists()
    src = make_gguf(tmp_path / "mine" / "Linked-Model-Q8_0.gguf", seed=3)
    linked = core.models.import_path(src, "link")[0]
    assert linked.path == src.resolve()
    # The fit verdict's GPU layers are the engine default where a GPU is seen.
    gpu_seen = fit.Machine.probe().vram_free is not None
    assert ("n_gpu_layers" in linked.settings) == gpu_seen
    removed = core.models.remove(linked.id)
    assert removed.freed_bytes == 0 and removed.kept == str(src.resolve()) and src.exists()
    removed = core.models.remove(copied.id)
    assert removed.freed_bytes == tiny_gguf.stat().st_size and not copied.path.exists()
    assert copied.id not in {e.id for e in core.catalog.entries()}


def test_import_refuses_bad_files(core, tmp_path, chat_model_path):
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(chat_model_path.read_bytes()[:2_000_000])
    with pytest.raises(InvalidModelFile, match="truncated"):
        core.models.import_path(bad)
    txt = tmp_path / "notes.txt"
    txt.write_text("hello")
    with pytest.raises(InvalidModelFile, match="not a GGUF"):
        core.models.import_path(txt)
    assert not list(config.models_dir().rglob("*.gguf"))


def test_scan_folder_imports_good_files_and_reports_bad_ones(core, tmp_path):
    folder = tmp_path / "downloads"
    make_gguf(folder / "a-Q8_0.gguf", seed=1)
    make_gguf(folder / "sub" / "b-Q8_0.gguf", seed=2)
    (folder / "junk.gguf").write_bytes(b"not a model")
    make_gguf(folder / "split-Q8_0-00001-of-00002.gguf", seed=4)
    make_gguf(folder / "split-Q8_0-00002-of-00002.gguf", seed=5)
    entries = core.models.import_path(folder, "link")
    assert sorted(e.id for e in entries) == ["a-q8_0", "b-q8_0", "split-q8_0"]
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "junk.gguf").write_bytes(b"junk")
    with pytest.raises(HearthError, match="No usable GGUF model.*bad magic"):
        core.models.import_path(empty)


def test_default_and_bundled_protection(core, tiny_gguf, chat_model_path):
    entry = core.models.import_path(tiny_gguf)[0]
    core.models.set_default(entry.id)
    assert core.catalog.default_id(core.settings) == entry.id
    assert [m["id"] for m in core.models.installed() if m["default"]] == [entry.id]
    core.models.remove(entry.id)
    assert core.settings.get("default_model") == ""  # back to the bundled model
    assert core.catalog.default_id(core.settings) == bundled.CHAT.id
    with pytest.raises(HearthError, match="bundled starter model cannot be deleted"):
        core.models.remove(bundled.CHAT.id)
    with pytest.raises(HearthError):
        core.models.set_default("no-such-model")


def test_per_model_settings_override_global_ones(core, tiny_gguf, chat_model_path):
    entry = core.models.import_path(tiny_gguf)[0]
    core.models.update_settings(entry.id, {"n_ctx": 1024, "temperature": 0.9,
                                           "system_prompt": "Be brief."})
    eff = core.runtime.effective(entry.id)
    assert (eff["n_ctx"], eff["temperature"], eff["system_prompt"]) == (1024, 0.9, "Be brief.")
    assert core.runtime.effective(bundled.CHAT.id)["temperature"] == 0.2
    core.models.update_settings(entry.id, {"temperature": None})
    assert core.runtime.effective(entry.id)["temperature"] == 0.2
    with pytest.raises(HearthError, match="not a per-model setting"):
        core.models.update_settings(entry.id, {"colour": "red"})
    with pytest.raises(HearthError, match="n_ctx must be"):
        core.models.update_settings(entry.id, {"n_ctx": 10})
    # The bundled model takes overrides too, and stays bundled (not deletable).
    core.models.update_settings(bundled.CHAT.id, {"max_tokens": 64})
    assert core.runtime.effective(bundled.CHAT.id)["max_tokens"] == 64
    assert core.catalog.get(bundled.CHAT.id).source == "bundled"


def test_token_is_owner_only_and_can_be_cleared(hearth_home):
    assert get_token() is None
    set_token("hf_secret_123\n")
    assert get_token() == "hf_secret_123"
    assert os.stat(token_path()).st_mode & 0o777 == 0o600
    with pytest.raises(HearthError):
        set_token("two words")
    assert clear_token() and get_token() is None and not clear_token()
