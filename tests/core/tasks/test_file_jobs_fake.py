"""Summarize and translate logic with a fake model (fast): structure, honesty, resume."""

from __future__ import annotations

import pytest

from app.core.errors import Cancelled
from app.core.tasks.summarize import run_summarize_job
from app.core.tasks.translate import run_translate_job
from tests.core.tasks.helpers import PARAMS, RespondingModel, make_queue, user_text


def section(name: str, n_words: int, tag: str = "") -> str:
    words = " ".join(f"{name.lower()}{i}" for i in range(n_words))
    paras = [words[i:i + 400] for i in range(0, len(words), 400)]
    return f"## {name}\n\n" + "\n\n".join(p.strip() for p in paras) + (f"\n\n{tag}" if tag else "")


def book(tmp_path, tag_b: str = ""):
    text = "# Field guide\n\n" + "\n\n".join(
        [section("Alpha", 700), section("Beta", 700, tag_b), section("Gamma", 120)])
    path = tmp_path / "guide.md"
    path.write_text(text)
    return path


def summarizer_reply(prompt: str) -> str:
    text = user_text(prompt)
    if "LOOPME" in text:
        return "and again " * 40
    if text.startswith("These are summaries of the sections"):
        return "Overview of the guide."
    if text.startswith("These are summaries"):
        return "Combined points."
    first = text.split("Text:", 1)[1].split()[0]
    return f"Notes from {first}."


def run(queue, kind, params, model, control=None):
    handler = run_summarize_job if kind == "summarize" else run_translate_job
    queue.register(kind, lambda ctx: handler(ctx, model, PARAMS))
    job = queue.submit(kind, kind, params)
    return job, queue.run(job.id, control)


def test_long_file_is_map_reduced_into_one_part_per_section(tmp_path):
    model = RespondingModel(summarizer_reply, n_ctx=400)
    queue = make_queue(tmp_path)
    _, result = run(queue, "summarize", {"path": str(book(tmp_path)), "length": "20"}, model)
    out = (tmp_path / "guide.summary.md").read_text()
    assert result["output_path"] == str(tmp_path / "guide.summary.md")
    assert result["passes"] == "map-reduce" and result["failed_chunks"] == []
    assert result["chunks"] >= 5  # Alpha and Beta each need several chunks
    assert out.startswith("# Summary: Field guide\n\nOverview of the guide.")
    assert [ln for ln in out.splitlines() if ln.startswith("## ")] == [
        "## Alpha", "## Beta", "## Gamma"]
    assert "Combined points." in out  # Alpha's chunk summaries were combined
    # Every map prompt fits the model's window with room for the reply.
    assert all(len(c.split()) < model.n_ctx for c in model.calls)


def test_looping_chunk_is_retried_then_marked_and_reported(tmp_path):
    model = RespondingModel(summarizer_reply, n_ctx=400)
    queue = make_queue(tmp_path)
    _, result = run(queue, "summarize", {"path": str(book(tmp_path, "LOOPME")),
                                         "length": "20"}, model)
    failed = result["failed_chunks"]
    assert len(failed) == 1 and "repeated" in failed[0]["reason"]
    assert failed[0]["where"].startswith("Beta")
    assert sum("LOOPME" in c for c in model.calls) == 3  # asked three times, then given up
    out = (tmp_path / "guide.summary.md").read_text()
    beta = out.split("## Beta", 1)[1].split("## Gamma")[0]
    assert "**Not summarized:** the model repeated" in beta


def test_cancelled_summary_resumes_without_redoing_chunks(tmp_path):
    from app.core.control import JobControl

    path = book(tmp_path)
    fresh = RespondingModel(summarizer_reply, n_ctx=400)
    run(make_queue(tmp_path / "a"), "summarize", {"path": str(path), "length": "20"}, fresh)
    total_calls = len(fresh.calls)

    control = JobControl()
    calls_before_cancel = 3

    def reply(prompt):
        if len(model.calls) == calls_before_cancel:
            control.cancel()
        return summarizer_reply(prompt)

    model = RespondingModel(reply, n_ctx=400)
    queue = make_queue(tmp_path / "b")
    params = {"path": str(path), "length": "20"}
    with pytest.raises(Cancelled):
        run(queue, "summarize", params, model, control)
    job = queue.list()[0]
    finished = [k for k in queue.parts(job.id) if k != "input"]
    assert job.status == "cancelled" and len(finished) == calls_before_cancel - 1
    first_run = len(model.calls)
    model.calls.clear()
    queue.retry(job.id)
    result = queue.run(job.id)
    assert first_run + len(model.calls) == total_calls + 1  # only the cut-off call is redone
    assert result["resumed_parts"] == len(finished) and result["model_calls"] == len(model.calls)
    assert (tmp_path / "guide.summary.md").exists()


def test_translation_keeps_code_spans_when_the_model_drops_markers(tmp_path):
    src = tmp_path / "doc.md"
    src.write_text("# Hearth Desktop\n\nRun `hearth chat` to start Hearth Desktop.\n")
    prompts = []

    def reply(prompt):
        text = user_text(prompt)
        prompts.append(text)
        if text.endswith("Hearth Desktop") and "Run" not in text:
            return "Foyer Bureau"
        return "Traduit sans marqueur."  # drops [1]

    queue = make_queue(tmp_path)
    _, result = run(queue, "translate", {"path": str(src), "to": "French"},
                    RespondingModel(reply))
    out = (tmp_path / "doc.fr.md").read_text()
    assert out.startswith("# Foyer Bureau\n\n")
    assert "`hearth chat`" in out and result["failed_chunks"] == []
    # The heading taught the glossary; the paragraph's prompt carried it.
    assert any("Hearth Desktop = Foyer Bureau" in p for p in prompts[1:])
    assert result["target_language"] == "French"


def test_translation_failure_keeps_original_and_reports_it(tmp_path):
    src = tmp_path / "doc.md"
    src.write_text("# Title\n\nA paragraph the model cannot do.\n")

    def reply(prompt):
        return "" if "cannot" in user_text(prompt) else "Titre"

    queue = make_queue(tmp_path)
    _, result = run(queue, "translate", {"path": str(src), "to": "fr"}, RespondingModel(reply))
    out = (tmp_path / "doc.fr.md").read_text()
    assert out == "# Titre\n\nA paragraph the model cannot do. <!-- hearth: not translated -->\n"
    assert [f["where"] for f in result["failed_chunks"]] == ["line 3"]
    assert "empty" in result["failed_chunks"][0]["reason"]


def test_the_jobs_progress_note_is_stored_with_its_template(tmp_path):
    """The Jobs page shows "line 3" in the window's language (issue 14): the note the
    job last reported is read back from the database as a template with its argument."""
    from app.core.messages import Msg

    src = tmp_path / "doc.md"
    src.write_text("# Title\n\nA paragraph.\n")
    queue = make_queue(tmp_path)
    job, _ = run(queue, "translate", {"path": str(src), "to": "fr"},
                 RespondingModel(lambda prompt: "Titre"))
    note = queue.get(job.id).message
    assert note == "line 3" and isinstance(note, Msg)
    assert (note.template, note.args) == ("line {line}", {"line": 3})


def test_pdf_summary_says_which_pages_each_part_covers(tmp_path):
    from tests.fixtures.documents import make_pdf

    pages = [f"Page {n} text. " + " ".join(f"word{n}x{i}" for i in range(40)) for n in range(1, 6)]
    path = make_pdf(tmp_path / "manual.pdf", pages, outline=[("Descaling", 2), ("Warranty", 4)])
    model = RespondingModel(lambda prompt: "A short summary.", n_ctx=2048)
    _, result = run(make_queue(tmp_path), "summarize", {"path": str(path), "length": "5"}, model)
    out = (tmp_path / "manual.summary.md").read_text()
    assert [ln for ln in out.splitlines() if ln.startswith("## ")] == [
        "## Introduction (page 1)", "## Descaling (pages 2–3)", "## Warranty (pages 4–5)"]
    assert result["chunks"] == 3 and result["passes"] == "one"


def test_a_repetitive_source_may_be_translated_repetitively(tmp_path):
    chorus = " ".join(["Sing with us tonight, sing with us tonight."] * 5)
    src = tmp_path / "song.txt"
    src.write_text(chorus + "\n")
    reply = " ".join(["Chantez avec nous ce soir, chantez avec nous ce soir."] * 5)
    queue = make_queue(tmp_path)
    _, result = run(queue, "translate", {"path": str(src), "to": "fr"},
                    RespondingModel(lambda prompt: reply))
    assert result["failed_chunks"] == [] and result["model_calls"] == 1
    assert (tmp_path / "song.fr.txt").read_text().startswith("Chantez avec nous")


def test_commentary_instead_of_a_translation_is_retried(tmp_path):
    src = tmp_path / "page.html"
    src.write_text("<p>This is <b>bold</b> text.</p>\n")
    answers = {"bold": iter(["I am ready to assist you. Please provide the text.", "gras"])}

    def reply(prompt):
        text = user_text(prompt)
        if text in answers:
            return next(answers[text])
        return {"This is": "Ceci est", "text.": "du texte."}.get(text, "?")

    queue = make_queue(tmp_path)
    _, result = run(queue, "translate", {"path": str(src), "to": "fr"}, RespondingModel(reply))
    assert (tmp_path / "page.fr.html").read_text() == "<p>Ceci est <b>gras</b> du texte.</p>\n"
    assert result["failed_chunks"] == []


@pytest.mark.parametrize("kind", ["summarize", "translate"])
def test_full_disk_fails_clearly_and_retry_writes_without_asking_again(tmp_path, monkeypatch,
                                                                        kind):
    import errno
    from pathlib import Path

    from app.core.errors import HearthError

    real_text, real_bytes = Path.write_text, Path.write_bytes

    def full(self, *args, **kw):
        if self.name.endswith(".part"):  # the output file; the database is not touched
            raise OSError(errno.ENOSPC, "No space left on device")
        return (real_text if isinstance(args[0], str) else real_bytes)(self, *args, **kw)

    queue = make_queue(tmp_path)
    model = RespondingModel(summarizer_reply if kind == "summarize" else lambda p: "Bonjour.")
    handler = run_summarize_job if kind == "summarize" else run_translate_job
    queue.register(kind, lambda ctx: handler(ctx, model, PARAMS))
    params = {"path": str(book(tmp_path)), "length": "20"} if kind == "summarize" else {
        "path": str(book(tmp_path)), "to": "French"}
    job = queue.submit(kind, kind, params)
    monkeypatch.setattr(Path, "write_text", full)
    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(HearthError, match="No space left on device") as info:
        queue.run(job.id)
    assert "Free some disk space" in info.value.hint
    failed = queue.get(job.id)
    assert failed.status == "failed" and "No space left" in failed.error and failed.can_retry
    assert not list(tmp_path.glob("*.part"))  # no half-written file left behind
    calls = len(model.calls)
    monkeypatch.undo()  # space was freed
    queue.retry(job.id)
    result = queue.run(job.id)
    assert Path(result["output_path"]).exists() and len(model.calls) == calls  # nothing redone
