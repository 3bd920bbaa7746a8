"""The decode loop's thread count: all cores when they are free, fewer while Hearth's own
indexing or another busy process needs a CPU, and OpenMP workers that sleep at barriers
(spinning ones collapsed decoding to 1-8 tokens/s beside a busy process)."""

import os
import subprocess
import sys
import time
from collections import namedtuple

import pytest

from app.core.llm import threads
from app.core.llm.base import SamplingParams
from app.core.llm.threads import ThreadChooser, background_work

GREEDY = SamplingParams(temperature=0, max_tokens=8, repeat_penalty=1.0)
CPUS = os.cpu_count() or 1


def test_a_thread_count_set_by_the_user_is_kept():
    chooser = ThreadChooser(4, fixed=3)
    with background_work():
        assert chooser.choose() == 3


@pytest.mark.skipif(CPUS < 2, reason="one CPU: there is nothing to choose")
def test_own_indexing_takes_a_thread_off_the_decode_loop():
    chooser = ThreadChooser(CPUS)
    with background_work():
        assert chooser.choose() <= CPUS - 1
        assert "own background jobs: 1" in chooser.describe()
    assert threads.own_work() == 0


@pytest.mark.skipif(CPUS < 2, reason="one CPU: there is nothing to choose")
def test_a_busy_process_takes_a_thread_off_the_decode_loop():
    chooser = ThreadChooser(CPUS)
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range(CPUS - 1)]
    try:
        time.sleep(1.0)
        assert chooser.choose() <= CPUS - 1
        assert chooser.others >= 0.6 * (CPUS - 1)
    finally:
        for p in busy:
            p.kill()
            p.wait()


def test_niced_cpu_time_counts_as_busy():
    # a niced process yields its share, but a 2-thread batch's barriers still wait for
    # the CPU it holds
    t = namedtuple("t", "user nice system idle")(10.0, 50.0, 5.0, 1.0)
    assert threads._busy_seconds(t) == 65.0


def test_the_engine_decodes_with_the_chosen_count(engine):
    prompt = engine.tokenize(engine.render([{"role": "user", "content": "Say hello."}]))
    with background_work():
        gen = engine.generate(prompt, GREEDY)
        gen.consume()
    assert gen.stats.threads == max(1, engine.n_threads - 1)
    assert engine._lib.llama_n_threads(engine._ctx) == gen.stats.threads
    # a short prompt too: beside busy CPUs, each barrier of a 2-thread batch waits for
    # a CPU; a big batch runs on every core
    assert len(prompt) < 64
    assert engine._lib.llama_n_threads_batch(engine._ctx) == gen.stats.threads
    # sampled, not greedy: the whole prompt goes in one batch (a greedy or seeded request
    # evaluates its last token apart, in a batch of one: Engine._evaluate)
    sampled = SamplingParams(temperature=0.5, max_tokens=1)
    with background_work():
        engine.generate(engine.tokenize(" word" * 80), sampled).consume()
    assert engine._lib.llama_n_threads_batch(engine._ctx) == engine.n_threads


def test_openmp_workers_keep_llamas_default_spin(engine):
    # Sleeping at barriers (PASSIVE) made 2 idle threads decode at a third of their
    # speed on this machine (threads.py); load is handled by the count, not the policy.
    assert os.environ.get("OMP_WAIT_POLICY", "").upper() != "PASSIVE"
