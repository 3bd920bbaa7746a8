"""The Models page: hub search, fit verdicts, download queue, installed models.

Placeholder with its final signature so the main window can embed it now.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ModelsView(QWidget):
    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Models"))
