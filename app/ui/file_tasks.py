"""The dialog that starts a whole-file job: pick a file, summarize or translate,
language or length, where to save; the job goes into the shared queue and runs
in the background (the Jobs page shows it).

`start_file_task(core, parent, path=None, kind=None)` is what the window's
actions (menu, drag and drop, a document's context menu) call.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.queue.kinds import files as file_jobs
from app.core.queue.queue import Job
from app.core.tasks import language
from app.core.tasks.summarize import LENGTHS
from app.core.tasks.summarize import default_output as summary_output
from app.core.tasks.translate import default_output as translation_output
from app.ui import i18n
from app.ui.core_text import error_text
from app.ui.i18n import translate
from app.ui.job_runner import runner_for

# the file dialogs' filters and the tasks, translated where they are shown
FILE_FILTER = QT_TRANSLATE_NOOP("FileTasks", "Documents (*.md *.markdown *.txt *.html *.htm "
                                "*.docx *.pdf *.epub *.odt *.csv);;All files (*)")
TRANSLATABLE = QT_TRANSLATE_NOOP("FileTasks", "Translatable (*.md *.markdown *.txt *.html *.htm "
                                 "*.docx);;All files (*)")
LENGTH_NAMES = {"short": QT_TRANSLATE_NOOP("FileTasks", "Short"),
                "medium": QT_TRANSLATE_NOOP("FileTasks", "Medium"),
                "long": QT_TRANSLATE_NOOP("FileTasks", "Long")}
KINDS = {"summarize": QT_TRANSLATE_NOOP("FileTasks", "Summarize"),
         "translate": QT_TRANSLATE_NOOP("FileTasks", "Translate")}


def add_languages(combo: QComboBox) -> None:
    """The offered languages, named in the window's language (sorted as its people sort
    them), each with its English name as data."""
    collator = QCollator(QLocale())
    names = sorted(language.LANGUAGES.values(),
                   key=lambda name: collator.sortKey(i18n.language_name(name)))
    for name in names:
        combo.addItem(i18n.language_name(name), name)


def chosen(combo: QComboBox) -> str:
    """The language chosen in `combo`: the English name of a listed one (picked or typed
    as shown), else the text as typed."""
    text = combo.currentText().strip()
    i = combo.findText(text)
    return combo.itemData(i) if i >= 0 and combo.itemData(i) is not None else text


class FileTaskDialog(QDialog):
    def __init__(self, core, parent: QWidget | None = None, path: str | Path | None = None,
                 kind: str = "summarize") -> None:
        super().__init__(parent)
        self.core = core
        self.job: Job | None = None
        self.resumed = False
        self.setWindowTitle(self.tr("Summarize or translate a file"))
        self.setMinimumWidth(520)
        self.file = QLineEdit(str(path) if path else "")
        self.file.setPlaceholderText(self.tr("A document: Markdown, text, HTML, Word, PDF…"))
        self.file.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.kind = QComboBox()
        for key, label in KINDS.items():
            self.kind.addItem(translate("FileTasks", label), key)
        self.kind.setCurrentIndex(list(KINDS).index(kind) if kind in KINDS else 0)
        self.kind.setAccessibleName(self.tr("Task"))
        self.length = QComboBox()
        for name, words in LENGTHS.items():
            self.length.addItem(self.tr("{length} (about {words} words a part)").format(
                length=translate("FileTasks", LENGTH_NAMES.get(name, name)), words=words), name)
        self.length.setCurrentIndex(1)
        self.length.setAccessibleName(self.tr("Summary length"))
        # each language shown in the window's language, its English name (what the model
        # is told) as the item's data; any other language may be typed
        self.language = QComboBox()
        self.language.setEditable(True)
        add_languages(self.language)
        into = i18n.TRANSLATE_INTO.get(i18n.current(), "French")  # untranslated: a key
        self.language.setCurrentIndex(self.language.findData(into))
        self.language.setAccessibleName(self.tr("Target language"))
        self.language.setToolTip(self.tr("Choose a language or type another one"))
        self.summary_language = QComboBox()
        self.summary_language.setEditable(True)
        self.summary_language.addItem(self.tr("Same as the document"), "")
        add_languages(self.summary_language)
        self.summary_language.setAccessibleName(self.tr("Summary language"))
        self.summary_language.setToolTip(self.tr("The language the summary is written in; "
                                                 "choose one or type another"))
        self._build_layout(file_row)
        for signal in (self.kind.currentIndexChanged, self.file.textChanged,
                       self.language.currentTextChanged):
            signal.connect(self._update)
        self._update()

    def _build_layout(self, file_row: QHBoxLayout) -> None:
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("Save as"))
        out_browse = QPushButton("…")
        out_browse.setToolTip(self.tr("Choose where to save the result"))
        out_browse.clicked.connect(self._browse_output)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(out_browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c01c28;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Task"), self.kind)
        form.addRow(self.tr("Length"), self.length)
        form.addRow(self.tr("Language"), self.summary_language)
        form.addRow(self.tr("Into"), self.language)
        form.addRow(self.tr("Save as"), out_row)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @property
    def task(self) -> str:
        return self.kind.currentData()

    def _update(self, *_args) -> None:
        translate = self.task == "translate"
        self.form.setRowVisible(self.length, not translate)
        self.form.setRowVisible(self.summary_language, not translate)
        self.form.setRowVisible(self.language, translate)
        path = Path(self.file.text().strip()).expanduser()
        if not path.name:  # nothing typed yet, or a folder such as "/" while typing a path
            self.output.setPlaceholderText(self.tr("next to the file"))
            return
        code = language.resolve(chosen(self.language) or "French")[0]
        default = translation_output(path, code) if translate else summary_output(path)
        self.output.setPlaceholderText(str(default))

    def _browse(self) -> None:
        filt = translate("FileTasks", TRANSLATABLE if self.task == "translate" else FILE_FILTER)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), self.file.text(),
                                              filt)
        if path:
            self.file.setText(path)

    def _browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the result as"),
                                              self.output.text() or self.output.placeholderText())
        if path:
            self.output.setText(path)

    def params(self) -> dict:
        """The job's params from the fields (HearthError when something is missing)."""
        path = self.file.text().strip()
        if not path:
            raise HearthError(self.tr("Choose a file first."))
        output = self.output.text().strip() or None
        if self.task == "translate":
            return file_jobs.translate_params(path, chosen(self.language), output)
        return file_jobs.summarize_params(path, output, self.length.currentData(),
                                          language=self.chosen_summary_language())

    def chosen_summary_language(self) -> str:
        """The summary language typed or chosen; '' for the document's own."""
        return chosen(self.summary_language)

    def start(self) -> None:
        """Queue the job (or resume the same unfinished one) and close."""
        try:
            params = self.params()
            self.job, self.resumed = file_jobs.submit(self.core.jobs, self.task, params)
        except HearthError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        runner_for(self.core).kick()
        self.accept()


def start_file_task(core, parent: QWidget | None = None, path: str | Path | None = None,
                    kind: str = "summarize") -> Job | None:
    """Ask what to do with a file and queue it; returns the job, or None if cancelled."""
    dialog = FileTaskDialog(core, parent, path, kind)
    return dialog.job if dialog.exec() == QDialog.DialogCode.Accepted else None
