"""The installed Qt binding itself: PySide6 6.12.0's `Signal.emit()` returns True
without owning a reference, so every emit (each streamed token) over-releases
True and the process aborts after a few thousand ("bool_dealloc"). pyproject
excludes that release; this test catches it or a regression like it."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    item = Signal(object)


def test_emitting_signals_does_not_over_release_true():
    e = _Emitter()
    e.item.connect(lambda _x: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        e.item.emit("token")
    assert sys.getrefcount(True) >= before - 5, "this PySide6 release corrupts True's refcount"
