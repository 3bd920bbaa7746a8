"""`python -m app` and the `hearth` entry point: no arguments opens the window."""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    # First, before argv is parsed or anything heavy is imported: in a frozen app the
    # embedding child (spawned) is this same executable started with
    # `--multiprocessing-fork ...`; without this it would open the window again, in a loop.
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in (["--version"], ["-V"]):
        from app import __version__

        print(f"hearth {__version__}")
        return 0
    if not argv or argv == ["--debug"]:
        return _window(argv)
    from app.cli import main as cli_main

    return cli_main(argv)


def _window(argv: list[str]) -> int:
    try:
        from app.ui.main_window import run_gui
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("PySide6"):
            raise
        from app.cli import main as cli_main  # a venv without the window's extra

        return cli_main(["chat", *argv])
    except ImportError as exc:  # PySide6 is there but a system library it links is not
        from app.ui.display import missing_library_message

        print(f"hearth: {missing_library_message(exc)}", file=sys.stderr)
        return 2
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
