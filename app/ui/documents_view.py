"""The Documents page: collections, their files with status, indexing progress."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DocumentsView(QWidget):
    def __init__(self, core, parent=None) -> None:
        super().__init__(parent)
        self.core = core
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Documents"))
