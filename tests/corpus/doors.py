"""The doors a corpus case enters, driven in-process through the same core
functions the CLI and the window call, and the rules every outcome must meet."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import HearthError

RAW = re.compile(r"Traceback|object has no attribute|\b[A-Z][A-Za-z]*(?:Error|Exception)\b")
MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi there"}]


@dataclass
class Outcome:
    door: str
    result: str  # "ok" | "refused" | "crash"
    message: str
    seconds: float

    def problem(self, expect: str) -> str:
        """What is wrong with this outcome for a case that expects `expect` ('' if nothing)."""
        if self.result == "crash":
            return f"crashed: {self.message}"
        if self.result == "refused" and RAW.search(self.message):
            return f"raw Python error shown: {self.message}"
        if expect == "refused" and self.result != "refused":
            return "was accepted; it must be refused with a message"
        return ""


def _import(path: Path) -> None:
    from app.core.config import Settings
    from app.core.models.catalog import Catalog
    from app.core.models.importer import LINK, import_file
    from app.core.store.db import open_db

    db = open_db()
    import_file(Catalog(db), Settings(db), path, LINK)


def _render(path: Path) -> None:
    from app.core.llm.templates import ChatTemplate
    from app.core.models.gguf_info import read_gguf

    info = read_gguf(path)
    text = ChatTemplate(info.chat_template, info.bos_token, info.eos_token).render(MESSAGES)
    if "hi there" not in text:
        raise AssertionError(f"the rendered prompt lost the user's message: {text[:200]!r}")


def _door(door: str):
    from app.core.docs.loaders import load_document
    from app.core.models.gguf_info import read_gguf
    from app.core.tasks.formats import open_format
    from app.core.tasks.source import read_source

    return {"docs": load_document, "summarize": read_source, "translate": open_format,
            "read": read_gguf, "import": _import, "render": _render}[door]


def run_door(door: str, path: Path) -> Outcome:
    """Send `path` through `door`: ok, refused with a HearthError, or anything else (a crash)."""
    start = time.perf_counter()
    try:
        _door(door)(path)
    except HearthError as exc:
        msg = str(exc)
        if not exc.hint:
            return Outcome(door, "crash", f"no hint on what to do: {msg}",
                           time.perf_counter() - start)
        return Outcome(door, "refused", msg, time.perf_counter() - start)
    except BaseException as exc:  # noqa: BLE001 - the corpus exists to catch anything else
        return Outcome(door, "crash", f"{type(exc).__name__}: {exc}"[:500],
                       time.perf_counter() - start)
    return Outcome(door, "ok", "", time.perf_counter() - start)
