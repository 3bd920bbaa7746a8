"""File > Back up… and Restore a backup…, and the choice offered when the
database is damaged at start-up (start fresh, restore a backup, or quit)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.errors import DamagedDatabase, HearthError
from app.core.store import backup as store_backup
from app.ui.workers import Worker

DB_FILTER = "Hearth backups (*.db);;All files (*)"


def ask_backup(parent: QWidget, on_done) -> Worker | None:
    """Ask where to save, then back up in a worker; on_done(text, ok) reports."""
    default = str(store_backup.default_backup_path())
    path, _ = QFileDialog.getSaveFileName(parent, "Back up Hearth's database", default,
                                          DB_FILTER)
    if not path:
        return None
    worker = Worker(lambda control, progress: store_backup.backup(path), "backup")
    worker.result.connect(lambda dest: on_done(f"Backed up to {dest}.", True))
    worker.error.connect(lambda text: on_done(text, False))
    return worker.start()


def ask_restore(parent: QWidget) -> tuple[str, bool] | None:
    """Ask for a backup and confirm; restore it (checked first). (message, ok) or None."""
    path, _ = QFileDialog.getOpenFileName(parent, "Restore a backup", str(
        store_backup.default_backup_path().parent), DB_FILTER)
    if not path:
        return None
    if QMessageBox.question(
            parent, "Restore a backup",
            f"Replace your conversations, settings and collections with {Path(path).name}?\n"
            "The current database is kept beside it, so nothing is lost."
    ) != QMessageBox.StandardButton.Yes:
        return None
    try:
        kept, counts = store_backup.restore(path)
    except HearthError as exc:
        return str(exc), False
    return (f"Restored {Path(path).name} ({counts.get('conversations', 0)} conversations). "
            + (f"The previous database is kept at {kept}." if kept else "")), True


def recover(exc: DamagedDatabase) -> bool:
    """The database is damaged at start-up: offer to start fresh or restore a backup.
    True when the user chose one and it was done (start again), False to quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Hearth's database is damaged",
                      f"{exc.message}\n\nYou can start with an empty database (the damaged "
                      "file stays where it is, renamed) or put a backup back.")
    fresh = box.addButton("Start fresh", QMessageBox.ButtonRole.AcceptRole)
    restore = box.addButton("Restore a backup…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    try:
        if box.clickedButton() is fresh:
            store_backup.start_fresh()
            return True
        if box.clickedButton() is restore:
            path, _ = QFileDialog.getOpenFileName(None, "Restore a backup", str(
                store_backup.default_backup_path().parent), DB_FILTER)
            if path:
                store_backup.restore(path)
                return True
    except HearthError as err:
        QMessageBox.critical(None, "Hearth cannot start", str(err))
    return False
