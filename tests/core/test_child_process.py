"""The child-process lifecycle the embedding model and the OCR engine share
(app/core/child_process.py), with real spawned children: a child that dies is
reported and replaced, one that never becomes ready is ended, a slow request is
ended, and stopping escalates from asking to SIGTERM to SIGKILL."""

from __future__ import annotations

import os
import signal
import time

import pytest

from app.core import child_process as cp
from tests.fixtures import child_workers as workers


def make(setup, args=(), start_timeout_s: float = 120.0, stop_timeout_s: float = 1.0):
    return cp.ChildProcess(setup, args, name="hearth-test-child",
                           start_timeout_s=start_timeout_s, stop_timeout_s=stop_timeout_s)


@pytest.fixture
def child():
    c = make(workers.echo, ("a",))
    yield c
    c.stop()


def test_requests_are_answered_by_one_child_and_its_errors_do_not_end_it(child):
    tag, pid = child.start()
    assert tag == "a" and pid == child.pid != os.getpid()
    assert child.request("echo", 41) == ("a", 41, pid)
    with pytest.raises(cp.RequestFailed, match="ValueError: a bad request"):
        child.request("fail")
    assert child.request("echo", 42) == ("a", 42, pid)  # the same child still serves
    child.stop()
    assert not child.running and child.pid is None


def test_a_child_that_dies_mid_request_is_reported_and_replaced(child):
    first = child.start()[1]
    with pytest.raises(cp.ChildDied) as info:
        child.request("die")
    assert info.value.exitcode == 3 and not child.running
    assert child.request("echo", 1)[2] != first  # a new child, started on demand


def test_a_child_killed_between_requests_is_replaced(child):
    first = child.start()[1]
    os.kill(first, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while child.running and time.monotonic() < deadline:
        time.sleep(0.05)
    assert child.request("echo", 1)[2] != first


def test_a_child_that_never_becomes_ready_is_ended():
    c = make(workers.never_ready, start_timeout_s=3.0)
    t0 = time.monotonic()
    with pytest.raises(cp.ChildStartTimeout):
        c.start()
    assert time.monotonic() - t0 < 3.0 + 3 * 1.0 + 2  # bounded: the wait, then the ending
    assert not c.running and c.pid is None


def test_a_setup_that_fails_is_reported_with_its_error():
    c = make(workers.broken)
    with pytest.raises(cp.ChildStartFailed) as info:
        c.start()
    assert info.value.detail == "RuntimeError: no model here" and not c.running


def test_a_request_over_its_time_limit_ends_the_child(child):
    first = child.start()[1]
    with pytest.raises(cp.ChildTimedOut):
        child.request("sleep", 30, timeout_s=0.5)
    assert not child.running
    assert child.request("echo", 1, timeout_s=30)[2] != first


@pytest.mark.parametrize("ignore_term, signal_number", [(False, signal.SIGTERM),
                                                         (True, signal.SIGKILL)])
def test_stop_escalates_to_sigterm_then_sigkill(ignore_term, signal_number):
    c = make(workers.stubborn, (ignore_term,), stop_timeout_s=1.0)
    c.start()
    proc = c._proc
    t0 = time.monotonic()
    c.stop()
    assert time.monotonic() - t0 < 3 * 1.0 + 2
    assert not proc.is_alive() and proc.exitcode == -signal_number


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no os.nice on this system")
def test_a_niced_child_runs_below_the_parents_priority():
    """The embedding child is niced so that on a busy machine it does not take the
    window's CPU time; the child's own os.nice(0) says where it runs."""
    c = cp.ChildProcess(workers.niceness, (), name="hearth-test-child", start_timeout_s=120.0,
                        stop_timeout_s=1.0, nice=5)
    try:
        (theirs,) = c.request()
    finally:
        c.stop()
    assert theirs == min(os.nice(0) + 5, 19)
