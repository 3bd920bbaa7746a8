"""Telling the user things: an in-window banner, and a desktop notice for long jobs.

Errors from the core arrive as readable strings (HearthError says what to do);
they are shown in a banner above the page that caused them, never as a
traceback or a modal box that blocks the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

LEVELS = {  # background, border (work on light and dark palettes)
    "info": ("rgba(53, 132, 228, 0.14)", "rgba(53, 132, 228, 0.55)"),
    "warning": ("rgba(229, 165, 10, 0.16)", "rgba(229, 165, 10, 0.65)"),
    "error": ("rgba(224, 27, 36, 0.14)", "rgba(224, 27, 36, 0.60)"),
}


class Banner(QFrame):
    """A dismissable one-line message with an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Message"))
        self.level = ""
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._action = QPushButton()
        self._action.hide()
        self._callback: Callable[[], None] | None = None
        self._action.clicked.connect(self._run_action)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss this message"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self._label, 1)
        row.addWidget(self._action)
        row.addWidget(close)
        self._timer = QTimer(self, singleShot=True, timeout=self.hide)
        self.hide()

    def show_message(self, text: str, level: str = "info", action: str = "",
                     callback: Callable[[], None] | None = None, timeout_ms: int = 0) -> None:
        """Show `text`; `timeout_ms` > 0 hides it again after that long."""
        bg, border = LEVELS.get(level, LEVELS["info"])
        self.level = level
        self.setStyleSheet(f"#banner {{ background: {bg}; border: 1px solid {border}; "
                           "border-radius: 6px; }")
        self._label.setText(text)
        self._callback = callback
        self._action.setVisible(bool(action and callback))
        self._action.setText(action)
        self._action.setAccessibleName(action)
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)
        self.show()

    def error(self, text: str, **kw) -> None:
        self.show_message(text, "error", **kw)

    def text(self) -> str:
        return self._label.text() if self.isVisible() else ""

    def _run_action(self) -> None:
        if self._callback:
            self._callback()


_tray: QSystemTrayIcon | None = None


def desktop(window: QWidget, title: str, text: str) -> bool:
    """Tell the user a long job finished while they were elsewhere; False if the
    window is in front (nothing to do) or the desktop has no notification area."""
    global _tray
    if window.isActiveWindow() or not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    if _tray is None:
        _tray = QSystemTrayIcon(window.windowIcon(), window)
    _tray.show()
    _tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
    return True
