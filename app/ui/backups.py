"""File > Back up… and Restore a backup…, and the choice offered when the
database is damaged at start-up (start fresh, restore a backup, or quit)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.errors import DamagedDatabase, HearthError
from app.core.store import backup as store_backup
from app.ui.core_text import error_text, say, sentences
from app.ui.i18n import translate
from app.ui.workers import Worker


def _filter() -> str:
    return translate("Backups", "Hearth backups (*.db);;All files (*)")


def ask_backup(parent: QWidget, on_result, on_error) -> Worker | None:
    """Ask where to save, then back up in a worker. `on_result(dest)` and
    `on_error(text)` must be methods of a QObject: Qt then calls them on the GUI
    thread (a lambda would run in the worker's, and the status bar it touched
    aborted the window)."""
    default = str(store_backup.default_backup_path())
    title = translate("Backups", "Back up Hearth's database")
    path, _ = QFileDialog.getSaveFileName(parent, title, default, _filter())
    if not path:
        return None
    worker = Worker(lambda control, progress: store_backup.backup(path), "backup")
    worker.result.connect(on_result)
    worker.error.connect(on_error)
    return worker.start()


def backed_up_text(dest) -> str:
    return translate("Backups", "Backed up to {path}.").format(path=dest)


def ask_restore(parent: QWidget) -> tuple[str, bool] | None:
    """Ask for a backup and confirm; restore it (checked first). (message, ok) or None."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("Backups", "Restore a backup"), str(
        store_backup.default_backup_path().parent), _filter())
    if not path:
        return None
    if QMessageBox.question(
            parent, translate("Backups", "Restore a backup"),
            translate("Backups", "Replace your conversations, settings and collections with "
                      "{name}?\nThe current database is kept beside it, so nothing is lost."
                      ).format(
                name=Path(path).name)
    ) != QMessageBox.StandardButton.Yes:
        return None
    try:
        kept, counts = store_backup.restore(path)
    except HearthError as exc:
        return error_text(exc), False
    done = translate("Backups", "Restored {name} (conversations: {count}).").format(
        name=Path(path).name, count=counts.get("conversations", 0))
    if kept:
        done = sentences(done, translate(
            "Backups", "The previous database is kept at {path}.").format(path=kept))
    return done, True


def recover(exc: DamagedDatabase) -> bool:
    """The database is damaged at start-up: offer to start fresh or restore a backup.
    True when the user chose one and it was done (start again), False to quit. A
    refused backup or a cancelled choice of file asks again: Hearth closing then
    left the user to start it once more to reach the same choice."""
    while True:
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("Backups", "Hearth's database is damaged"),
                          say(exc.message) + "\n\n" + translate(
                              "Backups", "You can start with an empty database (the damaged "
                              "file stays where it is, renamed) or put a backup back."))
        fresh = box.addButton(translate("Backups", "Start fresh"),
                              QMessageBox.ButtonRole.AcceptRole)
        restore = box.addButton(translate("Backups", "Restore a backup…"),
                                QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        try:
            if clicked is fresh:
                store_backup.start_fresh()
                return True
            if clicked is not restore:
                return False
            path, _ = QFileDialog.getOpenFileName(
                None, translate("Backups", "Restore a backup"),
                str(store_backup.default_backup_path().parent), _filter())
            if path:
                store_backup.restore(path)
                return True
        except HearthError as err:
            if clicked is fresh:  # the data folder itself fails: asking again cannot help
                QMessageBox.critical(None, translate("Backups", "Hearth cannot start"),
                                     error_text(err))
                return False
            QMessageBox.critical(None, translate("Backups", "Restore a backup"),
                                 error_text(err))
