"""Indexing as a job of the shared queue: listed, resumable, one per collection."""

from __future__ import annotations

import pytest

from app.core.control import JobControl
from app.core.errors import Cancelled
from app.core.queue.kinds import index as index_jobs
from app.core.queue.queue import JobQueue


@pytest.fixture
def queue(documents):
    q = JobQueue(documents.db)
    index_jobs.register(q, documents)
    return q


def test_index_job_indexes_the_collection_and_reports_it(queue, documents, corpus):
    documents.add("kb", [corpus], sync=False)
    job = index_jobs.submit(queue, documents, "kb")
    assert job.title == "Index kb" and index_jobs.submit(queue, documents, "kb").id == job.id
    seen = []
    result = queue.run(job.id, progress=seen.append)
    status = documents.status("kb")
    assert result["indexed"] == status["indexed"] > 0 and result["chunks"] > 0
    assert "Indexed" in result["summary"]
    assert seen and seen[-1].unit == "files" and seen[-1].extra["job_id"] == job.id
    done = queue.get(job.id)
    assert done.status == "done" and done.done == done.total == result["files"]


def test_cancelled_index_job_resumes_without_redoing_finished_files(queue, documents,
                                                                    tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"note{i:02}.txt").write_text(f"Note {i} is about item number {i}.")
    documents.settings.set("index_batch", 2)  # commit every two files
    documents.add("kb", [folder], sync=False)
    job = index_jobs.submit(queue, documents, "kb")
    control = JobControl()

    def stop_after_two(p):
        if p.done >= 4:
            control.cancel()

    with pytest.raises(Cancelled):
        queue.run(job.id, control, stop_after_two)
    kept = documents.status("kb")["indexed"]
    assert queue.get(job.id).status == "cancelled" and 0 < kept < 12
    again = index_jobs.submit(queue, documents, "kb")  # the same job, queued again
    assert again.id == job.id and again.status == "queued"
    result = queue.run(job.id)
    assert result["unchanged"] == kept  # finished files were not embedded again
    assert result["indexed"] == 12 - kept and documents.status("kb")["indexed"] == 12


def test_renamed_collection_is_still_found_by_its_job(queue, documents, corpus):
    documents.add("kb", [corpus], sync=False)
    job = index_jobs.submit(queue, documents, "kb")
    documents.rename("kb", "knowledge")
    assert queue.run(job.id)["collection"] == "knowledge"


def test_removing_a_collection_forgets_its_index_jobs(queue, documents, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_bytes(b"\x00\x01 binary")  # no text: nothing to embed
    documents.add("gone", [tmp_path / "a"], sync=False)
    documents.add("kept", [tmp_path / "a"], sync=False)
    gone = index_jobs.submit(queue, documents, "gone")
    kept = index_jobs.submit(queue, documents, "kept")
    queue.run(gone.id)
    documents.remove("gone")
    assert [j.id for j in queue.list()] == [kept.id]
