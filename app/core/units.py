"""How sizes read, the same everywhere (CLI, window, error messages)."""

from __future__ import annotations


def human_bytes(n: float | None) -> str:
    """Binary units with the usual names: 4,404,019,200 bytes is '4.1 GB' (as file
    managers on Windows and most tools say); None is '?' (unknown)."""
    if n is None:
        return "?"
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"
