"""Where the user types: Enter sends, Shift+Enter breaks the line, Esc stops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import page_icon

MAX_LINES = 8
DRAFT_PAUSE_MS = 250  # how often the draft being typed is passed on


class MessageEdit(QPlainTextEdit):
    """A text box that grows with its text up to MAX_LINES and sends on Enter."""

    submitted = Signal()
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, so the send button is reachable
        self.document().contentsChanged.connect(self.updateGeometry)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if enter:  # Shift+Enter: a plain new line (not a paragraph separator)
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        lines = max(1, min(MAX_LINES, self.document().blockCount()))
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        height = lines * line + 2 * int(self.document().documentMargin()) + margins.top() \
            + margins.bottom()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()


class Composer(QFrame):
    """The message box with Send, Stop and Regenerate."""

    send = Signal(str)
    # the text as it is typed, every DRAFT_PAUSE_MS at most (the core evaluates it ahead)
    draft_changed = Signal(str)
    stop = Signal()
    regenerate = Signal()
    escape = Signal()  # Esc in the message box: stop the reply or leave edit mode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.editing_id: int | None = None
        self.edit = MessageEdit()
        self.edit.setPlaceholderText(
            self.tr("Ask anything…  (Enter sends, Shift+Enter for a new line)"))
        self.edit.setAccessibleName(self.tr("Message to send"))
        self.edit.setToolTip(
            self.tr("Type your message. Enter sends it, Shift+Enter starts a new line."))
        self.edit.submitted.connect(self._submit)
        self._drafting = True  # until stop_drafting
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(lambda: self.draft_changed.emit(self.text()))
        # not restarted by each key: while the user types, the draft goes out every
        # DRAFT_PAUSE_MS, and once more that long after the last key
        self.edit.textChanged.connect(self._draft_soon)
        self.edit.escaped.connect(self.escape)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the message (Enter)"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setDefault(False)
        self.send_button.clicked.connect(self._submit)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(
            self.tr("Stop the reply (Esc); what was written so far is kept"))
        self.stop_button.setAccessibleName(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.regen_button = QPushButton(self.tr("Regenerate"))
        self.regen_button.setToolTip(self.tr("Write the last reply again"))
        self.regen_button.setAccessibleName(self.tr("Regenerate last reply"))
        self.regen_button.clicked.connect(self.regenerate)
        self.edit_note = QLabel()
        self.edit_note.setObjectName("editNote")
        self.edit_note.hide()
        self.attached: list[str] = []  # files sent with the next message
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Attach"))
        self.attach_button.setIcon(page_icon("attach"))
        self.attach_button.setAutoRaise(True)
        self.attach_button.setToolTip(
            self.tr("Attach files to the next message (or drop them here)"))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.clicked.connect(self.choose_files)
        self.attach_note = QLabel()
        self.attach_note.setObjectName("attachNote")
        self.attach_note.setWordWrap(True)
        self.attach_note.hide()
        self.clear_attached = QToolButton()
        self.clear_attached.setText("✕")
        self.clear_attached.setToolTip(self.tr("Remove the attached files"))
        self.clear_attached.setAccessibleName(self.tr("Remove attached files"))
        self.clear_attached.setAutoRaise(True)
        self.clear_attached.clicked.connect(lambda: self.set_attached([]))
        self.clear_attached.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.regen_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.edit, 1)
        row.addLayout(buttons)
        files = QHBoxLayout()
        files.addWidget(self.attach_note, 1)
        files.addWidget(self.clear_attached)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 6, 12, 10)
        box.addWidget(self.edit_note)
        box.addLayout(files)
        box.addLayout(row)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the next message"))
        if paths:
            self.set_attached(self.attached + paths)

    def set_attached(self, paths: list[str]) -> None:
        """The files that go with the next message, shown above the box."""
        self.attached = list(dict.fromkeys(paths))
        names = ", ".join(Path(p).name for p in self.attached)
        self.attach_note.setText(self.tr("Attached: %1").replace("%1", names) if names else "")
        self.attach_note.setVisible(bool(names))
        self.clear_attached.setVisible(bool(names))

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_busy(self, busy: bool) -> None:
        """While a reply streams: Stop replaces Send; typing the next message is allowed."""
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy)
        self.regen_button.setEnabled(not busy)

    def stop_drafting(self) -> None:
        """No more drafts (the window closes: a pending one would reach a closed core)."""
        self._drafting = False
        self._draft_timer.stop()

    def set_enabled(self, enabled: bool) -> None:
        for w in (self.edit, self.send_button, self.regen_button, self.attach_button):
            w.setEnabled(enabled)

    def start_edit(self, message_id: int, text: str) -> None:
        self.editing_id = message_id
        self.edit.setPlainText(text)
        self.edit_note.setText(self.tr("Editing an earlier message: sending it continues the "
                                       "conversation from there (Esc cancels)."))
        self.edit_note.show()
        self.edit.setFocus()

    def end_edit(self, clear: bool = False) -> None:
        self.editing_id = None
        self.edit_note.hide()
        if clear:
            self.edit.clear()

    def _draft_soon(self) -> None:
        if self._drafting and not self._draft_timer.isActive():
            self._draft_timer.start()

    def _submit(self) -> None:
        if self.stop_button.isVisible():
            return  # one reply at a time; the text stays in the box
        text = self.text()
        if text.strip():
            self._draft_timer.stop()  # the draft is sent, not drafted
            self.send.emit(text)
