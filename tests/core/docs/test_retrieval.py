"""Search and cited answers on the known corpus: right file, right page."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.docs.retriever import rrf
from app.core.llm.base import SamplingParams
from app.core.store.history import History
from app.core.tasks.ask import Asker, cited_numbers
from app.core.tasks.assistant import Assistant
from tests.fakes import FakeModel
from tests.fixtures import documents as fx


@pytest.fixture
def indexed(documents, corpus):
    documents.add("kb", [corpus])
    return documents


@pytest.fixture
def asker(indexed):
    history = History(indexed.db)
    return Asker(indexed, Assistant(history), history)


def test_rrf_merges_rankings():
    fused = rrf([[1, 2, 3], [3, 1]])
    assert sorted(fused, key=fused.get, reverse=True) == [1, 3, 2]


def test_search_finds_the_right_file_and_page(indexed):
    for question, name, page in fx.QUESTIONS:
        top = indexed.search(["kb"], question, k=3)[0]
        assert (Path(top.path).name, top.page) == (name, page), question
        assert top.score > indexed.min_score(), question


def test_keyword_only_hits_still_get_a_cosine_score(indexed):
    hits = indexed.search(["kb"], "Kessel", k=10)
    kessel = next(h for h in hits if "Kessel" in h.text)
    assert kessel.page == 2 and kessel.page_unit == "section" and kessel.score > 0


def test_off_topic_question_scores_below_the_threshold(indexed):
    assert max(s.score for s in indexed.search(["kb"], fx.OFF_TOPIC, 5)) < indexed.min_score()


def test_documents_only_refuses_without_calling_the_model(asker):
    def no_model():
        raise AssertionError("the model must not be asked")

    result = asker.ask(fx.OFF_TOPIC, no_model, SamplingParams(max_tokens=8), ["kb"],
                       documents_only=True)
    assert result.refused and result.citations == []
    assert "do not contain" in result.answer
    msgs = asker.history.messages(result.conversation_id)
    assert [m.role for m in msgs] == ["user", "assistant"] and msgs[1].content == result.answer


def test_answer_prompt_carries_numbered_snippets_and_citations(asker):
    model = FakeModel(n_ctx=4096)
    model.enqueue(["The ", "warranty ", "lasts ", "37 ", "months ", "[1]."])
    result = asker.ask("How long does the Aurora warranty last?", model,
                       SamplingParams(max_tokens=32), ["kb"], k=3, documents_only=True)
    assert not result.refused and result.answer.endswith("[1].")
    first = result.citations[0]
    assert (Path(first["path"]).name, first["page"], first["n"], first["cited"]) == (
        "guide.pdf", 3, 1, True)
    assert "37 months" in first["text"]
    prompt_words = set(model.vocab)
    assert "[1]" in prompt_words and "37" in prompt_words
    assert result.context["document_tokens"] > 0
    assert asker.citations_of(result.message_id)[0]["page"] == 3
    # the conversation remembers its collection: a follow-up needs no names
    model.enqueue(["Every ", "90 ", "days ", "[1]."])
    follow = asker.ask("How often should the boiler be descaled?", model,
                       SamplingParams(max_tokens=32), conversation_id=result.conversation_id)
    assert follow.citations[0]["page"] == 2
    assert [c.name for c in asker.documents.attached(result.conversation_id)] == ["kb"]


def test_snippets_are_cut_to_the_context_budget(asker):
    model = FakeModel(n_ctx=300)
    model.enqueue(["ok"])
    result = asker.ask("How long does the Aurora warranty last?", model,
                       SamplingParams(max_tokens=64), ["kb"], k=5)
    assert 0 < len(result.citations) < 5
    assert result.context["used"] <= 300


def test_cited_numbers():
    assert cited_numbers("A [1], B [2, 3] and [4][5]. Not [x].") == {1, 2, 3, 4, 5}


@pytest.mark.slow
def test_real_model_answers_with_citation_to_the_right_page(asker, engine):
    result = asker.ask("How long does the Aurora warranty last?", engine,
                       SamplingParams(max_tokens=40, temperature=0.0, seed=1), ["kb"], k=3)
    assert result.status == "complete" and result.answer
    assert (Path(result.citations[0]["path"]).name, result.citations[0]["page"]) == (
        "guide.pdf", 3)
    assert "37" in result.answer


def test_regenerate_and_edit_draw_on_the_attached_collection(asker):
    model = FakeModel(n_ctx=4096)
    conv = asker.history.new_conversation(title="Manuals")
    asker.documents.attach(conv.id, ["kb"])
    model.enqueue(["It ", "lasts ", "37 ", "months ", "[1]."])
    first = asker.send(conv.id, "How long does the Aurora warranty last?", model,
                       SamplingParams(max_tokens=32), k=3)
    assert asker.citations_of(first.reply.id)[0]["page"] == 3
    model.enqueue(["Thirty-seven ", "months ", "[1]."])
    again = asker.regenerate(conv.id, model, SamplingParams(max_tokens=32), k=3)
    assert again.reply.content.startswith("Thirty-seven") and again.plan.document_tokens > 0
    assert asker.citations_of(again.reply.id)[0]["page"] == 3
    model.enqueue(["Every ", "90 ", "days ", "[1]."])
    edited = asker.edit(again.user_message.id, "How often should the boiler be descaled?", model,
                        SamplingParams(max_tokens=32), k=3)
    assert asker.citations_of(edited.reply.id)[0]["page"] == 2
    assert [m.content for m in asker.history.messages(conv.id)][-2] == (
        "How often should the boiler be descaled?")


def test_documents_only_refuses_in_the_questions_language(asker):
    """The refusal is the reply: a Chinese question gets it in Chinese, in the window and
    on the command line alike (it was English whatever was asked)."""
    def no_model():
        raise AssertionError("the model must not be asked")

    result = asker.ask("火星上的天气怎么样？", no_model, SamplingParams(max_tokens=8), ["kb"],
                       documents_only=True)
    assert result.refused
    assert "没有这个问题的答案" in result.answer and "'kb'" in result.answer
    assert asker.history.messages(result.conversation_id)[1].content == result.answer
    english = asker.ask(fx.OFF_TOPIC, no_model, SamplingParams(max_tokens=8), ["kb"],
                        documents_only=True)
    assert english.answer.startswith("The documents in 'kb' do not contain an answer")
