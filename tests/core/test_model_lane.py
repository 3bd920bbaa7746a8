"""One owner of the loaded model: chat turns and file jobs take turns in the model lane,
and an engine in use is never freed under its user (issue 12, failure 1)."""

from __future__ import annotations

import threading
import time

import pytest

from app.core.control import JobControl
from app.core.errors import Cancelled, HearthError
from app.core.llm.lane import ModelLane

SECTION = ("The river town kept its old stone bridge, which merchants crossed each morning "
           "with carts of apples, wool and salt. The council argued every spring about "
           "repairs, and every spring the bridge stood another year. ")


def test_lane_serves_waiters_in_order_and_a_cancelled_waiter_leaves():
    lane = ModelLane()
    order: list[str] = []
    lane.acquire()
    threads = []
    for name in ("first", "second"):
        def take(name=name):
            with lane.hold():
                order.append(name)
        t = threading.Thread(target=take)
        t.start()
        threads.append(t)
        time.sleep(0.2)  # queue them in this order
    control = JobControl()
    gave_up = []

    def wait_then_cancel():
        try:
            lane.acquire(control)
        except Cancelled:
            gave_up.append(True)

    waiter = threading.Thread(target=wait_then_cancel)
    waiter.start()
    time.sleep(0.2)
    control.cancel()
    waiter.join(5)
    assert gave_up == [True]
    assert order == []  # nobody ran while the lane was held
    lane.release()
    for t in threads:
        t.join(5)
    assert order == ["first", "second"] and not lane.busy
    assert lane.acquire(blocking=False) and lane.acquire(blocking=False)  # re-entrant
    lane.release()
    lane.release()
    assert not lane.busy


def test_tokenize_on_a_closed_engine_raises_instead_of_reading_freed_memory(chat_model_path):
    from app.core.llm.engine import Engine, LoadOptions

    eng = Engine(chat_model_path, "smollm2", LoadOptions(n_ctx=512))
    assert eng.tokenize("Hello there")
    eng.close()
    with pytest.raises(HearthError, match="unloaded"):
        eng.tokenize("Hello there")
    with pytest.raises(HearthError, match="unloaded"):
        eng.detokenize([1, 2, 3])


@pytest.fixture
def core(hearth_home, chat_model_path):
    from app.core.session import Core

    c = Core()
    c.settings.update({"n_ctx": 1024, "max_tokens": 16, "temperature": 0.0, "seed": 3})
    # the same GGUF registered twice: two model ids, so a switch unloads the other
    c.catalog.register("model-b", chat_model_path, "import")
    yield c
    c.close()


def test_chat_turn_on_another_model_does_not_break_a_running_file_job(core, tmp_path):
    """A summarize job on model A and a chat turn on model B: the turn runs between two
    chunks and the job goes on (before: it failed with 'The model was unloaded')."""
    from app.core.queue.kinds import files as file_jobs

    src = tmp_path / "town.md"
    src.write_text("\n\n".join(f"# Part {i}\n\n" + SECTION * 6 for i in range(1, 5)))
    job, _ = file_jobs.submit(core.jobs, "summarize",
                              file_jobs.summarize_params(src, length="20"))
    outcome: dict = {}

    def run_job():
        try:
            outcome["result"] = core.jobs.run(job.id)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertions below
            outcome["error"] = exc

    runner = threading.Thread(target=run_job)
    runner.start()
    deadline = time.monotonic() + 300
    while len(core.jobs.parts(job.id)) < 2 and runner.is_alive():  # input + one chunk
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert runner.is_alive(), outcome  # the job must still have chunks to do
    model_a = core.runtime.loaded.model_id
    assert model_a != "model-b"
    conv = core.chat.start("Say hello.", "model-b")
    turn = core.chat.send(conv.id, "Say hello.", "model-b")
    runner.join(600)
    assert "error" not in outcome, outcome.get("error")
    done = core.jobs.get(job.id)
    assert done.status == "done" and not done.error
    assert turn.reply.status == "complete" and turn.reply.model == "model-b"
    assert core.runtime.loads >= 3  # A, then B for the turn, then A again for the job
    assert core.runtime.loaded.model_id == model_a


def test_unload_waits_for_the_engines_user(core):
    with core.runtime.use() as engine:
        freed = threading.Event()
        t = threading.Thread(target=lambda: (core.runtime.unload(), freed.set()))
        t.start()
        assert not freed.wait(0.5)  # still in use here
        assert engine.tokenize("still loaded")
    assert freed.wait(10) and core.runtime.loaded is None
    t.join(5)
