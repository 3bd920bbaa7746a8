"""Hostile files from the bad-input corpus dropped on the Documents page: each
is listed as skipped with a reason a person can act on, the good one is
indexed, and the window stays usable."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.ui.documents_view import DocumentsView
from tests.corpus.doors import RAW
from tests.corpus.generate import build

DROPPED = ["bomb-3gb.docx", "bomb-lying.epub", "content-types-broken.docx", "binary.txt",
           "not-a-zip.odt", "images-only.pdf", "empty.md", "traversal.docx"]


def test_dropping_hostile_files_lists_each_with_its_reason(qtbot, core, embedder, tmp_path):
    cases = {c.name: c for c in build(tmp_path / "corpus", heavy=False)}
    drop = tmp_path / "drop"
    drop.mkdir()
    for name in DROPPED:
        shutil.copy(cases[name].path, drop / name)
    core.documents.use_embedder(embedder)
    view = DocumentsView(core)
    qtbot.addWidget(view)
    view.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(drop / n)) for n in DROPPED])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.sync_finished, timeout=180000) as blocker:
        view.dropEvent(event)
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)
    report = blocker.args[1]
    assert report["indexed"] == 1  # traversal.docx: odd member names, readable text
    rows = {Path(view.files.item(r, 0).text()).name: (view.files.item(r, 1).text(),
                                                      view.files.item(r, 4).text())
            for r in range(view.files.rowCount())}
    assert set(rows) == set(DROPPED)
    for name in DROPPED:
        status, reason = rows[name]
        if name == "traversal.docx":
            assert status == "indexed"
            continue
        assert status == "skipped" and reason and not RAW.search(reason), (name, reason)
    assert "zip bomb" in rows["bomb-3gb.docx"][1]
    assert view.isVisible() and view.add_files_btn.isEnabled()
    view.shutdown()
