"""Summarize and translate with the real bundled model (slow: a real 135M model on CPU)."""

from __future__ import annotations

import re
import time

import pytest

from app.core.control import JobControl
from app.core.llm.base import SamplingParams
from app.core.tasks.chunk_call import answer_chunk
from app.core.tasks.repetition import RepetitionDetector
from app.core.tasks.summarize import run_summarize_job
from app.core.tasks.translate import run_translate_job
from tests.core.tasks.helpers import make_queue
from tests.core.tasks.real_text import python_digest
from tests.core.tasks.test_formats import code_blocks, make_docx

pytestmark = pytest.mark.slow
PARAMS = SamplingParams(temperature=0.2, repeat_penalty=1.1, max_tokens=64, seed=7)


class Counting:
    """The real engine, counting generate calls (to prove resumed chunks are not redone)."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.calls = 0
        self.model_id, self.n_ctx, self.device = engine.model_id, engine.n_ctx, engine.device

    def render(self, messages, add_generation_prompt=True):
        return self.engine.render(messages, add_generation_prompt)

    def tokenize(self, text):
        return self.engine.tokenize(text)

    def generate(self, tokens, params, control=None):
        self.calls += 1
        return self.engine.generate(tokens, params, control)


def run_job(tmp_path, kind, params, model, control=None, progress=None):
    handler = run_summarize_job if kind == "summarize" else run_translate_job
    queue = make_queue(tmp_path / "db")
    queue.register(kind, lambda ctx: handler(ctx, model, PARAMS))
    job = queue.submit(kind, kind, params)
    return queue, job, queue.run(job.id, control, progress or (lambda p: None))


@pytest.fixture(scope="module")
def wide_engine(chat_model_path):
    """A 4k window: half as many chunks (and model replies) as 2k for the same text,
    which is still more than seven windows long."""
    from app.core.llm.engine import Engine, LoadOptions

    eng = Engine(chat_model_path, "smollm2-135m-instruct", LoadOptions(n_ctx=4096))
    yield eng
    eng.close()


@pytest.mark.timeout(1800)  # minutes on an idle 2-core machine; far more on a shared one
def test_book_length_file_is_summarized_per_section(tmp_path, wide_engine):
    text = python_digest(2100)
    assert len(wide_engine.tokenize(text)) >= 30_000 > wide_engine.n_ctx * 7
    src = tmp_path / "digest.md"
    src.write_text(text)
    start = time.perf_counter()
    _, _, result = run_job(tmp_path, "summarize", {"path": str(src), "length": "20"},
                           Counting(wide_engine))
    seconds = time.perf_counter() - start
    out = (tmp_path / "digest.summary.md").read_text()
    print(f"\nsummarized {len(text)} chars in {result['chunks']} chunks, "
          f"{result['model_calls']} calls, {seconds:.0f} s -> {len(out)} chars")
    assert result["passes"] == "map-reduce" and result["chunks"] >= 8
    parts = re.findall(r"^## (.+)$", out, re.M)
    assert parts == ["Text and data", "Files and processes", "Networking and the web",
                     "Numbers and time", "Program structure"]
    assert len(out) < len(text) / 15
    for part in out.split("\n## ")[1:]:  # every part has text (or an honest mark)
        body = part.split("\n", 1)[1].strip()
        assert len(body) > 20
    assert result["source_language"] == "English"
    assert len(result["failed_chunks"]) <= 2  # the honest count, listed if any


MARKDOWN = """\
# Quick start

Install Hearth and open the window.

## Steps

- Download the installer.
- Run the installer.
- Open Hearth.

```sh
python3 bootstrap.py --no-start
```

## Notes

1. Your files stay on this computer.

```python
print("unchanged")
```
"""


def count_md(text):
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    return (sum(t.type == "heading_open" for t in tokens),
            sum(t.type == "list_item_open" for t in tokens))


def test_markdown_translation_keeps_headings_lists_and_code(tmp_path, engine):
    src = tmp_path / "start.md"
    src.write_text(MARKDOWN)
    _, _, result = run_job(tmp_path, "translate", {"path": str(src), "to": "French"}, engine)
    out = (tmp_path / "start.fr.md").read_text()
    assert result["output_path"] == str(tmp_path / "start.fr.md")
    assert count_md(out) == count_md(MARKDOWN) == (3, 4)
    assert code_blocks(out) == code_blocks(MARKDOWN)
    assert out != MARKDOWN and result["chunks"] == 8  # 3 headings, a paragraph, 4 items
    assert result["source_language"] == "English"


def test_docx_translation_keeps_paragraphs_and_styles(tmp_path, engine):
    import docx

    src = tmp_path / "report.docx"
    make_docx(src)
    _, _, result = run_job(tmp_path, "translate", {"path": str(src), "to": "de"}, engine)
    before = docx.Document(str(src))
    after = docx.Document(result["output_path"])
    assert result["output_path"].endswith("report.de.docx")
    assert len(after.paragraphs) == len(before.paragraphs)
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert [r.bold for r in after.paragraphs[1].runs] == [None, True, None]
    assert after.paragraphs[-1].text == "print('hello')"  # monospaced: never translated
    changed = sum(a.text != b.text for a, b in zip(after.paragraphs, before.paragraphs,
                                                      strict=True))
    assert changed >= 2 or result["failed_chunks"]


def test_cancel_half_way_then_resume_does_not_redo_chunks(tmp_path, engine):
    modules = python_digest(700, 1).split("### ")[1:5]
    sections = [f"## Part {i}\n\n{text}" for i, text in enumerate(modules)]
    src = tmp_path / "four.md"
    src.write_text("# Four parts\n\n" + "\n\n".join(sections))
    model = Counting(engine)
    control = JobControl()

    def progress(p):
        if p.done >= 2:
            control.cancel()  # after two finished chunks

    from app.core.errors import Cancelled

    with pytest.raises(Cancelled):
        queue, job, _ = run_job(tmp_path, "summarize", {"path": str(src), "length": "20"},
                                model, control, progress)
    queue = make_queue(tmp_path / "db")
    queue.register("summarize", lambda ctx: run_summarize_job(ctx, model, PARAMS))
    job = queue.list()[0]
    assert job.status == "cancelled" and model.calls == 2
    model.calls = 0
    queue.retry(job.id)
    result = queue.run(job.id)
    assert result["resumed_parts"] == 2
    assert model.calls == result["model_calls"] >= 3  # the other chunks and the overview
    assert len(re.findall(r"^## Part", (tmp_path / "four.summary.md").read_text(), re.M)) == 4


class Prefilled(Counting):
    """The real engine with the reply already started as a loop: the model's own
    continuation then loops (greedy, no repeat penalty) and must be caught."""

    PREFILL = "banana banana banana banana banana banana banana banana"

    def render(self, messages, add_generation_prompt=True):
        return self.engine.render(messages, add_generation_prompt) + self.PREFILL


def test_a_looping_generation_is_caught_and_stopped_early(engine):
    model = Prefilled(engine)
    params = SamplingParams(temperature=0.0, repeat_penalty=1.0, max_tokens=200)
    tokens = model.tokenize(model.render([{"role": "user", "content": "Say banana."}]))
    control = JobControl()
    detector = RepetitionDetector()
    generation = engine.generate(tokens, params, control)
    for piece in generation:
        if detector.feed(piece):
            control.cancel()
    assert detector.looping and "banana" in detector.reason
    assert generation.stats.finish_reason == "cancelled"
    assert generation.stats.completion_tokens < 40  # stopped early, not at max_tokens
    # Through answer_chunk(): the loop is a failed attempt, retried with other settings.
    answer = answer_chunk(model, "", "Say banana.", params)
    assert "repeated" in answer.reasons[0] and answer.attempts >= 2 and model.calls >= 2
