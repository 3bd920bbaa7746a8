"""How full the model's context window is: system prompt, documents and history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.llm.context import PromptPlan
from app.ui.i18n import translate

PARTS = (  # (attribute, label, colour); labels translated where shown
    ("system_tokens", QT_TRANSLATE_NOOP("ContextMeter", "system prompt"), QColor(150, 110, 220)),
    ("document_tokens", QT_TRANSLATE_NOOP("ContextMeter", "documents"), QColor(60, 170, 120)),
    ("history_tokens", QT_TRANSLATE_NOOP("ContextMeter", "history"), QColor(53, 132, 228)),
    ("new_tokens", QT_TRANSLATE_NOOP("ContextMeter", "new message"), QColor(230, 140, 40)),
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
            self.warning = self.tr("%n older turn(s) no longer fit the {n_ctx}-token window "
                                   "and are left out of the prompt.", "", plan.dropped_turns
                                   ).format(n_ctx=plan.n_ctx)
        elif fraction >= WARN_FRACTION:
            self.warning = self.tr("The context window is nearly full: older turns will soon "
                                   "be left out. Start a new conversation or raise the context "
                                   "length.")
        else:
            self.warning = ""
        self.label.setText(("⚠ " if self.warning else "") + self.tr(
            "{used:,} / {total:,} tokens").format(used=used, total=plan.n_ctx))
        lines = [self.tr("{part}: {n:,} tokens").format(
            part=translate("ContextMeter", label), n=getattr(plan, attr))
            for attr, label, _ in PARTS]
        lines.append(self.tr("kept free for the reply: {n:,} tokens").format(n=plan.reserve))
        if self.warning:
            lines.append(self.warning)
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription(self.label.text())
        self.bar.update()
