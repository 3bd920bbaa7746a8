"""Prefill while the user types (issue 19): the real bundled model, real SQLite, the real
model lane. The draft's prompt is evaluated ahead, so a send evaluates a token or two;
a send or a file job's chunk never waits for more than one prefill batch."""

import random
import threading
import time

import pytest

from app.core.llm.base import SamplingParams
from app.core.llm.engine import PREFILL_BATCH_S

WORDS = ("river", "garden", "engine", "window", "paper", "candle", "market", "winter",
         "signal", "harbour", "copper", "forest", "lantern", "meadow", "thunder", "violin")
QUESTION = "Which of these passages did you find most interesting, and why?"


def prose(seed: int, words: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


@pytest.fixture
def core(hearth_home, chat_model_path):
    from app.core.session import Core

    c = Core()
    c.settings.update({"n_ctx": 4096, "max_tokens": 8, "temperature": 0.0, "seed": 3})
    c.runtime.preload(None)
    assert c.runtime.loaded is not None
    yield c
    c.close()


def conversation(core, turns: int, words: int = 150):
    """A conversation with `turns` pasted passages and short replies (no generation)."""
    conv = core.chat.start("passages")
    for i in range(turns):
        core.history.add_message(conv.id, "user", prose(i, words))
        core.history.add_message(conv.id, "assistant", f"Passage {i + 1} is about words.")
    return conv


def evaluated(turn) -> int:
    return turn.stats.prompt_tokens - turn.stats.cached_tokens


def test_a_prefilled_draft_is_sent_with_a_token_or_two_left_to_evaluate(core):
    conv = conversation(core, 4)
    core.prefill.draft(conv.id, QUESTION)
    assert core.prefill.wait_idle(120)
    assert core.prefill.last is not None and core.prefill.last.evaluated > 400
    turn = core.chat.send(conv.id, QUESTION)
    assert turn.stats.prompt_tokens > 400
    assert evaluated(turn) == 0, turn.stats  # sampled from the prefill's last logits


def test_without_a_prefill_the_send_evaluates_the_history(core):
    # the same turn with the setting off: what the prefill saves
    core.settings.update({"prefill_drafts": False})
    conv = conversation(core, 2)
    core.prefill.draft(conv.id, QUESTION)
    assert core.prefill.wait_idle(5) and core.prefill.last is None
    turn = core.chat.send(conv.id, QUESTION)
    assert evaluated(turn) > 200


def test_a_grown_draft_reuses_what_was_evaluated(core):
    conv = conversation(core, 2)
    first = "Tell me about the river and the"
    core.prefill.draft(conv.id, first)
    assert core.prefill.wait_idle(120)
    before = core.prefill.last
    core.prefill.draft(conv.id, first + " bridge over it in the winter storms, please")
    assert core.prefill.wait_idle(120)
    after = core.prefill.last
    # everything up to the old draft's last word stays; the new words are what is left
    assert after.cached >= before.total - 12, (before, after)
    assert after.evaluated <= after.total - before.total + 12, (before, after)


def test_a_new_conversation_draft_is_prefilled_too(core):
    core.prefill.draft(None, QUESTION, system_prompt="You are terse.")
    assert core.prefill.wait_idle(60)
    assert core.prefill.last.evaluated > 5
    conv = core.chat.start(QUESTION, system_prompt="You are terse.")
    turn = core.chat.send(conv.id, QUESTION)
    assert evaluated(turn) <= 2, turn.stats


def test_a_send_during_a_prefill_waits_for_one_batch_at_most(core):
    conv = conversation(core, 5)  # about 1,000 tokens: 16 batches
    core.prefill.draft(conv.id, QUESTION)
    deadline = time.monotonic() + 30
    while core.prefill._running is False and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)  # a few batches in
    start = time.monotonic()
    core.prefill.cancel()  # what the window does as it sends
    with core.runtime.lane.hold():  # what a send does first
        waited = time.monotonic() - start
        stats = core.prefill.last
    assert stats.stopped and stats.evaluated < stats.total, stats
    # one batch (sized to PREFILL_BATCH_S; the longest seen) plus scheduling slack on a
    # shared 2-core machine
    assert waited <= max(stats.batch_s, PREFILL_BATCH_S) + 0.25, (waited, stats)
    # and the send then finds the part evaluated so far in the cache
    turn = core.chat.send(conv.id, QUESTION)
    assert turn.stats.cached_tokens >= stats.cached + stats.evaluated - 1
    assert core.prefill.wait_idle(30) and core.prefill.last is stats  # not taken up again


def test_a_file_job_chunk_is_never_cut_off_by_drafts(core):
    """A job's chunk holds the lane through the shared model; drafts arriving meanwhile
    neither cut it off nor change what it writes."""
    conv = conversation(core, 2)
    params = SamplingParams(temperature=0, max_tokens=40, repeat_penalty=1.0)
    model = core.runtime.shared(None)
    prompt = model.tokenize(model.render([{"role": "user", "content": "Count to ten."}]))
    expected = model.generate(prompt, params).consume()
    out: dict = {}

    def chunk():
        gen = model.generate(prompt, params)
        out["text"] = gen.consume()
        out["finish"] = gen.stats.finish_reason

    job = threading.Thread(target=chunk)
    job.start()
    for i in range(20):  # the user types while the chunk is written
        core.prefill.draft(conv.id, QUESTION[: 10 + 3 * i])
        time.sleep(0.02)
    job.join(60)
    assert core.prefill.wait_idle(60)
    assert out["text"] == expected and out["finish"] != "cancelled"


def test_a_draft_typed_while_the_lane_is_busy_is_evaluated_once_it_is_free(core):
    conv = conversation(core, 1)
    held, release = threading.Event(), threading.Event()

    def reply_streaming():  # what a turn does: hold the lane while it writes
        with core.runtime.lane.hold():
            held.set()
            release.wait(30)

    turn = threading.Thread(target=reply_streaming)
    turn.start()
    held.wait(10)
    core.prefill.draft(conv.id, QUESTION)
    time.sleep(0.3)
    assert core.prefill.last is None  # it never queued in the lane
    release.set()
    turn.join(10)
    assert core.prefill.wait_idle(60)
    assert core.prefill.last is not None and core.prefill.last.evaluated > 50


def test_cancel_forgets_a_waiting_draft(core):
    conv = conversation(core, 1)
    with core.runtime.lane.hold():
        core.prefill.draft(conv.id, QUESTION)
        time.sleep(0.2)
        core.prefill.cancel()  # the window sends the message
    assert core.prefill.wait_idle(10)
    time.sleep(0.3)
    assert core.prefill.last is None


def test_a_reply_sampled_after_a_prefill_is_the_same_reply(core):
    """The prefill leaves the last token's logits; the reply sampled from them is the one
    a full evaluation gives."""
    engine = core.runtime.loaded
    params = SamplingParams(temperature=0, max_tokens=12, repeat_penalty=1.0)
    prompt = engine.tokenize(engine.render([{"role": "user", "content": prose(1, 60)}]))
    fresh = engine.generate(prompt, params)
    expected = fresh.consume()
    engine.generate(engine.tokenize(" "), SamplingParams(max_tokens=1)).consume()  # evict
    stats = engine.prefill(prompt)
    assert stats.evaluated == len(prompt) - stats.cached and not stats.stopped
    gen = engine.generate(prompt, params)
    assert gen.consume() == expected
    assert gen.stats.cached_tokens == len(prompt)


def test_a_prefill_stopped_by_another_user_of_the_lane_carries_on_after(core):
    conv = conversation(core, 4)
    core.prefill.draft(conv.id, QUESTION)
    deadline = time.monotonic() + 30
    while core.prefill.last is None and time.monotonic() < deadline:
        time.sleep(0.01)  # wait until the first batches ran ... (last is set at the end)
        if core.prefill._running:
            break
    time.sleep(0.2)
    with core.runtime.lane.hold():  # the context meter, or a file job's chunk
        time.sleep(0.2)
    assert core.prefill.wait_idle(120)
    assert not core.prefill.last.stopped
    assert core.prefill.last.cached + core.prefill.last.evaluated == core.prefill.last.total
