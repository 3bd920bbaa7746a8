"""How full the model's context window is: system prompt, documents and history."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.llm.context import PromptPlan

PARTS = (  # (attribute, label, colour)
    ("system_tokens", "system prompt", QColor(150, 110, 220)),
    ("document_tokens", "documents", QColor(60, 170, 120)),
    ("history_tokens", "history", QColor(53, 132, 228)),
    ("new_tokens", "new message", QColor(230, 140, 40)),
)
WARN_FRACTION = 0.85


class _Bar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[int, QColor]] = []
        self.total = 0
        self.setMinimumWidth(60)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(110, 10)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = self.height() / 2
        rect = QRectF(0.5, mid - 4, self.width() - 1.0, 8.0)
        p.setPen(self.palette().mid().color())
        p.setBrush(self.palette().base())
        p.drawRoundedRect(rect, 4, 4)
        if self.total:
            x = rect.left()
            p.setPen(Qt.PenStyle.NoPen)
            for value, color in self.values:
                w = rect.width() * min(1.0, value / self.total)
                p.setBrush(color)
                p.drawRect(QRectF(x, rect.top() + 1, max(0.0, min(w, rect.right() - x)),
                                  rect.height() - 2))
                x += w
        p.end()


class ContextMeter(QWidget):
    """A segmented bar plus 'used / window' text; the tooltip has the breakdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Context window use"))
        self.bar = _Bar()
        self.label = QLabel(self.tr("context: -"))
        self.label.setObjectName("contextLabel")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.label)
        self.warning = ""
        self.setToolTip(self.tr("How much of the model's context window this conversation "
                                "uses. Send a message to measure it."))

    def set_plan(self, plan: PromptPlan | None) -> None:
        if plan is None:
            self.bar.values, self.bar.total = [], 0
            self.label.setText(self.tr("context: -"))
            self.warning = ""
            self.bar.update()
            return
        self.bar.values = [(getattr(plan, attr), color) for attr, _, color in PARTS]
        self.bar.total = plan.n_ctx
        used = plan.used
        fraction = (used + plan.reserve) / plan.n_ctx if plan.n_ctx else 0
        if plan.dropped_turns:
            self.warning = (f"{plan.dropped_turns} older turn(s) no longer fit the "
                            f"{plan.n_ctx}-token window and are left out of the prompt.")
        elif fraction >= WARN_FRACTION:
            self.warning = ("The context window is nearly full: older turns will soon be "
                            "left out. Start a new conversation or raise the context length.")
        else:
            self.warning = ""
        self.label.setText(f"{'⚠ ' if self.warning else ''}{used:,} / {plan.n_ctx:,} tokens")
        lines = [f"{label}: {getattr(plan, attr):,} tokens" for attr, label, _ in PARTS]
        lines.append(f"kept free for the reply: {plan.reserve:,} tokens")
        if self.warning:
            lines.append(self.warning)
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription(self.label.text())
        self.bar.update()
