"""The scrolling list of messages in one conversation.

Each message is its own small widget, rendered from Markdown once; while a reply
streams only that reply's widget is re-rendered, at most once per frame
(tokens are buffered in between). Long conversations open at their newest
page and load earlier pages as the user scrolls up, keeping the view steady.
"""

from __future__ import annotations

import html
import json
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.store.history import Message
from app.ui import theme
from app.ui.core_text import say
from app.ui.i18n import translate
from app.ui.icons import page_icon
from app.ui.markdown_render import COPY_SCHEME, render

PAGE = 40  # messages rendered when a conversation opens
CHUNK = 10  # earlier messages added per event-loop turn while scrolling up (stays smooth)
FRAME_MS = 33  # streaming re-render at most ~30 times a second
MUTED = "#8a8a94"  # readable on light and dark backgrounds
STATUS_TEXT = {"stopped": QT_TRANSLATE_NOOP("MessageList", "stopped"),
               "failed": QT_TRANSLATE_NOOP("MessageList", "failed"),
               "generating": QT_TRANSLATE_NOOP("MessageList", "writing…")}


def stats_text(m: Message) -> str:
    parts = []
    if m.completion_tokens:
        parts.append(translate("MessageList", "{count} tokens").format(count=m.completion_tokens))
    if m.tokens_per_s:
        parts.append(translate("MessageList", "{speed:.1f} tok/s").format(speed=m.tokens_per_s))
    if m.ttft_s:
        parts.append(translate("MessageList", "first token {ttft:.2f} s").format(ttft=m.ttft_s))
    return " · ".join(parts)


class _Body(QLabel):
    """A rich-text label that remembers its height per width: laying out a long
    conversation asks every message's height many times, and a QLabel re-lays
    out its whole document for each question."""

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._heights.clear()
        super().setText(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # A word-wrapped label's own minimum is its height at a tiny width, which would
        # make the list taller than its messages; the height for the real width rules.
        return QSize(0, 0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        if width not in self._heights:
            if len(self._heights) > 8:
                self._heights.clear()
            self._heights[width] = super().heightForWidth(width)
        return self._heights[width]


class ThoughtBlock(QWidget):
    """A reasoning model's thinking: a collapsed "Thought for N s" line above the
    answer that opens to the text; while the model thinks it reads "Thinking… N s"
    and the text streams into it (open or not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thought")
        self.toggle = QToolButton()
        self.toggle.setObjectName("thoughtToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(self.tr("Show the model's reasoning"))
        self.toggle.toggled.connect(self._toggled)
        self.text = _Body()
        self.text.setObjectName("thoughtText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setStyleSheet(f"color: {MUTED}; border-left: 2px solid {MUTED};"
                                " padding-left: 8px;")
        self.text.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.text)
        self.started = time.monotonic()
        self.took = 0.0

    def show_thought(self, text: str, seconds: float | None, live: bool) -> None:
        self.setVisible(bool(text) or live)
        if live:
            self.took = time.monotonic() - self.started
            self.toggle.setText(self.tr("Thinking… %n s", "", int(self.took)))
        else:
            took = seconds if seconds is not None else self.took
            self.toggle.setText(self.tr("Thought for %n s", "", round(took)))
        self.text.setText(text.strip())

    def _toggled(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.text.setVisible(open_)


class MessageWidget(QFrame):
    """One message: who wrote it, its rendered text, and its actions (few child
    widgets each, so a thousand messages stay cheap to build and lay out)."""

    edit_requested = Signal(object)  # Message
    regenerate_requested = Signal()
    version_requested = Signal(int, int)  # message id, step (-1 previous, +1 next)
    copied = Signal(str)

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.render_count = 0
        self._rendered = ""
        self._code_blocks: list[str] = []
        self._busy = False
        user = message.role == "user"
        tool = message.role == "tool"
        self.setObjectName("userMessage" if user else "toolMessage" if tool else
                           "assistantMessage")
        self.setAccessibleName(self.tr("Your message") if user else
                               self.tr("Tool result") if tool else self.tr("Reply"))
        self._who = QLabel()
        self._who.setObjectName("who")
        # may wrap, never widens the list past the window (its stats line is long)
        self._who.setWordWrap(True)
        self._who.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._copy = self._button(self.tr("Copy"), self.tr("Copy this message as Markdown"),
                                  self._copy_text)
        self._edit = self._button(self.tr("Edit"), self.tr(
            "Edit this message; a new version of it continues the conversation"),
            self._ask_edit) if user else None
        self._regen: QToolButton | None = None  # only the last reply gets one
        self._versions: tuple[QToolButton, QLabel, QToolButton] | None = None  # ‹ 2/3 ›
        self.thought: ThoughtBlock | None = None  # made when a message has reasoning
        self._head = QHBoxLayout()
        self._head.setContentsMargins(0, 0, 0, 0)
        self._head.addWidget(self._who, 1)
        if self._edit:
            self._head.addWidget(self._edit)
        self._head.addWidget(self._copy)
        self.body = _Body()
        self.body.setObjectName("body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.body.linkActivated.connect(self._link)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(4)
        box.addLayout(self._head)
        box.addWidget(self.body)
        self._box = box
        self.fold: QToolButton | None = None
        if tool:  # a tool's result is folded under the reply that asked for it
            self.fold = QToolButton()
            self.fold.setObjectName("toolFold")
            self.fold.setCheckable(True)
            self.fold.setAutoRaise(True)
            self.fold.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.fold.setArrowType(Qt.ArrowType.RightArrow)
            self.fold.toggled.connect(self._unfold)
            self._head.insertWidget(0, self.fold, 1)
            self._who.hide()
            self.body.hide()
        self.set_message(message)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(translate("MessageList", "{action} message").format(action=text))
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.clicked.connect(slot)
        return b

    def _ask_edit(self) -> None:
        self.edit_requested.emit(self.message)

    def status_text(self) -> str:
        m = self.message
        if m.status == "failed" and m.error:
            return translate("MessageList", "failed: {error}").format(error=say(m.error))
        status = STATUS_TEXT.get(m.status)
        return translate("MessageList", status) if status else ""

    def _unfold(self, shown: bool) -> None:
        self.fold.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    def set_message(self, message: Message) -> None:
        self.message = message
        if self.fold is not None:
            record = json.loads(message.tool_result or "{}")
            args = json.dumps(record.get("arguments", {}), ensure_ascii=False)
            self.fold.setText(self.tr("Tool {name} ({server}) {args}: {status}").format(
                name=record.get("name", "?"), server=record.get("server", ""),
                args=args[:80], status=record.get("status", "")))
            self.fold.setAccessibleName(self.tr("Show the tool's result"))
            self.set_text(message.content)
            return
        who = self.tr("You") if message.role == "user" else (message.model or "Hearth")
        parts = [f"<b>{html.escape(who)}</b>"]
        status = self.status_text()
        if status:
            parts.append(f'<i style="color:#c64600;">{html.escape(status)}</i>')
        if message.attachments:  # files sent with the message: whole or indexed
            how = {"inline": translate("MessageList", "whole"),
                   "indexed": translate("MessageList", "indexed, cited")}
            files = ", ".join(html.escape(f"{a['name']}" + (f" ({how[a['mode']]})"
                                          if a.get("mode") in how else ""))
                              for a in message.attachments)
            attached = translate("MessageList", "attached: {files}").format(files=files)
            parts.append(f'<span style="color:{MUTED};">{attached}</span>')
        stats = stats_text(message) if message.role != "user" else ""
        if stats:
            parts.append(f'<span style="color:{MUTED};">{stats}</span>')
        self._who.setText(" &nbsp;·&nbsp; ".join(parts))
        self._show_versions(message)
        if message.reasoning or self.thought is not None:
            self.set_thought(message.reasoning or "", message.reasoning_s, live=False)
        text = message.content
        if message.tool_calls:
            names = ", ".join(c["name"] for c in json.loads(message.tool_calls))
            text = (text + "\n\n" if text.strip() else "") + self.tr(
                "*Called {names}.*").format(names=names)
        self.set_text(text)

    def set_thought(self, text: str, seconds: float | None = None, live: bool = False) -> None:
        """Show (or stream into) the collapsed reasoning block above the answer."""
        if self.thought is None:
            self.thought = ThoughtBlock()
            self._box.insertWidget(1, self.thought)
        self.thought.show_thought(text, seconds, live)

    def _show_versions(self, message: Message) -> None:
        """The ‹ 2/3 › switcher, on a message with more than one version."""
        many = message.versions > 1 and message.id >= 0
        if many and self._versions is None:
            back = self._button("‹", self.tr("Previous version"), lambda: self._step(-1))
            back.setAccessibleName(self.tr("Previous version"))
            label = QLabel()
            label.setObjectName("versionLabel")
            ahead = self._button("›", self.tr("Next version"), lambda: self._step(+1))
            ahead.setAccessibleName(self.tr("Next version"))
            for i, w in enumerate((back, label, ahead)):
                self._head.insertWidget(1 + i, w)
            self._versions = (back, label, ahead)
        if self._versions is not None:
            back, label, ahead = self._versions
            label.setText(f"{message.version}/{message.versions}")
            label.setAccessibleName(self.tr("Version %1 of %2").replace(
                "%1", str(message.version)).replace("%2", str(message.versions)))
            back.setEnabled(message.version > 1 and not self._busy)
            ahead.setEnabled(message.version < message.versions and not self._busy)
            for w in self._versions:
                w.setVisible(many)

    def _step(self, step: int) -> None:
        self.version_requested.emit(self.message.id, step)

    def set_text(self, text: str, force: bool = False) -> None:
        """Re-render the body (the streaming reply calls this once per frame)."""
        self.message.content = text
        if text == self._rendered and self.render_count and not force:
            return  # e.g. the stored copy of a message replacing its draft
        self._rendered = text
        if not text and self.message.status == "generating":
            self.body.setText("<p>…</p>")
        else:
            out = render(text, theme.is_dark())
            self._code_blocks = out.code_blocks
            self.body.setText(out.html)
        self.render_count += 1

    def set_last_reply(self, last: bool) -> None:
        last = last and self.message.role == "assistant"
        if last and self._regen is None:
            self._regen = self._button(self.tr("Regenerate"),
                                       self.tr("Write this reply again (a new version)"),
                                       self.regenerate_requested.emit)
            self._regen.setEnabled(not self._busy)
            self._head.insertWidget(1, self._regen)
        if self._regen is not None:
            self._regen.setVisible(last)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for b in (self._edit, self._regen):
            if b is not None:
                b.setEnabled(not busy)
        if self._versions is not None:
            self._show_versions(self.message)

    def _copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.message.content)
        self.copied.emit(translate("MessageList", "Message copied."))

    def _link(self, href: str) -> None:
        if href.startswith(COPY_SCHEME + ":"):
            index = int(href.split(":", 1)[1])
            if 0 <= index < len(self._code_blocks):
                QGuiApplication.clipboard().setText(self._code_blocks[index])
                self.copied.emit(translate("MessageList", "Code copied."))
        elif href.startswith(("http://", "https://")):
            QDesktopServices.openUrl(href)


class MessageList(QScrollArea):
    """All messages of the open conversation, newest at the bottom."""

    edit_requested = Signal(object)  # Message
    regenerate_requested = Signal()
    version_requested = Signal(int, int)  # message id, step
    copied = Signal(str)
    starter = Signal(str)  # a welcome action: "chat", "documents" or "models"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageList")
        self.setAccessibleName(self.tr("Messages"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget()
        self._inner.setObjectName("messageListInner")
        self._box = QVBoxLayout(self._inner)
        self._box.setContentsMargins(16, 12, 16, 12)
        self._box.setSpacing(10)
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._box.addWidget(self._empty)
        self.starters = self._starters()
        self._box.addWidget(self.starters)
        self._box.addStretch(1)
        self.setWidget(self._inner)
        self._messages: list[Message] = []
        self._first = 0  # index in _messages of the first rendered message
        self._widgets: list[MessageWidget] = []
        self._stream: MessageWidget | None = None
        self._stream_text = ""
        self._stream_thought = ""
        self._busy = False
        self._stick = True  # follow the bottom while the user has not scrolled up
        self._from_bottom: int | None = None  # keep this distance after a page loads
        self._loading = False
        self._starters_wanted = True
        self._flush_timer = QTimer(self, singleShot=True, interval=FRAME_MS, timeout=self._flush)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._value_changed)
        self.set_empty_text("")

    def _starters(self) -> QWidget:
        """The welcome's three ways to begin, under the empty conversation's text."""
        box = QWidget()
        box.setObjectName("starters")
        row = QHBoxLayout(box)
        row.addStretch(1)
        for key, text, tip in (
                ("chat", self.tr("Ask something"),
                 self.tr("Type a first question (an example is filled in)")),
                ("documents", self.tr("Add your documents"),
                 self.tr("Make a collection and ask about it")),
                ("models", self.tr("Get a bigger model"),
                 self.tr("Download a stronger model for this machine"))):
            b = QPushButton(page_icon(key), text)
            b.setObjectName(f"starter-{key}")
            b.setToolTip(tip)
            b.setAccessibleName(text)
            b.setMinimumHeight(40)
            b.clicked.connect(lambda _=False, k=key: self.starter.emit(k))
            row.addWidget(b)
        row.addStretch(1)
        box.hide()
        return box

    # content -----------------------------------------------------------
    def set_empty_text(self, text: str, starters: bool = True) -> None:
        self._empty.setText(text)
        self._starters_wanted = starters
        self._empty.setVisible(bool(text) and not self._widgets)
        self.starters.setVisible(bool(text) and starters and not self._widgets)

    def set_messages(self, messages: list[Message]) -> None:
        """Show a conversation: its newest page now, earlier ones on scrolling up."""
        self.clear()
        self._messages = list(messages)
        self._first = max(0, len(self._messages) - PAGE)
        for m in self._messages[self._first:]:
            self._add_widget(m)
        self._stick = True
        self._update_last()
        self._empty.setVisible(not self._widgets and bool(self._empty.text()))
        self.starters.setVisible(self._empty.isVisibleTo(self) and self._starters_wanted)

    def clear(self) -> None:
        self._flush_timer.stop()
        for w in self._widgets:
            self._box.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._widgets.clear()
        self._messages.clear()
        self._first = 0
        self._stream = None
        self._stream_text = ""

    def has_earlier(self) -> bool:
        return self._first > 0

    def load_earlier(self, count: int = CHUNK) -> int:
        """Render up to `count` messages before the first shown one; returns how many."""
        if not self._first:
            return 0
        start = max(0, self._first - count)
        bar = self.verticalScrollBar()
        self._from_bottom = bar.maximum() - bar.value()
        for i, m in enumerate(self._messages[start:self._first]):
            self._add_widget(m, position=i)
        added = self._first - start
        self._first = start
        return added

    def append(self, message: Message) -> MessageWidget:
        self._messages.append(message)
        widget = self._add_widget(message)
        self._stick = True
        self._update_last()
        return widget

    def replace(self, old_id: int, message: Message) -> None:
        """Swap in the stored version of a message (real id, final text and stats)."""
        for i, m in enumerate(self._messages):
            if m is message or m.id == old_id:
                self._messages[i] = message
        for w in self._widgets:
            if w.message.id == old_id:
                w.set_message(message)
        self._update_last()

    def remove_from(self, message_id: int) -> None:
        """Drop a message and everything after it (edit and regenerate start there)."""
        keep = [m for m in self._messages if m.id < message_id]
        for w in [w for w in self._widgets if w.message.id >= message_id]:
            self._widgets.remove(w)
            self._box.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._messages = keep
        self._first = min(self._first, len(keep))
        self._update_last()

    # streaming ---------------------------------------------------------
    def begin_stream(self, model_id: str) -> MessageWidget:
        draft = Message(id=-1, conversation_id=-1, role="assistant", content="",
                        created=time.time(), status="generating", model=model_id)
        self._stream = self.append(draft)
        self._stream_text = ""
        self._stream_thought = ""
        return self._stream

    def append_piece(self, piece: str) -> None:
        """Buffer a streamed piece; the widget is re-rendered on the next frame."""
        self._stream_text += piece
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def append_thought(self, piece: str) -> None:
        """Buffer a piece of a reasoning model's thinking (shown on the next frame)."""
        self._stream_thought += piece
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        if self._stream is not None:
            if self._stream_thought:
                self._stream.set_thought(self._stream_thought, live=not self._stream_text)
            self._stream.set_text(self._stream_text)

    def end_stream(self, final: Message | None) -> None:
        """Replace the streamed draft with the stored reply (or drop it when None)."""
        self._flush_timer.stop()
        stream, self._stream = self._stream, None
        if stream is None:
            return
        if final is None:
            self.remove_widget(stream)
        else:
            for i, m in enumerate(self._messages):
                if m is stream.message:
                    self._messages[i] = final
            stream.set_message(final)
        self._update_last()

    def streaming_text(self) -> str:
        return self._stream_text

    def remove_widget(self, widget: MessageWidget) -> None:
        if widget in self._widgets:
            self._widgets.remove(widget)
            self._messages = [m for m in self._messages if m is not widget.message]
            self._box.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    # state -------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in self._widgets:
            w.set_busy(busy)

    def widgets(self) -> list[MessageWidget]:
        return list(self._widgets)

    def messages(self) -> list[Message]:
        return list(self._messages)

    def scroll_to_message(self, message_id: int) -> bool:
        while not any(w.message.id == message_id for w in self._widgets) and self.has_earlier():
            self.load_earlier(PAGE)
        for w in self._widgets:
            if w.message.id == message_id:
                self._stick = False
                self._inner.adjustSize()
                self.ensureWidgetVisible(w, 0, 40)
                return True
        return False

    def scroll_to_bottom(self) -> None:
        self._stick = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    # internals ---------------------------------------------------------
    def _add_widget(self, message: Message, position: int | None = None) -> MessageWidget:
        w = MessageWidget(message)
        w.edit_requested.connect(self.edit_requested)
        w.regenerate_requested.connect(self.regenerate_requested)
        w.version_requested.connect(self.version_requested)
        w.copied.connect(self.copied)
        w.set_busy(self._busy)
        if position is None:
            self._widgets.append(w)
            # before the trailing stretch
            self._box.insertWidget(self._box.count() - 1, w)
        else:
            self._widgets.insert(position, w)
            self._box.insertWidget(position + 2, w)  # after the empty state and starters
        self._empty.hide()
        self.starters.hide()
        return w

    def _update_last(self) -> None:
        last = next((w for w in reversed(self._widgets) if w.message.role == "assistant"), None)
        for w in self._widgets:
            w.set_last_reply(w is last and w.message.id >= 0)
        self._empty.setVisible(not self._widgets and bool(self._empty.text()))
        self.starters.setVisible(self._empty.isVisibleTo(self) and self._starters_wanted)

    def _range_changed(self, _lo: int, hi: int) -> None:
        bar = self.verticalScrollBar()
        if self._from_bottom is not None:
            bar.setValue(hi - self._from_bottom)
            self._from_bottom = None
        elif self._stick:
            bar.setValue(hi)

    def _value_changed(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if self._from_bottom is None:
            self._stick = value >= bar.maximum() - 4
        # fetch ahead while the user is within two screens of the top
        if (value < 2 * self.viewport().height() and self.has_earlier() and bar.maximum() > 0
                and not self._loading):
            self._loading = True
            QTimer.singleShot(0, self._load_more)

    def _load_more(self) -> None:
        self._loading = False
        self.load_earlier()
