"""Schema migrations: plain functions applied in order and recorded by name.

Append new migrations to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlite_utils import Database


def m001_initial(db: Database) -> None:
    db["conversations"].create(
        {
            "id": int,
            "title": str,
            "created": float,
            "updated": float,
            "model": str,
            "system_prompt": str,
        },
        pk="id",
        not_null={"title", "created", "updated"},
        defaults={"title": "New conversation"},
    )
    db["messages"].create(
        {
            "id": int,
            "conversation_id": int,
            "role": str,  # system | user | assistant
            "content": str,
            "created": float,
            "model": str,
            "prompt_tokens": int,
            "completion_tokens": int,
            "ttft_s": float,
            "tokens_per_s": float,
            "status": str,  # complete | generating | stopped | failed
            "error": str,
        },
        pk="id",
        foreign_keys=[("conversation_id", "conversations", "id")],
        not_null={"conversation_id", "role", "content", "created", "status"},
        defaults={"content": "", "status": "complete"},
    )
    db["messages"].create_index(["conversation_id", "id"])
    db["messages"].enable_fts(["content"], fts_version="FTS5", create_triggers=True)
    db["settings"].create({"key": str, "value": str}, pk="key")


def m002_models(db: Database) -> None:
    """Models registered in the catalog (downloaded or imported); the bundled
    ones are found on disk and need no row."""
    db["models"].create(
        {
            "id": str,
            "path": str,
            "source": str,  # downloaded | imported
            "repo": str,
            "filename": str,
            "sha256": str,
            "size": int,
            "added": float,
            "metadata": str,  # JSON of GGUFInfo.to_dict()
            "settings": str,  # JSON of per-model overrides
        },
        pk="id",
        not_null={"path", "source", "added"},
    )


def m005_jobs(db: Database) -> None:
    """The background job queue (file jobs, indexing, downloads) and each job's
    finished parts, so a cancelled or killed job resumes where it stopped."""
    db["jobs"].create(
        {
            "id": int,
            "kind": str,  # summarize | translate | index | download ...
            "title": str,
            "params": str,  # JSON
            "status": str,  # queued | running | done | failed | cancelled | interrupted
            "done": float,
            "total": float,
            "unit": str,
            "message": str,
            "error": str,
            "result": str,  # JSON
            "created": float,
            "updated": float,
            "started": float,
            "finished": float,
            "pid": int,  # the process running it, to tell a live job from a killed one
        },
        pk="id",
        not_null={"kind", "title", "params", "status", "created", "updated"},
        defaults={"status": "queued", "params": "{}"},
    )
    db["jobs"].create_index(["status"])
    db["job_parts"].create(
        {
            "job_id": int,
            "key": str,  # the job's own stable name for one unit of work
            "seq": int,
            "status": str,  # done | failed
            "output": str,
            "info": str,  # JSON
            "created": float,
        },
        pk=("job_id", "key"),
        foreign_keys=[("job_id", "jobs", "id")],
        not_null={"job_id", "key", "status"},
    )


Migration = Callable[[Database], None]
MIGRATIONS: list[Migration] = [m001_initial, m002_models, m005_jobs]


def migrate(db: Database) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied."""
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"name": str, "applied": float}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for migration in MIGRATIONS:
        name = migration.__name__
        if name in done:
            continue
        with db.conn:
            migration(db)
            db["_migrations"].insert({"name": name, "applied": time.time()})
        applied.append(name)
    return applied
