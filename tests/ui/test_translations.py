"""The interface's translations: Qt's .ts sources complete for every shipped language,
.qm compiled from them, no visible string left unmarked in the translated modules, and
the window in Simplified Chinese when asked (or when the system speaks Chinese)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui import i18n
from tests import core_messages

ROOT = Path(__file__).resolve().parents[2]
# Every module of the window: lupdate reads them all, and the check below covers them all.
TRANSLATED = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))
SHIPPED = ["zh_CN", "ja", "fr"]
# said on the terminal before Qt (and so any translation) can start; the CLI stays English
TERMINAL_ONLY = {"app/ui/display.py"}
MARKERS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
# calls whose string arguments are never shown (names, styles, keys, logs, paths)
NOT_SHOWN = {"setObjectName", "setStyleSheet", "setProperty", "property", "Signal", "Slot",
             "getattr", "setattr", "hasattr", "startswith", "endswith", "replace", "split",
             "rsplit", "strip", "join", "get", "pop", "setdefault", "set", "update", "strftime",
             "open", "Path", "compile", "sub", "match", "fullmatch", "search", "findall",
             "fromTheme", "QColor", "QUrl", "isinstance", "getLogger", "environ", "getenv",
             "QSettings",
             "setValue", "value", "QKeySequence", "setShortcut", "setFilter", "find_library",
             "which", "import_module", "with_suffix", "CDLL", "QIcon", "icon", "svg",
             "setTextFormat", "setFamilies", "addApplicationFont", "print", "write", "format",
             "dumps", "loads", "parse_args", "run", "Popen", "metadata"}
UNTRANSLATED = "# untranslated"  # a line comment for a string that is not visible text
KEYLIKE = re.compile(r"[\w.\-:/%*+,;=()\[\]{}'\"&|!?@#$^~ ]*")


def _looks_visible(text: str) -> bool:
    """Prose a person reads: a lowercase word with a space or a capital or an ellipsis
    (not a key like 'default_model', an acronym like 'GPU', markup or a style)."""
    bare = re.sub(r"<[^>]*>|<\w[^>]*$|^[^<>]*>", " ", text)  # tags, whole or cut
    bare = re.sub(r"[\w-]+=\"[^\"]*\"?|&\w+;", " ", bare).strip()  # attributes, entities
    bare = re.sub(r"&(?=\w)", "", bare)  # a mnemonic: "&Port"
    if not re.search(r"[a-z]{2}", bare) or re.fullmatch(r"[a-z0-9_.\-:/*%+]+", text):
        return False
    if re.search(r"(rgba?\(|#[0-9a-fA-F]{3,6}\b|:\s*\d+px|[a-z-]+:\s*[^ ]+;)", bare):
        return False  # a style sheet or an inline style
    if re.fullmatch(r"(Ctrl|Shift|Alt|Meta)(\+\S+)+", bare):
        return False  # a shortcut
    return " " in text or bare[0].isupper() or bare.endswith("…")


def _unmarked(path: Path) -> list[str]:
    """Strings (plain or inside f-strings) a module may show without tr()."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant):
            skip.add(id(node.body[0].value))  # docstrings
        inside: ast.AST | None = None
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            owner = getattr(getattr(node.func, "value", None), "id", "")
            if name in MARKERS or name in NOT_SHOWN or owner in ("log", "logger", "logging"):
                for arg in [*node.args, *(k.value for k in node.keywords)]:  # not the receiver
                    skip.update(id(n) for n in ast.walk(arg))
        elif isinstance(node, ast.Compare | ast.Subscript | ast.Raise | ast.Assert):
            inside = node  # keys, comparisons, errors for the log
        elif isinstance(node, ast.Dict):
            skip.update(id(k) for k in node.keys if k is not None)  # keys
        if inside is not None:
            skip.update(id(n) for n in ast.walk(inside))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in skip or not _looks_visible(node.value) or node.value == "Hearth":
            continue
        if UNTRANSLATED in lines[node.lineno - 1] or UNTRANSLATED in lines[
                getattr(node, "end_lineno", node.lineno) - 1]:
            continue
        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    return found


def _ts(language: str) -> Path:
    return i18n.TRANSLATIONS / f"hearth_{language}.ts"


@pytest.mark.parametrize("language", [*SHIPPED, "en"])  # English: its plural forms
def test_shipped_language_is_complete_and_compiled(language, tmp_path):
    tree = ET.parse(_ts(language))
    messages = list(tree.iter("message"))
    assert messages
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == [], f"{language}: untranslated {unfinished}"
    # The committed .qm is what lrelease makes of the .ts now (content, not mtimes:
    # a fresh checkout writes both in any order).
    qm = _ts(language).with_suffix(".qm")
    fresh = tmp_path / qm.name
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    subprocess.run([str(lrelease), str(_ts(language)), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert qm.exists() and qm.read_bytes() == fresh.read_bytes(), (
        f"{qm.name} is stale: run python scripts/translations.py")


def _marked(path: Path) -> set[str]:
    """The literal texts a module marks for translation."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        at = {"tr": 0, "QT_TR_NOOP": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if at is not None and len(node.args) > at and isinstance(node.args[at], ast.Constant):
            found.add(node.args[at].value)
    return found


def test_lupdate_collects_every_marked_string():
    """lupdate's Python reader silently drops some calls (translate() with an attribute
    as its count): every text marked in the source must reach the .ts files."""
    have = {m.find("source").text for m in ET.parse(_ts("zh_CN")).iter("message")}
    missing = sorted(t for module in TRANSLATED for t in _marked(ROOT / module) - have
                     if isinstance(t, str))
    assert missing == [], "not collected: use self.tr(), or translate() with plain arguments"


def test_every_marked_string_is_in_the_translations(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    # the window's strings and the core's Msg templates, as scripts/translations.py reads them
    marks = core_messages.write_marks(tmp_path / "core_messages.py")
    subprocess.run([lupdate, *TRANSLATED, str(marks), "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True)
    wanted = _by_context(fresh)
    assert {(core_messages.CONTEXT, t) for t in core_messages.templates()} <= wanted
    for language in SHIPPED:
        have = _by_context(_ts(language))
        assert wanted - have == set(), f"{language}: run scripts/translations.py"


def _by_context(ts: Path) -> set[tuple[str, str]]:
    return {(c.find("name").text, m.find("source").text)
            for c in ET.parse(ts).iter("context") for m in c.iter("message")}


def test_no_visible_string_is_left_unmarked():
    problems = [p for module in TRANSLATED if module not in TERMINAL_ONLY
                for p in _unmarked(ROOT / module)]
    assert problems == [], "mark these with self.tr() / QCoreApplication.translate()"


def test_the_check_sees_unmarked_strings(tmp_path):
    """The check itself: it catches plain strings, f-strings and keyword arguments, and
    lets marked strings, keys, styles and docstrings be."""
    module = ROOT / "app" / "ui" / "_check_probe.py"
    module.write_text('''"""Docstring."""
label.setText("Open Models")
banner.info(f"Attached {n} files", action="Summarize instead")
button = QPushButton(self.tr("Send"))
style = "color: #fff; padding: 4px;"
settings.get("default_model")
QCoreApplication.translate("Ctx", "Pages")
x = "CPU"
y = {"load": "Loading…"}.get(kind)
status.emit("Saved.")
z = "stays" + "as is"  # untranslated
''', encoding="utf-8")
    try:
        found = [p.split(": ", 1)[1] for p in _unmarked(module)]
    finally:
        module.unlink()
    assert sorted(found) == sorted(["'Open Models'", "'Attached '", "' files'",
                                    "'Summarize instead'", "'Loading…'", "'Saved.'"])


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


# words that stay as they are in every language: names, units, formats, file types
KEPT = re.compile(r"Hearth|GGUF|GPU|CPU|OCR|MCP|OpenAI|API|URL|Markdown|HTML|Word|PDF|PNG|"
                  r"English|Français|Hub|gpu-box|`[^`]*`|'[^']*'|"
                  r"JPEG|TIFF|Hugging ?Face|Settings > Access Tokens|vLLM|llama[\w.-]*|"
                  r"Qwen3?|Top-[pk]|Min-p|Enter|Shift|Ctrl|Esc|README|Tools|sentence-transformers|"
                  r"enable_thinking|all-minilm-l6-v2|hearth[\w ]*|xvfb-run|\w+\.\w+|"
                  r"smollm2[\w.-]*|SmolLM2[\w.-]*|https?://\S+|[\w/.~-]*/[\w/.~-]*|[\w-]*\.\w+")


def _texts(widget) -> list[str]:
    """What a person can read in a widget tree: texts, tooltips, titles, items, headers."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTableWidget,
        QTabWidget,
        QTreeWidget,
        QWidget,
    )
    out = []
    for w in [widget, *widget.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            out.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox) and not w.isEditable():
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTableWidget):
            out += [w.horizontalHeaderItem(i).text() for i in range(w.columnCount())
                    if w.horizontalHeaderItem(i)]
        if isinstance(w, QTreeWidget):
            out += [w.headerItem().text(i) for i in range(w.columnCount())]
        out += [a.text() for a in w.actions()]
    return [t for t in out if t]


def _english(texts: list[str]) -> list[str]:
    """Texts with an English word left once names and formats are taken out."""
    left = []
    for text in texts:
        bare = KEPT.sub(" ", re.sub(r"<[^>]*>|&(?=\w)|\{[^}]*\}", " ", text))
        if re.search(r"\b[A-Za-z]{3,}\b", bare):
            left.append(text)
    return sorted(set(left))


def test_every_page_and_dialog_reads_chinese(qtbot, core):
    """The window in zh_CN, each page built and each dialog opened: no English left
    beyond names (a string marked but not translated, or not marked at all, shows here)."""
    from app.ui.file_tasks import FileTaskDialog
    from app.ui.main_window import PAGES, MainWindow
    from app.ui.model_dialogs import ModelSettingsDialog
    from app.ui.remote_dialog import RemoteServerDialog

    core.settings.set("language", "zh_CN")
    try:
        w = MainWindow(core)
        qtbot.addWidget(w)
        for i in range(len(PAGES)):
            w.show_page(i)
        dialogs = [w.settings_dialog() if hasattr(w, "settings_dialog") else None,
                   FileTaskDialog(core, w), RemoteServerDialog(w),
                   ModelSettingsDialog("smollm2-135m-instruct", {},
                                       {**core.settings.all(), "system_prompt": "简明回答"}, w)]
        from app.ui.settings_dialog import SettingsDialog
        dialogs[0] = SettingsDialog(core, w, entries=[])
        texts = _texts(w) + [a.text() for m in w.menuBar().actions() for a in
                             [m, *(m.menu().actions() if m.menu() else [])]]
        for d in dialogs:
            texts += _texts(d)
        left = _english(texts)
        assert left == [], "\n".join(left)
        w.close()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", [*SHIPPED, "en"])
def test_translations_keep_placeholders_and_filters(language):
    """A translation keeps every {name}, %1 and %n of its source, a file filter's ';;'
    and a mnemonic '&' (else .format() fails, a dialog loses its filters, a key its
    shortcut)."""
    bad = []
    for m in ET.parse(_ts(language)).iter("message"):
        source = m.find("source").text
        forms = [e.text or "" for e in m.iter("numerusform")] or [
            m.find("translation").text or ""]
        for text in forms:
            for mark in re.findall(r"\{[^}]*\}|%\d|%n|;;", source):
                if source.count(mark) != text.count(mark):
                    bad.append(f"{source!r} -> {text!r}: {mark}")
            if re.search(r"&\w", source) and not re.search(r"&\w", text):
                bad.append(f"{source!r} -> {text!r}: mnemonic")
    assert bad == []


def test_english_says_one_and_many(qapp):
    """English has its own plural forms: "1 MCP server", "2 MCP servers"."""
    from app.ui.i18n import translate

    assert i18n.install("en") == "en"
    say = lambda n: translate("ToolsPanel", "%n MCP server(s) configured.", "", n)  # noqa: E731
    assert (say(1), say(2)) == ("1 MCP server configured.", "2 MCP servers configured.")


def test_every_curated_model_note_is_marked():
    """The curated list lives in the core (no Qt): its notes are marked in the window."""
    from app.core.models.recommended import RECOMMENDED
    from app.ui.recommended_notes import NOTES

    assert {r.note for r in RECOMMENDED} <= set(NOTES)


def test_job_titles_follow_the_language(qtbot, core):
    """The Jobs page names a job from its kind and params, so a Chinese window does not
    show the core's English title; English reads exactly as the core's."""
    from app.ui.jobs_model import job_title

    job = core.jobs.submit("summarize", "Summarize report.pdf (short)",
                           {"path": "/tmp/report.pdf", "length": "short"})
    assert job_title(job) == job.title
    chosen = core.jobs.submit("summarize", "Summarize report.pdf (short, in French)",
                              {"path": "/tmp/report.pdf", "length": "short", "language": "fr"})
    assert job_title(chosen) == chosen.title
    try:
        i18n.install("zh_CN")
        assert job_title(job) == "总结 report.pdf（简短）"
        assert job_title(chosen) == "总结 report.pdf（简短，法语）"
    finally:
        i18n.install("en")
