"""Update the interface's translation sources and compile them (Qt's own tools, which
ship with PySide6 in the venv):

    .venv/bin/python scripts/translations.py

`pyside6-lupdate` collects every string marked with tr()/translate()/QT_TRANSLATE_NOOP in
every module of app/ui (tests/ui/test_translations.py's TRANSLATED), and every template of
the core's `Msg("...")` (errors, hints, progress notes; context "core", read by
tests/core_messages.py and handed to lupdate as a generated file), into resources/translations/
hearth_<lang>.ts (new strings arrive unfinished: translate them in `pyside6-linguist`
or by hand), then `pyside6-lrelease` writes the .qm files the window loads. The .qm
files are committed (a few KB each), so a checkout and the installers need no step.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import core_messages  # noqa: E402
from tests.ui.test_translations import SHIPPED, TRANSLATED  # noqa: E402


def main() -> int:
    tools = Path(sys.executable).parent
    out = ROOT / "resources" / "translations"
    with tempfile.TemporaryDirectory() as tmp:
        # the core's templates as QT_TRANSLATE_NOOP("core", ...) lines; `-locations none`
        # keeps this passing file's name and line numbers out of the .ts files
        marks = core_messages.write_marks(Path(tmp) / "core_messages.py")
        for language in [*SHIPPED, "en"]:
            ts = out / f"hearth_{language}.ts"
            # English needs only its plural forms ("1 file", "2 files" for "%n file(s)")
            only = ["-pluralonly"] if language == "en" else []
            subprocess.run([str(tools / "pyside6-lupdate"), *TRANSLATED, str(marks),
                            "-ts", str(ts), "-target-language", language, "-no-obsolete",
                            "-locations", "none", *only], cwd=ROOT, check=True)
            subprocess.run([str(tools / "pyside6-lrelease"), str(ts), "-qm",
                            str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
