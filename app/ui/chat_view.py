"""The chat page: model picker, context meter, messages and the message box.

The page renders and collects input. Its model work (loading a model, a chat
turn, measuring the context) is asked of the core's `ChatWork`, which orders it,
and runs off the GUI thread in `ui/chat_runner.ChatRunner`, whose typed signals
(token, thought, loaded, turn_done, measured...) this page connects to.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.models import bundled
from app.core.models.catalog import ModelEntry
from app.core.session import Core
from app.core.store.history import Conversation, Message
from app.core.tasks.assistant import TurnResult
from app.core.tasks.chat_work import ChatWork, LoadModel, Measure, Turn
from app.ui.chat_runner import ChatRunner
from app.ui.citations import AttachButton, CitationsPanel
from app.ui.composer import Composer
from app.ui.context_meter import ContextMeter
from app.ui.core_text import error_text, say
from app.ui.drops import FileDropTarget
from app.ui.message_list import MessageList
from app.ui.model_picker import ModelPicker
from app.ui.notify import Banner
from app.ui.tool_approval import ApprovalBridge
from app.ui.workers import Worker

EMPTY_TEXT = QT_TRANSLATE_NOOP("ChatView", "<h3>Ask anything</h3><p>Hearth runs the model on "
                               "this computer: nothing you type leaves it.</p>")
NO_MODEL_TEXT = QT_TRANSLATE_NOOP("ChatView", "<h3>No model is installed</h3><p>Open "
                                  "<b>Models</b> to download one, or run the set-up "
                                  "(<code>python3 bootstrap.py</code>) to place the bundled "
                                  "starter model.</p>")
TEMP_USER_ID = -2  # the user's message until the worker has stored it


class ChatView(FileDropTarget, QWidget):
    status_message = Signal(str)  # a transient note for the status bar
    stats_changed = Signal(str)  # speed, first-token time and device of the last reply
    busy_changed = Signal(str)  # what is running ("" when idle)
    conversation_changed = Signal(object)  # the open conversation id (or None)
    open_models = Signal()  # first run: take the user to the model manager
    open_documents = Signal()  # the welcome's "Add your documents"
    models_scanned = Signal()
    reply_done = Signal(str)  # a finished reply's first words (for a desktop notice)
    files_dropped = Signal(list)  # local files dropped on the conversation (to summarize...)

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.setAcceptDrops(True)
        self.conversation: Conversation | None = None
        self.pending_system: str | None = None  # for a conversation not created yet
        self.has_model = False
        self._shut = False  # shutdown() ran
        self.entries: list[ModelEntry] = []
        self.models_ready = False  # the first scan of installed models has finished
        self._default = core.settings.get("default_model") or bundled.CHAT.id
        self._scan: Worker | None = None
        self._scan_again = False
        self.picker = ModelPicker()
        self.picker.model_chosen.connect(self._model_chosen)
        self.system_button = self._tool_button(self.tr("System prompt…"),
                                               self.edit_system_prompt,
                                               self.tr("The instructions the model follows in "
                                                       "this conversation"))
        self.meter = ContextMeter()
        # the documents helpers: collections attached to the conversation, and citations
        self.attach = AttachButton(core)
        self.citations = CitationsPanel()
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 4)
        top.addWidget(self.picker)
        top.addWidget(self.system_button)
        top.addWidget(self.attach)
        top.addStretch(1)
        top.addWidget(self.meter)
        # a narrow window (the minimum size, a large font) moves the two buttons to a
        # second row rather than draw the bar's parts over each other
        self.top, self.second = top, QHBoxLayout()
        self.second.setContentsMargins(12, 0, 12, 4)
        self.second.addStretch(1)
        self.attach.attached_changed.connect(lambda _names: self._fit_bar())
        self.banner = Banner()
        self.messages = MessageList()
        self.approvals = ApprovalBridge(self)  # asks before an MCP tool runs
        self.work = ChatWork(core.chat)  # what model work waits and runs: the core decides
        self.runner = ChatRunner(self.work, self.approvals.approver, self)
        self._connect_runner()
        self.messages.edit_requested.connect(self.start_edit)
        self.messages.regenerate_requested.connect(self.regenerate)
        self.messages.version_requested.connect(self.show_version)
        self.messages.starter.connect(self._starter)
        self.messages.copied.connect(self.status_message)
        self.composer = Composer()
        self.composer.send.connect(self.send)
        self.composer.draft_changed.connect(self._draft_changed)
        self.composer.stop.connect(self.stop)
        self.composer.regenerate.connect(self.regenerate)
        self.composer.escape.connect(self.escape)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(top)
        box.addLayout(self.second)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(12, 4, 12, 4)
        banner_row.addWidget(self.banner)
        box.addLayout(banner_row)
        box.addWidget(self.messages, 1)
        box.addWidget(self.citations)
        box.addWidget(self.composer)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.escape)
        self.setFocusProxy(self.composer.edit)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_bar()

    def _fit_bar(self) -> None:
        """One row for the bar when it fits at its parts' minimum widths, else two (the
        picker and the context meter's bar above, the two buttons below)."""
        parts = (self.picker, self.system_button, self.attach, self.meter)
        margins = self.top.contentsMargins()
        one_row = (sum(p.minimumSizeHint().width() for p in parts[:3])
                   + self.meter.bar.minimumSizeHint().width()
                   + self.meter.label.sizeHint().width() + self.meter.layout().spacing()
                   + margins.left() + margins.right() + 3 * max(0, self.top.spacing()))
        narrow = self.width() < one_row
        if narrow == (self.second.indexOf(self.attach) >= 0):
            return
        for button in (self.system_button, self.attach):
            (self.top if narrow else self.second).removeWidget(button)
        if narrow:
            self.second.insertWidget(0, self.system_button)
            self.second.insertWidget(1, self.attach)
        else:
            self.top.insertWidget(1, self.system_button)
            self.top.insertWidget(2, self.attach)
        self.meter.label.setVisible(not narrow)  # the tooltip still says it all

    def _tool_button(self, text: str, slot, tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAccessibleName(text.rstrip("…"))
        b.clicked.connect(slot)
        return b

    # models ------------------------------------------------------------
    def refresh_models(self) -> None:
        """Re-read the installed models in a worker (reading GGUF headers takes seconds)."""
        if self._scan is not None:
            self._scan_again = True
            return
        self._scan = Worker(lambda _c, _p: self.work.installed(), name="models-scan")
        self._scan.result.connect(self._models_scanned)
        self._scan.error.connect(self.banner.error)
        self._scan.finished.connect(self._scan_finished)
        self._scan.start()

    def _models_scanned(self, value: tuple[list[ModelEntry], str]) -> None:
        """With no usable model, say so and point at the model manager."""
        self.entries, self._default = value
        first = not self.models_ready
        self.models_ready = True
        self.has_model = any(e.error is None for e in self.entries)
        current = self.picker.current_id() or self._wanted_model()
        self.picker.refresh(self.entries, self.core.settings.all(), current)
        self.composer.set_enabled(self.has_model)
        self._set_busy()
        if not self.has_model:
            self.banner.error(self.tr("No model is installed, so Hearth cannot answer yet."),
                              action=self.tr("Open Models"), callback=self.open_models.emit)
            self.messages.set_empty_text(self.tr(NO_MODEL_TEXT), starters=False)
        else:
            if self.banner.level == "error" and "No model" in self.banner.text():
                self.banner.hide()
            self.messages.set_empty_text(self.tr(EMPTY_TEXT))
        self.models_scanned.emit()
        if first:
            self.preload()

    def _scan_finished(self) -> None:
        self._scan = None
        if self._scan_again:
            self._scan_again = False
            self.refresh_models()

    def _wanted_model(self) -> str:
        ids = {e.id for e in self.entries if e.error is None}
        if self.conversation and self.conversation.model in ids:
            return self.conversation.model
        return self._default

    def model_id(self) -> str:
        return self.picker.current_id() or self._wanted_model()

    def _model_chosen(self, model_id: str) -> None:
        if self.conversation is not None:
            self.conversation = self.core.history.update_conversation(
                self.conversation.id, model=model_id)
        self.preload()

    def preload(self) -> None:
        """Load the picked model in the background so the first reply starts quickly."""
        model_id = self.model_id()
        loaded = self.core.runtime.loaded
        if not model_id or (loaded is not None and loaded.model_id == model_id
                            and self.work.idle()):
            self.measure()
            return
        self.runner.ask(LoadModel(model_id))
        self.measure()

    # conversations -----------------------------------------------------
    def open_conversation(self, conversation_id: int | None, scroll_to: int | None = None) -> None:
        if self.busy_with_turn():
            self.status_message.emit(self.tr("Stop the reply first to switch conversations."))
            return
        self.composer.end_edit()
        if conversation_id is None:
            self.conversation = None
            self.messages.set_messages([])
        else:
            try:
                self.conversation = self.core.history.conversation(conversation_id)
            except HearthError as exc:
                self.banner.error(error_text(exc))
                return
            self.messages.set_messages(self.core.history.messages(conversation_id))
            if self.conversation.model:
                self.picker.select(self.conversation.model)
        self.pending_system = None
        self.meter.set_plan(None)
        self.attach.set_conversation(conversation_id)
        self._show_citations()
        self.conversation_changed.emit(conversation_id)
        if scroll_to is not None:
            self.messages.scroll_to_message(scroll_to)
        self.measure()

    def _show_citations(self) -> None:
        """The citations of the conversation's last reply (none without documents)."""
        last = next((m for m in reversed(self.messages.messages())
                     if m.role == "assistant" and m.id >= 0), None)
        self.citations.show_for(self.core, last.id if last else None)

    def new_conversation(self) -> None:
        self.open_conversation(None)
        self.composer.edit.setFocus()

    def reload(self) -> None:
        if self.conversation is not None:
            cid = self.conversation.id
            self.conversation = self.core.history.conversation(cid)
            self.messages.set_messages(self.core.history.messages(cid))

    def system_prompt(self) -> str:
        if self.conversation is not None:
            return self.conversation.system_prompt or ""
        if self.pending_system is not None:
            return self.pending_system
        return self.core.settings.get("system_prompt") or ""

    def set_system_prompt(self, text: str) -> None:
        if self.conversation is None:
            self.pending_system = text
        else:
            self.conversation = self.core.history.update_conversation(
                self.conversation.id, system_prompt=text)
        self.status_message.emit(self.tr("System prompt saved for this conversation."))
        self.measure()

    def system_prompt_dialog(self) -> QInputDialog:
        """The prompt's editor: wide enough to read and wrapped (Qt's own multi-line
        input was small and kept the prompt on one line behind a scroll bar)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("System prompt"))
        dialog.setLabelText(self.tr("Instructions the model follows in this conversation:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(self.system_prompt())
        for edit in dialog.findChildren(QPlainTextEdit):
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        dialog.resize(max(520, dialog.sizeHint().width()), 300)
        return dialog

    def edit_system_prompt(self) -> None:
        dialog = self.system_prompt_dialog()
        if dialog.exec():
            self.set_system_prompt(dialog.textValue())

    def copy_conversation(self) -> None:
        if self.conversation is None:
            self.status_message.emit(self.tr("Nothing to copy yet."))
            return
        QGuiApplication.clipboard().setText(self.core.history.export(self.conversation.id, "md"))
        self.status_message.emit(self.tr("Conversation copied as Markdown."))

    # turns -------------------------------------------------------------
    def busy_with_turn(self) -> bool:
        """A turn is writing or waits for the model."""
        return self.work.writing

    def send(self, text: str) -> None:
        """Send `text` (or, in edit mode, replace the edited message with it)."""
        if self.busy_with_turn() or not text.strip():
            return
        self.core.prefill.cancel()  # a draft waiting for the lane is this message now
        model_id = self.model_id()
        if not model_id:
            self.banner.error(self.tr("No model is installed, so Hearth cannot answer yet."),
                              action=self.tr("Open Models"), callback=self.open_models.emit)
            return
        editing = self.composer.editing_id
        if self.conversation is None:
            self.conversation = self.core.assistant.start_conversation(
                text, model_id, self.system_prompt())
            self.pending_system = None
            self.attach.set_conversation(self.conversation.id)  # a held choice attaches now
            self.conversation_changed.emit(self.conversation.id)
        if editing is not None:
            self.messages.remove_from(editing)
        files = [] if editing is not None else self.composer.attached
        draft = Message(TEMP_USER_ID, self.conversation.id, "user", text, time.time(),
                        attachments=[{"name": Path(p).name, "mode": ""} for p in files])
        self.messages.append(draft)
        self.composer.end_edit(clear=True)
        self._keep_draft(None)  # sent: nothing to put back at the next start
        self.composer.set_attached([])
        action = "edit" if editing is not None else "send"
        self._start_turn(action, model_id, text=text, message_id=editing, attachments=files)

    def _draft_changed(self, text: str) -> None:
        """Keep the draft (a crash must not lose it) and let the core evaluate it while
        the user types (tasks.prefill)."""
        if self.composer.editing_id is not None:  # an edit of an earlier message
            return
        conv = self.conversation
        conv_id = conv.id if conv else None
        self._keep_draft({"conversation": conv_id, "text": text} if text.strip() else None)
        if self.has_model:
            self.core.prefill.draft(conv_id, text, self.model_id(),
                                    None if conv else self.system_prompt())

    def _keep_draft(self, draft: dict | None) -> None:
        if draft != self.core.settings.get("ui_draft"):
            self.core.settings.set("ui_draft", draft)

    def restore_draft(self) -> None:
        """Put back the message that was being typed in this conversation when Hearth
        last stopped (closed or killed)."""
        draft = self.core.settings.get("ui_draft") or {}
        conv = self.conversation.id if self.conversation else None
        if draft.get("text") and draft.get("conversation") == conv and not self.composer.text():
            self.composer.edit.setPlainText(draft["text"])

    def regenerate(self) -> None:
        if self.busy_with_turn() or self.conversation is None:
            return
        last_user = next((m for m in reversed(self.messages.messages()) if m.role == "user"),
                         None)
        if last_user is None:
            return
        self.messages.remove_from(last_user.id + 1)
        self._start_turn("regenerate", self.model_id())

    def start_edit(self, message: Message) -> None:
        if self.busy_with_turn() or message.id < 0:
            return
        self.composer.start_edit(message.id, message.content)

    def stop(self) -> None:
        """Stop the reply; the text so far is kept (the assistant stores it as stopped).
        A turn still waiting is dropped and its text goes back to the message box."""
        dropped = self.runner.stop()
        if dropped:
            self.messages.end_stream(None)
            self.reload()
            if dropped[0].text:
                self.composer.edit.setPlainText(dropped[0].text)
            self._set_busy()
        elif self.work.writing:
            self.status_message.emit(self.tr("Stopping…"))

    def escape(self) -> None:
        if self.busy_with_turn():
            self.stop()
        elif self.composer.editing_id is not None:
            self.composer.end_edit(clear=True)

    def _start_turn(self, action: str, model_id: str, text: str | None = None,
                    message_id: int | None = None, attachments: list[str] | None = None,
                    ) -> None:
        self.messages.begin_stream(model_id)
        self.runner.ask(Turn(action, self.conversation.id, model_id, text, message_id,
                             tuple(attachments or ())))

    # the runner's signals ----------------------------------------------
    def _connect_runner(self) -> None:
        r = self.runner
        r.token.connect(self.messages.append_piece)
        r.thought.connect(self.messages.append_thought)
        r.status.connect(self._status)
        r.writing.connect(self._writing)
        r.loaded.connect(self._loaded)
        r.turn_done.connect(self._turn_done)
        r.turn_failed.connect(self._turn_failed)
        r.turn_cancelled.connect(self._turn_cancelled)
        r.turn_ended.connect(self._turn_ended)
        r.measured.connect(self.meter.set_plan)
        r.error.connect(self.banner.error)
        r.changed.connect(self._set_busy)

    def _set_busy(self) -> None:
        turn = self.busy_with_turn()
        self.composer.set_busy(turn)
        self.messages.set_busy(turn)
        self.picker.setEnabled(self.has_model and not turn and not self.work.loading)
        self.composer.set_enabled(self.has_model or not self.models_ready)
        running = self.work.running
        what = (self.tr("Writing…") if isinstance(running, Turn) else
                self.tr("Loading model…") if isinstance(running, LoadModel) else "")
        if turn and not what:
            what = self.tr("Waiting for the model…")
        self.busy_changed.emit(what)

    def _loaded(self, model_id: str, device: str) -> None:
        self.picker.set_loaded(model_id, device)
        if self.work.loading:
            self.status_message.emit(self.tr("{model} is ready ({device}).").format(
                model=model_id, device=device))

    def _writing(self) -> None:
        """The turn's model is loaded: the reply is being written."""
        self.busy_changed.emit(self.tr("Writing…"))

    def _starter(self, key: str) -> None:
        """The welcome's actions: a first question, documents, a bigger model."""
        if key == "documents":
            self.open_documents.emit()
        elif key == "models":
            self.open_models.emit()
        else:
            if not self.composer.text().strip():
                self.composer.edit.setPlainText(self.tr("What can you help me with?"))
            self.composer.edit.setFocus()
            self.composer.edit.selectAll()

    def show_version(self, message_id: int, step: int) -> None:
        """‹ / ›: show another version of a message; the conversation continues from it."""
        if self.busy_with_turn() or self.conversation is None:
            return
        self.core.history.step_version(message_id, step)
        self.reload()
        self._show_citations()
        self.messages.scroll_to_message(message_id)
        self.measure()

    def _status(self, message: str) -> None:
        self.busy_changed.emit(message)  # the core's note, translated by the runner

    def _turn_done(self, result: TurnResult) -> None:
        self.messages.replace(TEMP_USER_ID, result.user_message)
        self.messages.end_stream(result.reply)
        if result.tools:  # the calls and their results go (folded) under their message
            self.reload()
        self.conversation = result.conversation
        self.meter.set_plan(result.plan)
        self._show_citations()
        stats = result.stats
        device = say(getattr(self.core.runtime.loaded, "device", ""))
        self.stats_changed.emit(self.tr("{speed:.1f} tok/s · first token {ttft:.2f} s · {device}")
                                .format(speed=stats.tokens_per_s, ttft=stats.ttft_s,
                                        device=device))
        for note in result.notes:
            self.banner.show_message(say(note), "warning", timeout_ms=15000)
        if result.reply.status == "stopped":
            self.status_message.emit(self.tr("Stopped; the partial reply is kept."))
        else:
            self.reply_done.emit(" ".join(result.reply.content.split()[:12]))
        self.conversation_changed.emit(self.conversation.id)

    def _turn_failed(self, message: str) -> None:
        self.banner.error(message)
        self.messages.end_stream(None)
        self.reload()

    def _turn_cancelled(self, turn: Turn) -> None:
        """Stopped: a reply begun is kept (stopped); a message stopped while it waited
        for the model was not stored, so its text goes back into the box."""
        self.messages.end_stream(None)
        self.reload()
        last = next((m for m in reversed(self.messages.messages()) if m.role == "user"), None)
        if turn.text and (last is None or last.content != turn.text) \
                and not self.composer.text().strip():
            self.composer.edit.setPlainText(turn.text)

    def _turn_ended(self) -> None:
        if not self.work.writing:
            self.composer.edit.setFocus()

    # context meter -----------------------------------------------------
    def measure(self) -> None:
        """Measure how the open conversation fills the context (needs the model's tokenizer)."""
        model_id = self.model_id()
        if not model_id or self.conversation is None:
            self.meter.set_plan(None)
            return
        self.runner.ask(Measure(self.conversation.id, model_id, self.system_prompt()))

    # life cycle --------------------------------------------------------
    def busy(self) -> bool:
        """Model work runs or waits."""
        return self.runner.busy()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel everything; True once no worker is left running."""
        if not self._shut:
            self._shut = True
            self.composer.stop_drafting()
        ok = self.runner.shutdown(timeout_ms)
        if self._scan is not None:
            self._scan.cancel()
            ok = self._scan.wait(timeout_ms) and ok
        return ok

    # files dropped on the conversation: attach them, or summarize / translate ------
    def drop_files(self, paths: list[str]) -> None:
        """A drop attaches the files to the next message; the banner offers the file
        jobs (summarize, translate) instead, as a drop did before."""
        files = [p for p in paths if Path(p).is_file()]
        if not files:
            self.files_dropped.emit(paths)  # folders: a file job knows what to do
            return
        self.composer.set_attached(self.composer.attached + files)
        self.composer.edit.setFocus()

        def instead() -> None:
            self.composer.set_attached([p for p in self.composer.attached if p not in files])
            self.files_dropped.emit(files)

        self.banner.show_message(
            self.tr("Attached {files} to your next message.").format(
                files=", ".join(Path(p).name for p in files)),
            "info", action=self.tr("Summarize or translate instead"), callback=instead,
            timeout_ms=15000)
