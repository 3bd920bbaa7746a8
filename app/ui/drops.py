"""Files dragged onto a page from the file manager: the one drag-and-drop handler."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


def local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The local file paths an event carries (a link from a browser is not one)."""
    return [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]


class FileDropTarget:
    """Mixin for a page (list it before QWidget): local files and folders dropped on it
    go to `drop_files(paths)`; `accepts_files(paths)` may refuse them (the Models page
    takes only .gguf files and folders). Call `setAcceptDrops(True)` in `__init__`."""

    def accepts_files(self, paths: list[str]) -> bool:
        return True

    def drop_files(self, paths: list[str]) -> None:
        raise NotImplementedError

    def _drop_paths(self, event: QDragEnterEvent | QDropEvent) -> list[str]:
        paths = local_files(event)
        return paths if paths and self.accepts_files(paths) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._drop_paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if self._drop_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = self._drop_paths(event)
        if paths:
            event.acceptProposedAction()
            self.drop_files(paths)
