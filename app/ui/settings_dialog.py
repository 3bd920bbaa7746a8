"""Settings: look, default model, how models load and sample, the default system
prompt, and how documents are indexed and searched. Values are stored through the
core's settings (the database), so the command line and the window share them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.config import DEFAULTS
from app.core.models.catalog import ModelEntry
from app.core.session import Core
from app.ui.core_text import say
from app.ui.i18n import LANGUAGES
from app.ui.server_panel import ServerPanel
from app.ui.theme import THEMES
from app.ui.tools_panel import ToolsPanel

KEYS = ("theme", "language", "font_size", "default_model", "n_threads", "n_gpu_layers", "n_ctx",
        "temperature", "top_p", "top_k", "min_p", "repeat_penalty", "max_tokens",
        "prefill_drafts", "system_prompt", "embedding_model", "max_file_mb", "index_threads",
        "docs_min_score", "watch_interval_s")


def _spin(lo: int, hi: int, step: int = 1, tip: str = "", special: str = "") -> QSpinBox:
    s = QSpinBox()
    s.setRange(lo, hi)
    s.setSingleStep(step)
    s.setToolTip(tip)
    if special:
        s.setSpecialValueText(special)
    return s


def _dspin(lo: float, hi: float, step: float, decimals: int, tip: str) -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setRange(lo, hi)
    s.setSingleStep(step)
    s.setDecimals(decimals)
    s.setToolTip(tip)
    return s


def _group(title: str, layout) -> QGroupBox:
    group = QGroupBox(title)
    group.setLayout(layout)
    return group


class SettingsDialog(QDialog):
    applied = Signal(dict)  # the values saved

    def __init__(self, core: Core, parent: QWidget | None = None,
                 entries: list[ModelEntry] | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.setWindowTitle(self.tr("Hearth settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(540)
        self._make_fields()
        self._lay_out()
        # the chat page's list when it has one: reading GGUF headers again takes seconds
        self._fill_models(entries if entries is not None else core.catalog.entries())
        self.load(core.settings.all())

    def _make_fields(self) -> None:
        self.theme = QComboBox()
        names = {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        self.theme.addItems([names.get(t, t.capitalize()) for t in THEMES])
        self.theme.setToolTip(self.tr("System follows the desktop's colours"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("The window's language (takes effect at the next start); "
                                 "System follows the desktop's language"))
        self.font_size = _spin(8, 24, 1, self.tr("Text size in points"))
        self.default_model = QComboBox()
        self.default_model.setToolTip(self.tr("The model new conversations use"))
        self.n_threads = _spin(0, 256, 1, self.tr("CPU threads for the model; Auto uses every "
                               "core while they are free and fewer while indexing or other "
                               "programs keep them busy"), special=self.tr("Auto"))
        self.prefill_drafts = QCheckBox(self.tr("Read my message while I type"))
        self.prefill_drafts.setToolTip(self.tr("The model reads the conversation and your "
                                               "draft while you type, so the reply starts "
                                               "sooner after Enter (it uses the CPU while you "
                                               "type)"))
        self.gpu_auto = QCheckBox(self.tr("Automatic"))
        self.gpu_auto.setToolTip(self.tr("Offload as many layers as fit in free GPU memory"))
        self.gpu_layers = _spin(-1, 999, 1, self.tr("Layers to run on the GPU (0 = CPU only)"),
                                special=self.tr("All"))
        self.gpu_auto.toggled.connect(lambda on: self.gpu_layers.setEnabled(not on))
        self.gpu_row = gpu_row = QHBoxLayout()
        gpu_row.addWidget(self.gpu_auto)
        gpu_row.addWidget(self.gpu_layers, 1)
        self.n_ctx = _spin(512, 262144, 512, self.tr("Context window in tokens: how much of the "
                           "conversation the model sees (more uses more memory)"))
        self.temperature = _dspin(0, 2, 0.05, 2, self.tr("Higher is more varied, 0 always picks "
                                  "the likeliest word"))
        self.top_p = _dspin(0, 1, 0.05, 2, self.tr("Nucleus sampling: keep the likeliest words "
                            "covering this probability"))
        self.top_k = _spin(0, 1000, 1, self.tr("Keep only this many likeliest words (0 = off)"))
        self.min_p = _dspin(0, 1, 0.01, 2, self.tr("Drop words less likely than this fraction of "
                            "the likeliest"))
        self.repeat_penalty = _dspin(1, 2, 0.05, 2, self.tr("Discourage repeating recent words "
                                     "(1 = off)"))
        self.max_tokens = _spin(16, 32768, 64, self.tr("Longest reply, in tokens"))
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setToolTip(self.tr("The instructions new conversations start with"))
        self.system_prompt.setAccessibleName(self.tr("Default system prompt"))
        self.system_prompt.setMinimumHeight(70)
        self.embedding_model = QComboBox()
        self.embedding_model.setEditable(True)  # a model folder can be typed or browsed to
        self.embedding_model.setAccessibleName(self.tr("Embedding model for new collections"))
        self.embedding_model.addItem(self.tr("all-minilm-l6-v2 (English, bundled)"), "")
        for model_id, label in self.core.documents.model_choices()[1:]:
            self.embedding_model.addItem(say(label), model_id)
        self.embedding_model.setToolTip(self.tr("The model new collections use (each collection "
                                        "can change its own on the Documents page): a bundled "
                                        "one, one downloaded from the hub, or a "
                                        "sentence-transformers model folder."))
        self.ocr = QCheckBox(self.tr("Read scanned pages and images (OCR)"))
        self.ocr.setToolTip(self.tr("PDF pages without text, PNG, JPEG and TIFF files are read "
                                    "with OCR (Chinese and English) while indexing, summarizing "
                                    "and translating; slower, about 10 s a page on two cores"))
        self.embedding_browse = QPushButton(self.tr("Browse…"))
        self.embedding_browse.clicked.connect(self._pick_embedding_model)
        self.embedding_row = QHBoxLayout()
        self.embedding_row.addWidget(self.embedding_model, 1)
        self.embedding_row.addWidget(self.embedding_browse)
        self.max_file_mb = _spin(1, 100_000, 50, self.tr("Larger files are skipped, with the "
                                                         "reason shown on the Documents page"))
        self.max_file_mb.setSuffix(" MB")
        self.index_threads = _spin(0, 256, 1, self.tr("CPU threads for embedding while indexing; "
                                   "fewer keeps the rest of the computer responsive"),
                                   special=self.tr("Auto"))
        self.docs_min_score = _dspin(0, 1, 0.05, 2, self.tr("How close a passage must be to the "
                                     "question to count (0 to 1); below it, 'documents only' "
                                     "answers that the documents do not say"))
        self.watch_interval_s = _spin(0, 3600, 5, self.tr("How often watched folders are checked "
                                                          "for changed files"),
                                      special=self.tr("Off"))
        self.watch_interval_s.setSuffix(" s")

    def _lay_out(self) -> None:
        form_look = QFormLayout()
        form_look.addRow(self.tr("&Theme"), self.theme)
        form_look.addRow(self.tr("&Language"), self.language)
        form_look.addRow(self.tr("&Font size"), self.font_size)
        form_model = QFormLayout()
        form_model.addRow(self.tr("Default &model"), self.default_model)
        form_model.addRow(self.tr("CPU &threads"), self.n_threads)
        form_model.addRow(self.tr("GPU layers"), self.gpu_row)  # a layout cannot be a buddy: no &
        form_model.addRow(self.tr("&Context length"), self.n_ctx)
        form_model.addRow("", self.prefill_drafts)
        form_sampling = QFormLayout()
        form_sampling.addRow(self.tr("T&emperature"), self.temperature)
        form_sampling.addRow(self.tr("Top-&p"), self.top_p)
        form_sampling.addRow(self.tr("Top-&k"), self.top_k)
        form_sampling.addRow(self.tr("M&in-p"), self.min_p)
        form_sampling.addRow(self.tr("&Repeat penalty"), self.repeat_penalty)
        form_sampling.addRow(self.tr("Ma&x tokens"), self.max_tokens)
        self.data_folder = QLabel(str(self.core.home))
        self.data_folder.setToolTip(self.tr("Conversations, settings, downloaded models and "
                                            "indexes"))
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open"))
        open_folder.setToolTip(self.tr("Show the data folder in the file manager"))
        open_folder.setAccessibleName(self.tr("Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.core.home))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.load(DEFAULTS))
        form_docs = QFormLayout()
        form_docs.addRow(self.tr("Embedding model\n(new collections)"), self.embedding_row)
        form_docs.addRow("", self.ocr)
        form_docs.addRow(self.tr("Largest &file"), self.max_file_mb)
        form_docs.addRow(self.tr("&Indexing threads"), self.index_threads)
        form_docs.addRow(self.tr("&Relevance threshold"), self.docs_min_score)
        form_docs.addRow(self.tr("&Watch folders every"), self.watch_interval_s)
        general = QVBoxLayout()
        for title, layout in ((self.tr("Appearance"), form_look), (self.tr("Model"), form_model)):
            general.addWidget(_group(title, layout))
        general.addWidget(QLabel(self.tr("Default system prompt")))
        general.addWidget(self.system_prompt, 1)
        general.addWidget(QLabel(self.tr("Data folder")))
        general.addLayout(folder_row)
        documents = QVBoxLayout()
        documents.addWidget(_group(self.tr("Documents"), form_docs))
        note = QLabel(self.tr("Changes apply to the next indexing or question; a new watch "
                      "interval applies from the next start of Hearth."))
        note.setWordWrap(True)
        documents.addWidget(note)
        documents.addStretch(1)
        sampling = QVBoxLayout()
        sampling.addWidget(_group(self.tr("Sampling"), form_sampling))
        sampling.addStretch(1)
        self.tabs = QTabWidget()
        for title, layout in ((self.tr("General"), general), (self.tr("Sampling"), sampling),
                              (self.tr("Documents"), documents)):
            page = QWidget()
            page.setLayout(layout)
            self.tabs.addTab(page, title)
        self.server = ServerPanel(self.core)
        self.tabs.addTab(self.server, self.tr("Server"))
        self.tools = ToolsPanel(self.core)
        self.tabs.addTab(self.tools, self.tr("Tools"))
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(buttons)

    def _embedding_value(self) -> str:
        """The chosen model's id, or what was typed (a folder)."""
        i = self.embedding_model.currentIndex()
        text = self.embedding_model.currentText().strip()
        if i >= 0 and text == self.embedding_model.itemText(i):
            return self.embedding_model.itemData(i) or ""
        return text

    def _pick_embedding_model(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Embedding model folder"),
                                                  self.embedding_model.currentText())
        if folder:
            self.embedding_model.setEditText(folder)

    def _fill_models(self, entries: list[ModelEntry]) -> None:
        self.default_model.addItem(self.tr("Bundled starter model"), "")
        for entry in entries:
            if entry.error is None:
                self.default_model.addItem(entry.id, entry.id)

    def load(self, values: dict[str, Any]) -> None:
        theme = values.get("theme", "system")
        self.theme.setCurrentIndex(THEMES.index(theme) if theme in THEMES else 0)
        self.language.setCurrentIndex(max(0, self.language.findData(
            values.get("language", "system"))))
        self.font_size.setValue(int(values.get("font_size") or 11))
        i = self.default_model.findData(values.get("default_model") or "")
        self.default_model.setCurrentIndex(max(0, i))
        self.n_threads.setValue(int(values.get("n_threads") or 0))
        gpu = values.get("n_gpu_layers", "auto")
        self.gpu_auto.setChecked(gpu == "auto")
        self.gpu_layers.setEnabled(gpu != "auto")
        self.gpu_layers.setValue(0 if gpu == "auto" else int(gpu))
        self.n_ctx.setValue(int(values.get("n_ctx") or 4096))
        self.prefill_drafts.setChecked(bool(values.get("prefill_drafts",
                                                       DEFAULTS["prefill_drafts"])))
        for key in ("temperature", "top_p", "min_p", "repeat_penalty"):
            getattr(self, key).setValue(float(values.get(key, DEFAULTS[key])))
        self.top_k.setValue(int(values.get("top_k", DEFAULTS["top_k"])))
        self.max_tokens.setValue(int(values.get("max_tokens", DEFAULTS["max_tokens"])))
        self.system_prompt.setPlainText(values.get("system_prompt") or "")
        model = values.get("embedding_model") or ""
        i = self.embedding_model.findData(model)
        if i >= 0:
            self.embedding_model.setCurrentIndex(i)
        else:
            self.embedding_model.setEditText(model)
        self.ocr.setChecked(bool(values.get("ocr", DEFAULTS["ocr"])))
        self.max_file_mb.setValue(int(values.get("max_file_mb", DEFAULTS["max_file_mb"])))
        self.index_threads.setValue(int(values.get("index_threads", DEFAULTS["index_threads"])))
        self.docs_min_score.setValue(float(values.get("docs_min_score",
                                                      DEFAULTS["docs_min_score"])))
        self.watch_interval_s.setValue(int(float(values.get("watch_interval_s",
                                                            DEFAULTS["watch_interval_s"]))))

    def values(self) -> dict[str, Any]:
        return {
            "theme": THEMES[self.theme.currentIndex()],
            "language": self.language.currentData(),
            "font_size": self.font_size.value(),
            "default_model": self.default_model.currentData() or "",
            "n_threads": self.n_threads.value(),
            "n_gpu_layers": "auto" if self.gpu_auto.isChecked() else self.gpu_layers.value(),
            "n_ctx": self.n_ctx.value(),
            "prefill_drafts": self.prefill_drafts.isChecked(),
            "temperature": round(self.temperature.value(), 3),
            "top_p": round(self.top_p.value(), 3),
            "top_k": self.top_k.value(),
            "min_p": round(self.min_p.value(), 3),
            "repeat_penalty": round(self.repeat_penalty.value(), 3),
            "max_tokens": self.max_tokens.value(),
            "system_prompt": self.system_prompt.toPlainText(),
            "embedding_model": self._embedding_value(),
            "ocr": self.ocr.isChecked(),
            "max_file_mb": self.max_file_mb.value(),
            "index_threads": self.index_threads.value(),
            "docs_min_score": round(self.docs_min_score.value(), 3),
            "watch_interval_s": float(self.watch_interval_s.value()),
        }

    def accept(self) -> None:
        values = self.values()
        self.core.settings.update(values)
        self.applied.emit(values)
        super().accept()
