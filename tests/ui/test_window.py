"""The window around the chat: conversations, search, settings, life cycle,
first run without a model, long conversations, and starting without a display."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.core.session import Core
from app.ui import display
from app.ui.message_list import PAGE
from app.ui.workers import Worker
from tests.conftest import ROOT
from tests.ui.conftest import FAST_SETTINGS, wait_idle


def add_conversation(core: Core, title: str, turns: list[tuple[str, str]]) -> int:
    conv = core.history.new_conversation(title=title, model="smollm2-135m-instruct")
    for question, answer in turns:
        core.history.add_message(conv.id, "user", question)
        core.history.add_message(conv.id, "assistant", answer, model=conv.model)
    return conv.id


def test_switch_rename_and_delete_conversations(qtbot, core, opener, monkeypatch):
    a = add_conversation(core, "Cooking", [("How long to boil an egg?", "About **9 minutes**.")])
    b = add_conversation(core, "Travel", [("Best time for Kyoto?", "Spring or autumn.")])
    w = opener.window(core)
    side = w.sidebar
    assert side.ids() == [b, a]  # newest first
    side.list.setCurrentRow(1)
    assert w.chat.conversation.id == a
    assert "9 minutes" in w.chat.messages.widgets()[1].body.text()
    side.list.setCurrentRow(0)
    assert w.chat.conversation.id == b
    # rename in place (F2 / double-click editing ends in itemChanged)
    side.list.item(0).setText("Kyoto trip")
    assert core.history.conversation(b).title == "Kyoto trip"
    # delete asks first; answering no keeps it
    monkeypatch.setattr("app.ui.sidebar.confirm", lambda *a: False)
    side.delete_current()
    assert side.ids() == [b, a]
    monkeypatch.setattr("app.ui.sidebar.confirm", lambda *a: True)
    side.delete_current()
    assert side.ids() == [a]
    assert [c.id for c in core.history.conversations()] == [a]
    assert w.chat.conversation is None and not w.chat.messages.widgets()


def test_search_finds_messages_and_opens_them(qtbot, core, opener):
    add_conversation(core, "Plants", [("Do ferns like shade?", "Yes, most ferns prefer shade.")])
    target = add_conversation(core, "Space", [("How far is the Moon?", "About 384,400 km.")])
    w = opener.window(core)
    w.sidebar.select(None)
    w.chat.open_conversation(None)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.sidebar.search, "moon")
    qtbot.waitUntil(lambda: w.sidebar.results.count() == 1, timeout=5000)
    item = w.sidebar.results.item(0)
    assert "Space" in item.text() and "[Moon]" in item.text()
    w.sidebar.results.itemClicked.emit(item)
    assert w.chat.conversation.id == target
    w.chat.copy_conversation()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("# Space") and "384,400 km" in copied
    w.sidebar.search.setText("zebra")
    qtbot.waitUntil(lambda: w.sidebar.pages.currentWidget() is w.sidebar.no_results)
    w.sidebar.search.clear()
    qtbot.waitUntil(lambda: w.sidebar.pages.currentWidget() is w.sidebar.list)


def test_settings_geometry_and_last_conversation_survive_a_restart(qtbot, core, opener,
                                                                   hearth_home):
    cid = add_conversation(core, "Keep me", [("hi", "hello")])
    w = opener.window(core)
    w.sidebar.list.setCurrentRow(0)
    w.resize(780, 520)  # fits the offscreen screen (800x600)
    dialog = w.open_settings()
    assert str(hearth_home) in dialog.data_folder.text()
    dialog.theme.setCurrentIndex(2)  # dark
    dialog.font_size.setValue(13)
    dialog.temperature.setValue(0.7)
    dialog.gpu_auto.setChecked(False)
    dialog.gpu_layers.setValue(0)
    dialog.max_tokens.setValue(32)
    dialog.system_prompt.setPlainText("Be brief.")
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "General", "Sampling", "Documents", "Server", "Tools"]
    dialog.max_file_mb.setValue(50)
    dialog.docs_min_score.setValue(0.45)
    dialog.index_threads.setValue(2)
    dialog.accept()
    wait_idle(qtbot, w)
    w.close()
    assert not Worker.running()
    core.close()

    again = opener.core()
    w2 = opener.window(again)
    assert (w2.width(), w2.height()) == (780, 520)
    assert w2.chat.conversation.id == cid
    values = w2.open_settings().values()
    assert values["theme"] == "dark" and values["font_size"] == 13
    assert values["temperature"] == 0.7 and values["n_gpu_layers"] == 0
    assert values["max_tokens"] == 32 and values["system_prompt"] == "Be brief."
    assert values["max_file_mb"] == 50 and values["index_threads"] == 2
    # the CLI reads the same settings
    assert again.runtime.sampling("smollm2-135m-instruct").temperature == 0.7
    assert again.documents.min_score() == 0.45
    assert again.documents.indexer().max_mb == 50


def test_closing_during_a_generation_stops_it_and_keeps_the_text(qtbot, core, opener):
    core.settings.set("max_tokens", 400)
    w = opener.window(core)
    w.chat.composer.edit.setPlainText("Tell me a long story about a lighthouse keeper.")
    qtbot.keyClick(w.chat.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(w.chat.messages.streaming_text()) > 5, timeout=60000)
    conv_id = w.chat.conversation.id
    start = time.monotonic()
    assert w.close()
    assert time.monotonic() - start < 10
    assert not Worker.running()
    reply = core.history.messages(conv_id)[-1]
    assert reply.status == "stopped" and reply.content.strip()
    assert core.settings.get("ui_last_conversation") == conv_id


def test_first_run_without_a_model_points_at_the_model_manager(qtbot, opener, tmp_path,
                                                               monkeypatch):
    from app.core.models import bundled

    empty = tmp_path / "no-models"
    empty.mkdir()
    monkeypatch.setenv("HEARTH_BUNDLED_DIR", str(empty))
    monkeypatch.setattr(bundled, "in_wheel", lambda model: None)  # the wheel is gone too
    w = opener.window(opener.core(), wait=False)
    qtbot.waitUntil(lambda: w.chat.models_ready, timeout=60000)
    banner = w.chat.banner
    assert banner.isVisible() and "No model is installed" in banner.text()
    assert not w.chat.composer.edit.isEnabled()
    assert "Models" in w.chat.messages._empty.text()
    banner._action.click()
    assert w.stack.currentIndex() == 1 and w.nav.currentRow() == 1


def test_a_thousand_messages_open_a_page_at_a_time(qtbot, core, opener):
    conv = core.history.new_conversation(title="Long")
    rows = [{"conversation_id": conv.id, "role": "user" if i % 2 == 0 else "assistant",
             "content": f"Message {i}: some **bold** text, a list\n\n- a\n- b\n\n`code {i}`",
             "created": time.time(), "status": "complete"} for i in range(1000)]
    with core.db.conn:
        core.db["messages"].insert_all(rows)
    w = opener.window(core)
    # Speed is bench's business (bench --only gui); here: the work per step is bounded,
    # which is what keeps it fast, and does not depend on the machine's load.
    w.chat.open_conversation(conv.id)
    qtbot.wait(50)
    assert len(w.chat.messages.widgets()) == PAGE  # only the newest page is built
    bar = w.chat.messages.verticalScrollBar()
    assert bar.value() == bar.maximum()  # opens at the newest message
    most_built = 0
    for _ in range(60):  # scroll up a step at a time, as a wheel would
        before = len(w.chat.messages.widgets())
        bar.setValue(bar.value() - 400)
        qtbot.wait(1)
        most_built = max(most_built, len(w.chat.messages.widgets()) - before)
    assert len(w.chat.messages.widgets()) > PAGE  # earlier pages were loaded on the way
    assert most_built <= PAGE, f"one scroll step built {most_built} messages"
    first_shown = w.chat.messages.widgets()[0].message.id
    assert w.chat.messages.scroll_to_message(first_shown - 100)


def test_pages_other_than_chat_are_built_on_first_show(qtbot, window):
    from app.ui.documents_view import DocumentsView
    from app.ui.jobs_view import JobsView
    from app.ui.main_window import PAGES
    from app.ui.models_view import ModelsView

    assert set(window.pages) == {"Chat"}  # nothing else is built at start
    for index, cls in ((1, ModelsView), (2, DocumentsView), (3, JobsView)):
        window.show_page(index)
        page = window.pages[PAGES[index][0]]
        # the real page, not the "not available in this build" placeholder
        assert isinstance(page, cls) and not isinstance(page, QLabel)
        assert window.stack.currentWidget() is page
    window.show_page(0)
    assert window.stack.currentIndex() == 0


def test_accessibility_names_tooltips_and_minimum_size(window):
    chat = window.chat
    for w in (chat.composer.edit, chat.composer.send_button, chat.composer.stop_button,
              chat.picker, chat.messages, window.sidebar.search, window.sidebar.list,
              window.nav, chat.system_button, chat.meter):
        assert w.accessibleName(), w
    for w in (chat.composer.edit, chat.composer.send_button, chat.picker,
              window.sidebar.new_button):
        assert w.toolTip(), w
    assert window.minimumWidth() >= 700 and window.minimumHeight() >= 400
    assert not window.windowIcon().isNull()


def test_no_display_gives_a_clear_message_instead_of_a_crash(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HEARTH_HOME"] = str(tmp_path / "home")
    out = subprocess.run([sys.executable, "-m", "app"], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2
    assert "DISPLAY" in out.stderr and "hearth chat" in out.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are Linux-only")
def test_missing_x11_libraries_are_named_with_the_install_command(monkeypatch):
    real = display.ctypes.CDLL

    def cdll(name, *a, **kw):
        if "icccm" in name:
            raise OSError(f"{name}: cannot open shared object file")
        return real(name, *a, **kw)

    monkeypatch.setattr(display.ctypes, "CDLL", cdll)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    problem = display.display_problem()
    assert "apt-get install libxcb-icccm4" in problem and "hearth chat" in problem


def test_fast_settings_reach_the_model(core):
    """The fixture's fast settings are what a turn really uses (context, reply length)."""
    conv = core.chat.start("Count")
    turn = core.chat.send(conv.id, "Count from one to one hundred, in words.")
    assert 0 < turn.stats.completion_tokens <= FAST_SETTINGS["max_tokens"]
    assert core.runtime.loaded.n_ctx == FAST_SETTINGS["n_ctx"]
    assert turn.plan.n_ctx == FAST_SETTINGS["n_ctx"]


def test_settings_changed_anywhere_reach_the_window(qtbot, window, monkeypatch):
    """A settings change (here as the CLI or the dialog would make it) is shown: the
    window listens to the core's settings, not only to its dialog."""
    from app.ui import theme

    applied = []
    real = theme.apply
    monkeypatch.setattr(theme, "apply", lambda app, name, size: (
        applied.append((name, size)), real(app, name, size)))
    window.core.settings.update({"theme": "dark", "font_size": 13})
    qtbot.waitUntil(lambda: applied == [("dark", 13)], timeout=5000)


def test_about_says_where_the_error_log_is(window):
    from app.core import errorlog

    assert str(errorlog.path()) in window.about_text()


def test_a_corrupt_model_file_is_listed_as_unusable_with_the_reason(qtbot, core, opener):
    from app.core import config

    (config.models_dir() / "broken.gguf").write_bytes(b"not a gguf file" * 100)
    w = opener.window(core)
    picker = w.chat.picker
    i = picker.findData("broken")
    assert i >= 0 and "unusable" in picker.itemText(i)
    assert not picker.model().item(i).isEnabled()
    assert picker.itemData(i, Qt.ItemDataRole.ToolTipRole).startswith("Cannot be used:")
    assert picker.current_id() == "smollm2-135m-instruct"  # the default is unaffected


def test_after_a_crash_the_window_reopens_the_open_conversation(qtbot, core, opener):
    """The open conversation is remembered when it changes, not only on a clean close."""
    first = core.history.new_conversation("first")
    core.history.add_message(first.id, "user", "one")
    second = core.history.new_conversation("second")
    core.history.add_message(second.id, "user", "two")
    w = opener.window(core)
    w.chat.open_conversation(first.id)
    assert core.settings.get("ui_last_conversation") == first.id  # before any close
    # A second window on the same data, as after a SIGKILL (no close, no _save).
    w2 = opener.window(opener.core())
    assert w2.chat.conversation.id == first.id


def test_unfinished_sync_resumes_at_launch_without_opening_documents(qtbot, core, embedder,
                                                                     opener, tmp_path):
    """A sync a crash left half done finishes after launch, on the Chat page, without the
    Documents page being built: the core does the work, pages only show it."""
    pytest.importorskip("fpdf", reason="fpdf2 (dev extra) writes the test PDFs")
    from tests.fixtures import documents as fx

    core.documents.use_embedder(embedder)
    core.documents.add("kb", [fx.make_corpus(tmp_path / "docs")], sync=False)
    coll = core.documents.store.get("kb")
    core.documents.store.update(coll.id, sync_state="running")  # as a killed process leaves it
    core.settings.set("watch_interval_s", 0)
    w = opener.window(core)
    qtbot.waitUntil(lambda: core.documents.store.get("kb").sync_state == "idle", timeout=120000)
    assert w.stack.currentIndex() == 0  # the user stays on the chat
    assert "Documents" not in w.pages  # nothing built off-screen to make it happen
    # it ran as a job of the shared queue, which the Jobs page lists
    qtbot.waitUntil(lambda: [j.status for j in core.jobs.list() if j.kind == "index"]
                    == ["done"], timeout=10000)
    [job] = [j for j in core.jobs.list() if j.kind == "index"]
    assert job.result["indexed"] == 6


def test_a_new_font_size_reaches_the_open_window(qtbot, window):
    """Settings > Font size: widgets under the window's style sheet kept the font they
    were built with (9 pt) until Hearth was started again."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui.main_window import PAGES

    before = QApplication.font()
    try:
        window.core.settings.update({"font_size": 15})
        qtbot.waitUntil(lambda: QApplication.font().pointSize() == 15, timeout=5000)
        smaller = sorted({type(w).__name__ for w in window.findChildren(QWidget)
                          if w.isVisible() and 0 < w.font().pointSize() < 15})
        assert not smaller, smaller
        bold = window.nav.font()
        bold.setBold(True)  # the page names still fit the sidebar
        widest = max(QFontMetrics(bold).horizontalAdvance(window.tr(t)) for t, *_ in PAGES)
        assert window.nav.width() > widest + 40
    finally:
        QApplication.setFont(before)
