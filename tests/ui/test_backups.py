"""File > Back up… and Restore a backup… in the window, and the choice offered
when the database is damaged at start-up."""

from __future__ import annotations

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.core import config
from app.core.errors import DamagedDatabase, HearthError
from app.core.messages import Msg
from app.core.store import backup as store_backup
from app.ui import backups
from app.ui.core_text import say
from app.ui.i18n import translate
from tests.ui.test_window import add_conversation


def _menu_action(window, text):
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == text]
    return action


def test_back_up_and_restore_from_the_file_menu(qtbot, core, opener, monkeypatch, tmp_path):
    first = add_conversation(core, "Before", [("Kept question?", "Kept answer.")])
    w = opener.window(core)
    dest = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    _menu_action(w, "&Back up…").trigger()
    qtbot.waitUntil(lambda: "Backed up" in w.statusBar().currentMessage(), timeout=30000)
    assert store_backup.check_file(dest)["messages"] == 2
    later = add_conversation(core, "After", [("New question?", "New answer.")])
    w.sidebar.refresh()
    assert set(w.sidebar.ids()) == {first, later}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(dest), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    _menu_action(w, "&Restore a backup…").trigger()
    assert "Restored copy.db" in w.statusBar().currentMessage()
    assert w.sidebar.ids() == [first]  # the window shows the restored conversations
    kept = [p for p in config.data_home().glob("hearth.db.before-restore-*")
            if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and store_backup.check_file(kept[0])["messages"] == 4


def test_the_backup_is_reported_on_the_gui_thread(qtbot, core, opener, monkeypatch, tmp_path):
    """The backup runs in a worker; its report touches the status bar, which only the GUI
    thread may (from the worker's thread Qt aborted the real window)."""
    add_conversation(core, "Mine", [("Q?", "A.")])
    w = opener.window(core)
    bar, threads = w.statusBar(), []
    show = bar.showMessage
    monkeypatch.setattr(bar, "showMessage", lambda *a: (threads.append(
        QThread.currentThread()), show(*a)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "copy.db"), ""))
    _menu_action(w, "&Back up…").trigger()
    qtbot.waitUntil(lambda: bool(threads), timeout=30000)
    assert threads == [QApplication.instance().thread()]
    assert "Backed up" in bar.currentMessage()


def test_a_bad_backup_is_refused_in_the_banner(qtbot, core, opener, monkeypatch, tmp_path):
    add_conversation(core, "Mine", [("Q?", "A.")])
    w = opener.window(core)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    _menu_action(w, "&Restore a backup…").trigger()
    assert "not a readable database" in w.chat.banner.text()
    assert len(core.history.conversations()) == 1


def _click_later(label):
    def click():
        box = QApplication.activeModalWidget()
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()

    QTimer.singleShot(200, click)


def test_a_damaged_database_at_start_offers_to_start_fresh(qtbot, hearth_home):
    hearth_home.mkdir(parents=True, exist_ok=True)
    db = hearth_home / "hearth.db"
    db.write_bytes(b"garbage" * 1000)
    from app.core.store.db import open_db

    try:
        open_db()
    except DamagedDatabase as exc:
        error = exc
    assert error.kept and "damaged" in error.message
    _click_later("Quit")
    assert backups.recover(error) is False and db.read_bytes() == b"garbage" * 1000
    _click_later("Start fresh")
    assert backups.recover(error) is True
    assert not db.exists() and len(list(hearth_home.glob("hearth.db.*"))) == 2
    open_db()  # starts empty now; both copies of the damaged file are still there


def test_a_refused_or_cancelled_backup_at_start_asks_again(qtbot, hearth_home, tmp_path,
                                                           monkeypatch):
    """Choosing a file that is not a backup (or none) goes back to the choice instead of
    closing Hearth; the damaged file is never touched."""
    hearth_home.mkdir(parents=True, exist_ok=True)
    db = hearth_home / "hearth.db"
    db.write_bytes(b"garbage" * 1000)
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not a database")
    from app.core.store.db import open_db

    try:
        open_db()
    except DamagedDatabase as exc:
        error = exc
    picks = iter([str(bad), ""])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(picks), ""))
    refusals = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: refusals.append(text))
    clicks = ["Restore a backup…", "Restore a backup…", "Quit"]

    def click_next():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click_next)
            return
        label = clicks.pop(0)
        [button] = [b for b in box.buttons() if b.text() == label]
        if clicks:
            QTimer.singleShot(50, click_next)
        button.click()

    QTimer.singleShot(100, click_next)
    assert backups.recover(error) is False
    assert clicks == []  # the choice came back after the refusal and after the cancel
    assert len(refusals) == 1 and "notes.db is not a readable database" in refusals[0]
    assert db.read_bytes() == b"garbage" * 1000


def test_the_start_up_choice_is_in_the_system_language(qtbot, hearth_home, monkeypatch):
    """A damaged database is found before the window reads its language setting: the
    choice still follows the system's language (it showed English in a Chinese desktop)."""
    from app.ui import i18n, main_window

    def damaged():
        raise DamagedDatabase(Msg("The database {path} is damaged ({error}); a copy is kept "
                                  "at {kept}.", path="/d/hearth.db", error="x", kept="/d/k"),
                              Msg("Start fresh."), kept="/d/k")

    seen = []

    def recover(exc):
        seen.append((translate("Backups", "Start fresh"), say(exc.message)))
        return False

    monkeypatch.setattr(i18n, "pick", lambda setting, system=None: "zh_CN")  # a Chinese desktop
    monkeypatch.setattr(main_window, "create_window", damaged)
    monkeypatch.setattr(main_window, "display_problem", lambda: None)
    monkeypatch.setattr(backups, "recover", recover)
    try:
        assert main_window.run_gui([]) == 1
    finally:
        monkeypatch.undo()
        i18n.install("en")
    assert seen == [("重新开始", "数据库 /d/hearth.db 已损坏（x）；副本保留在 /d/k。")]


def test_a_restore_in_chinese_reads_as_one_text(qtbot, hearth_home, tmp_path, monkeypatch):
    """Two Chinese sentences follow each other with no space after the full stop."""
    from app.core.store.db import open_db
    from app.ui import i18n

    open_db().close()
    copy = store_backup.backup(tmp_path / "copy.db")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    i18n.install("zh_CN")
    try:
        text, ok = backups.ask_restore(None)
    finally:
        i18n.install("en")
    assert ok and text.startswith("已恢复 copy.db") and "之前的数据库保存在" in text
    assert "。 " not in text, text


def test_sqlite_reasons_for_damage_are_said_in_chinese_too(qtbot, hearth_home, tmp_path):
    """SQLite's own reason inside the damaged-database messages ('file is not a database')
    was English in a Chinese window."""
    from app.core.store.db import open_db
    from app.ui import i18n

    hearth_home.mkdir(parents=True, exist_ok=True)
    (hearth_home / "hearth.db").write_bytes(b"garbage" * 1000)
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not a database")
    errors = []
    try:
        open_db()
    except DamagedDatabase as exc:
        errors.append(exc)
    try:
        store_backup.check_file(bad)
    except HearthError as exc:
        errors.append(exc)
    assert "file is not a database" in str(errors[0].message)  # the CLI keeps the English
    i18n.install("zh_CN")
    try:
        texts = [say(e.message) for e in errors]
    finally:
        i18n.install("en")
    assert len(texts) == 2
    for text in texts:
        assert "文件不是数据库" in text and "database" not in text, text
