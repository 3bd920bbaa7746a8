"""Models page > Add server…: a model server on another machine (vLLM, llama-server),
whose models then appear as NAME/<model> beside the local ones."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class RemoteServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a model server"))
        self.name = QLineEdit()
        self.name.setPlaceholderText("gpu-box")
        self.name.setAccessibleName(self.tr("Server name"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://gpu-box:8000/v1")
        self.url.setAccessibleName(self.tr("Server URL"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("only if the server asks for one"))
        self.key.setAccessibleName(self.tr("API key"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("API &key"), self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) "
                              "or llama.cpp's `llama-server`. Hearth asks it for its models "
                              "now; the key is stored readable by you only."))
        note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addLayout(form)
        box.addWidget(buttons)

    def values(self) -> tuple[str, str, str | None]:
        return (self.name.text().strip().lower(), self.url.text().strip(),
                self.key.text().strip() or None)
