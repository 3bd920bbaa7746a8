"""Put on PYTHONPATH to make Qt unimportable: proves app.core and tests/core need no Qt.

`python3 bootstrap.py test` runs tests/core this way (see tests/test_architecture.py).
"""

import sys


class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"{name} is blocked: app.core must not import Qt")
        return None


sys.meta_path.insert(0, _NoQt())
