"""Start a window, print "usable" once it is shown and the event loop has run idle once.

`python bench/_window_driver.py hearth|bare` (run by bench/startup.py, timed from
outside so interpreter start-up and every import count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def hearth_window():
    from app.ui import main_window

    return main_window.create_window()


def bare_window():
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 720)
    return window


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    window = hearth_window() if sys.argv[1] == "hearth" else bare_window()
    window.show()

    def ready() -> None:
        print("usable", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, ready)  # queued behind the show and first paint events
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
