"""Small dialogs of the Models page: a model's own settings, the hub token, import mode."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.ui.i18n import translate


def _global() -> str:
    return translate("ModelDialogs", "global setting")


class ModelSettingsDialog(QDialog):
    """Per-model overrides; each field left at 'global setting' follows the global value."""

    def __init__(self, model_id: str, current: dict[str, Any], globals_: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings for {model}").format(model=model_id))
        form = QFormLayout(self)
        self.n_ctx = self._spin(0, 1 << 20, current.get("n_ctx"), globals_["n_ctx"], 256)
        form.addRow(self.tr("Context length (tokens)"), self.n_ctx)
        self.gpu = QComboBox()
        self.gpu.setEditable(True)
        self.gpu.addItems([_global(), "auto", "0"])
        value = current.get("n_gpu_layers")
        self.gpu.setCurrentText(_global() if value is None else str(value))
        self.gpu.setToolTip(self.tr("Layers to put on the GPU: a number, 'auto', or 0 for CPU "
                                    "only."))
        form.addRow(self.tr("GPU layers"), self.gpu)
        self.temperature = self._dspin(current.get("temperature"), globals_["temperature"], 2.0)
        form.addRow(self.tr("Temperature"), self.temperature)
        self.top_p = self._dspin(current.get("top_p"), globals_["top_p"], 1.0)
        form.addRow(self.tr("Top-p"), self.top_p)
        self.min_p = self._dspin(current.get("min_p"), globals_["min_p"], 1.0)
        form.addRow(self.tr("Min-p"), self.min_p)
        self.repeat_penalty = self._dspin(current.get("repeat_penalty"),
                                          globals_["repeat_penalty"], 2.0)
        form.addRow(self.tr("Repeat penalty"), self.repeat_penalty)
        self.top_k = self._spin(-1, 1000, current.get("top_k"), globals_["top_k"], 1)
        form.addRow(self.tr("Top-k (0 = off)"), self.top_k)
        self.max_tokens = self._spin(0, 32768, current.get("max_tokens"),
                                     globals_["max_tokens"], 1)
        form.addRow(self.tr("Longest reply (tokens)"), self.max_tokens)
        self.thinking = QComboBox()
        on, off = self.tr("on"), self.tr("off")
        self.thinking.addItems([f"{_global()} ({on if globals_.get('thinking', True) else off})",
                                on, off])
        value = current.get("thinking")
        self.thinking.setCurrentIndex(0 if value is None else 1 if value else 2)
        self.thinking.setToolTip(self.tr("Reasoning models (Qwen3 …) think before they answer; "
                                         "'off' asks templates that read enable_thinking to "
                                         "skip it."))
        form.addRow(self.tr("Thinking"), self.thinking)
        self.system = QPlainTextEdit(current.get("system_prompt") or "")
        self.system.setPlaceholderText(self.tr("(global) {prompt}").format(
            prompt=globals_["system_prompt"]))
        self.system.setFixedHeight(80)
        form.addRow(self.tr("System prompt"), self.system)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _spin(low: int, high: int, value: int | None, global_value: int, step: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setSpecialValueText(f"{_global()} ({global_value})")  # shown at the minimum
        box.setValue(int(value) if value is not None else low)
        return box

    @staticmethod
    def _dspin(value: float | None, global_value: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-0.01, high)
        box.setSingleStep(0.05)
        box.setSpecialValueText(f"{_global()} ({global_value})")
        box.setValue(float(value) if value is not None else -0.01)
        return box

    def values(self) -> dict[str, Any]:
        """The overrides to store; None clears one (back to the global setting)."""
        gpu = self.gpu.currentText().strip()
        return {
            "n_ctx": self.n_ctx.value() or None,
            "n_gpu_layers": None if gpu in ("", _global()) else (
                "auto" if gpu == "auto" else int(gpu) if gpu.lstrip("-").isdigit() else gpu),
            "temperature": _opt(self.temperature.value()),
            "top_p": _opt(self.top_p.value()),
            "min_p": _opt(self.min_p.value()),
            "repeat_penalty": _opt(self.repeat_penalty.value()),
            "top_k": None if self.top_k.value() < 0 else self.top_k.value(),
            "max_tokens": self.max_tokens.value() or None,
            "system_prompt": self.system.toPlainText().strip() or None,
            "thinking": [None, True, False][self.thinking.currentIndex()],
        }


def _opt(value: float) -> float | None:
    """A float box's value, or None at its 'global setting' minimum."""
    return None if value < 0 else round(value, 2)


def ask_token(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("ModelDialogs", "Hub token"),
        translate("ModelDialogs", "Paste a read token from your Hugging Face account (Settings "
                  "> Access Tokens).\nIt is stored on this computer, readable by you only, and "
                  "sent only to the hub."),
        QLineEdit.EchoMode.Password)
    return text.strip() if ok and text.strip() else None


def ask_import_mode(parent: QWidget, what: str) -> str | None:
    """'copy' (into Hearth's models folder) or 'link' (use the file where it is)."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ModelDialogs", "Import model"))
    box.setText(translate("ModelDialogs", "Import {what}?").format(what=what))
    box.setInformativeText(translate("ModelDialogs", "Copy puts a copy in Hearth's models "
                                     "folder. Link uses the file where it is (do not move or "
                                     "delete it)."))
    copy = box.addButton(translate("ModelDialogs", "Copy"), QMessageBox.ButtonRole.AcceptRole)
    link = box.addButton(translate("ModelDialogs", "Link"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return {copy: "copy", link: "link"}.get(box.clickedButton())
