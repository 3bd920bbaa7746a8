"""What a chat completion request asks of Hearth, apart from HTTP: which model runs
it, the messages it sends (with document excerpts for a collection model), its
sampling, and the run itself in the model lane. A reasoning model's thinking is parted
from its answer as it streams (`reasoning_content`, as vLLM and llama.cpp's server
send it), with the same splitter the window uses."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.control import JobControl
from app.core.docs.snippets import Snippet, format_snippets
from app.core.errors import ContextOverflow, HearthError, ModelNotFound
from app.core.llm import structured
from app.core.llm.base import Generation, SamplingParams
from app.core.llm.reasoning import ReasoningSplitter, Split, opened_by_prompt, tags_for
from app.core.messages import Msg
from app.core.session import Core
from app.core.tasks.ask import cited_numbers, document_budget, relevant
from app.server.schemas import ChatRequest

COLLECTION_PREFIX = "collection:"
DOCS_K = 5


@dataclass
class Turn:
    """One request, resolved: the model that answers and what it is asked."""

    id: str
    model: str  # as the client named it (echoed back)
    model_id: str  # the Hearth chat model that runs it
    messages: list[dict[str, str]]
    params: SamplingParams
    max_tokens: int | None  # None: the rest of the context
    collection: str = ""
    snippets: list[Snippet] = field(default_factory=list)
    used: list[Snippet] = field(default_factory=list)  # the excerpts that went in
    cited: set[int] = field(default_factory=set)  # the numbers the answer cites
    created: int = field(default_factory=lambda: int(time.time()))
    thinking: bool | None = None  # chat_template_kwargs.enable_thinking, if the client set it
    content: str = ""  # the answer, once run
    reasoning: str = ""  # the thinking before it (empty for other models)

    def citations(self) -> list[dict[str, Any]]:
        """file, page, score and text of each excerpt given to the model (as `hearth ask`)."""
        return [{**s.citation(), "cited": s.n in self.cited} for s in self.used]


@dataclass
class Served:
    """A finished request, kept for `hearth serve`'s status and for tests."""

    id: str
    model: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    pieces_after_cancel: int = 0  # pieces the model made after the client left
    seconds: float = 0.0


def chat_models(core: Core) -> list[str]:
    """The chat models a request may name: installed local ones, then remote ones (no fit
    check here: it probes the machine, and a request only needs the names)."""
    local = [e.id for e in core.catalog.entries() if e.error is None]
    return local + [e["id"] for e in core.runtime.remotes.entries()]


def embedding_model_id(core: Core) -> str | None:
    """The id /v1/models lists for the embedding model (None when none is set up); read
    from the setting, without loading the model."""
    from app.core.docs.embedder import resolve_model

    try:
        return resolve_model(core.settings.get("embedding_model") or "")[0]
    except HearthError:
        return None


def resolve(core: Core, req: ChatRequest) -> Turn:
    """Check the request against what is installed; retrieve excerpts for a collection
    (the embedding model runs here, outside the model lane)."""
    messages = req.chat_messages()
    if not any(m["role"] == "user" for m in messages):
        raise ValueError("messages must include a user message")
    collection = ""
    if req.model.startswith(COLLECTION_PREFIX):
        collection = req.model[len(COLLECTION_PREFIX):]
        if collection not in {c["name"] for c in core.documents.collections()}:
            raise ModelNotFound(Msg("The model '{model}' does not exist: there is no collection "
                                    "named '{collection}'.", model=req.model,
                                    collection=collection),
                                Msg("GET /v1/models lists the collections."))
        model_id = core.runtime.default_id()
    elif req.model in chat_models(core):
        model_id = req.model
    elif req.model == embedding_model_id(core):
        raise ModelNotFound(Msg("'{model}' is an embedding model, not a chat model.",
                                model=req.model),
                            Msg("Send it to POST /v1/embeddings; GET /v1/models lists the chat "
                                "models."))
    else:
        raise ModelNotFound(Msg("The model '{model}' does not exist.", model=req.model),
                            Msg("GET /v1/models lists the models this server has."))
    if not any(m["role"] == "system" for m in messages):
        # as in the window and `hearth chat`: the model's (or the global) system prompt
        system = core.runtime.effective(model_id).get("system_prompt") or ""
        if system.strip():
            messages.insert(0, {"role": "system", "content": system})
    response_format = structured.check(req.response_format)
    if response_format and not core.runtime.remotes.is_remote(model_id):
        from app.core.llm.engine import json_grammar

        json_grammar(response_format)  # a schema llama.cpp cannot follow is a 400 now
    overrides = {"temperature": req.temperature, "top_p": req.top_p, "seed": req.seed}
    params = core.runtime.sampling(model_id, **overrides)
    params = replace(params, stop=req.stops(), response_format=response_format)
    turn = Turn(id=f"chatcmpl-{uuid.uuid4().hex[:24]}", model=req.model, model_id=model_id,
                messages=messages, params=params,
                max_tokens=req.max_completion_tokens or req.max_tokens, collection=collection,
                thinking=req.enable_thinking())
    if collection:
        question = next(m["content"] for m in reversed(messages) if m["role"] == "user")
        found = core.documents.search([collection], question, DOCS_K)
        turn.snippets = relevant(found, core.documents.min_score())
    return turn


def _with_documents(turn: Turn, model) -> list[dict[str, str]]:
    """The messages with the excerpts that fit added to the system message."""
    question = next(m["content"] for m in reversed(turn.messages) if m["role"] == "user")
    system = "\n\n".join(m["content"] for m in turn.messages if m["role"] == "system")
    budget = document_budget(model, system, question, turn.max_tokens or 512)
    docs, turn.used = format_snippets(turn.snippets, lambda t: len(model.tokenize(t)), budget)
    rest = [m for m in turn.messages if m["role"] != "system"]
    content = "\n\n".join(t for t in (system.strip(), docs) if t)
    return ([{"role": "system", "content": content}] if content else []) + rest


def run(core: Core, turn: Turn, control: JobControl,
        on_piece: Callable[[Split], None] | None = None) -> Generation:
    """Generate the reply in the core's model lane (after a file job's chunk or a window's
    turn; the model is loaded if needed and held until the reply ends), the prompt
    checked against its context, and each piece passed on as it comes, parted into
    reasoning and answer (`turn.reasoning`, `turn.content` hold the whole of each)."""
    with core.runtime.use(turn.model_id, control) as model:
        messages = _with_documents(turn, model) if turn.collection else turn.messages
        thinking = turn.params.thinking if turn.thinking is None else turn.thinking
        prompt = model.render(messages, **({} if thinking else {"enable_thinking": False}))
        tokens = model.tokenize(prompt)
        room = model.n_ctx - len(tokens)
        if room < 1:
            raise ContextOverflow(
                Msg("The messages need {n_tokens} tokens; {model_id} has a {n_ctx}-token context.",
                    n_tokens=len(tokens), model_id=turn.model_id, n_ctx=model.n_ctx),
                Msg("Send fewer or shorter messages."))
        params = replace(turn.params, max_tokens=min(turn.max_tokens or room, room))
        generation = model.generate(tokens, params, control)
        tags = tags_for(getattr(getattr(model, "template", None), "source", None))
        split = ReasoningSplitter(tags, inside=opened_by_prompt(prompt, tags))
        for piece in generation:
            part = split.feed(piece)
            if on_piece is not None:
                on_piece(part)
        part = split.finish()
        if on_piece is not None and (part.reasoning or part.answer):
            on_piece(part)
    turn.reasoning, turn.content = split.reasoning.strip(), split.answer
    if turn.collection:
        turn.cited = cited_numbers(turn.content)
    return generation


def finish_reason(generation: Generation) -> str:
    """OpenAI's finish reasons: `length` when max_tokens or the context ran out."""
    return "length" if generation.stats.finish_reason == "length" else "stop"


def check_bad_request(exc: BaseException) -> bool:
    """Errors that are the request's fault (400) rather than the server's."""
    return isinstance(exc, ValueError | ContextOverflow)

