"""The main window: navigation (Chat, Models, Documents, Jobs), menus, status bar,
and `run_gui`, which `hearth` with no arguments calls."""

from __future__ import annotations

import html
import importlib
import os
import sys

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.core import errorlog
from app.core.errors import DamagedDatabase, HearthError
from app.core.llm.runtime import LOAD_KEYS, SAMPLING_KEYS
from app.core.session import Core
from app.core.store import cjk
from app.ui import backups, i18n, notify, theme
from app.ui.chat_view import ChatView
from app.ui.core_text import error_text
from app.ui.display import display_problem
from app.ui.i18n import translate
from app.ui.icons import app_icon, page_icon
from app.ui.job_runner import runner_for, stop_runner
from app.ui.server_panel import stop_server
from app.ui.settings_dialog import SettingsDialog
from app.ui.sidebar import ConversationSidebar
from app.ui.style import STYLESHEET
from app.ui.workers import Worker

# (title, module, class, tooltip); the Chat page is built in, the others on first show
BACKGROUND_DELAY_MS = 1500  # after the first paint and the model scan
PAGES = (  # the titles are keys too: only what the page list shows is translated
    (QT_TRANSLATE_NOOP("MainWindow", "Chat"), "", "",
     QT_TRANSLATE_NOOP("MainWindow", "Talk with a model (Ctrl+1)")),
    (QT_TRANSLATE_NOOP("MainWindow", "Models"), "app.ui.models_view", "ModelsView",  # untranslated
     QT_TRANSLATE_NOOP("MainWindow", "Find, download and manage models (Ctrl+2)")),
    (QT_TRANSLATE_NOOP("MainWindow", "Documents"), "app.ui.documents_view",
     "DocumentsView",  # untranslated
     QT_TRANSLATE_NOOP("MainWindow", "Your document collections (Ctrl+3)")),
    (QT_TRANSLATE_NOOP("MainWindow", "Jobs"), "app.ui.jobs_view", "JobsView",  # untranslated
     QT_TRANSLATE_NOOP("MainWindow", "Downloads, indexing and file jobs (Ctrl+4)")),
)
JOBS_PAGE = next(i for i, page in enumerate(PAGES) if page[0] == "Jobs")
CLOSE_WAIT_MS = 8000  # how long closing waits for a reply to stop before hiding instead
QUIT_WAIT_MS = 120000  # when the whole app quits, wait this long for a model load to end
MIN_SIZE = QSize(760, 480)


class _SettingsBridge(QObject):
    changed = Signal(object)  # the changed settings, queued onto the GUI thread

    def send(self, changed: dict) -> None:
        try:
            self.changed.emit(changed)
        except RuntimeError:  # the window is gone (deleted without closing)
            pass


class MainWindow(QMainWindow):
    def __init__(self, core: Core, owns_core: bool = False) -> None:
        super().__init__()
        self.core = core
        self.owns_core = owns_core
        self._closed = False
        i18n.install(core.settings.get("language") or "system")  # before any widget text
        self.setWindowTitle("Hearth")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MIN_SIZE)
        self.setStyleSheet(STYLESHEET)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self._size_nav()
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for title, _module, _cls, tip in PAGES:
            self.nav.addItem(self.tr(title))
            self.nav.item(self.nav.count() - 1).setToolTip(self.tr(tip))
            self.nav.item(self.nav.count() - 1).setIcon(page_icon(title))
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self.sidebar = ConversationSidebar(core)
        self.chat = ChatView(core)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.chat)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.splitter.setChildrenCollapsible(False)
        self._set_page_widget(0, self.splitter)
        self.pages["Chat"] = self.chat
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self.nav.setCurrentRow(0)
        self._restore()

    # construction ------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: "working"
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.stats_label = QLabel("")
        self.stats_label.setAccessibleName(self.tr("Speed of the last reply"))
        self.stats_label.setToolTip(self.tr("Tokens per second, time to the first token, "
                                            "and where the model runs"))
        self.jobs_label = QLabel()
        self.jobs_label.setAccessibleName(self.tr("Background jobs"))
        self.jobs_label.setToolTip(
            self.tr("Downloads, indexing and file jobs: click for the Jobs page"))
        self.jobs_label.linkActivated.connect(lambda _link: self.show_page(JOBS_PAGE))
        self.jobs_label.hide()
        self._jobs_timer = QTimer(self)
        self._jobs_timer.setSingleShot(True)
        self._jobs_timer.setInterval(300)  # progress comes many times a second: count less
        self._jobs_timer.timeout.connect(self._count_jobs)
        for w in (self.jobs_label, self.busy_label, self.busy_bar, self.stats_label):
            bar.addPermanentWidget(w)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file = menu.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New conversation"), QKeySequence.StandardKey.New,
                     self.new_conversation)
        self._action(file, self.tr("&Copy conversation"), QKeySequence("Ctrl+Shift+C"),
                     self.chat.copy_conversation)
        file.addSeparator()
        self._action(file, self.tr("S&ummarize a file…"), QKeySequence("Ctrl+Shift+S"),
                     lambda: self.file_task("summarize"))
        self._action(file, self.tr("&Translate a file…"), QKeySequence("Ctrl+Shift+T"),
                     lambda: self.file_task("translate"))
        file.addSeparator()
        self._action(file, self.tr("&Back up…"), QKeySequence(), self.back_up)
        self._action(file, self.tr("&Restore a backup…"), QKeySequence(), self.restore_backup)
        file.addSeparator()
        self._action(file, self.tr("&Settings…"), QKeySequence("Ctrl+,"), self.open_settings)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit = menu.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Find in conversations"), QKeySequence.StandardKey.Find,
                     self.focus_search)
        self._action(edit, self.tr("Stop the reply"), QKeySequence(), self.chat.stop)
        self._action(edit, self.tr("Regenerate the last reply"), QKeySequence("Ctrl+R"),
                     self.chat.regenerate)
        self._action(edit, self.tr("System prompt…"), QKeySequence(),
                     self.chat.edit_system_prompt)
        view = menu.addMenu(self.tr("&View"))
        for i, (title, *_rest) in enumerate(PAGES):
            self._action(view, self.tr(title), QKeySequence(f"Ctrl+{i + 1}"),
                         lambda _=False, i=i: self.show_page(i))
        help_menu = menu.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Hearth"), QKeySequence(), self._about)

    def _action(self, menu, text: str, keys: QKeySequence, slot) -> QAction:
        act = QAction(text, self)  # translated by the caller
        act.setShortcut(keys)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self.show_page)
        self.sidebar.conversation_selected.connect(self.chat.open_conversation)
        self.sidebar.result_selected.connect(self._open_result)
        self.sidebar.new_requested.connect(self.new_conversation)
        self.sidebar.deleted.connect(self._deleted)
        self.sidebar.error.connect(self.chat.banner.error)
        self.chat.conversation_changed.connect(self._conversation_changed)
        self.chat.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.chat.stats_changed.connect(self.stats_label.setText)
        self.chat.busy_changed.connect(self._busy)
        self.chat.open_models.connect(lambda: self.show_page(1))
        self.chat.open_documents.connect(lambda: self.show_page(2))
        self.chat.reply_done.connect(self._reply_done)
        self.chat.files_dropped.connect(lambda files: self.file_task("summarize", files[0]))
        self.runner = runner_for(self.core)
        # at most one count per interval (restarting the timer on every report would
        # postpone the count for as long as a download reports progress)
        self.runner.job_changed.connect(
            lambda _id: None if self._jobs_timer.isActive() else self._jobs_timer.start())
        # settings change notifications, from any thread, shown on the GUI thread
        self._settings_bridge = _SettingsBridge()
        self._settings_bridge.changed.connect(self.apply_settings)
        self._unsubscribe_settings = self.core.settings.subscribe(self._settings_bridge.send)

    # pages -------------------------------------------------------------
    def _set_page_widget(self, index: int, widget: QWidget) -> None:
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()

    def show_page(self, index: int) -> None:
        title, module, cls, _tip = PAGES[index]
        if title not in self.pages:
            self._set_page_widget(index, self._build_page(title, module, cls))
            if hasattr(self.pages[title], "check_recommended"):
                # opened by the user: now the hub may be asked which entries still exist
                self.pages[title].check_recommended()
        previous = self.stack.currentIndex()
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        if index == 0 and previous != 0:
            self.chat.refresh_models()  # a model may have been installed meanwhile

    def _start_background(self) -> None:
        """Once the window is up: jobs a quit stopped go on, and the core resumes unfinished
        syncs and watches collections' folders (the pages only show that work)."""
        if self._closed:
            return
        self._resume_jobs()
        try:
            self.core.start_background()
        except HearthError as exc:
            self.statusBar().showMessage(error_text(exc), 10000)

    def _build_page(self, title: str, module: str, cls: str) -> QWidget:
        """Import a page's module when it is first shown (keeps start-up fast)."""
        try:
            widget = getattr(importlib.import_module(module), cls)(self.core, parent=None)
        except ImportError as exc:
            widget = self._unavailable(self.tr("{page} is not available in this build ({error}).")
                                       .format(page=self.tr(title), error=exc))
        except HearthError as exc:
            widget = self._unavailable(self.tr("{page} could not open: {error}").format(
                page=self.tr(title), error=exc))
        else:
            for name in ("models_changed", "model_installed"):
                signal = getattr(widget, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(self.chat.refresh_models)
            if hasattr(widget, "file_task_requested"):  # a document's context menu
                widget.file_task_requested.connect(self.file_task)
        self.pages[title] = widget
        return widget

    @staticmethod
    def _unavailable(text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    # background jobs ---------------------------------------------------
    def file_task(self, kind: str = "summarize", path: str | None = None) -> None:
        """Summarize or translate a file: the Jobs page opens with the task dialog."""
        self.show_page(JOBS_PAGE)
        page = self.pages.get("Jobs")
        if hasattr(page, "new_task"):
            page.new_task(kind, path)

    def _count_jobs(self) -> None:
        counts = self.runner.model.counts()  # the window's jobs as events told them: no SQL
        running, waiting = counts.get("running", 0), counts.get("queued", 0)
        paused = counts.get("paused", 0)
        if not running and not waiting and not paused:
            self.jobs_label.hide()
            return
        words = [self.tr("%n running", "", running)] if running else []
        if paused:
            words.append(self.tr("%n paused", "", paused))
        if waiting:
            words.append(self.tr("%n waiting", "", waiting))
        text = self.tr("Jobs: {counts}").format(counts=self.tr(", ").join(words))
        self.jobs_label.setText(f'<a href="jobs">{text}</a>')
        self.jobs_label.show()

    def _resume_jobs(self) -> None:
        """Jobs that a quit stopped, or that were still waiting, go on where they were."""
        resumed = self.runner.resume_after_close()
        self.runner.kick()
        if resumed:
            self.statusBar().showMessage(
                self.tr("Continuing %n job(s) that stopped when Hearth closed.", "", resumed),
                8000)
        self._jobs_timer.start()

    # actions -----------------------------------------------------------
    def new_conversation(self) -> None:
        self.show_page(0)
        self.sidebar.select(None)
        self.chat.new_conversation()

    def back_up(self) -> None:
        backups.ask_backup(self, self._backed_up, self.chat.banner.error)

    def _backed_up(self, dest) -> None:
        self.statusBar().showMessage(backups.backed_up_text(dest), 10000)

    def restore_backup(self) -> None:
        outcome = backups.ask_restore(self)
        if outcome is None:
            return
        text, ok = outcome
        if not ok:
            self.chat.banner.error(text)
            return
        self.statusBar().showMessage(text, 15000)
        self.new_conversation()
        self.sidebar.refresh()

    def focus_search(self) -> None:
        self.show_page(0)
        self.sidebar.focus_search()

    def _open_result(self, conversation_id: int, message_id: int) -> None:
        self.chat.open_conversation(conversation_id, scroll_to=message_id)

    def _deleted(self, conversation_id: int) -> None:
        if self.chat.conversation and self.chat.conversation.id == conversation_id:
            self.chat.open_conversation(None)
        self.statusBar().showMessage(self.tr("Conversation deleted."), 5000)

    def _conversation_changed(self, conversation_id: int | None) -> None:
        if conversation_id is not None and conversation_id not in self.sidebar.ids():
            self.sidebar.refresh(select_id=conversation_id)
        elif conversation_id is not None and self.sidebar.ids()[:1] != [conversation_id]:
            self.sidebar.refresh(select_id=conversation_id)  # it moved to the top
        else:
            self.sidebar.select(conversation_id)
        title = self.chat.conversation.title if self.chat.conversation else self.tr(
            "New conversation")
        self.setWindowTitle(f"{title} — Hearth")  # untranslated: the name stays
        # Saved at once, not only on close: after a crash the window reopens here too.
        self.core.settings.set("ui_last_conversation", conversation_id)

    def _reply_done(self, preview: str) -> None:
        """A long reply finished while the user was in another window: tell them."""
        notify.desktop(self, self.tr("Hearth answered"), preview + "…")

    def _busy(self, what: str) -> None:
        self.busy_label.setText(what)
        self.busy_bar.setVisible(bool(what))

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.core, self, entries=self.chat.entries or None)
        dialog.open()
        return dialog

    def _size_nav(self) -> None:
        bold = self.nav.font()
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(self.tr(t)) for t, *_ in PAGES)
        self.nav.setFixedWidth(widest + 84)  # icon, item padding and margins from the stylesheet

    def apply_settings(self, changed: dict) -> None:
        """Settings changed (here, in the dialog or by the core): show them."""
        keys = set(changed)
        if keys & {"theme", "font_size"}:
            app = QApplication.instance()
            if app is not None:
                theme.apply(app, self.core.settings.get("theme"),
                            self.core.settings.get("font_size"))
                # A widget under a style sheet keeps the font it was polished with:
                # setting the sheet again hands the application's new font down.
                self.setStyleSheet("")
                self.setStyleSheet(STYLESHEET)
                self._size_nav()
            self.chat.reload()  # re-render messages in the new colours
        if keys & {"default_model", *LOAD_KEYS}:
            self.chat.refresh_models()
            self.chat.preload()
        elif keys & {"system_prompt", *SAMPLING_KEYS}:
            self.chat.measure()  # the reply's reserve and the prompt changed

    def about_text(self) -> str:
        # a report needs the version
        version = "<p>" + self.tr("Version {version}").format(version=__version__) + "</p>"
        return self.tr("<h3>Hearth</h3><p>A private AI assistant. Models run on this "
                       "computer; data lives in <code>{home}</code>.</p>"
                       "<p>Unexpected errors are written, with what led to them, to "
                       "<code>{log}</code>: attach it to a report.</p>").format(
            home=html.escape(str(self.core.home)), log=html.escape(str(errorlog.path()))
        ) + version

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Hearth"), self.about_text())

    # state -------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.core.settings.get("ui_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1100, 720)
        sizes = self.core.settings.get("ui_splitter")
        if sizes:
            self.splitter.setSizes([int(s) for s in sizes])
        self.sidebar.refresh()
        # after the first paint: the scan parses GGUF headers and competes for the GIL
        QTimer.singleShot(0, self.chat.refresh_models)
        QTimer.singleShot(BACKGROUND_DELAY_MS, self._start_background)
        last = self.core.settings.get("ui_last_conversation")
        if last in self.sidebar.ids():
            self.sidebar.select(last)
            self.chat.open_conversation(last)
        else:
            self.chat.open_conversation(None)
        self.chat.restore_draft()
        self.chat.composer.edit.setFocus()  # ready to type

    def _save(self) -> None:
        current = self.chat.conversation.id if self.chat.conversation else None
        self.core.settings.update({
            "ui_geometry": bytes(self.saveGeometry().toBase64()).decode(),
            "ui_splitter": self.splitter.sizes(),
            "ui_last_conversation": current,
        })

    def finish_workers(self) -> None:
        """Cancel every job and wait for its thread (a model load cannot be interrupted)."""
        self.core.background.stop()
        self.chat.shutdown(CLOSE_WAIT_MS)
        stop_runner(self.core, QUIT_WAIT_MS)
        Worker.stop_all(timeout_ms=QUIT_WAIT_MS)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Stop any reply (its text is kept as stopped), wait for workers, then close."""
        if self._closed:
            event.accept()
            return
        self.core.background.stop()  # the window started it; nothing may queue work now
        stop_server(self.core)  # its requests end first: they use the same model
        self.chat.shutdown(CLOSE_WAIT_MS)
        stop_runner(self.core, 2000)  # background jobs end 'interrupted' and resume later
        Worker.stop_all(timeout_ms=2000)
        if Worker.running():
            # A model load cannot be interrupted: hide now and close once it ends.
            event.ignore()
            self.hide()
            QTimer.singleShot(200, self.close)
            return
        self._save()
        self._closed = True
        self._unsubscribe_settings()
        for page in self.pages.values():
            if page is not self.chat:
                page.close()
        if self.owns_core:
            self.core.close()
        event.accept()


def create_window() -> MainWindow:
    """The main window over a fresh Core, themed from the settings (needs a QApplication).

    Raises HearthError when the database cannot be opened.
    """
    app = QApplication.instance()
    core = Core()
    core.documents.isolate_embedder = True  # torch's import must not freeze the window
    cjk.segment_in_child_process()  # nor rjieba's dictionary load (0.3-0.6 s, GIL held)
    try:
        errorlog.install()  # unexpected errors and their tracebacks, for Help > About
    except OSError as exc:  # the window works without it
        print(f"hearth: no error log ({exc})", file=sys.stderr)
    theme.apply(app, core.settings.get("theme"), core.settings.get("font_size"))
    window = MainWindow(core, owns_core=True)
    # However the loop ends, no worker thread may outlive it (Qt aborts the process).
    app.aboutToQuit.connect(window.finish_workers)
    return window


def run_gui(argv: list[str]) -> int:
    """Open the window; without a usable display, say how to run Hearth instead."""
    if "--debug" in argv:
        os.environ["HEARTH_DEBUG"] = "1"
    problem = display_problem()
    if problem:
        print(f"hearth: {problem}", file=sys.stderr)
        return 2
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Hearth")
    app.setApplicationDisplayName("Hearth")
    app.setDesktopFileName("hearth")
    app.setWindowIcon(app_icon())
    # The system's language until the window reads its setting: a damaged database or
    # an unwritable data folder is said before there is any setting to read.
    i18n.install("system")
    try:
        try:
            window = create_window()
        except DamagedDatabase as exc:
            if not backups.recover(exc):
                print(f"error: {exc}", file=sys.stderr)
                return 1
            window = create_window()
    except HearthError as exc:
        QMessageBox.critical(None, translate("MainWindow", "Hearth cannot start"),
                             error_text(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 1
    window.show()
    return app.exec()
