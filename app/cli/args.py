"""Argument types for numbers with a range: a value out of range is a usage error that
names the flag (exit 2), before anything is loaded or stored."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.core.config import SAMPLING_LIMITS


def bounded(kind: type, low: float, high: float | None = None) -> Callable[[str], Any]:
    """An argparse `type` reading `kind` (int or float) from low to high (inclusive)."""
    def convert(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"invalid {kind.__name__} value: {text!r}") from None
        if value < low or (high is not None and value > high):
            wanted = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise argparse.ArgumentTypeError(f"must be {wanted}, not {text}")
        return value

    convert.__name__ = kind.__name__
    return convert


def sampling(key: str, kind: type = float) -> Callable[[str], Any]:
    """A sampling flag (--temperature, --max-tokens) within the settings' own limits."""
    return bounded(kind, *SAMPLING_LIMITS[key])
