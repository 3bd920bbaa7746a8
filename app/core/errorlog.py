"""Unexpected errors, with their tracebacks, in a rotating file in the data home.

The window installs it at start (`install()`): a job that fails in a way nobody
foresaw, or an exception escaping a Qt slot, is written there, and Help > About
and `hearth doctor` say where the file is, so a user can attach it to a report.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from app.core import config

LOGGER = "hearth.errors"
MAX_BYTES = 1_000_000  # then errors.log.1 ... errors.log.3
BACKUPS = 3

log = logging.getLogger(LOGGER)


def path() -> Path:
    return config.data_home() / "logs" / "errors.log"


def install(max_bytes: int = MAX_BYTES) -> Path:
    """Write `hearth.errors` records and uncaught exceptions (any thread) to the file."""
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    for handler in list(log.handlers):  # a new data home (tests): one file at a time
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(target, maxBytes=max_bytes, backupCount=BACKUPS,
                                  encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(threadName)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.ERROR)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return target


def uninstall() -> None:
    """Stop writing the file (tests; a window closing leaves it for the process's end)."""
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__


def report(message: str, exc: BaseException) -> None:
    """Record `exc` with its traceback (also on stderr, as before)."""
    log.error(message, exc_info=(type(exc), exc, exc.__traceback__))


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    log.error("Uncaught exception", exc_info=(kind, exc, tb))
    sys.__excepthook__(kind, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.error("Uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    threading.__excepthook__(args)
