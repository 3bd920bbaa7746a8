"""Indexing as a job in the shared queue: the Jobs page lists it beside file jobs
and downloads, with progress, cancel and retry. Files finished before a cancel
or a crash stay indexed, so a retried job only does the rest."""

from __future__ import annotations

from typing import Any

from app.core.docs.service import Documents
from app.core.messages import Msg
from app.core.queue.queue import Job, JobContext, JobQueue

KIND = "index"


def register(queue: JobQueue, documents: Documents) -> None:
    def index(ctx: JobContext) -> dict[str, Any]:
        # by id: the user may have renamed the collection since the job was queued
        name = documents.store.by_id(int(ctx.params["collection_id"])).name
        report = documents.sync_job(name)(ctx.control, ctx.relay)
        result = report.to_dict()
        counts = {"indexed": report.indexed, "chunks": report.chunks,
                  "unchanged": report.unchanged, "skipped": len(report.skipped)}
        result["summary"] = (
            Msg("Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged, "
                "{skipped} skipped", **counts) if report.skipped else
            Msg("Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged", **counts))
        return result

    def forget(collection_id: int) -> None:
        """A removed collection's finished jobs go too (SQLite may reuse its id)."""
        for job in queue.list(limit=10_000):
            if collection_of(job) == collection_id and job.status != "running":
                queue.remove(job.id)

    queue.register(KIND, index, lane="index")
    documents.on_removed.append(forget)


def submit(queue: JobQueue, documents: Documents, name: str) -> Job:
    """Queue a sync of the collection, unless one is already waiting or running."""
    coll = documents.store.get(name)
    return queue.submit_once(KIND, f"Index {coll.name}", {"collection_id": coll.id})


def collection_of(job: Job) -> int | None:
    return int(job.params["collection_id"]) if job.kind == KIND else None
