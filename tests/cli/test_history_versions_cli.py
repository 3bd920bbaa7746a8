"""`hearth history show/export/pick` follow message versions; thinking stays apart."""

import json

from app.core.store.db import open_db
from app.core.store.history import History
from tests.conftest import run_cli


def make_conversation():
    history = History(open_db())  # HEARTH_HOME is the test's home
    conv = history.new_conversation("versions")
    q = history.add_message(conv.id, "user", "Name a colour")
    first = history.add_message(conv.id, "assistant", "crimson", parent_id=q.id,
                                reasoning="the user wants one word", reasoning_s=2.0)
    history.add_message(conv.id, "assistant", "teal", parent_id=q.id)
    history.db.conn.close()
    return conv.id, first.id


def test_show_export_and_pick_follow_the_version_shown(hearth_home, tmp_path):
    cid, first_id = make_conversation()
    shown = run_cli("history", "show", str(cid), home=hearth_home)
    assert shown.returncode == 0, shown.stderr
    assert "teal" in shown.stdout and "crimson" not in shown.stdout
    assert "(version 2/2" in shown.stdout
    every = run_cli("history", "show", str(cid), "--all-versions", "--reasoning",
                    home=hearth_home).stdout
    assert "crimson" in every and "teal" in every and "the user wants one word" in every
    picked = run_cli("history", "pick", str(first_id), home=hearth_home)
    assert "version 1/2" in picked.stdout, picked.stderr
    md = run_cli("history", "export", str(cid), home=hearth_home).stdout
    assert "crimson" in md and "teal" not in md and "the user wants" not in md
    md = run_cli("history", "export", str(cid), "--reasoning", home=hearth_home).stdout
    assert "Thought for 2 s" in md and "the user wants one word" in md
    data = json.loads(run_cli("history", "show", str(cid), "--json", home=hearth_home).stdout)
    reply = data["messages"][1]
    assert reply["content"] == "crimson" and reply["reasoning"] == "the user wants one word"
