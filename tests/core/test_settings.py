"""Settings: one typed source of defaults, and change notifications."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from app.core.config import DEFAULTS, Defaults, Settings
from app.core.llm.base import PER_REQUEST, SamplingParams
from app.core.store.db import open_db

APP = Path(__file__).resolve().parents[2] / "app"


KEY = r"[\"']([a-z_0-9]+)[\"']"


def settings_keys(text: str) -> set[str]:
    """The setting keys a module names: settings.get/set("key"), settings["key"], the
    keys of a settings.update({...}) and of the settings dialog's KEYS."""
    keys = set(re.findall(r"settings\.(?:get|set)\(\s*" + KEY, text))
    keys |= set(re.findall(r"settings\[\s*" + KEY + r"\s*\]", text))
    for block in re.findall(r"settings\.update\(\s*\{([^}]*)\}", text):
        keys |= set(re.findall(KEY + r"\s*:", block))
    for block in re.findall(r"^KEYS = \(([^)]*)\)", text, re.M):
        keys |= set(re.findall(KEY, block))
    return keys


def test_every_setting_the_app_reads_has_a_typed_default():
    read = set()
    for path in APP.rglob("*.py"):
        read |= settings_keys(path.read_text(encoding="utf-8"))
    assert len(read) > 25 and read <= set(DEFAULTS), read - set(DEFAULTS)
    assert settings_keys('s.settings["ui_zoom"]; settings.update({"x_y": 1, "n2": 2})\n'
                         'KEYS = ("a",\n        "b")') == {"ui_zoom", "x_y", "n2", "a", "b"}
    assert {"index_batch", "ui_geometry", "ui_splitter", "ui_last_conversation",
            "remotes"} <= set(DEFAULTS)
    assert list(DEFAULTS) == [f.name for f in fields(Defaults)]


def test_sampling_defaults_are_the_settings_defaults():
    p = SamplingParams()
    for f in fields(SamplingParams):
        if f.name not in PER_REQUEST:
            assert getattr(p, f.name) == DEFAULTS[f.name], f.name
    assert SamplingParams.from_settings(DEFAULTS) == p


def test_listeners_hear_changed_keys_only_until_they_unsubscribe(tmp_path):
    settings = Settings(open_db(tmp_path / "h.db"))
    heard: list[dict] = []
    unsubscribe = settings.subscribe(heard.append)
    settings.update({"temperature": 0.7, "top_k": DEFAULTS["top_k"]})  # top_k: unchanged
    settings.set("ui_splitter", list(DEFAULTS["ui_splitter"]))  # equal as stored
    assert heard == [{"temperature": 0.7}]
    unsubscribe()
    settings.set("temperature", 0.1)
    assert heard == [{"temperature": 0.7}] and settings.get("temperature") == 0.1


def test_the_runtime_frees_the_model_when_its_load_settings_change(hearth_home,
                                                                   chat_model_path):
    from app.core.session import Core

    core = Core()
    try:
        core.settings.set("n_ctx", 1024)
        with core.runtime.use() as engine:
            assert engine.n_ctx == 1024
        core.settings.set("temperature", 0.5)  # sampling: the model stays
        assert core.runtime.loaded is engine
        core.settings.set("n_ctx", 512)
        assert core.runtime.loaded is None  # freed now, not at the next reply
        with core.runtime.use() as engine:
            assert engine.n_ctx == 512
    finally:
        core.close()
