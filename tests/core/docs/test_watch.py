"""The folder watcher: finds collections whose files changed on disk, in its own thread."""

from __future__ import annotations

import os
import threading

from app.core.docs.watch import FolderWatcher, out_of_date


def test_out_of_date_sees_added_changed_and_deleted_files(documents, tmp_path):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha file about apples.")
    documents.add("w", [folder])
    coll = documents.store.get("w")
    store, home = documents.store, documents.home
    assert not out_of_date(store, home, coll.id)
    (folder / "b.md").write_text("# Bravo\n\nBananas.")
    assert out_of_date(store, home, coll.id)
    documents.sync("w")
    assert not out_of_date(store, home, coll.id)
    st = (folder / "a.txt").stat()
    os.utime(folder / "a.txt", (st.st_atime, st.st_mtime + 5))
    assert out_of_date(store, home, coll.id)
    documents.sync("w")
    (folder / "b.md").unlink()
    assert out_of_date(store, home, coll.id)
    (folder / "ignored.bin").write_bytes(b"\x00")  # unsupported files do not count
    documents.sync("w")
    assert not out_of_date(store, home, coll.id)


def test_watcher_thread_reports_changes_but_not_cancelled_collections(documents, tmp_path):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha file about apples.")
    documents.add("w", [folder])
    seen: list[str] = []
    event = threading.Event()

    def on_change(name: str) -> None:
        seen.append(name)
        event.set()

    watcher = FolderWatcher(None, documents.home, on_change, interval_s=0.2).start()
    try:
        assert not event.wait(0.8) and seen == []  # nothing changed yet
        (folder / "c.txt").write_text("Charlie file about cherries.")
        assert event.wait(10) and seen[0] == "w"
        coll = documents.store.get("w")
        documents.store.update(coll.id, sync_state="interrupted")  # the user cancelled it
        assert watcher.check(documents.store) == []
    finally:
        watcher.stop()
    assert not watcher.running
