"""Loop detection and budget splitting (pure functions, no model)."""

from __future__ import annotations

import pytest

from app.core.tasks.repetition import RepetitionDetector, check_repetition
from app.core.tasks.splitting import split_to_budget

PROSE = (
    "The committee met on Tuesday to review the budget. After a long discussion, the members "
    "agreed to fund the new library, delay the road repairs, and ask the city for a second "
    "opinion on the bridge. The next meeting is planned for March, when the auditors report."
)


@pytest.mark.parametrize("text", [
    "the cat " * 12,
    "I will help you. " * 6,
    "Bonjour! " * 20,
    "word " * 30,
    "The report is long. It has many parts. The report is long. It has many parts. "
    "The report is long. It has many parts. The report is long. It has many parts.",
    "这是一个很长的句子。" * 8,
    # a paragraph written twice (seen from the 135M model in a summary's overview)
    "The `copy` module is not only a built-in Python function but also very clean and easy "
    "to read. It provides deep copying of objects.\n\nThe `copy` module is not only a "
    "built-in Python function but also very clean and easy to read.",
])
def test_loops_are_caught(text):
    assert check_repetition(text)


@pytest.mark.parametrize("text", [PROSE, "1. One\n2. Two\n3. Three\n4. Four\n5. Five",
                                  "Short answer.", "no no no, I said yes.",
                                  "| Name | Age |\n| --- | --- |\n| Ann | 31 |\n| Bob | 42 |\n",
                                  PROSE + " " + PROSE[:60]])  # a short quote may come back
def test_normal_text_is_not_a_loop(text):
    assert check_repetition(text) == ""


def test_detector_fires_while_streaming_and_keeps_the_reason():
    det = RepetitionDetector()
    fired_at = None
    for i, piece in enumerate(["Sure. "] + ["and then " for _ in range(40)]):
        if det.feed(piece):
            fired_at = i
            break
    assert fired_at is not None and fired_at < 15
    assert "repeated" in det.reason


def words(text: str) -> int:
    return len(text.split())


def test_split_respects_budget_and_keeps_every_word():
    paras = [f"## Part {i}\n\n" + " ".join(f"w{i}_{j}" for j in range(37)) for i in range(9)]
    text = "\n\n".join(paras)
    chunks = split_to_budget(text, words, 100)
    assert len(chunks) > 3
    assert all(words(c) <= 100 for c in chunks)
    assert " ".join(" ".join(chunks).split()) == " ".join(text.split())
    assert all(c.startswith("## Part") for c in chunks)  # cut at headings


def test_split_cuts_a_giant_paragraph_at_sentences_then_words():
    sentence = " ".join(["alpha"] * 30) + "."
    text = " ".join([sentence] * 5) + " " + "x" * 500
    chunks = split_to_budget(text, lambda t: max(words(t), len(t) // 40), 40)
    assert all(max(words(c), len(c) // 40) <= 40 for c in chunks)
    assert "".join(chunks).count("alpha") == 150 and "".join(chunks).count("x") == 500


def test_split_of_empty_and_small_text():
    assert split_to_budget("  \n ", words, 10) == []
    assert split_to_budget("one two", words, 10) == ["one two"]
