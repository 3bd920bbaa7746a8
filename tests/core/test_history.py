import json

from app.core.config import Settings
from app.core.store.db import open_db
from app.core.store.history import History, title_from


def make(tmp_path):
    return History(open_db(tmp_path / "h.db"))


def test_conversation_roundtrip_and_order(tmp_path):
    h = make(tmp_path)
    a = h.new_conversation("first")
    b = h.new_conversation("second")
    h.add_message(a.id, "user", "hello there")
    assert [c.id for c in h.conversations()] == [a.id, b.id]  # a was updated last
    assert [m.content for m in h.messages(a.id)] == ["hello there"]
    h.rename(b.id, "renamed")
    assert h.conversation(b.id).title == "renamed"


def test_search_finds_words_across_conversations(tmp_path):
    h = make(tmp_path)
    a = h.new_conversation("a")
    h.add_message(a.id, "user", "What is the capital of Japan?")
    h.add_message(a.id, "assistant", "The capital of Japan is Tokyo.")
    b = h.new_conversation("b")
    h.add_message(b.id, "user", "Tell me about volcanoes")
    hits = h.search("tokyo")
    assert [hit["conversation_id"] for hit in hits] == [a.id]
    assert "[Tokyo]" in hits[0]["snippet"]
    assert h.search('"quoted" odd') == []


def test_delete_and_truncate(tmp_path):
    h = make(tmp_path)
    c = h.new_conversation("c")
    ids = [h.add_message(c.id, r, t).id for r, t in
           [("user", "1"), ("assistant", "2"), ("user", "3"), ("assistant", "4")]]
    h.delete_messages_from(ids[2])
    assert [m.content for m in h.messages(c.id)] == ["1", "2"]
    h.delete(c.id)
    assert h.conversations() == []
    assert h.search("1") == []


def test_mark_interrupted_keeps_partial_text(tmp_path):
    h = make(tmp_path)
    c = h.new_conversation("c")
    m = h.add_message(c.id, "assistant", "partial", status="generating")
    assert h.mark_interrupted() == 1
    m = h.message(m.id)
    assert (m.status, m.content) == ("stopped", "partial")


def test_export_markdown_and_json(tmp_path):
    h = make(tmp_path)
    c = h.new_conversation("Trip", system_prompt="Be brief")
    h.add_message(c.id, "user", "Hi")
    h.add_message(c.id, "assistant", "Hello!", model="m", status="stopped")
    md = h.export(c.id, "md")
    assert md.startswith("# Trip") and "## You" in md and "*[stopped]*" in md
    data = json.loads(h.export(c.id, "json"))
    assert [m["content"] for m in data["messages"]] == ["Hi", "Hello!"]


def test_title_from_first_message():
    assert title_from("  What is   the capital of Japan? ") == "What is the capital of Japan?"
    long = title_from("word " * 40)
    assert long.endswith("…") and len(long) <= 49


def test_settings_persist_across_reopen(tmp_path):
    s = Settings(open_db(tmp_path / "h.db"))
    assert s.get("temperature") == 0.2
    s.set("temperature", 0.7)
    s.update({"theme": "dark"})
    again = Settings(open_db(tmp_path / "h.db"))
    assert again.get("temperature") == 0.7
    assert again.all()["theme"] == "dark"


def test_mark_interrupted_leaves_a_reply_that_another_live_process_writes(tmp_path):
    import subprocess
    import sys

    h = make(tmp_path)
    c = h.new_conversation("c")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = h.add_message(c.id, "assistant", "still coming", status="generating",
                             pid=other.pid)
        legacy = h.add_message(c.id, "assistant", "old row", status="generating")
        assert h.mark_interrupted() == 1  # only the row without a live writer
        assert h.message(live.id).status == "generating"
        assert h.message(legacy.id).status == "stopped"
    finally:
        other.kill()
        other.wait()
    assert h.mark_interrupted() == 1  # its writer is gone now
    assert h.message(live.id).status == "stopped"


def test_search_finds_a_chinese_word_inside_a_sentence(tmp_path):
    """'搜索所有对话' found nothing for 门票 in '八达岭长城的门票多少钱': FTS5 saw the
    whole run of Han characters as one word. Messages are indexed cut into words
    (store/cjk.py, as document chunks are) and the snippet reads as the message did."""
    h = make(tmp_path)
    a = h.new_conversation("长城")
    h.add_message(a.id, "user", "八达岭长城的门票多少钱？")
    h.add_message(a.id, "assistant", "旺季门票为四十元。The ticket is 40 yuan.")
    b = h.new_conversation("茶")
    h.add_message(b.id, "user", "龙井茶怎么泡？")
    hits = h.search("门票")
    assert [hit["conversation_id"] for hit in hits] == [a.id, a.id]
    assert "[门票]" in hits[-1]["snippet"] and "八达岭长城的" in hits[-1]["snippet"]
    assert [hit["conversation_id"] for hit in h.search("龙井")] == [b.id]
    assert [hit["conversation_id"] for hit in h.search("长城 门票")] == [a.id]
    assert h.search("ticket") and h.search("门票 ticket")
    assert h.search("咖啡") == []
    edited = h.add_message(b.id, "user", "普洱茶怎么存放？")
    h.db.execute("update messages set content = ? where id = ?", ["白茶怎么存放？", edited.id])
    assert h.search("普洱") == [] and h.search("白茶")
