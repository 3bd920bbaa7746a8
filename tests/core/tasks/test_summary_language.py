"""Summaries in the document's language (or a chosen one), with the fake model: what
each prompt asks for, the file's labels, and resume across languages."""

from __future__ import annotations

import pytest

from app.core.control import JobControl
from app.core.errors import Cancelled
from app.core.tasks.summarize import run_summarize_job
from tests.core.tasks.helpers import PARAMS, RespondingModel, make_queue, user_text


def run(queue, params, model, control=None):
    queue.register("summarize", lambda ctx: run_summarize_job(ctx, model, PARAMS))
    job = queue.submit("summarize", "summarize", params)
    return job, queue.run(job.id, control)


def reply(prompt: str) -> str:
    text = user_text(prompt)
    if "LOOPME" in text:
        return "and again " * 40
    if text.startswith("These are summaries of the sections"):
        return "Overview."
    if text.startswith("These are summaries"):
        return "Combined."
    return "Notes."


def english_doc(tmp_path):
    words = " ".join(f"Bird {i} nests by the river." for i in range(140))
    alpha = "\n\n".join(words[i:i + 400].strip() for i in range(0, len(words), 400))
    beta = " ".join(f"Fish {i} swims in the lake." for i in range(60))
    text = (f"# Field guide\n\nThis guide covers the birds of the valley and where to see "
            f"them in spring.\n\n## Alpha\n\n{alpha}\n\n## Beta\n\n{beta}\n\nLOOPME\n\n"
            f"## Gamma\n\nA short note on gamma.\n")
    path = tmp_path / "guide.md"
    path.write_text(text)
    return path


def chinese_doc(tmp_path):
    # sentences apart, so that the fake model's whitespace tokenizer needs several chunks
    long = " ".join(f"第{i}条：绿茶的水温要控制在八十度左右。" for i in range(300))
    text = (f"# 家庭泡茶指南\n\n这份指南介绍在家里冲泡各种茶叶的方法，包括水温、"
            f"茶叶的用量和浸泡的时间，以及需要注意的地方。\n\n"
            f"## 绿茶\n\n{long}\n\n## 乌龙茶\n\n{long}\n\nLOOPME\n\n## 红茶\n\n红茶可以加牛奶。\n")
    path = tmp_path / "tea.md"
    path.write_text(text, encoding="utf-8")
    return path


def kinds(calls: list[str]) -> dict[str, list[str]]:
    """The model's prompts (user text) by pass."""
    out: dict[str, list[str]] = {"map": [], "combine": [], "overview": []}
    for call in calls:
        text = user_text(call)
        key = ("overview" if text.startswith("These are summaries of the sections") else
               "combine" if text.startswith("These are summaries") else "map")
        out[key].append(text)
    return out


# what the summary of english_doc was before summaries had a language, byte for byte
ENGLISH_OUTPUT = (
    "# Summary: Field guide\n\nOverview.\n\n## Introduction\n\n*Short section, quoted in "
    "full:*\n\n> # Field guide\n>\n> This guide covers the birds of the valley and where to "
    "see them in spring.\n\n## Alpha\n\nCombined.\n\n## Beta\n\nNotes.\n\n> **Not "
    "summarized:** the model repeated 'and again' 6+ times. Read this part in the original."
    "\n\n## Gamma\n\n*Short section, quoted in full:*\n\n> ## Gamma\n>\n> A short note "
    "on gamma.\n")


def test_a_chinese_document_is_summarized_in_chinese_under_chinese_labels(tmp_path):
    model = RespondingModel(reply, n_ctx=400)
    _, result = run(make_queue(tmp_path), {"path": str(chinese_doc(tmp_path)),
                                           "length": "20"}, model)
    passes = kinds(model.calls)
    assert all(passes.values()), passes  # map, combine and overview all ran
    for texts in passes.values():
        assert all(t.endswith("Write the summary in Chinese.") for t in texts), texts
    assert result["summary_language"] == "Chinese" and result["source_language"] == "Chinese"
    # the longer instruction is counted: every prompt still fits with room for the reply
    assert all(len(c.split()) + 74 <= model.n_ctx for c in model.calls)
    out = (tmp_path / "tea.summary.md").read_text(encoding="utf-8")
    assert out.startswith("# 摘要：家庭泡茶指南\n\nOverview.")
    assert [ln for ln in out.splitlines() if ln.startswith("## ")] == [
        "## 引言", "## 绿茶", "## 乌龙茶", "## 红茶"]
    # about 50 characters are more than 20 words (no spaces to count): summarized, not quoted
    assert "这份指南" not in out and out.count("全文引用") == 1
    assert "*篇幅较短，全文引用：*\n\n> ## 红茶\n>\n> 红茶可以加牛奶。" in out
    assert "> **未摘要：**the model repeated" in out and "请阅读原文中的这一部分。" in out
    for english in ("Summary:", "Introduction", "Short section", "Not summarized", "Read this"):
        assert english not in out


def test_a_chosen_language_is_asked_for_in_every_pass_and_labels_the_file(tmp_path):
    model = RespondingModel(reply, n_ctx=400)
    _, result = run(make_queue(tmp_path), {"path": str(english_doc(tmp_path)), "length": "20",
                                           "language": "fr"}, model)
    passes = kinds(model.calls)
    assert all(passes.values()), passes
    for texts in passes.values():
        assert all(t.endswith("Write the summary in French.") for t in texts), texts
    assert result["summary_language"] == "French" and result["source_language"] == "English"
    out = (tmp_path / "guide.summary.md").read_text()
    assert out.startswith("# Résumé : Field guide\n\nOverview.")
    assert "*Section courte, citée en entier :*" in out
    assert "> **Non résumé :** the model repeated" in out


def test_an_english_document_reads_as_before(tmp_path):
    model = RespondingModel(reply, n_ctx=400)
    run(make_queue(tmp_path), {"path": str(english_doc(tmp_path)), "length": "20"}, model)
    assert all(user_text(c).endswith("Write the summary in English.") for c in model.calls)
    assert (tmp_path / "guide.summary.md").read_text() == ENGLISH_OUTPUT


def test_pages_are_labelled_in_the_summary_language(tmp_path):
    from tests.fixtures.documents import make_pdf

    pages = [f"Page {n} text. " + " ".join(f"word{n}x{i}" for i in range(40)) for n in range(1, 6)]
    path = make_pdf(tmp_path / "manual.pdf", pages, outline=[("Descaling", 2), ("Warranty", 4)])
    model = RespondingModel(lambda prompt: "短摘要。", n_ctx=2048)
    run(make_queue(tmp_path), {"path": str(path), "length": "5", "language": "Chinese"}, model)
    out = (tmp_path / "manual.summary.md").read_text(encoding="utf-8")
    assert [ln for ln in out.splitlines() if ln.startswith("## ")] == [
        "## 引言（第 1 页）", "## Descaling（第 2–3 页）", "## Warranty（第 4–5 页）"]


def test_a_resume_in_another_language_starts_over(tmp_path):
    control = JobControl()

    def stop_after_three(prompt):
        if len(model.calls) == 3:
            control.cancel()
        return reply(prompt)

    model = RespondingModel(stop_after_three, n_ctx=400)
    queue = make_queue(tmp_path)
    with pytest.raises(Cancelled):
        run(queue, {"path": str(english_doc(tmp_path)), "length": "20", "language": "fr"},
            model, control)
    job = queue.list()[0]
    assert len([k for k in queue.parts(job.id) if k != "input"]) == 2
    # the same job, now asked in German (as if its language param had changed)
    queue.db.execute("update jobs set params = ? where id = ?",
                     ['{"path": "%s", "length": "20", "language": "de"}'
                      % (tmp_path / "guide.md"), job.id])
    model.calls.clear()
    queue.retry(job.id)
    result = queue.run(job.id)
    assert result["resumed_parts"] == 0
    assert all(user_text(c).endswith("Write the summary in German.") for c in model.calls)


@pytest.mark.parametrize("text, code", [
    ("短文。", "zh"),  # too short for langdetect; the script tells
    ("これは短い日本語の文章です。漢字も使います。", "ja"),
    ("An English report that quotes the word 中文 once, among many other words.", "en"),
    ("迈克尔・乔丹是一位篮球运动员，他在芝加哥公牛队打球多年，赢得了六次总冠军。", "zh"),
])
def test_the_script_tells_chinese_and_japanese(text, code):
    from app.core.tasks import language

    assert language.detect(text) == code
