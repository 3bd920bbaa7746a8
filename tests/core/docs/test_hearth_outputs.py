"""Hearth's own summaries and translations, saved beside their source in a
collection's folder, are not indexed: answers then cited the small model's
summary or machine translation instead of the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.queue.kinds import files as file_jobs


@pytest.fixture
def core(hearth_home, embedder, chat_model_path):
    from app.core.session import Core

    c = Core()
    c.documents.use_embedder(embedder)
    c.settings.update({"max_tokens": 48, "n_ctx": 2048})
    yield c
    c.close()


def test_a_summary_written_into_a_collection_is_left_out_with_its_reason(core, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    source = folder / "tea.md"
    source.write_text("# Tea\n\nGreen tea is picked in spring and dried the same day.\n")
    core.documents.add("notes", [folder])
    job = core.jobs.submit("summarize", "Summarize tea.md", file_jobs.summarize_params(source))
    result = core.jobs.run(job.id)
    summary = Path(result["output_path"])
    assert summary.parent == folder and summary.exists()

    report = core.documents.sync("notes")
    skipped = {Path(s["path"]).name: str(s["reason"]) for s in report.skipped}
    assert summary.name in skipped, report.skipped
    assert "Hearth" in skipped[summary.name] and "tea.md" in skipped[summary.name]
    indexed = {Path(f.path).name for f in core.documents.store.files(
        core.documents.store.get("notes").id) if f.status == "indexed"}
    assert indexed == {"tea.md"}
    again = core.documents.sync("notes")  # stays left out, and nothing is redone
    assert again.indexed == 0 and summary.name in {Path(s["path"]).name for s in again.skipped}


def test_an_output_indexed_before_it_was_known_is_taken_out(core, tmp_path):
    """A watcher that synced between the file appearing and the job ending indexed it."""
    from app.core.store import outputs

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "tea.md").write_text("# Tea\n\nGreen tea is picked in spring.\n")
    made = folder / "tea.summary.md"
    made.write_text("# Summary: Tea\n\nTea is picked in spring.\n")
    core.documents.add("notes", [folder])
    assert core.documents.status("notes")["indexed"] == 2
    outputs.remember(core.db, made, folder / "tea.md", "summary")
    core.documents.sync("notes")
    hits = core.documents.search(["notes"], "When is tea picked?", 5)
    assert {Path(h.path).name for h in hits} == {"tea.md"}
