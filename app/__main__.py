"""`python -m app` and the `hearth` entry point: no arguments opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv == ["--debug"]:
        try:
            from app.ui.main_window import run_gui
        except ImportError:
            from app.cli import main as cli_main

            return cli_main(["chat", *argv])
        return run_gui(argv)
    from app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
