"""LLM figures through Hearth's engine (the path the CLI and the GUI use), each against
llama.cpp's own loop on the same model, context, batch and threads, in this process:

- decode tokens/s: Engine.generate vs a bare llama_decode + native sampler loop;
- prompt processing tokens/s: the same two;
- time to first token at turn 5 of a conversation holding ~3k tokens of history vs
  turn 1, through Assistant.send (plan_prompt + Engine, so KV reuse is what counts).

Runs on the CPU, and again fully offloaded when the llama.cpp build and a GPU allow.
HEARTH_BENCH_MODEL=/path/to/model.gguf benches another model than the bundled one.
"""

from __future__ import annotations

import os
import random
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core import hardware
from app.core.config import DEFAULTS
from app.core.control import JobControl
from app.core.llm.base import SamplingParams
from app.core.llm.engine import Engine, LoadOptions
from app.core.models import bundled
from bench._llama_loop import MAX_RUN_S, BareLoop, BareProcess
from bench.common import SETTLE_S, interleaved, median, na, paired_ratio, row, say

N_CTX = 4096
FLASH = {-1: "auto", 0: "off", 1: "on"}
N_BATCH = 512
ASKS = 5  # turn-5 and turn-1 asks per conversation (asks are cheap, histories are not)
BASELINE = "baseline: bare llama_decode + native sampler chain via llama_cpp's low-level bindings"
STORY = ("Write a long, detailed story about a lighthouse keeper who finds an old map "
         "in a bottle. Describe the sea, the weather and every step of the journey.")
WORDS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
         "Juliet", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo")


def model_path() -> Path | None:
    env = os.environ.get("HEARTH_BENCH_MODEL")
    return Path(env) if env else bundled.path_of(bundled.CHAT)


def gpu_usable() -> bool:
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload()) and bool(hardware.gpus())


def passage(rng: random.Random, n_sentences: int) -> str:
    """Plain varied English prose (content does not change the cost of a token)."""
    subjects = ["The committee", "A farmer", "The river", "Our neighbour", "The old library",
                "A young engineer", "The city council", "The orchestra", "A stray cat"]
    verbs = ["considered", "described", "rebuilt", "ignored", "celebrated", "measured",
             "questioned", "painted", "followed"]
    objects = ["the harvest", "a new bridge", "the winter storms", "the market square",
               "an unfinished letter", "the railway timetable", "a quiet garden",
               "the price of bread", "the northern hills"]
    tails = ["before the rain came.", "with surprising patience.", "for the third time that year.",
             "while everyone watched.", "and nobody complained.", "after a long debate."]
    return " ".join(f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} "
                    f"{rng.choice(tails)}" for _ in range(n_sentences))


def decode_rows(engine: Engine, path: Path, label: str, quick: bool) -> list[dict]:
    """Hearth's decode (its own thread choice) against llama.cpp's best at the same moment:
    its own loop in a child process at every thread count from 1 to the cores, best
    taken, round by round; on the CPU again while Hearth indexes a folder."""
    n_tokens = 48 if quick else 256
    params = SamplingParams.from_settings({**DEFAULTS, "max_tokens": n_tokens, "seed": 1234})
    prompt = engine.tokenize(engine.render([{"role": "user", "content": STORY}]))
    bare = BareProcess(path, engine.n_ctx, N_BATCH, engine.n_threads,
                       engine.report.n_gpu_layers, engine.flash_attn_type, prompt, params)
    runs = 5 if quick else 9
    try:
        rows = [decode_row(engine, bare, prompt, params, label, runs, "")]
        if label == "CPU":
            with indexing_job(quick) as started:
                rows.append(decode_row(engine, bare, prompt, params, label, runs, started()))
    finally:
        bare.close()
    return rows


def decode_row(engine: Engine, bare: BareProcess, prompt: list[int], params: SamplingParams,
               label: str, runs: int, indexing: str) -> dict:
    threads = range(1, engine.n_threads + 1)
    hearth: list[float] = []
    best: list[float] = []
    per_n: dict[int, list[float]] = {n: [] for n in threads}
    chosen: list[int] = []
    counts: dict[str, int] = {}
    load = os.getloadavg()[0]
    for r in range(runs + 1):  # round 0 warms both sides up and is not counted
        def ours() -> float:
            start = time.perf_counter()
            gen = engine.generate(prompt, params)
            gen.consume()
            counts["hearth"] = gen.stats.completion_tokens
            chosen.append(gen.stats.threads)
            return gen.stats.completion_tokens / (time.perf_counter() - start)

        def theirs() -> dict[int, float]:
            found = {}
            for n in threads:
                found[n], counts["bare"] = bare.decode(n)
            return found

        if r % 2:  # SETTLE_S apart: the other side's OpenMP workers stop spinning
            mine = ours()
            time.sleep(SETTLE_S)
            found = theirs()
        else:
            found = theirs()
            time.sleep(SETTLE_S)
            mine = ours()
        if r == 0:
            chosen.clear()
            continue
        hearth.append(mine)
        best.append(max(found.values()))
        for n, v in found.items():
            per_n[n].append(v)
    load = max(load, os.getloadavg()[0])
    each = ", ".join(f"{n} thread{'s' if n > 1 else ''} {median(v):.1f}"
                     for n, v in per_n.items())
    used = ", ".join(f"{n} threads x{chosen.count(n)}" for n in sorted(set(chosen)))
    when = f"while {indexing}" if indexing else "no job of Hearth's running"
    note = (f"baseline: llama.cpp's own loop (bare llama_decode + native sampler chain, "
            f"low-level bindings) in a child process with llama.cpp's default OpenMP "
            f"settings, best of 1..{engine.n_threads} threads per round (medians: {each}); "
            f"Hearth chose {used}; {when}; load average up to {load:.1f} (other processes, "
            f"niced ones included); {counts['hearth']} tokens per run (a baseline run stops "
            f"after {MAX_RUN_S:.0f} s), "
            f"ctx {engine.n_ctx}, flash attention {FLASH[engine.flash_attn_type]}; median of "
            f"{len(hearth)} alternating rounds; ratio: median of per-round ratios")
    name = f"decode tokens/s{' while indexing' if indexing else ''} [{label}]"
    # while indexing: no collapse, i.e. within 10% of the best llama.cpp manages then
    target = (">= 0.9x" if indexing else ">= 0.97x") if label == "CPU" else ">= 0.90x"
    return row(name, median(hearth), "tok/s", baseline=median(best),
               ratio=paired_ratio(hearth, best), target=target, note=note)


@contextmanager
def indexing_job(quick: bool) -> Iterator[Callable[[], str]]:
    """Hearth indexing a folder of notes as the window does (files read and chunked in a
    thread of this process, the embedding model in its child process), from its first
    embedded batch until the block ends; yields a function that waits for that first
    batch and says what runs."""
    from app.core.session import Core
    from bench.indexing import make_corpus

    with tempfile.TemporaryDirectory() as home:
        os.environ["HEARTH_HOME"] = home
        make_corpus(Path(home) / "notes", 150 if quick else 400)
        core = Core(Path(home) / "hearth.db")
        core.documents.isolate_embedder = True  # as the window: the model in a child process
        control = JobControl()
        reports: list[object] = []
        errors: list[BaseException] = []

        def work() -> None:
            try:
                core.documents.add("bench", [Path(home) / "notes"], control, reports.append)
            except BaseException as exc:  # noqa: BLE001 - Cancelled at the end, or a failure
                errors.append(exc)

        worker = threading.Thread(target=work, name="bench-indexing", daemon=True)
        worker.start()

        def started() -> str:
            deadline = time.monotonic() + 120
            while len(reports) < 2 and worker.is_alive() and time.monotonic() < deadline:
                time.sleep(0.1)
            if not worker.is_alive():
                raise RuntimeError(f"the indexing job ended before decoding ran: {errors}")
            return ("Hearth indexes a folder of notes as the window does (embedding child "
                    f"process, {core.settings.get('index_threads')} embedding thread)")

        try:
            yield started
        finally:
            control.cancel()
            worker.join(60)
            core.close()


def prompt_rows(engine: Engine, bare: BareLoop, label: str, quick: bool) -> list[dict]:
    n_prompt = 192 if quick else 1024
    rng = random.Random(7)
    body = engine.tokenize(passage(rng, n_prompt // 10), special=False)
    prompts = []
    for word in WORDS:  # a distinct first token each run, so no KV prefix is reusable
        toks = engine.tokenize(f"{word}: ", special=False) + body
        prompts.append(toks[:n_prompt])
    assert len({p[0] for p in prompts}) == len(prompts), "prompt variants share a first token"
    params = SamplingParams(temperature=0, max_tokens=1)
    turn = {"hearth": 0, "bare": 0}

    def hearth() -> float:
        tokens = prompts[turn["hearth"] % len(prompts)]
        turn["hearth"] += 1
        start = time.perf_counter()
        engine.generate(tokens, params).consume()
        return len(tokens) / (time.perf_counter() - start)

    def baseline() -> float:
        """llama.cpp's best at this moment: the same prompt with 1..N threads."""
        tokens = prompts[turn["bare"] % len(prompts)]
        turn["bare"] += 1
        import llama_cpp

        rates = []
        for n in range(1, engine.n_threads + 1):
            llama_cpp.llama_set_n_threads(bare.ctx, n, n)
            bare.reset(keep=0, data=False)  # as the engine's prefix check on a new prompt
            start = time.perf_counter()
            bare.prefill(tokens)
            bare.generate(params, first_only=True)
            rates.append(len(tokens) / (time.perf_counter() - start))
        return max(rates)

    runs = interleaved({"hearth": hearth, "bare": baseline}, runs=7 if quick else 9,
                       settle_s=SETTLE_S)
    note = (f"{BASELINE}, best of 1..{engine.n_threads} threads per run (Hearth chooses "
            f"its own); {n_prompt}-token prompt, batch {N_BATCH}, to the first sampled "
            f"token, median of {len(runs['hearth'])} interleaved runs; "
            "ratio: median of per-run ratios")
    return [row(f"prompt processing tokens/s [{label}]", median(runs["hearth"]), "tok/s",
                baseline=median(runs["bare"]), ratio=paired_ratio(runs["hearth"], runs["bare"]),
                target="", note=note)]


def ttft_rows(engine: Engine, label: str, quick: bool, pp_rate: float) -> list[dict]:
    """TTFT of a short question as turn 1 of a new conversation, and as turn 5 after four
    turns that pasted ~700-token passages (about 3k tokens of history).

    Building that history is the slow part, so each conversation is asked turn 5 ASKS
    times: the first ask is the real turn 5; for the next ones the ask is deleted and
    a question with another first word is sent, which leaves the same work (the KV of
    the history reused, the new question evaluated)."""
    from app.core.store.db import open_db
    from app.core.store.history import History
    from app.core.tasks.assistant import Assistant

    system = DEFAULTS["system_prompt"]
    setup = SamplingParams.from_settings({**DEFAULTS, "max_tokens": 32, "seed": 1})
    ask = SamplingParams.from_settings({**DEFAULTS, "max_tokens": 64, "seed": 1})
    question = "which of these passages did you find most interesting, and why?"
    t1, t5, t5_cold, used, cached, new1, outside = [], [], [], [], [], [], []

    with tempfile.TemporaryDirectory() as home:
        assistant = Assistant(History(open_db(Path(home) / "bench.db")))

        def first_token(conv_id: int, text: str) -> tuple[float, object]:
            control = JobControl()
            seen: list[float] = []

            def on_token(_: str) -> None:
                if not seen:
                    seen.append(time.perf_counter())
                    control.cancel()  # the first token is all this figure needs

            start = time.perf_counter()
            result = assistant.send(conv_id, text, engine, ask, system, on_token, control)
            assistant.history.delete_messages_from(result.user_message.id)
            return seen[0] - start, result

        for c in range(1 if quick else 2):
            rng = random.Random(c)
            conv = assistant.start_conversation("bench", engine.model_id, system)
            for _ in range(4):
                msg = passage(rng, 60) + "\n\nSummarize this passage in one sentence."
                assistant.send(conv.id, msg, engine, setup, system)
            for i in range(ASKS):
                seconds, result = first_token(conv.id, f"{WORDS[i]}, {question}")
                t5.append(seconds)
                outside.append(seconds - result.stats.ttft_s)  # history, plan_prompt, database
                used.append(result.plan.used)
                cached.append(result.stats.cached_tokens)
            if not quick and c == 0:  # the same ask with the KV cache emptied first
                engine.generate(engine.tokenize(" "), SamplingParams(max_tokens=1)).consume()
                t5_cold.append(first_token(conv.id, f"{WORDS[5]}, {question}")[0])
            for i in range(ASKS):
                conv1 = assistant.start_conversation("bench", engine.model_id, system)
                seconds, result = first_token(conv1.id, f"{WORDS[i + 6]}, {question}")
                t1.append(seconds)
                new1.append(result.stats.prompt_tokens - result.stats.cached_tokens)

    n_used, n_cached = int(median(used)), int(median(cached))
    note = (f"through Assistant.send; turn 5 prompt {n_used} tokens of which {n_cached} "
            f"reused from the KV cache ({n_used - n_cached} evaluated; turn 1: "
            f"{int(median(new1))}); {median(outside) * 1000:.0f} ms of turn 5 spent outside "
            f"the engine (history, plan_prompt, database); median of {len(t5)} asks in "
            f"{len(t5) // ASKS} conversation(s); baseline = TTFT turn 1; sent with no "
            "draft typed, so nothing was evaluated ahead: the target is for a typed turn "
            "(bench/followup.py)")
    if t5_cold:
        cold, how = median(t5_cold) * 1000, "measured once"
    else:
        cold, how = n_used / pp_rate * 1000, "estimated as prompt tokens / prompt tokens/s"
    return [
        row(f"TTFT turn 1 [{label}]", median(t1) * 1000, "ms",
            note=f"a new conversation, short question; median of {len(t1)}"),
        row(f"TTFT turn 5, ~3k tokens history, sent without typing [{label}]",
            median(t5) * 1000, "ms", baseline=median(t1) * 1000, note=note),
        row(f"TTFT turn 5 if the history were re-evaluated [{label}]", cold, "ms",
            baseline=median(t5) * 1000,
            note=f"reference, {how}: what KV reuse saves (ratio vs reused)"),
    ]


def run(quick: bool) -> list[dict]:
    path = model_path()
    if path is None:
        return [na("decode tokens/s [CPU]", "the bundled model is not installed: run "
                   "`python3 bootstrap.py --no-start`", "tok/s", ">= 0.97x")]
    variants = [("CPU", 0)]
    if gpu_usable():
        variants.append(("GPU", -1))
    rows: list[dict] = []
    for label, n_gpu in variants:
        # n_threads 0: the app's own default (all cores for prompts, a per-reply choice
        # for decoding); the prompt baseline copies it
        engine = Engine(path, options=LoadOptions(n_ctx=N_CTX, n_threads=0,
                                                 n_gpu_layers=n_gpu, n_batch=N_BATCH))
        say(f"decode [{label}]")
        try:
            rows += decode_rows(engine, path, label, quick)
        except BaseException:
            engine.close()
            raise
        bare = BareLoop(path, engine.n_ctx, engine.n_threads, N_BATCH,
                        engine.report.n_gpu_layers, engine.flash_attn_type)
        try:
            say(f"prompt processing [{label}]")
            rows += prompt_rows(engine, bare, label, quick)
            say(f"time to first token, turn 1 and turn 5 [{label}]")
            rows += ttft_rows(engine, label, quick, pp_rate=rows[-1]["value"])
        finally:
            bare.close()
            engine.close()
    if len(variants) == 1:
        rows.append(na("decode tokens/s [GPU]", "no GPU here (or a CPU-only llama.cpp "
                       "build): see the README's GPU section", "tok/s", ">= 0.90x"))
    return rows
