"""Remote backends against a real OpenAI-compatible server that is not Hearth's code:
llama-cpp-python's server serving the bundled GGUF on loopback."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import socket
import stat

import pytest

from app.core.control import JobControl
from app.core.errors import ContextOverflow, HearthError
from app.core.llm.remote import context_length
from tests.conftest import run_cli
from tests.server.remote_server import ALIAS, KEY, LlamaServer, free_port

MODEL = f"box/{ALIAS}"


def _server_extra_missing() -> str:
    for module in ("llama_cpp.server", "starlette_context", "pydantic_settings", "sse_starlette"):
        try:
            if importlib.util.find_spec(module) is None:
                return module
        except ModuleNotFoundError:
            return module
    return ""


@pytest.fixture(scope="module")
def remote(chat_model_path):
    missing = _server_extra_missing()
    if missing:
        pytest.skip(f"llama-cpp-python's server extra is not installed ({missing} missing)")
    server = LlamaServer(chat_model_path, n_ctx=2048).wait()
    yield server
    server.stop()


@pytest.fixture
def core(hearth_home, remote):
    from app.core.session import Core

    c = Core()
    c.settings.update({"max_tokens": 16, "temperature": 0.0, "seed": 3})
    c.runtime.remotes.add("box", remote.url, KEY)
    # llama-cpp-python's server does not state its context: the per-model setting does
    c.models.update_settings(MODEL, {"n_ctx": 2048})
    yield c
    c.close()


def test_add_lists_the_servers_models_and_keeps_the_key_private(core, hearth_home, remote):
    server = core.runtime.remotes.describe("box")
    assert [m["id"] for m in server["models"]] == [MODEL]
    assert server["url"] == remote.url and server["api_key_set"]
    key_file = hearth_home / "remote_keys" / "box"
    assert key_file.read_text() == KEY
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert KEY not in json.dumps(core.settings.all())
    assert KEY not in json.dumps(core.runtime.remotes.listing())
    listed = {m["id"]: m for m in core.models.installed()}
    assert listed[MODEL]["source"] == "remote" and listed[MODEL]["where"] == remote.url
    assert core.runtime.engine(MODEL).n_ctx == 2048


def test_a_chat_turn_streams_and_is_kept_in_the_history(core):
    """Through the one send path (core.chat), as the window and `hearth chat` send."""
    conv = core.chat.start("capital", MODEL, core.settings.get("system_prompt"))
    pieces: list[str] = []
    turn = core.chat.send(conv.id, "What is the capital of France?", MODEL,
                          on_token=pieces.append)
    assert len(pieces) > 2 and "paris" in "".join(pieces).lower()
    assert turn.reply.status == "complete" and turn.reply.model == MODEL
    assert turn.stats.prompt_tokens > 10 and 0 < turn.stats.completion_tokens <= 16
    stored = core.history.messages(conv.id)
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[1].content == turn.reply.content
    again = core.chat.send(conv.id, "And of Italy?", MODEL)
    assert again.plan.history_tokens > 0  # the first turn went back to the server


def test_stop_keeps_the_partial_reply(core):
    conv = core.chat.start("story", MODEL)
    control = JobControl()
    pieces: list[str] = []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            control.cancel()

    turn = core.chat.send(conv.id, "Write a long story about a dragon.", MODEL,
                          on_token=on_token, control=control,
                          overrides={"max_tokens": 400, "temperature": 0.8})
    assert turn.reply.status == "stopped"
    assert turn.stats.finish_reason == "cancelled"
    assert 3 <= len(pieces) <= 4
    assert turn.reply.content == "".join(pieces).strip()


def test_a_server_that_went_down_names_it_and_keeps_the_question(core):
    servers = core.settings.get("remotes")
    servers["box"]["url"] = f"http://127.0.0.1:{free_port()}/v1"
    core.settings.set("remotes", servers)
    conv = core.chat.start("q", MODEL)
    with pytest.raises(HearthError, match="Cannot reach the model server 'box'"):
        core.chat.send(conv.id, "Are you there?", MODEL)
    stored = core.history.messages(conv.id)
    assert stored[0].role == "user" and stored[0].content == "Are you there?"
    assert stored[1].status == "failed" and "box" in stored[1].error


def test_a_wrong_key_a_dead_port_and_a_silent_server_are_clear(core, remote):
    remotes = core.runtime.remotes
    with pytest.raises(HearthError, match="'bad'.*refused the API key") as err:
        remotes.add("bad", remote.url, "wrong-key")
    assert "wrong-key" not in str(err.value)
    with pytest.raises(HearthError, match="Cannot reach the model server 'down'"):
        remotes.add("down", f"http://127.0.0.1:{free_port()}")
    with socket.socket() as silent:  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        with pytest.raises(HearthError, match="'slow'.*did not answer within 1 s"):
            remotes.add("slow", f"http://127.0.0.1:{port}", timeout_s=1)
    assert remotes.names() == ["box"]  # nothing half-added


def test_context_budget_comes_from_the_server_or_the_setting(core):
    # what vLLM, LM Studio and llama.cpp's llama-server put in GET /v1/models
    assert context_length({"id": "m", "max_model_len": 32768}) == 32768
    assert context_length({"id": "m", "max_context_length": 8192}) == 8192
    assert context_length({"id": "m", "meta": {"n_ctx_train": 131072}}) == 131072
    assert context_length({"id": "m", "owned_by": "me"}) is None
    core.models.update_settings(MODEL, {"n_ctx": 512})
    model = core.runtime.engine(MODEL)
    assert model.n_ctx == 512
    conv = core.chat.start("long", MODEL)
    with pytest.raises(ContextOverflow):
        core.chat.send(conv.id, "word " * 2000, MODEL)


def test_documents_answer_through_a_remote_model_with_citations(core, embedder, tmp_path):
    core.documents.use_embedder(embedder)
    (tmp_path / "kettle.md").write_text(
        "# Kettle\n\nThe kettle has a warranty of seven years.\n", encoding="utf-8")
    core.documents.add("manuals", [tmp_path / "kettle.md"])
    result = core.chat.ask("How long is the warranty?", MODEL, collections=["manuals"])
    assert result.model == MODEL and result.answer
    assert result.citations and result.citations[0]["path"].endswith("kettle.md")


def test_the_command_line_adds_chats_lists_and_removes(remote, hearth_home, tmp_path):
    added = run_cli("models", "remote", "add", "box", "--url", remote.url, "--api-key", "-",
                    home=hearth_home, input=KEY + "\n")
    assert added.returncode == 0, added.stderr
    assert MODEL in added.stdout and KEY not in added.stdout + added.stderr
    run_cli("models", "settings", MODEL, "n_ctx=2048", "max_tokens=12", home=hearth_home)
    listed = run_cli("models", "list", home=hearth_home)
    assert MODEL in listed.stdout and remote.url in listed.stdout
    chat = run_cli("chat", "--model", MODEL, "--json", "What is the capital of France?",
                   home=hearth_home)
    assert chat.returncode == 0, chat.stderr
    assert json.loads(chat.stdout)["model"] == MODEL
    (tmp_path / "note.txt").write_text("Hearth is a private assistant that runs on your "
                                       "desktop. It answers questions about your files.\n")
    summary = run_cli("summarize", str(tmp_path / "note.txt"), "--model", MODEL, "--json",
                      home=hearth_home)
    assert summary.returncode == 0, summary.stderr
    assert (tmp_path / "note.summary.md").exists()
    shown = run_cli("models", "remote", "list", "--json", home=hearth_home)
    assert KEY not in shown.stdout and json.loads(shown.stdout)[0]["models"]
    gone = run_cli("models", "remote", "rm", "box", home=hearth_home)
    assert gone.returncode == 0 and not (hearth_home / "remote_keys" / "box").exists()
    after = run_cli("chat", "--model", MODEL, "hi", home=hearth_home)
    assert after.returncode != 0 and "No installed model with id 'box/smol'" in after.stderr


@contextlib.contextmanager
def serving(core):
    """The openai client of a `hearth serve` over this core, stopped afterwards."""
    import openai

    from app.server.runner import ApiServer, ServeOptions

    server = ApiServer(core, ServeOptions(port=0)).start()
    try:
        yield openai.OpenAI(base_url=server.url, api_key="x", max_retries=0)
    finally:
        server.stop()


def test_hearth_serve_offers_remote_models_too(core):
    with serving(core) as client:
        listed = {m.id: m.model_extra["hearth"] for m in client.models.list().data}
        assert listed[MODEL]["where"] == core.runtime.remotes.describe("box")["url"]
        chunks = list(client.chat.completions.create(
            model=MODEL, max_tokens=8, stream=True,
            messages=[{"role": "user", "content": "What is the capital of France?"}]))
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert text.strip() and chunks[-1].choices[0].finish_reason in ("stop", "length")


def test_a_response_format_is_passed_on_to_the_remote_server(core):
    """The remote server follows the format itself (llama-cpp-python's server makes its
    own grammar for json_object); Hearth sends it on rather than dropping it."""
    with serving(core) as client:
        reply = client.chat.completions.create(
            model=MODEL, max_tokens=80, temperature=0, response_format={"type": "json_object"},
            messages=[{"role": "user", "content": "What is the capital of France?"}])
        text = reply.choices[0].message.content
        assert reply.choices[0].finish_reason == "stop", text
        assert isinstance(json.loads(text), dict), text


def test_an_error_from_the_server_names_it_and_keeps_the_question(core):
    """The model's setting claims more context than the server has (2048): the server
    refuses the long prompt, and Hearth says which server and what to change."""
    core.models.update_settings(MODEL, {"n_ctx": 16384})
    conv = core.chat.start("long", MODEL)
    text = "Summarize this: " + "The river town kept its old stone bridge. " * 400
    with pytest.raises(HearthError, match="The model server 'box'") as err:
        core.chat.send(conv.id, text, MODEL)
    assert f"hearth models settings {MODEL} n_ctx=N" in str(err.value)
    stored = core.history.messages(conv.id)
    assert stored[0].content == text and stored[1].status == "failed"


@pytest.mark.parametrize("how", ["terminate", "kill"])
def test_a_server_stopped_mid_reply_is_an_error_that_keeps_the_partial_reply(
        core, chat_model_path, how):
    """A server stopped in the middle of a reply: SIGTERM (llama-cpp-python's server ends
    the stream cleanly, without a finish_reason) or SIGKILL (the connection drops). The
    partial reply is not passed off as complete: one message names the server, and the
    question and the reply so far stay in the history."""
    dying = LlamaServer(chat_model_path, n_ctx=2048, api_key=None).wait()
    try:
        core.runtime.remotes.add("dying", dying.url)
        model = f"dying/{ALIAS}"
        core.models.update_settings(model, {"n_ctx": 2048})
        conv = core.chat.start("essay", model)
        pieces: list[str] = []

        def on_token(piece: str) -> None:
            pieces.append(piece)
            if len(pieces) == 3:
                getattr(dying.proc, how)()

        with pytest.raises(HearthError, match="'dying'.*stopped in the middle of the reply"):
            core.chat.send(conv.id, "Write a long story about a dragon.", model,
                           on_token=on_token, overrides={"max_tokens": 800, "temperature": 0.8})
        question, reply = core.history.messages(conv.id)
        assert question.content == "Write a long story about a dragon."
        assert reply.status == "failed" and "dying" in reply.error
        assert len(pieces) >= 3 and reply.content == "".join(pieces)
    finally:
        dying.stop()
