"""What the core says to a person, read from its source with `ast` (no import, no Qt).

Shared by scripts/translations.py (which hands every `Msg("...")` template to lupdate
in the context "core"), tests/ui/test_translations.py (every template is translated)
and tests/core/test_core_messages.py (no error, hint or progress note left unmarked).
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the packages whose text reaches the window; the CLI's own messages stay English
SPEAKING = ("app/core", "app/server")
CONTEXT = "core"


def sources(folders: tuple[str, ...] = SPEAKING) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py")
                  if p != ROOT / "app/core/messages.py")  # Msg itself builds joined ones


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def templates(paths: list[Path] | None = None) -> list[str]:
    """Every literal template of a `Msg(...)` call, in source order, once."""
    found: dict[str, None] = {}
    for path in paths or sources((*SPEAKING, "app/cli")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) == "Msg" and node.args \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                found.setdefault(node.args[0].value)
    return list(found)


def write_marks(target: Path, paths: list[Path] | None = None) -> Path:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP("core", template) per template."""
    lines = [f"QT_TRANSLATE_NOOP({CONTEXT!r}, {t!r})" for t in templates(paths)]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def error_classes(paths: list[Path] | None = None) -> set[str]:
    """`HearthError` and every class below it, by name, across the core."""
    bases: dict[str, set[str]] = {}
    for path in paths or sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    found = {"HearthError"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return found
        found |= more


def _bare_text(node: ast.expr | None) -> bool:
    """A literal, an f-string, a concatenation or a .format() of one: English that
    the window cannot translate."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value.strip() != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    if isinstance(node, ast.Call) and _name(node.func) == "format":
        return _bare_text(getattr(node.func, "value", None))
    return False


def _argument(call: ast.Call, at: int, keyword: str) -> ast.expr | None:
    if len(call.args) > at and not isinstance(call.args[at], ast.Starred):
        return call.args[at]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def unmarked(path: Path, errors: set[str]) -> list[str]:
    """Places in one module that hand a person text the window cannot translate: an
    error's message or hint, a progress note, or a `Msg` whose template is not a
    literal with named placeholders matching its arguments."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    # names given English text somewhere in the module (`how = f"..."; raise X(m, how)`)
    worded = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
              and _bare_text(node.value) for t in node.targets if isinstance(t, ast.Name)}

    def say(node: ast.AST, what: str) -> None:
        found.append(f"{where}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        checks: list[tuple[ast.expr | None, str]] = []
        if name in errors:
            checks = [(_argument(node, 0, "message"), "message"), (_argument(node, 1, "hint"),
                                                                     "hint")]
        elif name == "Progress" or name == "report" and isinstance(node.func, ast.Attribute):
            checks = [(_argument(node, 3, "message"), "progress note")]
        elif name == "Msg":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Attribute) and first.attr == "template":
                continue  # a message rebuilt with other arguments (its template is collected)
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                say(node, "Msg needs a literal template (scripts/translations.py collects it)")
                continue
            fields = {f for _, f, _, _ in string.Formatter().parse(first.value) if f is not None}
            given = {k.arg for k in node.keywords}
            if "" in fields or any(not f.isidentifier() for f in fields):
                say(node, f"Msg {first.value!r}: use named placeholders like {{name}}")
            elif None not in given and fields != given:
                say(node, f"Msg {first.value!r}: placeholders {sorted(fields)} but "
                          f"arguments {sorted(given)}")
            continue
        for arg, what in checks:
            if _bare_text(arg) or isinstance(arg, ast.Name) and arg.id in worded:
                say(node, f"{name}: the {what} needs Msg(...)")
    return found
