"""The rotating error log: unexpected errors keep their traceback in the data home."""

from __future__ import annotations

import sys
import threading

from app.core import errorlog


def _fail(n: int) -> None:
    raise RuntimeError(f"boom {n}")


def test_errors_go_to_a_rotating_file_in_the_data_home(hearth_home, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = errorlog.install(max_bytes=2_000)
    try:
        _check(path, hearth_home)
    finally:
        errorlog.uninstall()


def _check(path, hearth_home) -> None:
    assert path == hearth_home / "logs" / "errors.log"
    for n in range(12):
        try:
            _fail(n)
        except RuntimeError as exc:
            errorlog.report("Unexpected error in a test job", exc)
    text = path.read_text()
    assert "Traceback" in text and "in _fail" in text and "boom 11" in text
    assert (path.parent / "errors.log.1").exists()  # rotated, not grown without end
    assert not (path.parent / "errors.log.4").exists()  # three old files at most
    # an exception nobody caught in a thread is written too
    t = threading.Thread(target=_fail, args=(99,), name="worker-x")
    t.start()
    t.join()
    assert "Uncaught exception in thread worker-x" in path.read_text()
    assert "boom 99" in path.read_text()
