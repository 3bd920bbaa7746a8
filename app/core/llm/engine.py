"""The llama.cpp engine: the only module that imports `llama_cpp`.

It drives llama.cpp through the low-level bindings: a `llama_decode` loop with
llama.cpp's native sampler chain and incremental detokenization, so no
per-token work over the vocabulary happens in Python (the high-level
`create_completion(stream=True)` path is several times slower on a GPU; see
DESIGN.md). The KV cache of the prompt prefix shared with the previous call is
kept, so a follow-up turn only evaluates its new tokens.
"""

from __future__ import annotations

import codecs
import ctypes
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core import hardware
from app.core.control import JobControl
from app.core.errors import HearthError, ModelLoadError
from app.core.llm.base import Generation, SamplingParams
from app.core.llm.templates import ChatTemplate
from app.core.llm.threads import (
    FIRST_TOKEN_AGE_S,
    RECHECK_TOKENS,
    ThreadChooser,
)
from app.core.messages import Msg
from app.core.models.gguf_info import GGUFInfo, read_gguf

log = logging.getLogger(__name__)
_backend_lock = threading.Lock()
_backend_ready = False


def _llama():
    """Import llama_cpp lazily (it loads a large shared library) and quiet its log."""
    global _backend_ready
    import llama_cpp

    with _backend_lock:
        if not _backend_ready:
            debug = bool(os.environ.get("HEARTH_DEBUG"))
            level = logging.DEBUG if debug else logging.ERROR
            logging.getLogger("llama-cpp-python").setLevel(level)
            llama_cpp.llama_backend_init()
            _backend_ready = True
    return llama_cpp


def json_grammar(response_format: dict) -> str:
    """The GBNF grammar for a checked `response_format` (llm.structured): any JSON object,
    or JSON of its schema. Raises ValueError for a schema llama.cpp cannot express."""
    from app.core.llm.structured import schema_of

    _llama()
    from llama_cpp import llama_grammar

    schema = schema_of(response_format)
    if schema is None:
        return llama_grammar.JSON_GBNF
    try:
        return llama_grammar.json_schema_to_gbnf(json.dumps(schema))
    except (ValueError, KeyError, TypeError, AssertionError, RecursionError) as exc:
        raise ValueError(f"response_format: this JSON schema cannot be followed ({exc})") from exc


def build_info() -> dict:
    """What the installed llama.cpp build can do (for `hearth doctor`)."""
    llama_cpp = _llama()
    info = llama_cpp.llama_print_system_info().decode(errors="replace")
    return {
        "llama_cpp_python": llama_cpp.__version__,
        "gpu_offload": bool(llama_cpp.llama_supports_gpu_offload()),
        "mmap": bool(llama_cpp.llama_supports_mmap()),
        "system_info": info.strip(),
    }


@dataclass
class LoadOptions:
    n_ctx: int = 4096
    n_threads: int = 0  # 0 = automatic: chosen per reply from conditions (threads.py)
    n_gpu_layers: int | str = "auto"  # "auto", or a count (0 = CPU, -1 = all)
    n_batch: int = 512
    # "auto": off on the CPU, llama.cpp's own choice with GPU layers; or "on" / "off".
    # llama.cpp's CPU flash attention reads the whole KV cache once per query row, so a
    # multi-token batch over a long history (a follow-up turn's prompt) ran 2-3x slower
    # with it on a 2-core CPU, while single-token decoding gained little (bench/llm.py).
    flash_attn: str = "auto"


FLASH_ATTN_TYPE = {"auto": -1, "off": 0, "on": 1}  # llama_flash_attn_type


@dataclass
class LoadReport:
    n_gpu_layers: int
    device: str
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def plan_gpu_layers(info: GGUFInfo, n_ctx: int, requested: int | str, supports_gpu: bool,
                    free_vram: int | None) -> int:
    """How many layers to offload: all when the build can and the model fits in free
    VRAM, part of them when only part fits, none on a CPU-only build."""
    if not supports_gpu:
        return 0
    layers = max(1, info.block_count)
    if requested != "auto":
        n = int(requested)
        return layers + 1 if n < 0 else min(n, layers + 1)
    if free_vram is None:
        return layers + 1  # unknown VRAM: try everything, the loader falls back on failure
    kv = kv_cache_bytes(info, n_ctx)
    need = info.size + kv + 300 * 2**20  # compute buffers and CUDA context
    if need <= free_vram:
        return layers + 1
    per_layer = (info.size + kv) / layers
    return max(0, int((free_vram - 500 * 2**20) / per_layer))


def kv_cache_bytes(info: GGUFInfo, n_ctx: int) -> int:
    """f16 K and V for every layer: 2 * layers * ctx * kv_heads * head_dim * 2 bytes."""
    if not (info.block_count and info.embedding_length and info.head_count):
        return 0
    head_dim = info.embedding_length // info.head_count
    kv_heads = info.head_count_kv or info.head_count
    return 2 * info.block_count * n_ctx * kv_heads * head_dim * 2


BIG_BATCH = 64  # tokens: a batch this big runs on every core whatever the load
TOKENIZE_CACHE = 8  # recent long texts whose tokens are kept
TOKENIZE_CACHE_MIN = 2000  # characters: shorter texts are cheap to tokenize again
PREFILL_BATCH_S = 0.1  # a prefill batch's time: a send waits for one at most
PREFILL_FIRST_BATCH = 8  # tokens; later batches are sized from the time this one took


@dataclass
class PrefillStats:
    total: int = 0  # tokens asked for
    cached: int = 0  # of which already in the KV cache
    evaluated: int = 0  # evaluated now
    stopped: bool = False  # stop() said so before the end
    seconds: float = 0.0
    batch_s: float = 0.0  # the longest batch


class Engine:
    """A loaded GGUF model with one llama.cpp context (one conversation at a time)."""

    def __init__(self, path: str | Path, model_id: str | None = None,
                 options: LoadOptions | None = None) -> None:
        self.path = Path(path)
        self.info = read_gguf(self.path)  # validate before llama.cpp sees the file
        self.model_id = model_id or self.path.stem
        self.options = options or LoadOptions()
        self.template = ChatTemplate(self.info.chat_template, self.info.bos_token,
                                     self.info.eos_token)
        self._lib = _llama()
        self._lock = threading.Lock()
        self._model = None
        self._ctx = None
        self._past: list[int] = []  # tokens whose KV is in the context, in order
        # when the context's logits are those of _past's last token (its last decode ended
        # there), the size of the batch that made them, else 0: a prompt equal to _past can
        # be sampled from with nothing to evaluate (greedily only from a batch of one)
        self._logits_batch = 0
        self._tokenized: dict[tuple[str, bool], tuple[int, ...]] = {}  # oldest first
        self.report = self._load()
        self.device = self.report.device
        self.n_ctx = int(self._lib.llama_n_ctx(self._ctx))

    # loading -----------------------------------------------------------
    def _load(self) -> LoadReport:
        lib = self._lib
        start = time.perf_counter()
        n_ctx = self.options.n_ctx
        if self.info.context_length:
            n_ctx = min(n_ctx, self.info.context_length)
        want = plan_gpu_layers(self.info, n_ctx, self.options.n_gpu_layers,
                               bool(lib.llama_supports_gpu_offload()), hardware.free_vram())
        attempts = [want]
        if want > 0:
            attempts += [n for n in (want // 2, 0) if n < want]
        notes: list[str] = []
        last_error = ""
        for n_gpu in dict.fromkeys(attempts):
            try:
                self._open(n_gpu, n_ctx)
            except ModelLoadError as exc:
                last_error = exc.message
                if n_gpu > 0:
                    notes.append(Msg("Loading with {n_gpu} GPU layers failed ({reason}); "
                                     "retrying with fewer.", n_gpu=n_gpu, reason=exc.message))
                continue
            if notes:
                notes.append(Msg("Loaded on the CPU instead.") if n_gpu == 0 else
                             Msg("Loaded on {n_gpu} GPU layers instead.", n_gpu=n_gpu))
            device = "CPU" if n_gpu == 0 else (
                "GPU" if n_gpu > self.info.block_count else
                Msg("GPU ({n_gpu} layers) + CPU", n_gpu=n_gpu))
            return LoadReport(n_gpu, device, notes, time.perf_counter() - start)
        raise ModelLoadError(
            Msg("llama.cpp could not load {name}: {last_error}.", name=self.path.name,
                last_error=last_error),
            Msg("The model may need a newer llama.cpp, or more memory than is free: try a "
                "smaller quantization or a shorter context length."),
        )

    def _open(self, n_gpu: int, n_ctx: int) -> None:
        lib = self._lib
        mparams = lib.llama_model_default_params()
        mparams.n_gpu_layers = n_gpu
        model = lib.llama_model_load_from_file(str(self.path).encode(), mparams)
        if not model:
            raise ModelLoadError(Msg("the model file could not be loaded"))
        cparams = lib.llama_context_default_params()
        threads = self.options.n_threads or hardware.physical_cores()
        cparams.n_ctx = n_ctx
        cparams.n_batch = self.options.n_batch
        cparams.n_ubatch = self.options.n_batch
        cparams.n_threads = threads
        # Prompt batches on free cores: every core pays off (2x on 2 cores); the count
        # is chosen per reply and prefill from conditions (self.threads)
        cparams.n_threads_batch = threads
        cparams.no_perf = True
        flash = self.options.flash_attn
        if flash == "auto" and n_gpu == 0:
            flash = "off"
        cparams.flash_attn_type = FLASH_ATTN_TYPE.get(flash, -1)
        ctx = lib.llama_init_from_model(model, cparams)
        if not ctx:
            lib.llama_model_free(model)
            raise ModelLoadError(Msg("no memory for a {n_ctx}-token context", n_ctx=n_ctx))
        self._model, self._ctx = model, ctx
        self._vocab = lib.llama_model_get_vocab(model)
        self._mem = lib.llama_get_memory(ctx)
        self._add_bos = bool(lib.llama_vocab_get_add_bos(self._vocab))
        self.n_threads = threads
        self.threads = ThreadChooser(threads, self.options.n_threads)
        self.flash_attn_type = int(cparams.flash_attn_type)

    def close(self) -> None:
        with self._lock:
            if self._ctx:
                self._lib.llama_free(self._ctx)
                self._ctx = None
            if self._model:
                self._lib.llama_model_free(self._model)
                self._model = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown: nothing left to report to
            pass

    # text <-> tokens ---------------------------------------------------
    def render(self, messages: list[dict[str, str]], add_generation_prompt: bool = True,
               **variables: object) -> str:
        return self.template.render(messages, add_generation_prompt, **variables)

    @property
    def supports_tools(self) -> bool:
        """Whether the model's own chat template declares tools to it."""
        return self.template.supports_tools

    def _check_loaded(self) -> None:
        if not self._model:
            raise HearthError(Msg("The model was unloaded."), Msg("Load it again."))

    def tokenize(self, text: str, special: bool = True) -> list[int]:
        # A prompt tokenized while the user typed (a prefill) is asked for again by the
        # send: 3k tokens of history take ~8 ms each time, so the last few are kept.
        key = (text, special)
        found = self._tokenized.get(key)
        if found is not None:
            return list(found)
        # Under the lock: the vocabulary belongs to the model, which close() frees.
        with self._lock:
            self._check_loaded()
            tokens = self._tokenize(text, special)
        if len(text) > TOKENIZE_CACHE_MIN:
            self._tokenized[key] = tuple(tokens)
            while len(self._tokenized) > TOKENIZE_CACHE:
                self._tokenized.pop(next(iter(self._tokenized)))
        return tokens

    def _tokenize(self, text: str, special: bool) -> list[int]:
        lib = self._lib
        data = text.encode("utf-8")
        add_bos = self._add_bos and not (
            self.template.bos_token and text.startswith(self.template.bos_token))
        cap = len(data) + 8
        buf = (lib.llama_token * cap)()
        n = lib.llama_tokenize(self._vocab, data, len(data), buf, cap, add_bos, special)
        if n < 0:
            cap = -n
            buf = (lib.llama_token * cap)()
            n = lib.llama_tokenize(self._vocab, data, len(data), buf, cap, add_bos, special)
        return list(buf[:n])

    def _piece(self, token: int, buf: ctypes.Array) -> bytes:
        n = self._lib.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
        if n < 0:
            bigger = ctypes.create_string_buffer(-n)
            n = self._lib.llama_token_to_piece(self._vocab, token, bigger, -n, 0, False)
            return bigger.raw[:n]
        return buf.raw[:n]

    def detokenize(self, tokens: list[int]) -> str:
        with self._lock:
            self._check_loaded()
            buf = ctypes.create_string_buffer(256)
            return b"".join(self._piece(t, buf) for t in tokens).decode("utf-8",
                                                                       errors="replace")

    # generation --------------------------------------------------------
    def _sampler(self, p: SamplingParams):
        lib = self._lib
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        if p.response_format:
            # first in the chain: every later sampler only sees tokens the grammar allows
            grammar = lib.llama_sampler_init_grammar(
                self._vocab, json_grammar(p.response_format).encode(), b"root")
            if not grammar:
                lib.llama_sampler_free(chain)
                raise ValueError("response_format: llama.cpp could not parse the grammar made "
                                 "from this JSON schema")
            lib.llama_sampler_chain_add(chain, grammar)
        if p.repeat_penalty and p.repeat_penalty != 1.0:
            lib.llama_sampler_chain_add(chain, self._penalties(p.repeat_penalty))
        if p.temperature <= 0:
            lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_greedy())
            return chain
        if p.top_k > 0:
            lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_top_k(p.top_k))
        if 0 < p.top_p < 1:
            lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_top_p(p.top_p, 1))
        if p.min_p > 0:
            lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_min_p(p.min_p, 1))
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_temp(p.temperature))
        seed = p.seed if p.seed >= 0 else 0xFFFFFFFF  # LLAMA_DEFAULT_SEED = random
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_dist(seed))
        return chain

    def _penalties(self, repeat_penalty: float):
        """The repeat-penalty sampler; some llama.cpp builds also want the vocabulary size."""
        lib = self._lib
        try:
            return lib.llama_sampler_init_penalties(64, repeat_penalty, 0.0, 0.0)
        except TypeError:  # this build's signature: (n_vocab, last_n, repeat, freq, present)
            n_vocab = lib.llama_vocab_n_tokens(self._vocab)
            return lib.llama_sampler_init_penalties(n_vocab, 64, repeat_penalty, 0.0, 0.0)

    def _decode(self, tokens: list[int]) -> None:
        """Evaluate `tokens` after the cached ones, in batches of n_batch."""
        lib = self._lib
        step = self.options.n_batch
        for i in range(0, len(tokens), step):
            part = tokens[i:i + step]
            self._batch_threads(len(part))
            arr = (lib.llama_token * len(part))(*part)
            rc = lib.llama_decode(self._ctx, lib.llama_batch_get_one(arr, len(part)))
            if rc != 0:
                self._reset_cache()
                raise HearthError(Msg("llama.cpp failed to evaluate the prompt (code {rc}).",
                                      rc=rc),
                                  Msg("Try a shorter message or a larger context length."))
            self._past.extend(part)
            self._logits_batch = len(part)

    def _evaluate(self, tokens: list[int], exact: bool) -> None:
        """Evaluate a prompt's uncached `tokens`. For greedy or seeded sampling (`exact`)
        the last one goes in a batch of its own: llama.cpp's logits for a token differ in
        their last bits between a many-token batch and a batch of one, near-ties then flip
        the choice, and the same request answered from a cold cache and from a warm one
        (which re-evaluates only the last token) gave two replies. One decode step more
        buys the same reply for the same request."""
        if exact and len(tokens) > 1:
            self._decode(tokens[:-1])
            tokens = tokens[-1:]
        self._decode(tokens)

    def prefill(self, tokens: list[int], stop: Callable[[], bool] | None = None,
                batch_s: float = PREFILL_BATCH_S) -> PrefillStats:
        """Evaluate `tokens` into the KV cache after the prefix already there, asking
        `stop()` before each batch; a prompt equal to them is then answered with nothing
        left to evaluate, and one that starts with them with little. Batches are sized to
        take about `batch_s` (whoever stops it waits for one batch at most): a token
        costs more the longer the context (attention over it), about 40 ms at 3k tokens
        on 2 busy cores with the bundled model."""
        stats = PrefillStats(total=len(tokens))
        start = time.perf_counter()
        with self._lock:
            self._check_loaded()
            if len(tokens) >= self.n_ctx:
                return stats
            stats.cached = self._reuse_prefix(tokens)
            self._set_threads()
            i, size = stats.cached, PREFILL_FIRST_BATCH
            while i < len(tokens):
                if stop is not None and stop():
                    stats.stopped = True
                    break
                end = min(i + size, len(tokens))
                if end == len(tokens) and end - i > 1:
                    end -= 1  # the last token alone, as a greedy send evaluates it (_evaluate)
                part = tokens[i:end]
                t0 = time.perf_counter()
                self._decode(part)
                took = time.perf_counter() - t0
                stats.batch_s = max(stats.batch_s, took)
                stats.evaluated += len(part)
                i += len(part)
                size = max(1, min(self.options.n_batch, int(batch_s * len(part) / took)))
        stats.seconds = time.perf_counter() - start
        return stats

    def _batch_threads(self, n_tokens: int) -> None:
        """Every core for a big batch: beside busy CPUs a 192-token prompt still ran at
        106 tokens/s on 2 threads against 50 on 1, while an 8-token batch over 3k cached
        tokens took 1.4-3.8 s on 2 and 0.17 s on 1 (its barriers outweigh its work)."""
        want = self.n_threads if n_tokens >= BIG_BATCH else self._lib.llama_n_threads(self._ctx)
        if want != self._lib.llama_n_threads_batch(self._ctx):
            self._lib.llama_set_n_threads(self._ctx, self._lib.llama_n_threads(self._ctx), want)

    def _set_threads(self, max_age: float = 0.0) -> int:
        """Decode with the thread count today's conditions call for (threads.py), and
        small batches too (see _batch_threads)."""
        n = self.threads.choose(max_age)
        if n != self._lib.llama_n_threads(self._ctx):
            self._lib.llama_set_n_threads(self._ctx, n, n)
        return n

    def _reset_cache(self) -> None:
        self._lib.llama_memory_clear(self._mem, True)
        self._past = []
        self._logits_batch = 0

    def _reuse_prefix(self, tokens: list[int], exact: bool = False) -> int:
        """Drop the cached KV after the prefix shared with `tokens`; returns its length.
        With `exact` (see _evaluate), the last token's logits are reused only when it was
        evaluated on its own."""
        n = 0
        for a, b in zip(self._past, tokens, strict=False):
            if a != b:
                break
            n += 1
        if (n == len(tokens) == len(self._past) and self._logits_batch
                and (self._logits_batch == 1 or not exact)):
            return n  # all evaluated, the last one's logits still there (a prefill)
        n = min(n, len(tokens) - 1)  # re-evaluate at least one token to get fresh logits
        if n < len(self._past):
            if not self._lib.llama_memory_seq_rm(self._mem, 0, n, -1):
                self._reset_cache()
                return 0
            del self._past[n:]
            self._logits_batch = 0
        return n

    def generate(self, tokens: list[int], params: SamplingParams,
                 control: JobControl | None = None) -> Generation:
        if not tokens:
            raise HearthError(Msg("Nothing to answer: the prompt is empty."))
        if len(tokens) >= self.n_ctx:
            raise HearthError(
                Msg("The prompt ({n_tokens} tokens) does not fit the {n_ctx}-token context.",
                    n_tokens=len(tokens), n_ctx=self.n_ctx),
                Msg("Raise the context length in Settings or shorten the conversation."))
        gen = Generation(iter(()))
        gen._pieces = self._stream(tokens, params, control, gen)
        return gen

    def _stream(self, tokens: list[int], params: SamplingParams, control: JobControl | None,
                gen: Generation) -> Iterator[str]:
        lib = self._lib
        stats = gen.stats
        with self._lock:
            self._check_loaded()
            start = time.perf_counter()
            exact = params.temperature <= 0 or params.seed >= 0
            cached = self._reuse_prefix(tokens, exact)
            stats.prompt_tokens, stats.cached_tokens = len(tokens), cached
            threads = self._set_threads(FIRST_TOKEN_AGE_S)
            self._evaluate(tokens[cached:], exact)
            sampler = self._sampler(params)
            decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
            buf = ctypes.create_string_buffer(256)
            one = (lib.llama_token * 1)()
            batch = lib.llama_batch_get_one(one, 1)
            stops = [s for s in params.stop if s]
            pending = ""
            first_at = 0.0
            n_out = 0
            finish = "length"
            try:
                while n_out < params.max_tokens:
                    if control is not None and control.cancelled:
                        finish = "cancelled"
                        break
                    if n_out:
                        # The previous token is evaluated only now that another one is
                        # wanted: its text reached the caller a whole decode earlier, and
                        # the last token of a reply (length, stop string, cancel) costs none.
                        if len(self._past) + 1 >= self.n_ctx:
                            finish = "length"
                            break
                        if n_out % RECHECK_TOKENS == 0:
                            threads = self._set_threads()
                        if lib.llama_decode(self._ctx, batch) != 0:
                            raise HearthError(Msg("llama.cpp failed while generating."),
                                              Msg("Try again; if it repeats, reload the model."))
                        self._past.append(one[0])
                        self._logits_batch = 1
                    token = lib.llama_sampler_sample(sampler, self._ctx, -1)
                    if lib.llama_vocab_is_eog(self._vocab, token):
                        finish = "stop"
                        break
                    n_out += 1
                    one[0] = token
                    text = decoder.decode(self._piece(token, buf))
                    if not text:
                        continue
                    if not first_at:
                        first_at = time.perf_counter()
                        stats.ttft_s = first_at - start
                    if stops:
                        pending += text
                        hit = min((pending.find(s) for s in stops if s in pending), default=-1)
                        if hit >= 0:
                            pending = pending[:hit]
                            finish = "stop"
                            break
                        keep = max((len(s) - 1 for s in stops), default=0)
                        if len(pending) > keep:
                            cut = len(pending) - keep
                            emit, pending = pending[:cut], pending[cut:]
                            yield emit
                    else:
                        yield text
                tail = pending + decoder.decode(b"", final=True)
                if tail:
                    yield tail
            finally:
                lib.llama_sampler_free(sampler)
                end = time.perf_counter()
                stats.completion_tokens = n_out
                stats.seconds = end - start
                if not first_at:
                    stats.ttft_s = end - start
                decode_s = end - first_at if first_at else 0.0
                stats.tokens_per_s = (n_out - 1) / decode_s if decode_s > 0 and n_out > 1 else 0.0
                stats.finish_reason = finish
                stats.threads = threads
