"""The files Hearth itself wrote (a summary, a translation) with their source.

Recorded before the file is written, so that a folder watcher never sees one it
does not know; kept when the job that wrote it is cleared from the Jobs page."""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.core.store.sqlite import Database


def _key(path: Path | str) -> str:
    return os.path.realpath(path)


def remember(db: Database, path: Path | str, source: Path | str, kind: str) -> None:
    """`path` is Hearth's `kind` ('summary', 'translation') of `source`."""
    with db.conn:
        db["hearth_outputs"].upsert({"path": _key(path), "source": _key(source), "kind": kind,
                                     "created": time.time()}, pk="path")


def written_by_hearth(db: Database, paths: list[str]) -> dict[str, str]:
    """Those of `paths` that Hearth wrote, each with its source (each path resolved once,
    and none when Hearth has written nothing: every sync asks this of every file)."""
    known = {row["path"]: row["source"] for row in db.query(
        "select path, source from hearth_outputs")}
    if not known:
        return {}
    resolved = {p: known.get(_key(p)) for p in paths}
    return {p: source for p, source in resolved.items() if source is not None}
