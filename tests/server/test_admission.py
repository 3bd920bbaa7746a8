"""The request queue of `hearth serve` on its own: a full queue refuses with Busy, whose
message counts the waiting requests in proper English."""

from __future__ import annotations

import threading

import pytest

from app.core.control import JobControl
from app.server.admission import Busy, RequestQueue


@pytest.mark.parametrize("capacity,says", [(1, "1 request is waiting"),
                                           (2, "2 requests are waiting")])
def test_a_full_queue_refuses_and_counts_the_waiting(capacity, says):
    requests = RequestQueue(capacity)
    release = threading.Event()
    try:
        running = requests.submit(release.wait, JobControl())
        while not requests.running:  # the first one runs: it no longer waits
            release.wait(0.01)
        waiting = [requests.submit(lambda: "done", JobControl()) for _ in range(capacity)]
        with pytest.raises(Busy, match=f"The model is busy: {says}.") as err:
            requests.submit(lambda: "refused", JobControl())
        assert err.value.retry_after_s >= 1
        release.set()
        assert running.result(10) is True
        assert [w.result(10) for w in waiting] == ["done"] * capacity
    finally:
        release.set()
        requests.close()
