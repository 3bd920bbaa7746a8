"""The built-in search_documents tool over a real collection (real embedder, FAISS,
SQLite): the passages it found become the reply's citations, as a documents answer's."""

from __future__ import annotations

import json

from app.core.llm.base import SamplingParams
from tests.fakes import FakeModel


def test_search_tool_finds_passages_and_they_are_cited(hearth_home, embedder, tmp_path):
    from app.core.session import Core

    core = Core()
    try:
        core.documents.use_embedder(embedder)
        (tmp_path / "kettle.md").write_text(
            "# Kettle\n\nThe kettle has a warranty of seven years.\n", encoding="utf-8")
        core.documents.add("manuals", [tmp_path / "kettle.md"])
        conv = core.history.new_conversation("t")
        model = FakeModel()
        model.supports_tools = True
        call = {"name": "search_documents", "arguments": {"query": "kettle warranty"}}
        model.enqueue([f"<tool_call>{json.dumps(call)}</tool_call>"])
        model.enqueue(["Seven ", "years ", "[1]."])
        turn = core.asker.send(conv.id, "How long is the kettle's warranty?", model,
                               SamplingParams(temperature=0.0, max_tokens=50))
        assert turn.tools[0].status == "ok"
        assert "[1] kettle.md" in turn.tools[0].text and "seven years" in turn.tools[0].text
        cited = core.asker.citations_of(turn.reply.id)
        assert cited and cited[0]["n"] == 1 and cited[0]["path"].endswith("kettle.md")
    finally:
        core.close()
