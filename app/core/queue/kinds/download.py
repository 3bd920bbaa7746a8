"""Downloads as jobs in the shared queue: the Models page and the Jobs page show
the same job. A cancelled, failed or interrupted download keeps its bytes, so a
retry continues it; removing the unfinished job deletes them."""

from __future__ import annotations

from typing import Any

from app.core.messages import Msg
from app.core.models.manager import ModelManager
from app.core.queue.queue import Job, JobContext, JobQueue

KIND = "download"


def register(queue: JobQueue, manager: ModelManager) -> None:
    def download(ctx: JobContext) -> dict[str, Any]:
        p = ctx.params
        result = manager.pull(p["repo"], p["filename"], ctx.control, ctx.relay,
                              p.get("revision") or None, retries=manager.pull_retries)
        out = result.to_dict()
        out["summary"] = (
            Msg("Installed as {id} · {fit}", id=result.model_id, fit=result.fit.label)
            if result.fit else Msg("Installed as {id}", id=result.model_id))
        return out

    def discard(job: Job) -> None:
        manager.discard_partial(job.params["repo"], job.params["filename"])

    queue.register(KIND, download, lane="download", on_remove=discard)


def params(repo: str, filename: str, revision: str | None = None) -> dict[str, Any]:
    return {"repo": repo, "filename": filename, "revision": revision or ""}


def submit(queue: JobQueue, repo: str, filename: str, revision: str | None = None) -> Job:
    """Queue a download, or continue the same file's earlier one (never two at once)."""
    return queue.submit_once(KIND, f"Download {filename}", params(repo, filename, revision))
