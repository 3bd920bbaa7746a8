"""Files dragged onto a page from the file manager."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The local file paths an event carries (a link from a browser is not one)."""
    return [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
