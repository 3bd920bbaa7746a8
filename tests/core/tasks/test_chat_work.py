"""The chat page's model work, ordered in the core with typed results (no Qt): what
waits and runs, and each kind of work against the real bundled model."""

from __future__ import annotations

import threading

import pytest

from app.core.control import JobControl
from app.core.tasks.assistant import TurnResult
from app.core.tasks.chat_work import (
    ChatWork,
    LoadModel,
    Measure,
    Measured,
    ModelReady,
    Turn,
    recent_turns,
)


@pytest.fixture
def core(hearth_home, chat_model_path):
    from app.core.session import Core

    c = Core()
    c.settings.update({"n_ctx": 1024, "max_tokens": 16, "temperature": 0.0, "seed": 3})
    yield c
    c.close()


class _NoChat:  # ordering needs no model: ChatWork only reads .runtime at start
    runtime = None


def test_one_piece_at_a_time_turns_before_measurements_newest_load_and_measure_win():
    work = ChatWork(_NoChat())
    work.ask(Measure(1, "m", ""))
    work.ask(LoadModel("a"))
    work.ask(LoadModel("b"))  # replaces the waiting load of "a"
    work.ask(Turn("send", 1, "b", "Hi"))
    work.ask(Measure(1, "b", "sys"))  # replaces the first measurement
    assert work.pending == [LoadModel("b"), Turn("send", 1, "b", "Hi"), Measure(1, "b", "sys")]
    assert work.take() == LoadModel("b") and work.loading and work.writing
    assert work.take() is None  # one at a time
    work.ask(Turn("regenerate", 1, "b"))
    assert work.done() == LoadModel("b")
    assert work.take() == Turn("send", 1, "b", "Hi")  # turns go before the measurement
    assert work.drop_waiting_turns() == [Turn("regenerate", 1, "b")]
    assert work.writing and not work.idle()  # the running turn is not dropped
    work.done()
    assert work.take() == Measure(1, "b", "sys") and not work.writing
    work.done()
    assert work.idle() and work.take() is None


def test_each_kind_of_work_returns_its_typed_result_with_the_real_model(core):
    work = ChatWork(core.chat)
    entries, default = work.installed()
    assert default and default in [e.id for e in entries]
    ready = work.run(LoadModel(default), JobControl())
    assert ready == ModelReady(default, core.runtime.loaded.device)
    conv = core.chat.start("What is the capital of France?", default)
    pieces: list[str] = []
    result = work.run(Turn("send", conv.id, default, "What is the capital of France?"),
                      JobControl(), on_token=pieces.append)
    assert isinstance(result, TurnResult) and result.reply.status == "complete"
    assert "".join(pieces) == result.reply.content and result.reply.content
    measured = work.run(Measure(conv.id, default, "Be brief."), JobControl())
    assert isinstance(measured, Measured)
    assert measured.plan.used > 0 and measured.plan.history_tokens > 0
    again = work.run(Turn("regenerate", conv.id, default), JobControl())
    assert again.reply.id != result.reply.id
    assert [m.role for m in core.history.messages(conv.id)] == ["user", "assistant"]


def test_loading_while_a_job_holds_the_model_lane_loads_nothing(core):
    work = ChatWork(core.chat)
    held, release = threading.Event(), threading.Event()

    def file_job():  # a file job's chunk holds the model lane in its own thread
        with core.runtime.lane.hold():
            held.set()
            release.wait(30)

    thread = threading.Thread(target=file_job)
    thread.start()
    try:
        held.wait(10)
        assert work.run(LoadModel(work.installed()[1]), JobControl()) is None
    finally:
        release.set()
        thread.join()
    assert core.runtime.loaded is None


def _history(n_turns: int, size: int) -> list[dict[str, str]]:
    out = []
    for _ in range(n_turns):
        out += [{"role": "user", "content": "q" * size},
                {"role": "assistant", "content": "a" * size}]
    return out


def test_recent_turns_keeps_whole_newest_turns_and_counts_the_rest():
    history = _history(10, 100)  # 200 characters per turn
    kept, skipped = recent_turns(history, 450)
    assert skipped == 8 and len(kept) == 4
    assert kept[0]["role"] == "user"  # starts at a turn boundary
    assert recent_turns(history, 10_000) == (history, 0)
