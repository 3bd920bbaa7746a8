"""Asking the user before an MCP tool runs: the turn's worker thread asks, the window
shows a dialog (tool, server, arguments; allow once / always / deny) and the worker
waits for the answer, or for the turn to be stopped."""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.control import JobControl
from app.core.tools.calls import ToolCall
from app.core.tools.registry import Approver, Decision, ToolSpec


class ToolApprovalDialog(QDialog):
    def __init__(self, call: ToolCall, spec: ToolSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolApproval")
        self.setWindowTitle(self.tr("Allow a tool call?"))
        self.decision: Decision = "deny"
        intro = QLabel(self.tr("The model wants to call the tool <b>{tool}</b> of the MCP "
                               "server <b>{server}</b>.").format(
            tool=html.escape(spec.name), server=html.escape(spec.server)))
        intro.setWordWrap(True)
        about = QLabel(spec.description.strip()[:300])
        about.setWordWrap(True)
        args = QPlainTextEdit(json.dumps(call.arguments, indent=2, ensure_ascii=False))
        args.setObjectName("toolArguments")
        args.setReadOnly(True)
        args.setAccessibleName(self.tr("Arguments of the tool call"))
        args.setMaximumHeight(120)
        buttons = QDialogButtonBox()
        self.once = QPushButton(self.tr("Allow once"))
        self.always = QPushButton(self.tr("Always allow {tool}").format(tool=spec.name))
        self.deny = QPushButton(self.tr("Deny"))
        for button, role, decision in ((self.once, QDialogButtonBox.ButtonRole.AcceptRole, "once"),
                                       (self.always, QDialogButtonBox.ButtonRole.AcceptRole,
                                        "always"),
                                       (self.deny, QDialogButtonBox.ButtonRole.RejectRole,
                                        "deny")):
            buttons.addButton(button, role)
            button.clicked.connect(lambda _=False, d=decision: self._answer(d))
        self.deny.setDefault(True)  # Enter or Space never runs a tool by accident
        box = QVBoxLayout(self)
        box.addWidget(intro)
        if about.text():
            box.addWidget(about)
        box.addWidget(QLabel(self.tr("Arguments:")))
        box.addWidget(args)
        box.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.deny.setFocus()

    def _answer(self, decision: Decision) -> None:
        self.decision = decision
        self.done(QDialog.DialogCode.Accepted if decision != "deny"
                  else QDialog.DialogCode.Rejected)


class _Request:
    def __init__(self, call: ToolCall, spec: ToolSpec) -> None:
        self.call, self.spec = call, spec
        self.answer: Decision = "deny"
        self.done = threading.Event()
        self.dialog: ToolApprovalDialog | None = None


class ApprovalBridge(QObject):
    """Lives on the GUI thread; `approver(control)` gives the worker its Approver."""

    asked = Signal(object)
    shown = Signal(object)  # the dialog, once open (for tests and accessibility tools)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.asked.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def approver(self, control: JobControl) -> Approver:
        def approve(call: ToolCall, spec: ToolSpec) -> Decision:
            request = _Request(call, spec)
            self.asked.emit(request)
            while not request.done.wait(0.1):
                if control.cancelled:  # Stop pressed while the dialog is open
                    if request.dialog is not None:
                        _close_later(self, request.dialog)
                    return "deny"
            return request.answer
        return approve

    @Slot(object)
    def _show(self, request: _Request) -> None:
        dialog = ToolApprovalDialog(request.call, request.spec, self._parent)
        request.dialog = dialog

        def finished(_code: int) -> None:
            request.answer = dialog.decision
            request.done.set()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()  # window-modal, without a nested event loop
        self.shown.emit(dialog)


def _close_later(owner: QObject, dialog: QDialog) -> None:
    from PySide6.QtCore import QMetaObject

    QMetaObject.invokeMethod(dialog, "reject", Qt.ConnectionType.QueuedConnection)


ApproverFactory = Callable[[JobControl], Approver]
