"""The generic worker: result, progress, streamed items, readable errors, cancel."""

import time

from app.core.control import Progress
from app.core.errors import HearthError
from app.ui.workers import Worker


def test_result_progress_and_items_arrive_on_the_gui_thread(qtbot):
    seen = []

    def job(control, progress):
        progress(Progress(1, 2, message="half"))
        worker.emit_item("piece")
        return 42

    worker = Worker(job, "t")
    worker.progress.connect(lambda p: seen.append(("progress", p.message)))
    worker.message.connect(lambda m: seen.append(("item", m)))
    with qtbot.waitSignal(worker.result, timeout=10000) as result:
        worker.start()
    qtbot.waitUntil(lambda: not worker.is_running())
    assert result.args == [42]
    assert ("progress", "half") in seen and ("item", "piece") in seen


def test_errors_become_readable_messages(qtbot):
    def job(control, progress):
        raise HearthError("Disk is full.", "Free some space and try again.")

    worker = Worker(job, "t")
    with qtbot.waitSignal(worker.error, timeout=10000) as err:
        worker.start()
    assert err.args == ["Disk is full. Free some space and try again."]


def test_unexpected_errors_do_not_kill_the_window(qtbot):
    worker = Worker(lambda c, p: 1 / 0, "t")
    with qtbot.waitSignal(worker.error, timeout=10000) as err:
        worker.start()
    assert "ZeroDivisionError" in err.args[0] and "Traceback" not in err.args[0]


def test_cancel_stops_a_job_at_its_next_checkpoint(qtbot):
    def job(control, progress):
        while True:
            control.checkpoint()
            time.sleep(0.01)

    worker = Worker(job, "t")
    worker.start()
    with qtbot.waitSignal(worker.cancelled, timeout=10000):
        worker.cancel()
    assert worker.wait(5000)


def test_an_unexpected_error_is_written_to_the_error_log(qtbot, hearth_home, monkeypatch):
    import sys
    import threading

    from app.core import errorlog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = errorlog.install()
    try:
        def job(_control, _progress):
            return {}["missing"]  # a bug, not a HearthError

        worker = Worker(job, name="buggy")
        with qtbot.waitSignal(worker.error, timeout=10000) as blocker:
            worker.start()
        worker.wait()
        assert str(path) in blocker.args[0]  # the message says where the details are
        text = path.read_text()
        assert "Unexpected error in buggy" in text and "KeyError" in text
        assert "Traceback" in text and "return {}[\"missing\"]" in text
    finally:
        errorlog.uninstall()
