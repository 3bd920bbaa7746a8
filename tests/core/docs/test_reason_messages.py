"""A skipped file's reason keeps its template through the database, so the window can
show it in its own language (issue 14): the Documents page reads it back as a `Msg`."""

from __future__ import annotations

from pathlib import Path

from app.core.messages import Msg, decode
from tests.fixtures import documents as fx


def _templates(text: str) -> list[str]:
    """The templates of a reason joined from message and hint (messages.join)."""
    assert isinstance(text, Msg), f"not translatable: {text!r}"
    return [part.template for part in text.args.values()]


def test_skip_reasons_are_stored_as_templates_and_read_back(documents, tmp_path):
    bad = fx.make_broken(tmp_path / "bad")
    report = documents.add("broken", [tmp_path / "bad"])
    assert len(report.skipped) == len(bad)
    files = {Path(f["path"]).name: f for f in documents.status("broken")["files"]}
    locked = files["locked.pdf"]["reason"]
    # the English is what it was (the command line prints it as is) ...
    assert locked == ("locked.pdf is encrypted (password-protected). "
                      "Save an unprotected copy to index it.")
    # ... and the parts are templates with their arguments
    assert _templates(locked) == ["{name} is encrypted (password-protected).",
                                  "Save an unprotected copy to index it."]
    assert locked.args["p0"].args == {"name": "locked.pdf"}
    corrupt = _templates(files["corrupt.pdf"]["reason"])
    assert corrupt[0] == "{name} is not a readable PDF ({error})."
    # an EPUB's problem is a template inside a template
    epub = files["broken.epub"]["reason"].args["p0"]
    assert epub.template == "{name} {problem}"
    assert epub.args["problem"].template == "is damaged (not a valid zip archive)."
    for name, word in bad.items():
        assert word in files[name]["reason"]
    # stored encoded in the column, not as English
    raw = dict(documents.db.execute("select path, reason from doc_files").fetchall())
    for path, stored in raw.items():
        reason = files[Path(path).name]["reason"]
        assert stored != reason and decode(stored).args == reason.args


def test_a_reason_stored_as_plain_text_reads_as_itself(documents, tmp_path):
    """Rows written before reasons were encoded still show their English."""
    bad = tmp_path / "old"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    documents.add("old", [bad])
    documents.db.execute("update doc_files set reason = 'empty.txt is empty. Nothing to index.'")
    documents.db.conn.commit()
    (row,) = documents.status("old")["files"]
    assert row["reason"] == "empty.txt is empty. Nothing to index."
    assert not isinstance(row["reason"], Msg)
    assert decode(None) == ""
