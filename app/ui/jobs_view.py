"""The Jobs page: every background job (file tasks, indexing, downloads) with
progress, cancel and retry. (First cut: the full view lands shortly.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class JobsView(QWidget):
    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("No jobs yet."))
