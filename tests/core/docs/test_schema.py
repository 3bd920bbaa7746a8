"""m004_documents: the exact columns, FTS5 over chunk text, cascades."""

from __future__ import annotations

from app.core.store.db import open_db


def columns(db, table):
    return {c.name: c.type for c in db[table].columns}


def test_documents_tables_have_exact_columns(tmp_path):
    db = open_db(tmp_path / "h.db")
    assert columns(db, "doc_collections") == {
        "id": "INTEGER", "name": "TEXT", "created": "FLOAT", "updated": "FLOAT",
        "embedding_model": "TEXT", "dim": "INTEGER", "index_kind": "TEXT", "sync_state": "TEXT",
        "last_sync": "FLOAT", "watch": "INTEGER"}
    assert columns(db, "doc_sources") == {
        "id": "INTEGER", "collection_id": "INTEGER", "path": "TEXT", "kind": "TEXT",
        "added": "FLOAT"}
    assert columns(db, "doc_files") == {
        "id": "INTEGER", "collection_id": "INTEGER", "path": "TEXT", "kind": "TEXT",
        "sha256": "TEXT", "size": "INTEGER", "mtime": "FLOAT", "pages": "INTEGER",
        "chunks": "INTEGER", "status": "TEXT", "reason": "TEXT", "embedding_model": "TEXT",
        "indexed": "FLOAT"}
    assert columns(db, "doc_chunks") == {
        "id": "INTEGER", "collection_id": "INTEGER", "file_id": "INTEGER", "ord": "INTEGER",
        "page": "INTEGER", "heading": "TEXT", "char_start": "INTEGER", "char_end": "INTEGER",
        "text": "TEXT", "vector": "BLOB", "ocr": "INTEGER"}
    assert columns(db, "conversation_collections") == {
        "conversation_id": "INTEGER", "collection_id": "INTEGER"}
    assert columns(db, "message_citations") == {
        "message_id": "INTEGER", "n": "INTEGER", "chunk_id": "INTEGER", "path": "TEXT",
        "page": "INTEGER", "heading": "TEXT", "score": "FLOAT", "text": "TEXT", "ocr": "INTEGER"}
    assert "doc_chunks_fts" in db.table_names()


def test_fts_follows_chunks_and_deleting_a_conversation_drops_its_links(tmp_path):
    from app.core.store.documents import DocStore
    from app.core.store.history import History

    db = open_db(tmp_path / "h.db")
    store = DocStore(db)
    coll = store.create("kb")
    row = store.ensure_file(coll.id, "/x/a.txt")
    with db.conn:
        db.execute("insert into doc_chunks (collection_id, file_id, ord, page, text)"
                   " values (?, ?, 0, 1, 'lighthouse keepers')", [coll.id, row.id])
    assert store.keyword_search([coll.id], "Who were the keepers?", 5) != []
    store.remove_file(row)
    assert store.keyword_search([coll.id], "keepers", 5) == []
    history = History(db)
    conv = history.new_conversation("t")
    store.attach(conv.id, [coll.id])
    history.delete(conv.id)
    assert db.execute("select count(*) from conversation_collections").fetchone()[0] == 0
