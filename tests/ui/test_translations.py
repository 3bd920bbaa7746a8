"""The interface's translations: Qt's .ts sources complete for every shipped language,
.qm compiled from them, no visible string left unmarked in the translated modules, and
the window in Simplified Chinese when asked (or when the system speaks Chinese)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
# The modules whose visible strings are marked so far; a module is added here once
# all of its strings are (the rest of the window is still English only).
TRANSLATED = ["app/ui/main_window.py", "app/ui/composer.py", "app/ui/message_list.py",
              "app/ui/chat_view.py", "app/ui/sidebar.py", "app/ui/context_meter.py",
              "app/ui/model_picker.py", "app/ui/notify.py", "app/ui/citations.py"]
SHIPPED = ["zh_CN", "ja", "fr"]
SETTERS = {"setText", "setToolTip", "setPlaceholderText", "setAccessibleName",
           "setWindowTitle", "addMenu", "QPushButton", "QLabel", "QAction", "QToolButton"}


def _ts(language: str) -> Path:
    return i18n.TRANSLATIONS / f"hearth_{language}.ts"


@pytest.mark.parametrize("language", SHIPPED)
def test_shipped_language_is_complete_and_compiled(language):
    tree = ET.parse(_ts(language))
    messages = list(tree.iter("message"))
    assert messages
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == [], f"{language}: untranslated {unfinished}"
    qm = _ts(language).with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= _ts(language).stat().st_mtime - 5


def test_every_marked_string_is_in_the_translations(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *TRANSLATED, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    wanted = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    for language in SHIPPED:
        have = {m.find("source").text for m in ET.parse(_ts(language)).iter("message")}
        assert wanted - have == set(), f"{language}: run scripts/translations.py"


def _unmarked(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name not in SETTERS:
            continue
        for arg in node.args:
            if (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    and any(c.isalpha() for c in arg.value) and not arg.value.startswith("<")
                    and arg.value != "Hearth"):  # the name stays
                found.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    return found


def test_no_visible_string_is_left_unmarked():
    problems = [p for module in TRANSLATED for p in _unmarked(ROOT / module)]
    assert problems == []


def test_language_follows_the_system_with_a_setting():
    assert i18n.pick("system", "zh_CN") == "zh_CN"
    assert i18n.pick("system", "zh_TW") == "zh_CN"
    assert i18n.pick("system", "fr_BE") == "fr"
    assert i18n.pick("system", "de_DE") == "en"
    assert i18n.pick("ja", "zh_CN") == "ja"


def test_window_in_simplified_chinese(qtbot, core):
    from app.ui.main_window import MainWindow

    core.settings.set("language", "zh_CN")
    try:
        w = MainWindow(core)
        qtbot.addWidget(w)
        assert w.nav.item(0).text() == "聊天"
        assert w.chat.composer.send_button.text() == "发送"
        assert w.menuBar().actions()[0].text() == "文件(&F)"
        w.close()
    finally:
        i18n.install("en")


def test_settings_dialog_chooses_the_language(qtbot, core):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(core)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.language.currentText() == "简体中文"
    assert dialog.values()["language"] == "zh_CN"
