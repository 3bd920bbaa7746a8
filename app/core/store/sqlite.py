"""sqlite-utils' `Database`, imported without its optional numpy support.

`sqlite_utils.db` imports numpy when it can, only to map numpy scalar types to
column types; Hearth stores vectors as bytes (documents.to_blob) and never creates
columns from numpy values. numpy's import is ~0.1 s of the window's ~1 s start, so
it is kept out here and loads when the first vector is handled.
"""

from __future__ import annotations

import sys


def _import_without_numpy() -> None:
    if "sqlite_utils.db" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # import numpy -> ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]


_import_without_numpy()

from sqlite_utils import Database  # noqa: E402

__all__ = ["Database"]
