"""The window's language: Qt's own translation tools (`pyside6-lupdate` writes the
`.ts` sources in resources/translations/, `pyside6-lrelease` compiles them to the `.qm`
files loaded here; see scripts/translations.py). The `language` setting is "system"
(follow the system's language) or a code from LANGUAGES. Strings are marked with
`tr()`/`QCoreApplication.translate`; the CLI stays in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.core.config import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "ja": "日本語", "fr": "Français"}

_installed: list[QTranslator] = []


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
    if language == "en":
        return language
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"hearth_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return language
    return "en"  # no compiled file (a checkout before set-up): English


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
