"""A file deleted or rewritten while it is being read: refused with a message,
never indexed as a mix of its old text and its new hash."""

from __future__ import annotations

import pytest

from app.core.docs import loaders
from app.core.errors import DocumentError


def _during_load(monkeypatch, action):
    real = loaders._LOADERS["text"]

    def loader(path):
        doc = real(path)
        action(path)
        return doc

    monkeypatch.setitem(loaders._LOADERS, "text", loader)


def test_a_file_rewritten_while_it_is_read_is_read_again_next_time(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_text("The old text about ferries.\n")
    _during_load(monkeypatch, lambda p: p.write_text("A new, longer text about ferries.\n"))
    with pytest.raises(DocumentError, match="changed while Hearth was reading it") as err:
        loaders.load_document(path)
    assert "next sync" in err.value.hint
    monkeypatch.undo()
    doc = loaders.load_document(path)  # the next sync reads the new text with its own hash
    assert "new, longer" in doc.text and doc.sha256 == loaders.file_sha256(path)


def test_a_file_deleted_while_it_is_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "gone.txt"
    path.write_text("Soon deleted.\n")
    _during_load(monkeypatch, lambda p: p.unlink())
    with pytest.raises(DocumentError, match="deleted while Hearth was reading it"):
        loaders.load_document(path)
