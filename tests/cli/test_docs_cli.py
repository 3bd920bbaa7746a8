"""`hearth docs ...`, `hearth search` and `hearth ask` in real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.fixtures import documents as fx

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """A data home with the known corpus (and broken files) indexed by `hearth docs add`."""
    pytest.importorskip("fpdf", reason="fpdf2 (dev extra) writes the test PDFs")
    root = tmp_path_factory.mktemp("docs-cli")
    corpus = fx.make_corpus(root / "corpus")
    broken = fx.make_broken(root / "broken")
    home = root / "home"
    out = run_cli("docs", "add", "kb", str(corpus), str(root / "broken"), "--json", home=home)
    assert out.returncode == 0, out.stderr
    return {"home": home, "corpus": corpus, "broken": root / "broken", "reasons": broken,
            "report": json.loads(out.stdout)}


def test_add_reports_files_chunks_skipped_and_seconds(indexed):
    report = indexed["report"]
    assert report["indexed"] == 6 and report["chunks"] >= 10 and report["seconds"] > 0
    reasons = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    for name, word in indexed["reasons"].items():
        assert word in reasons[name]


def test_search_finds_the_passage(indexed):
    out = run_cli("search", "kb", "How long does the Aurora warranty last?", "--k", "3", "--json",
                  home=indexed["home"])
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    assert len(hits) == 3 and [h["n"] for h in hits] == [1, 2, 3]
    assert Path(hits[0]["path"]).name == "guide.pdf" and hits[0]["page"] == 3
    assert "37 months" in hits[0]["text"] and hits[0]["score"] > hits[1]["score"]


def test_ask_documents_only_refuses_off_topic(indexed):
    out = run_cli("ask", "kb", fx.OFF_TOPIC, "--documents-only", "--json", home=indexed["home"])
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["citations"] == [] and result["refused"]
    assert "do not contain" in result["answer"]


def test_ask_answers_with_citations(indexed, chat_model_path):
    out = run_cli("ask", "kb", "How long does the Aurora warranty last?", "--k", "3",
                  "--max-tokens", "32", "--seed", "1", "--json", home=indexed["home"])
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["answer"]
    first = result["citations"][0]
    assert set(first) >= {"n", "path", "page", "score", "text"}
    assert (Path(first["path"]).name, first["page"], first["n"]) == ("guide.pdf", 3, 1)


def test_chat_in_a_conversation_uses_its_attached_collections(indexed, chat_model_path,
                                                              monkeypatch):
    """`hearth chat --conversation ID` sends as the window does: the collections attached
    to that conversation go into the prompt and their citations are kept with the reply."""
    from app.core.session import Core

    monkeypatch.setenv("HEARTH_HOME", str(indexed["home"]))
    core = Core()
    try:
        conv = core.history.new_conversation(title="Warranty")
        core.documents.attach(conv.id, ["kb"])  # as the window's Documents button does
    finally:
        core.close()
    out = run_cli("chat", "--conversation", str(conv.id), "How long does the Aurora warranty "
                  "last?", "--max-tokens", "24", "--seed", "1", "--json", home=indexed["home"])
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["conversation_id"] == conv.id and result["status"] == "complete"
    names = {Path(c["path"]).name for c in result["citations"]}
    assert "guide.pdf" in names
    core = Core()
    try:
        stored = core.asker.citations_of(result["message_id"])
        assert {Path(c["path"]).name for c in stored} == names
        assert result["context"]["document_tokens"] > 0  # snippets took part of the window
    finally:
        core.close()


def test_list_status_sync_and_rm(indexed):
    home = indexed["home"]
    listed = json.loads(run_cli("docs", "list", "--json", home=home).stdout)
    assert [c["name"] for c in listed] == ["kb"] and listed[0]["indexed"] == 6
    status = json.loads(run_cli("docs", "status", "kb", "--json", home=home).stdout)
    by_name = {Path(f["path"]).name: f for f in status["files"]}
    assert by_name["guide.pdf"]["pages"] == 3 and by_name["empty.txt"]["status"] == "skipped"
    synced = run_cli("docs", "sync", "kb", "--json", home=home)
    assert synced.returncode == 0, synced.stderr
    again = json.loads(synced.stdout)
    assert again["indexed"] == 0 and again["chunks"] == 0 and again["unchanged"] == 12
    # both runs were the collection's one job in the shared queue (the window's Jobs page)
    jobs = json.loads(run_cli("jobs", "list", "--json", home=home).stdout)
    assert [(j["kind"], j["title"], j["status"]) for j in jobs] == [("index", "Index kb", "done")]
    assert jobs[0]["result"]["unchanged"] == 12
    listed_human = run_cli("jobs", home=home)
    assert "Index kb" in listed_human.stdout and "Indexed 0 file(s)" in listed_human.stdout
    removed = run_cli("docs", "rm", "kb", str(indexed["broken"]), home=home)
    assert removed.returncode == 0 and "6 file(s)" in removed.stdout
    status = json.loads(run_cli("docs", "status", "kb", "--json", home=home).stdout)
    assert len(status["files"]) == 6 and status["skipped"] == 0
    human = run_cli("docs", "status", "kb", home=home)
    assert "guide.pdf" in human.stdout and "indexed" in human.stdout


def test_errors_say_what_to_do(indexed, tmp_path):
    home = indexed["home"]
    missing = run_cli("docs", "status", "nope", home=home)
    assert missing.returncode == 1 and "hearth docs list" in missing.stderr
    bad_path = run_cli("docs", "add", "kb", str(tmp_path / "not-there"), home=home)
    assert bad_path.returncode == 1 and "Not found" in bad_path.stderr
    inside = run_cli("docs", "rm", "kb", str(indexed["corpus"] / "guide.pdf"), home=home)
    assert inside.returncode == 1 and "remove that folder instead" in inside.stderr


def test_remove_whole_collection(tmp_path):
    """(Only files without text here, so no embedding model is loaded.)"""
    home = tmp_path / "home"
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_bytes(b"\x00\x01 binary")
    added = run_cli("docs", "add", "fruit", str(tmp_path / "one"), home=home)
    assert added.returncode == 0 and "binary" in added.stdout
    out = run_cli("docs", "rm", "fruit", home=home)
    assert out.returncode == 0 and "untouched" in out.stdout
    assert json.loads(run_cli("docs", "list", "--json", home=home).stdout) == []
    assert not list((home / "indexes").glob("*.faiss"))
    assert (tmp_path / "one" / "a.txt").exists()
    human = run_cli("docs", "list", home=home)
    assert "No collections yet" in human.stdout
    assert "No jobs" in run_cli("jobs", home=home).stdout  # its index job went with it


def test_docs_watch_once_indexes_what_changed(tmp_path):
    """The core's background work from the terminal: no window needed."""
    home, folder = tmp_path / "home", tmp_path / "w"
    folder.mkdir()
    (folder / "a.txt").write_text("Apples grow in the north orchard.")
    assert run_cli("docs", "add", "w", str(folder), home=home).returncode == 0
    (folder / "b.txt").write_text("Bees live in the south meadow.")
    out = run_cli("docs", "watch", "--once", "--json", home=home)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["collection"] == "w" and report["indexed"] == 1 and report["unchanged"] == 1
    again = run_cli("docs", "watch", "--once", "--json", home=home)
    assert again.returncode == 0 and again.stdout.strip() == ""  # nothing changed since


def test_jobs_retry_refuses_a_finished_job_and_rm_forgets_it(tmp_path):
    home = tmp_path / "home"
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_bytes(b"\x00\x01 binary")
    assert run_cli("docs", "add", "fruit", str(tmp_path / "one"), home=home).returncode == 0
    job = json.loads(run_cli("jobs", "list", "--json", home=home).stdout)[0]
    assert (job["kind"], job["status"]) == ("index", "done")
    refused = run_cli("jobs", "retry", str(job["id"]), home=home)
    assert refused.returncode == 1 and "can be retried" in refused.stderr
    assert run_cli("jobs", "rm", str(job["id"]), home=home).returncode == 0
    assert "No jobs" in run_cli("jobs", home=home).stdout
    missing = run_cli("jobs", "rm", str(job["id"]), home=home)
    assert missing.returncode == 1 and "No job with id" in missing.stderr
