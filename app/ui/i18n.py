"""The window's language: Qt's own translation tools (`pyside6-lupdate` writes the
`.ts` sources in resources/translations/, `pyside6-lrelease` compiles them to the `.qm`
files loaded here; see scripts/translations.py). The `language` setting is "system"
(follow the system's language) or a code from LANGUAGES. Strings are marked with
`tr()`/`QCoreApplication.translate`; the CLI stays in English.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.core.config import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
# each language by its own name, untranslated
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "ja": "日本語", "fr": "Français"}  # untranslated

_installed: list[QTranslator] = []
_current = ["en"]  # the language install() chose last
# the core's state words (jobs, downloads, files of a collection), shown translated
STATES = {
    "queued": QT_TRANSLATE_NOOP("States", "queued"),
    "waiting": QT_TRANSLATE_NOOP("States", "waiting"),
    "running": QT_TRANSLATE_NOOP("States", "running"),
    "starting": QT_TRANSLATE_NOOP("States", "starting"),
    "paused": QT_TRANSLATE_NOOP("States", "paused"),
    "resuming": QT_TRANSLATE_NOOP("States", "resuming"),
    "done": QT_TRANSLATE_NOOP("States", "done"),
    "failed": QT_TRANSLATE_NOOP("States", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("States", "cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("States", "interrupted"),
    "indexed": QT_TRANSLATE_NOOP("States", "indexed"),
    "skipped": QT_TRANSLATE_NOOP("States", "skipped"),
    "error": QT_TRANSLATE_NOOP("States", "error"),
    "pending": QT_TRANSLATE_NOOP("States", "pending"),
}


# Qt's own words that Qt's translations (qtbase_<lang>.qm) lack, seen in its file dialog
# (Add folder…, Browse…): carried in Hearth's files under Qt's own contexts
QT_OWN = [
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
]


def _qt_own_with_disambiguation() -> list[str]:
    """Never called: marks for lupdate (it reads no QT_TRANSLATE_NOOP3) Qt's words that
    Qt looks up with a disambiguation."""
    return [QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                       "All other platforms")]


# the core's language names (app.core.tasks.language.LANGUAGES, English, which the model
# is told) as the window shows them; 'unknown' when a document's language is not found
LANGUAGE_NAMES = {
    "English": QT_TRANSLATE_NOOP("Languages", "English"),
    "French": QT_TRANSLATE_NOOP("Languages", "French"),
    "German": QT_TRANSLATE_NOOP("Languages", "German"),
    "Spanish": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "Italian": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "Portuguese": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "Dutch": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "Swedish": QT_TRANSLATE_NOOP("Languages", "Swedish"),
    "Danish": QT_TRANSLATE_NOOP("Languages", "Danish"),
    "Norwegian": QT_TRANSLATE_NOOP("Languages", "Norwegian"),
    "Finnish": QT_TRANSLATE_NOOP("Languages", "Finnish"),
    "Polish": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "Czech": QT_TRANSLATE_NOOP("Languages", "Czech"),
    "Slovak": QT_TRANSLATE_NOOP("Languages", "Slovak"),
    "Hungarian": QT_TRANSLATE_NOOP("Languages", "Hungarian"),
    "Romanian": QT_TRANSLATE_NOOP("Languages", "Romanian"),
    "Bulgarian": QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    "Greek": QT_TRANSLATE_NOOP("Languages", "Greek"),
    "Russian": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "Ukrainian": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "Turkish": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "Arabic": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "Hebrew": QT_TRANSLATE_NOOP("Languages", "Hebrew"),
    "Persian": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "Hindi": QT_TRANSLATE_NOOP("Languages", "Hindi"),
    "Bengali": QT_TRANSLATE_NOOP("Languages", "Bengali"),
    "Urdu": QT_TRANSLATE_NOOP("Languages", "Urdu"),
    "Indonesian": QT_TRANSLATE_NOOP("Languages", "Indonesian"),
    "Malay": QT_TRANSLATE_NOOP("Languages", "Malay"),
    "Vietnamese": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "Thai": QT_TRANSLATE_NOOP("Languages", "Thai"),
    "Chinese": QT_TRANSLATE_NOOP("Languages", "Chinese"),
    "Japanese": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "Korean": QT_TRANSLATE_NOOP("Languages", "Korean"),
    "Catalan": QT_TRANSLATE_NOOP("Languages", "Catalan"),
    "Croatian": QT_TRANSLATE_NOOP("Languages", "Croatian"),
    "Serbian": QT_TRANSLATE_NOOP("Languages", "Serbian"),
    "Slovenian": QT_TRANSLATE_NOOP("Languages", "Slovenian"),
    "Lithuanian": QT_TRANSLATE_NOOP("Languages", "Lithuanian"),
    "Latvian": QT_TRANSLATE_NOOP("Languages", "Latvian"),
    "Estonian": QT_TRANSLATE_NOOP("Languages", "Estonian"),
    "Swahili": QT_TRANSLATE_NOOP("Languages", "Swahili"),
    "Tagalog": QT_TRANSLATE_NOOP("Languages", "Tagalog"),
    "Afrikaans": QT_TRANSLATE_NOOP("Languages", "Afrikaans"),
    "unknown": QT_TRANSLATE_NOOP("Languages", "unknown"),
}
# the window's language -> the language a translation goes into by default (else French)
TRANSLATE_INTO = {"zh_CN": "Chinese", "ja": "Japanese", "fr": "French"}  # untranslated


def fit_text(fit) -> str:
    """How a model fits this machine (a Fit or its dict), in the window's language."""
    def get(key: str):
        return fit.get(key) if isinstance(fit, dict) else getattr(fit, key, None)
    verdict = get("verdict")
    if verdict == "gpu":
        return "GPU"
    if verdict == "partial":
        return QCoreApplication.translate("Fit", "partly GPU ({n} layers)").format(
            n=get("gpu_layers"))
    if verdict == "cpu":
        return QCoreApplication.translate("Fit", "CPU only")
    if verdict == "too_big":
        return QCoreApplication.translate("Fit", "too big")
    return get("label") or "?"


def language_name(name: str) -> str:
    """A language's English name (as the core says it) in the window's language; a name
    the list does not know (typed by the user) as it is."""
    return QCoreApplication.translate("Languages", name) if name in LANGUAGE_NAMES else name


def current() -> str:
    """The language code the window was last installed with ('en' before any)."""
    return _current[0]


def state_text(state: str) -> str:
    """A state word from the core in the window's language (unknown words as they are)."""
    return QCoreApplication.translate("States", STATES[state]) if state in STATES else state


def pick(setting: str, system: str | None = None) -> str:
    """The language code to use for a `language` setting."""
    if setting and setting != "system":
        return setting if setting in LANGUAGES else "en"
    name = system or QLocale.system().name()  # e.g. zh_CN, zh_TW, ja_JP, fr_FR
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    if base == "zh":
        return "zh_CN"  # the Simplified Chinese interface is the one shipped
    return base if base in LANGUAGES else "en"


def install(setting: str = "system") -> str:
    """Load the translation for `setting` into the running application (before the
    window builds its widgets); returns the language used."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = pick(setting)
    _current[0] = language
    QLocale.setDefault(QLocale(language))  # dates and numbers in the same language
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"hearth_{language}.qm")):
        _current[0] = "en"
        return "en"  # no compiled file (a checkout before set-up): English
    if language == "en":  # English's file holds only plural forms ("1 file", "2 files")
        app.installTranslator(translator)
        _installed.append(translator)
        return language
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own words (OK, Cancel, Restore Defaults, the file dialogs) from PySide6's files
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


# translate("Context", "text"[, "", n]) outside a QObject: lupdate reads calls by this name
translate = QCoreApplication.translate


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
