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
        self.setWindowTitle("Add a model server")
        self.name = QLineEdit()
        self.name.setPlaceholderText("gpu-box")
        self.name.setAccessibleName("Server name")
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://gpu-box:8000/v1")
        self.url.setAccessibleName("Server URL")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("only if the server asks for one")
        self.key.setAccessibleName("API key")
        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&URL", self.url)
        form.addRow("API &key", self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel("An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) or "
                      "llama.cpp's `llama-server`. Hearth asks it for its models now; the "
                      "key is stored readable by you only.")
        note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addLayout(form)
        box.addWidget(buttons)

    def values(self) -> tuple[str, str, str | None]:
        return (self.name.text().strip().lower(), self.url.text().strip(),
                self.key.text().strip() or None)
