"""The OpenAI-compatible HTTP API over Core (FastAPI; streaming as server-sent events).

Endpoints: GET /v1/models, POST /v1/chat/completions, POST /v1/embeddings, in
the OpenAI API's shapes, so the official `openai` client works unchanged.
Requests run one at a time (a request waits for the one before it); when too
many wait, a new one gets 503 with Retry-After. A client that goes
away mid-stream cancels its generation, which stops at the next token.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import hmac
import json
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sse_starlette import EventSourceResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.control import JobControl
from app.core.errors import HearthError, ModelNotFound
from app.core.messages import Msg
from app.core.session import Core
from app.server import completions
from app.server.admission import Busy, RequestQueue
from app.server.completions import COLLECTION_PREFIX, Served, Turn
from app.server.schemas import ChatRequest, EmbeddingRequest, error_body

OWNER = "hearth"
STOPPING = ("Hearth's server is stopping (Ctrl+C, or Stop in the window): this reply was cut "
            "off. Send the request again once the server runs again.")
# how long a stream has, once the server stops, to send the error event before it is cut
STOP_GRACE_S = 2.0


class _Control(JobControl):
    """Cancels a generation when its client leaves, counting the pieces made after."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces = 0
        self.pieces_at_cancel: int | None = None

    def cancel(self) -> None:
        if self.pieces_at_cancel is None:
            self.pieces_at_cancel = self.pieces
        super().cancel()


def _error(status: int, message: str, type_: str = "invalid_request_error",
           code: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(message, type_, code), status_code=status, headers=headers)


def error_response(exc: BaseException) -> JSONResponse:
    """The OpenAI-shaped answer for an error raised while serving a request."""
    if isinstance(exc, Busy):
        return _error(503, str(exc), "server_error", "server_busy",
                      {"Retry-After": str(exc.retry_after_s)})
    if isinstance(exc, ModelNotFound):
        return _error(404, str(exc), code="model_not_found")
    if completions.check_bad_request(exc):
        code = "context_length_exceeded" if isinstance(exc, HearthError) else None
        return _error(400, str(exc), code=code)
    if isinstance(exc, HearthError):
        return _error(500, str(exc), "server_error")
    return _error(500, f"Internal error: {type(exc).__name__}: {exc}", "server_error")


class KeyCheck:
    """Every request needs `Authorization: Bearer KEY` (plain ASGI middleware: it leaves
    streaming and disconnect detection to the endpoints untouched)."""

    def __init__(self, app, api_key: str) -> None:
        self.app = app
        self._key = api_key.encode()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            given = dict(scope.get("headers") or []).get(b"authorization", b"")
            scheme, _, token = given.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(token.strip(), self._key):
                response = _error(401, "Incorrect or missing API key: send `Authorization: "
                                  "Bearer KEY` with the key `hearth serve` was started with.",
                                  code="invalid_api_key")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(core: Core, api_key: str | None = None, queue_size: int = 8) -> FastAPI:
    """The API for `core`; every request needs `Authorization: Bearer API_KEY` when a key
    is given. At most `queue_size` requests wait for the model."""
    app = FastAPI(title="Hearth", docs_url=None, redoc_url=None, openapi_url=None)
    requests = RequestQueue(queue_size)
    served: collections.deque[Served] = collections.deque(maxlen=100)
    stopping = threading.Event()  # set by ApiServer when it stops (Ctrl+C, Stop, SIGTERM)
    app.state.core, app.state.requests, app.state.served = core, requests, served
    app.state.stopping = stopping

    if api_key:
        app.add_middleware(KeyCheck, api_key=api_key)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        if first.get("type") == "json_invalid":  # its loc is a character position
            why = (first.get("ctx") or {}).get("error") or "JSON decode error"
            return JSONResponse(error_body(f"The request body is not valid JSON ({why}, at "
                                           f"character {first.get('loc', ('', '?'))[-1]})."),
                                status_code=400)
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "body"
        param = where if where != "body" else None
        body = error_body(f"{where}: {first.get('msg', 'invalid request')}", param=param)
        return JSONResponse(body, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else None
        return _error(exc.status_code, str(exc.detail), code=code)

    @app.get("/v1/models")
    async def list_models() -> dict[str, Any]:
        return {"object": "list", "data": await run_in_threadpool(model_list, core)}

    @app.get("/v1/models/{model_id:path}")  # a remote model's id has slashes
    async def get_model(model_id: str):
        found = [m for m in await run_in_threadpool(model_list, core) if m["id"] == model_id]
        if not found:
            return _error(404, f"The model '{model_id}' does not exist. GET /v1/models lists "
                          "the models this server has.", code="model_not_found")
        return found[0]

    @app.post("/v1/embeddings")
    async def embeddings(req: EmbeddingRequest):
        try:
            return await run_in_threadpool(_embed, core, req)
        except Exception as exc:  # noqa: BLE001 - each error becomes an OpenAI error body
            return error_response(exc)

    @app.post("/v1/chat/completions")
    async def chat(req: ChatRequest, request: Request):
        try:
            turn = await run_in_threadpool(completions.resolve, core, req)
        except Exception as exc:  # noqa: BLE001 - each error becomes an OpenAI error body
            return error_response(exc)
        if req.stream:
            include_usage = bool((req.stream_options or {}).get("include_usage"))
            # set by sse_starlette when it sees the server stop; the stream then has
            # STOP_GRACE_S to say so before it is cancelled
            shutdown = anyio.Event()
            try:
                events = _stream(core, requests, served, turn, include_usage,
                                 lambda: stopping.is_set() or shutdown.is_set())
                first = await anext(events)  # queued, or refused with 503 before any byte
            except Exception as exc:  # noqa: BLE001
                return error_response(exc)
            return EventSourceResponse(_chain(first, events), ping=15, shutdown_event=shutdown,
                                       shutdown_grace_period=STOP_GRACE_S)
        try:
            return await _complete(core, requests, served, turn, request, stopping)
        except Exception as exc:  # noqa: BLE001
            return error_response(exc)

    return app


def model_list(core: Core) -> list[dict[str, Any]]:
    """Chat models (local and remote), the embedding model, and each collection."""
    now = int(time.time())
    out = []
    for entry in core.models.installed():
        if entry.get("error"):
            continue
        where = entry.get("where", "local")
        out.append({"id": entry["id"], "object": "model", "created": now, "owned_by": OWNER,
                    "hearth": {"kind": "chat", "where": where,
                               "context_length": entry.get("context_length")}})
    emb_id = completions.embedding_model_id(core)
    if emb_id:  # else no embedding model is set up: /v1/embeddings says so
        out.append({"id": emb_id, "object": "model", "created": now, "owned_by": OWNER,
                    "hearth": {"kind": "embedding", "where": "local"}})
    for coll in core.documents.collections():
        out.append({"id": f"{COLLECTION_PREFIX}{coll['name']}", "object": "model",
                    "created": now, "owned_by": OWNER,
                    "hearth": {"kind": "collection", "where": "local",
                               "files": coll.get("files"), "chunks": coll.get("chunks")}})
    return out


def _embed(core: Core, req: EmbeddingRequest) -> dict[str, Any]:
    embedder = core.documents.embedder
    if req.model != embedder.model_id:
        raise ModelNotFound(Msg("The embedding model '{model}' does not exist.", model=req.model),
                            Msg("Use '{model_id}'.", model_id=embedder.model_id))
    texts = req.texts()
    vectors = embedder.encode(texts)
    tokens = sum(embedder.count_tokens(texts))
    data = []
    for i, vec in enumerate(vectors):
        value: Any = (base64.b64encode(vec.astype("<f4").tobytes()).decode()
                      if req.encoding_format == "base64" else vec.tolist())
        data.append({"object": "embedding", "index": i, "embedding": value})
    return {"object": "list", "data": data, "model": req.model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}


def _usage(generation) -> dict[str, int]:
    s = generation.stats
    return {"prompt_tokens": s.prompt_tokens, "completion_tokens": s.completion_tokens,
            "total_tokens": s.prompt_tokens + s.completion_tokens}


def _record(served: collections.deque, turn: Turn, control: _Control, generation,
            start: float) -> None:
    s = generation.stats
    after = control.pieces - control.pieces_at_cancel if control.pieces_at_cancel is not None \
        else 0
    served.append(Served(turn.id, turn.model, s.finish_reason, s.prompt_tokens,
                         s.completion_tokens, after, time.monotonic() - start))


def _stopping_error() -> JSONResponse:
    return _error(503, STOPPING, "server_error", "server_stopping")


async def _complete(core: Core, requests: RequestQueue, served, turn: Turn, request: Request,
                    stopping: threading.Event):
    control = _Control()
    start = time.monotonic()

    def work():
        def count(_part) -> None:
            control.pieces += 1
        generation = completions.run(core, turn, control, count)
        _record(served, turn, control, generation, start)
        return generation

    future = asyncio.wrap_future(requests.submit(work, control))
    while not future.done():  # a client that leaves stops its generation
        done, _ = await asyncio.wait({future}, timeout=0.25)
        if not done and stopping.is_set():  # no cut-off reply passed off as complete
            control.cancel()
            future.add_done_callback(_retrieved)
            return _stopping_error()
        if not done and await request.is_disconnected():
            control.cancel()
            break
    generation = await future
    body: dict[str, Any] = {
        "id": turn.id, "object": "chat.completion", "created": turn.created, "model": turn.model,
        "choices": [{"index": 0, "message": _message(turn),
                     "finish_reason": completions.finish_reason(generation), "logprobs": None}],
        "usage": _usage(generation)}
    if turn.collection:
        body["citations"] = turn.citations()
    return body


def _message(turn: Turn) -> dict[str, Any]:
    """The reply; a reasoning model's thinking goes apart in `reasoning_content`."""
    message: dict[str, Any] = {"role": "assistant", "content": turn.content}
    if turn.reasoning:
        message["reasoning_content"] = turn.reasoning
    return message


def _chunk(turn: Turn, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"id": turn.id, "object": "chat.completion.chunk", "created": turn.created,
            "model": turn.model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}


def _retrieved(future: asyncio.Future) -> None:
    """Mark a skipped request's error as seen (its client has gone; nobody awaits it)."""
    if not future.cancelled():
        future.exception()


async def _chain(first: str, rest: AsyncIterator[str]) -> AsyncIterator[str]:
    yield first
    async for event in rest:
        yield event


async def _stream(core: Core, requests: RequestQueue, served, turn: Turn,
                  include_usage: bool, stopping: Callable[[], bool]) -> AsyncIterator[str]:
    """SSE `data:` payloads: a role chunk, reasoning_content and content chunks, a
    finish chunk (with the citations for a collection), a usage chunk when asked, then
    [DONE]. When the server stops mid-reply, an error event ends it instead (the `openai`
    client raises it), so that a cut-off reply never looks complete."""
    loop = asyncio.get_running_loop()
    pieces: asyncio.Queue = asyncio.Queue()
    control = _Control()
    start = time.monotonic()
    end = object()

    def work():
        def push(part) -> None:
            control.pieces += 1
            # thinking and answer go in their own deltas, as vLLM and llama-server send them
            for key, text in (("reasoning_content", part.reasoning), ("content", part.answer)):
                if text:
                    loop.call_soon_threadsafe(pieces.put_nowait, {key: text})
        try:
            generation = completions.run(core, turn, control, push)
            _record(served, turn, control, generation, start)
            return generation
        finally:
            loop.call_soon_threadsafe(pieces.put_nowait, end)

    future = asyncio.wrap_future(requests.submit(work, control))  # Busy is raised here
    future.add_done_callback(_retrieved)
    getter: asyncio.Future | None = None
    try:
        yield json.dumps(_chunk(turn, {"role": "assistant", "content": ""}))
        while True:
            getter = getter or asyncio.ensure_future(pieces.get())
            done, _ = await asyncio.wait({getter}, timeout=0.1)
            if stopping():
                control.cancel()
                yield bytes(_stopping_error().body).decode()
                return
            if not done:
                continue
            piece, getter = getter.result(), None
            if piece is end:
                break
            yield json.dumps(_chunk(turn, piece), ensure_ascii=False)
        try:
            generation = await future
        except Exception as exc:  # noqa: BLE001 - sent as an error event, as OpenAI does
            yield bytes(error_response(exc).body).decode()
            return
        last = _chunk(turn, {}, completions.finish_reason(generation))
        if turn.collection:
            last["citations"] = turn.citations()
        yield json.dumps(last, ensure_ascii=False)
        if include_usage:
            yield json.dumps({**_chunk(turn, {}), "choices": [], "usage": _usage(generation)})
        yield "[DONE]"
    finally:
        if getter is not None:
            getter.cancel()
        control.cancel()  # the client left (or we are done): stop at the next token
