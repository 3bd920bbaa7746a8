"""Chat models that run on another machine, behind an OpenAI-compatible server
(vLLM, llama.cpp's `llama-server`, llama-cpp-python's server, LM Studio...).

`RemoteModel` offers the send path the same interface as the local engine
(`render`, `tokenize`, `generate`, `n_ctx`), so chat, `hearth ask`, document
answers, summaries and translations work unchanged. The prompt cannot be
tokenized here (the server's tokenizer is not), so:

- `render` keeps the messages themselves (as JSON) instead of a template's text;
- `tokenize` returns a `RemotePrompt`: a list whose length is an estimate of the
  server's token count (from UTF-8 bytes, calibrated by the `usage` the server
  reports after each reply) and which carries the messages to send;
- `generate` streams `/v1/chat/completions` for those messages.

The HTTP side is the official `openai` client (SSE parsing, timeouts, error
types); every failure becomes one `HearthError` naming the server.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.core.control import JobControl
from app.core.errors import ContextOverflow, HearthError, ModelNotFound
from app.core.llm.base import Generation, SamplingParams
from app.core.messages import Msg
from app.core.secrets import redact

log = logging.getLogger(__name__)
_MARK = "\x00hearth-messages\x00"  # starts a rendered prompt: JSON messages follow
MESSAGE_OVERHEAD = 4  # role markers and separators a chat template adds per message
START_BYTES_PER_TOKEN = 3.0  # a safe start: English runs ~4-4.5 bytes a token
CONNECT_TIMEOUT_S = 5.0
DEFAULT_TIMEOUT_S = 120.0  # between two pieces of a reply (a big model's first token)
# Fields servers use to say a model's context length, in the order trusted.
CONTEXT_FIELDS = ("max_model_len", "context_length", "max_context_length", "n_ctx")


@dataclass
class ServerInfo:
    """Where a remote model runs, for messages and listings."""

    name: str
    url: str
    api_key: str | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S

    def describe(self) -> str:
        return f"the model server '{self.name}' ({self.url})"


class RemotePrompt(list):
    """An estimated token count (its length) that carries the messages to send."""

    def __init__(self, n: int, messages: list[dict[str, Any]],
                 tools: list[dict[str, Any]] | None = None) -> None:
        super().__init__([0] * n)
        self.messages = messages
        self.tools = tools or []


def _wire(m: dict[str, Any]) -> dict[str, Any]:
    """A message as the OpenAI API takes it (tool call arguments as JSON strings)."""
    out = {"role": m["role"], "content": m.get("content") or ""}
    if m.get("tool_calls"):
        out["tool_calls"] = [
            {**c, "function": {**c["function"], "arguments": json.dumps(
                c["function"]["arguments"], ensure_ascii=False)}} for c in m["tool_calls"]]
    if m["role"] == "tool":
        out["tool_call_id"] = m.get("tool_call_id", "")
    return out


def client(server: ServerInfo, timeout_s: float | None = None):
    """An `openai.OpenAI` client for `server`: no retries (Hearth reports, the user decides)."""
    import httpx2
    import openai

    read = timeout_s if timeout_s is not None else server.timeout_s
    return openai.OpenAI(base_url=server.url, api_key=server.api_key or "no-key",
                         max_retries=0,
                         timeout=httpx2.Timeout(read, connect=min(CONNECT_TIMEOUT_S, read)))


def translate_error(exc: BaseException, server: ServerInfo, model: str = "",
                    timeout_s: float | None = None) -> HearthError:
    """One clear message naming the server for whatever the client raised."""
    import openai

    name, url = server.name, server.url
    if isinstance(exc, openai.APITimeoutError):
        err = HearthError(
            Msg("The model server '{name}' ({url}) did not answer within {seconds:.0f} s.",
                name=name, url=url,
                seconds=timeout_s if timeout_s is not None else server.timeout_s),
            Msg("It may be overloaded or stuck: try again later, or raise its timeout "
                "(`hearth models remote add {name} --url ... --timeout S`).", name=name))
    elif isinstance(exc, openai.APIConnectionError):
        err = HearthError(Msg("Cannot reach the model server '{name}' ({url}).",
                              name=name, url=url),
                          Msg("Check that the server is running and the URL is right "
                              "(`hearth models remote list`)."))
    elif isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        err = HearthError(Msg("The model server '{name}' ({url}) refused the API key "
                              "({status}).", name=name, url=url, status=exc.status_code),
                          Msg("Set the right key: `hearth models remote add {name} "
                              "--url {url} --api-key KEY`.", name=name, url=url))
    elif isinstance(exc, openai.NotFoundError) and model:
        err = ModelNotFound(Msg("The model server '{name}' ({url}) does not serve the model "
                                "'{model}'.", name=name, url=url, model=model),
                            Msg("Refresh its list: `hearth models remote list {name}`.",
                                name=name))
    elif isinstance(exc, openai.APIStatusError):
        detail = _status_detail(exc)
        if exc.status_code == 400 and "context" in detail.lower():
            err = ContextOverflow(
                Msg("The model server '{name}' ({url}) says the prompt is too long: {detail}",
                    name=name, url=url, detail=detail),
                Msg("Set a smaller context for this model (`hearth models settings "
                    "{name}/{model} n_ctx=N`) or shorten it.", name=name, model=model))
        else:
            err = HearthError(
                Msg("The model server '{name}' ({url}) answered with an error ({status}): "
                    "{detail}", name=name, url=url, status=exc.status_code, detail=detail),
                Msg("Try again; if it repeats, check the server's log."))
    else:
        err = HearthError(Msg("The model server '{name}' ({url}) failed: {error}",
                              name=name, url=url, error=str(exc)),
                          Msg("Try again; if it repeats, check the server."))
    err.message = redact(err.message, server.api_key)
    return err


def _status_detail(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        msg = inner.get("message") if isinstance(inner, dict) else inner
        if msg:
            return str(msg)[:300]
    return str(getattr(exc, "message", exc))[:300]


def context_length(model_info: dict[str, Any]) -> int | None:
    """The context length a server's `/v1/models` entry states, if any (vLLM:
    `max_model_len`; LM Studio and others: `context_length`; llama.cpp: `meta`)."""
    for source in (model_info, model_info.get("meta") or {}):
        for key in CONTEXT_FIELDS:
            value = source.get(key)
            if isinstance(value, int) and value > 0:
                return value
    meta = model_info.get("meta") or {}
    value = meta.get("n_ctx_train")
    return value if isinstance(value, int) and value > 0 else None


def list_models(server: ServerInfo, timeout_s: float = 10.0) -> list[dict[str, Any]]:
    """The server's models: [{'id', 'n_ctx' (None when unstated), 'owned_by'}]."""
    timeout_s = min(timeout_s, server.timeout_s)
    try:
        page = client(server, timeout_s).models.list()
        items = [m.model_dump() for m in page.data]
    except Exception as exc:  # noqa: BLE001 - every client failure becomes one clear message
        raise translate_error(exc, server, timeout_s=timeout_s) from exc
    server_ctx = _server_context(server, timeout_s) if items else None
    return [{"id": m["id"], "owned_by": m.get("owned_by") or "",
             "n_ctx": context_length(m) or server_ctx} for m in items]


def _server_context(server: ServerInfo, timeout_s: float) -> int | None:
    """llama.cpp's `llama-server` states the context it really runs with at `/props`
    (its `/v1/models` gives only the training length)."""
    import httpx2

    root = server.url.rstrip("/").removesuffix("/v1")
    headers = {"Authorization": f"Bearer {server.api_key}"} if server.api_key else {}
    try:
        resp = httpx2.get(f"{root}/props", headers=headers, timeout=min(timeout_s, 3.0))
        props = resp.json() if resp.status_code == 200 else {}
    except (httpx2.HTTPError, ValueError):
        return None
    settings = props.get("default_generation_settings") if isinstance(props, dict) else None
    value = (settings or {}).get("n_ctx") or (props or {}).get("n_ctx")
    return value if isinstance(value, int) and value > 0 else None


class RemoteModel:
    """A chat model on an OpenAI-compatible server, with the engine's interface."""

    def __init__(self, model_id: str, remote_model: str, server: ServerInfo, n_ctx: int) -> None:
        self.model_id = model_id  # Hearth's id: NAME/<server's model id>
        self.remote_model = remote_model
        self.server = server
        self.n_ctx = n_ctx
        self.device = Msg("remote: {name}", name=server.name)
        self.where = server.url
        self._bytes_per_token = START_BYTES_PER_TOKEN
        self._lock = threading.Lock()
        self._client = None

    # text <-> "tokens" ---------------------------------------------------
    supports_tools = True  # through the request's `tools` field

    def render(self, messages: list[dict[str, Any]], add_generation_prompt: bool = True,
               **variables: Any) -> str:  # the server applies its own template
        return _MARK + json.dumps({"messages": [_wire(m) for m in messages],
                                   "tools": variables.get("tools") or []}, ensure_ascii=False)

    def tokenize(self, text: str, special: bool = True) -> RemotePrompt:
        if text.startswith(_MARK):
            data = json.loads(text[len(_MARK):])
            messages, tools = data["messages"], data["tools"]
            n = sum(self._estimate(m["content"] + json.dumps(m.get("tool_calls", "")))
                    + MESSAGE_OVERHEAD for m in messages) + 3
            n += self._estimate(json.dumps(tools)) if tools else 0
            return RemotePrompt(n, messages, tools)
        return RemotePrompt(self._estimate(text), [{"role": "user", "content": text}])

    def _estimate(self, text: str) -> int:
        return math.ceil(len(text.encode("utf-8")) / self._bytes_per_token)

    def _calibrate(self, messages: list[dict[str, str]], prompt_tokens: int) -> None:
        """Learn this server's bytes per token from the prompt tokens it counted, keeping
        a margin so that an estimate stays above the truth."""
        if prompt_tokens <= 0:
            return
        sent = sum(len(m["content"].encode("utf-8")) for m in messages)
        counted = prompt_tokens - MESSAGE_OVERHEAD * len(messages) - 3
        if sent < 200 or counted <= 0:
            return  # too short to say anything about the text itself
        self._bytes_per_token = min(6.0, max(1.0, 0.9 * sent / counted))

    # generation ----------------------------------------------------------
    def _api(self):
        with self._lock:
            if self._client is None:
                self._client = client(self.server)
            return self._client

    def generate(self, tokens: list[int], params: SamplingParams,
                 control: JobControl | None = None) -> Generation:
        messages = getattr(tokens, "messages", None)
        if messages is None:
            raise HearthError(Msg("{model_id} runs on a server: it takes messages, not tokens.",
                                  model_id=self.model_id),
                              Msg("Build the prompt with the model's own render and tokenize."))
        if len(tokens) >= self.n_ctx:
            raise ContextOverflow(
                Msg("The prompt (about {n_tokens} tokens) does not fit the {n_ctx}-token context "
                    "of {model_id}.", n_tokens=len(tokens), n_ctx=self.n_ctx,
                    model_id=self.model_id),
                Msg("Shorten the conversation, or set the context the server really has (`hearth "
                    "models settings {model_id} n_ctx=N`).", model_id=self.model_id))
        gen = Generation(iter(()))
        gen._pieces = self._stream(messages, len(tokens), params, control, gen,
                                   getattr(tokens, "tools", None))
        return gen

    def request(self, messages: list[dict[str, str]], params: SamplingParams,
                tools: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The JSON body of a chat completion for `messages` (OpenAI's own parameters only:
        servers differ in what else they accept)."""
        body: dict[str, Any] = {"model": self.remote_model, "messages": messages,
                                "temperature": params.temperature, "top_p": params.top_p,
                                "max_tokens": max(1, params.max_tokens), "stream": True,
                                "stream_options": {"include_usage": True}}
        if params.seed is not None and params.seed >= 0:
            body["seed"] = params.seed
        stops = [s for s in params.stop if s]
        if stops:
            body["stop"] = stops[:4]
        if params.response_format:  # vLLM and llama.cpp's server follow it themselves
            body["response_format"] = params.response_format
        if tools:
            # no tool_choice: OpenAI's default is "auto"; llama-cpp-python's server (0.3.x)
            # cannot stream a call it chose ("Automatic streaming tool choice is not
            # supported") and then holds its model lock, so there it stays a plain chat
            body["tools"] = tools
        return body

    def _create(self, messages: list[dict[str, Any]], params: SamplingParams,
                tools: list[dict[str, Any]] | None):
        """Open the stream; a server that refuses `tools` (HTTP 400, e.g. vLLM started
        without --enable-auto-tool-choice) is asked again without them, and offered none
        from then on (history's tool messages are then sent as plain text)."""
        import openai

        try:
            return self._api().chat.completions.create(**self.request(messages, params, tools))
        except openai.BadRequestError as exc:
            if not tools:
                raise
            log.warning("%s refused tools (%s); chatting without them", self.server.name, exc)
            self.supports_tools = False
            plain = [{"role": "assistant" if m["role"] == "tool" else m["role"],
                      "content": m.get("content") or ""} for m in messages]
            return self._api().chat.completions.create(**self.request(plain, params))

    def _stream(self, messages: list[dict[str, str]], estimate: int, params: SamplingParams,
                control: JobControl | None, gen: Generation,
                tools: list[dict[str, Any]] | None = None) -> Iterator[str]:
        import openai

        stats = gen.stats
        stats.prompt_tokens = estimate
        start = time.perf_counter()
        first_at = 0.0
        pieces = chunks = 0
        finish = "length"
        finished = False  # a finish_reason came: the server ended the reply itself
        stream = None
        watcher = _CancelWatcher(control)
        try:
            try:
                stream = self._create(messages, params, tools)
                calls: dict[int, dict[str, str]] = {}  # streamed tool calls, by index
                thinking = False  # inside a reasoning_content run (re-tagged below)
                watcher.watch(stream)
                for chunk in stream:
                    chunks += 1
                    if chunk.usage is not None:
                        stats.prompt_tokens = chunk.usage.prompt_tokens or stats.prompt_tokens
                        stats.completion_tokens = chunk.usage.completion_tokens or 0
                        self._calibrate(messages, chunk.usage.prompt_tokens or 0)
                    if not chunk.choices:
                        continue
                    choice = chunk.choices[0]
                    text = choice.delta.content if choice.delta else None
                    # vLLM and llama-server send a reasoning model's thinking apart
                    # (reasoning_content, or reasoning in newer vLLM): it goes on inside
                    # <think> tags, which the send path parts from the answer again
                    thought = _reasoning(choice.delta)
                    if thought:
                        out = ("" if thinking else "<think>") + thought
                        thinking = True
                        if text:  # an answer in the same delta closes the thinking
                            out, thinking = out + "</think>" + text, False
                        text = out
                    elif text and thinking:
                        text, thinking = "</think>" + text, False
                    for part in (choice.delta.tool_calls or []) if choice.delta else []:
                        call = calls.setdefault(part.index or 0, {"name": "", "arguments": ""})
                        if part.function is not None:
                            call["name"] += part.function.name or ""
                            call["arguments"] += part.function.arguments or ""
                    if choice.finish_reason:
                        finished = True
                        finish = ("stop" if choice.finish_reason in ("stop", "tool_calls")
                                  else "length")
                    if control is not None and control.cancelled:
                        finish = "cancelled"
                        break
                    if text:
                        pieces += 1
                        if not first_at:
                            first_at = time.perf_counter()
                            stats.ttft_s = first_at - start
                        yield text
                if thinking:  # the reply ended inside its thinking
                    yield "</think>"
                gen.tool_calls = [c for c in calls.values() if c["name"]]
            except Exception as exc:  # noqa: BLE001 - one clear message naming the server
                if control is not None and control.cancelled:
                    finish = "cancelled"  # the watcher closed the stream under the read
                elif chunks and isinstance(exc, openai.APIConnectionError):
                    raise self._cut_off() from exc  # the connection dropped mid-reply
                else:
                    raise translate_error(exc, self.server, self.remote_model) from exc
            cancelled = control is not None and control.cancelled
            if chunks and not finished and not cancelled:
                # a server that is stopped (SIGTERM) ends its stream cleanly, without a
                # finish_reason: the reply is cut off, not complete
                raise self._cut_off()
            if not chunks and not (control is not None and control.cancelled):
                # e.g. llama-cpp-python's server answers a too-long prompt with an empty
                # stream (status 200) where a plain request gets a 400
                raise HearthError(
                    Msg("The model server '{name}' ({url}) ended the reply without sending "
                        "anything.", name=self.server.name, url=self.server.url),
                    Msg("It may have refused the request, for example a prompt longer than its "
                        "context: see its log, or set the context it really has (`hearth models "
                        "settings {model_id} n_ctx=N`).", model_id=self.model_id))
        finally:
            watcher.stop()
            if stream is not None:
                stream.close()  # the server sees the disconnect and stops generating
            end = time.perf_counter()
            if control is not None and control.cancelled:
                finish = "cancelled"
            stats.completion_tokens = stats.completion_tokens or pieces
            stats.seconds = end - start
            if not first_at:
                stats.ttft_s = end - start
            decode_s = end - first_at if first_at else 0.0
            n = stats.completion_tokens
            stats.tokens_per_s = (n - 1) / decode_s if decode_s > 0 and n > 1 else 0.0
            stats.finish_reason = finish

    def _cut_off(self) -> HearthError:
        return HearthError(
            Msg("The model server '{name}' ({url}) stopped in the middle of the reply.",
                name=self.server.name, url=self.server.url),
            Msg("The reply so far is kept. Check that the server is running, then ask again."))

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


class _CancelWatcher:
    """Closes a stream when its job is cancelled, so that Stop works while the server
    is still thinking about the first token (a blocking read would not see it)."""

    POLL_S = 0.05

    def __init__(self, control: JobControl | None) -> None:
        self._control = control
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def watch(self, stream) -> None:
        if self._control is None:
            return

        def run() -> None:
            while not self._done.wait(self.POLL_S):
                if self._control.cancelled:
                    stream.close()
                    return

        self._thread = threading.Thread(target=run, name="remote-cancel", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()


def _reasoning(delta: Any) -> str:
    """The thinking a streamed delta carries apart from its content, if any."""
    if delta is None:
        return ""
    extra = getattr(delta, "model_extra", None) or {}
    value = extra.get("reasoning_content") or extra.get("reasoning") or getattr(
        delta, "reasoning_content", None)
    return value if isinstance(value, str) else ""
