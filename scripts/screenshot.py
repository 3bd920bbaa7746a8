"""Render the main window offscreen in a real conversation with the bundled model
and save it as resources/screenshot.png (the README shows it); with --all, every page
in both themes as resources/screenshots/PAGE-THEME.png (scaled to --width, small PNGs).

    .venv/bin/python scripts/screenshot.py [OUT.png] [--theme light|dark]
    .venv/bin/python scripts/screenshot.py --all [--width 900]
    .venv/bin/python scripts/screenshot.py --all --language zh_CN   # PAGE-THEME-zh_CN.png

Runs in a throwaway data folder, so your own conversations are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUESTIONS = [  # (conversation, message): the last conversation is the one shown
    ("Give me three tips for better sleep.", None),
    ("What is the capital of Japan?", None),
    ("Write a Python function that checks whether a number is prime.",
     "Now explain in one short sentence how it works."),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "resources" / "screenshot.png"))
    parser.add_argument("--theme", default="light", choices=["light", "dark", "system"])
    parser.add_argument("--size", default="1180x760")
    parser.add_argument("--all", action="store_true", help="every page in both themes")
    parser.add_argument("--width", type=int, default=900, help="--all: scale shots to this")
    parser.add_argument("--language", default="en", help="the window's language (zh_CN, ja, fr)")
    args = parser.parse_args()
    os.environ["HEARTH_HOME"] = tempfile.mkdtemp(prefix="hearth-screenshot-")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the Models page shows its list unchecked

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.core.session import Core
    from app.ui import theme
    from app.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    core = Core()
    core.settings.update({"theme": args.theme, "max_tokens": 200, "temperature": 0.0,
                          "seed": 3, "n_ctx": 2048, "language": args.language})
    add_sample_collection(core, args.language)
    theme.apply(app, args.theme, 10)
    window = MainWindow(core, owns_core=True)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def wait_idle(limit_s: float = 600) -> None:
        end = time.monotonic() + limit_s
        chat = window.chat
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            if chat.models_ready and not chat.busy():
                return
            time.sleep(0.01)
        raise SystemExit("timed out waiting for the model")

    wait_idle()
    for first, follow_up in QUESTIONS:
        window.new_conversation()
        for text in (first, follow_up):
            if text:
                window.chat.send(text)
                wait_idle()
    window.chat.regenerate()  # a second version: the ‹ 2/2 › switcher shows
    wait_idle()
    window.chat.messages.scroll_to_bottom()
    settle()
    if args.all:
        return shoot_all(app, window, args.width, args.language)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(args.out):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    print(f"saved {args.out} ({window.width()}x{window.height()})")
    window.close()
    dispose(window)
    return 0


def add_sample_collection(core, language: str) -> None:
    """A collection as a user has one, so the Documents page shows files, pages and a
    skipped file's reason: the test suite's documents (Chinese notes for zh_CN)."""
    import shutil

    folder = Path(os.environ["HEARTH_HOME"]) / "sample"
    if language.startswith("zh"):
        folder.mkdir()
        for name in ("kettle.md", "tea.md", "gpu.md", "lease.md", "plants.md"):
            shutil.copy(ROOT / "tests" / "corpus" / "zh" / name, folder / name)
        name, model = "资料", "multilingual-e5-small"
    else:
        from tests.fixtures.documents import make_corpus

        make_corpus(folder)
        name, model = "Manuals", None
    (folder / "scan-damaged.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> not really a pdf\n")
    core.documents.add(name, [folder], embedding_model=model)


def settle(seconds: float = 0.4) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def shoot_all(app, window, width: int, language: str = "en") -> int:
    """Every page in the light and the dark theme, into resources/screenshots/."""
    from PySide6.QtCore import Qt

    from app.ui import theme
    from app.ui.main_window import PAGES

    out = ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for name in ("light", "dark"):
        theme.apply(app, name, 10)
        window.core.settings.set("theme", name)
        for index, page in enumerate(PAGES):
            window.show_page(index)
            settle(1.5 if index else 0.4)
            image = window.grab().toImage().scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)
            suffix = "" if language == "en" else f"-{language}"
            path = out / f"{page[0].lower()}-{name}{suffix}.png"
            image.save(str(path), "PNG", 9)
            print(f"saved {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KiB)")
    if language != "en":  # and the first-run welcome, in the light theme
        theme.apply(app, "light", 10)
        window.core.settings.set("theme", "light")
        window.show_page(0)
        window.new_conversation()
        settle(0.6)
        path = out / f"chat-welcome-{language}.png"
        window.grab().toImage().scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation).save(str(path), "PNG", 9)
        print(f"saved {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KiB)")
    window.close()
    dispose(window)
    return 0


def dispose(window) -> None:
    """Delete the window's C++ side while the QApplication still exists (Python would
    otherwise free them in any order at exit, which can crash)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    sys.exit(main())
