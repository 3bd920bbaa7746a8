"""Remote servers without a server: names, URLs, the context budget, the prompt
estimate, and a server that cannot be reached keeping its last list."""

from __future__ import annotations

import socket

import pytest

from app.core.errors import HearthError, ModelNotFound
from app.core.llm.base import SamplingParams
from app.core.llm.remote import RemoteModel, ServerInfo
from app.core.models.remotes import check_name, normalize_url


def test_urls_get_the_openai_prefix_only_when_bare():
    assert normalize_url("http://gpu-box:8000") == "http://gpu-box:8000/v1"
    assert normalize_url("http://gpu-box:8000/") == "http://gpu-box:8000/v1"
    assert normalize_url("https://x.example/openai/v1/") == "https://x.example/openai/v1"
    for bad in ("gpu-box:8000", "ftp://x", "http://"):
        with pytest.raises(HearthError, match="not a server URL"):
            normalize_url(bad)
    assert check_name("gpu-box") == "gpu-box"
    for bad in ("", "Gpu", "a/b", "x" * 41):
        with pytest.raises(HearthError):
            check_name(bad)


def _registered(core, port: int, models: list[dict]) -> None:
    core.settings.set("remotes", {"box": {"url": f"http://127.0.0.1:{port}/v1",
                                          "timeout_s": 2, "models": models, "checked": 0}})


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_context_budget_server_then_model_setting_then_global(hearth_home):
    from app.core.session import Core

    core = Core()
    try:
        _registered(core, _dead_port(), [{"id": "big", "n_ctx": 32768},
                                         {"id": "org/plain", "n_ctx": None}])
        remotes = core.runtime.remotes
        assert remotes.n_ctx("box/big") == 32768
        assert remotes.n_ctx("box/org/plain") == core.settings.get("n_ctx")
        core.models.update_settings("box/org/plain", {"n_ctx": 8192})
        assert core.runtime.engine("box/org/plain").n_ctx == 8192
        assert core.runtime.effective("box/org/plain")["n_ctx"] == 8192
        with pytest.raises(ModelNotFound, match="did not list a model named 'nope'"):
            core.runtime.engine("box/nope")
        with pytest.raises(HearthError, match="not a per-model setting"):
            core.models.update_settings("box/big", {"colour": 1})
        assert core.models.set_default("box/big") == "box/big"
        assert core.runtime.resolve(None) == "box/big"
        with pytest.raises(HearthError, match="remote rm box"):
            core.models.remove("box/big")
    finally:
        core.close()


def test_a_server_that_cannot_be_reached_keeps_its_last_list(hearth_home):
    from app.core.session import Core

    core = Core()
    try:
        _registered(core, _dead_port(), [{"id": "big", "n_ctx": 4096}])
        shown = core.runtime.remotes.refresh("box")
        assert "Cannot reach the model server 'box'" in shown["problem"]
        assert [m["id"] for m in shown["models"]] == ["box/big"]
        assert [m["id"] for m in core.models.installed() if m["source"] == "remote"] == \
            ["box/big"]
        gone = core.runtime.remotes.remove("box")
        assert gone["name"] == "box" and core.runtime.remotes.names() == []
        assert core.settings.get("default_model") == ""
    finally:
        core.close()


def test_the_prompt_estimate_stays_above_the_truth_and_learns_from_usage():
    model = RemoteModel("box/m", "m", ServerInfo("box", "http://127.0.0.1:1/v1"), 4096)
    messages = [{"role": "system", "content": "Be brief."},
                {"role": "user", "content": "What is the capital of France? " * 20}]
    prompt = model.tokenize(model.render(messages))
    assert prompt.messages == messages  # what generate sends
    english = len(prompt)
    sent = sum(len(m["content"]) for m in messages)
    assert english > sent / 4.5 * 1.3  # well above English's ~4.5 bytes a token
    model._calibrate(messages, prompt_tokens=150)  # the server counted fewer
    assert 150 <= len(model.tokenize(model.render(messages))) < english
    with pytest.raises(HearthError, match="takes messages, not tokens"):
        model.generate([1, 2, 3], SamplingParams())
