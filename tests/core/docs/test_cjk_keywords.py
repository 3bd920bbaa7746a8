"""Keyword search in Chinese and Japanese: words inside a sentence are found (FTS5
alone saw a run of CJK characters as one token), English is as it was, and an
existing database is moved to the segmented index by its migration."""

from __future__ import annotations

from app.core.store import migrations
from app.core.store.cjk import index_terms, query_terms
from app.core.store.db import open_db
from app.core.store.documents import DocStore

KETTLE = "本款电热水壶自购买之日起享受两年免费保修。请保留购物发票。"
GPU = "量化是把模型权重从十六位浮点数压缩成四位整数的方法，显存占用更少。"
TEA = "绿茶最怕高温，水温控制在八十度左右最合适。"
ENGLISH = "The lighthouse keepers kept the lamp burning through the storm."


def _chunks(db, store, texts: list[str]) -> dict[str, int]:
    coll = store.get_or_create("kb")
    row = store.ensure_file(coll.id, "/x/a.txt")
    ids = {}
    with db.conn:
        for i, text in enumerate(texts):
            cur = db.execute("insert into doc_chunks (collection_id, file_id, ord, page, text)"
                             " values (?, ?, ?, 1, ?)", [coll.id, row.id, i, text])
            ids[text] = cur.lastrowid
    return ids


def test_a_chinese_word_inside_a_sentence_is_found(tmp_path):
    db = open_db(tmp_path / "h.db")
    store = DocStore(db)
    ids = _chunks(db, store, [KETTLE, GPU, TEA, ENGLISH])
    coll = store.get("kb").id
    # the two misses: "热水壶" and "量化" sit inside longer runs of characters
    assert store.keyword_search([coll], "热水壶的保修期有多长？", 3)[0] == ids[KETTLE]
    assert store.keyword_search([coll], "量化", 3) == [ids[GPU]]
    assert store.keyword_search([coll], "泡绿茶用多少度的水", 3)[0] == ids[TEA]
    # English is matched (and stemmed) as before
    assert store.keyword_search([coll], "Who were the keepers?", 3) == [ids[ENGLISH]]
    assert store.keyword_search([coll], "burn", 3) == [ids[ENGLISH]]


def test_english_text_is_indexed_unchanged_and_chinese_is_cut_into_words():
    assert index_terms(ENGLISH) == ENGLISH
    terms = index_terms(KETTLE).split()
    assert {"热水", "水壶", "电热水壶", "保修"} <= set(terms)
    assert {"水壶", "保修"} <= set(query_terms("水壶保修多久"))
    assert "的" not in query_terms("热水壶的保修期")  # particles are not searched for
    assert query_terms("GGUF 文件里包含什么")[0] == "gguf"


def test_japanese_kana_runs_are_matched_in_pairs(tmp_path):
    db = open_db(tmp_path / "h.db")
    store = DocStore(db)
    ids = _chunks(db, store, ["東京の天気はとても良いです。", "日本語の文章を読みます。"])
    assert store.keyword_search([store.get("kb").id], "文章を読む", 3)[0] == ids[
        "日本語の文章を読みます。"]


def test_the_migration_moves_an_existing_index_to_the_segmented_one(tmp_path):
    """A database made before m007 (FTS5 over the raw text) keeps its chunks and
    finds Chinese words once opened by this version."""
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    old = Database(path)
    before = migrations.MIGRATIONS[:migrations.MIGRATIONS.index(migrations.m007_cjk_keywords)]
    old["_migrations"].create({"name": str, "applied": float}, pk="name")
    for migration in before:
        migration(old)
        old["_migrations"].insert({"name": migration.__name__, "applied": 0.0})
    store = DocStore(old)
    ids = _chunks(old, store, [KETTLE, GPU, ENGLISH])
    coll = store.get("kb").id
    assert store.keyword_search([coll], "量化", 3) == []  # the old index cannot see it
    old.conn.close()

    db = open_db(path)
    store = DocStore(db)
    assert store.keyword_search([coll], "量化", 3) == [ids[GPU]]
    assert store.keyword_search([coll], "热水壶", 3) == [ids[KETTLE]]
    assert store.keyword_search([coll], "keepers", 3) == [ids[ENGLISH]]
    store.remove_file(store.files(coll)[0])  # deleting still clears the index
    assert store.keyword_search([coll], "量化", 3) == []
