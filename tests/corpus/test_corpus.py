"""The bad-input corpus (tests/corpus/generate.py) through every door it can
enter: the core functions behind `hearth docs add`, `summarize`, `translate`,
`models import` and `--model PATH` in-process for every case, then real CLI
processes for a representative subset (the window's drop is in
tests/ui/test_corpus_drop.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.corpus.doors import RAW, run_door
from tests.corpus.generate import build

CASE_SECONDS = 20  # one case through one door, on a busy 2-core machine
EVIL = [Path("/tmp/hearth-evil.txt"), Path("/tmp/hearth-evil-abs.txt")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("corpus"))


def _by_name(corpus):
    return {c.name: c for c in corpus}


def test_the_corpus_covers_the_issue(corpus):
    names = _by_name(corpus)
    assert len(corpus) >= 60
    for name in ("empty.docx", "bomb-3gb.docx", "bomb-3gb.epub", "bomb-3gb.odt",
                 "traversal.docx", "not-a-zip.epub", "encrypted.pdf", "pages-10000.pdf",
                 "images-only.pdf", "nested-10000.html", "no-newline-5mb.txt", "loop-a.txt",
                 "content-types-broken.docx", "tensors-2e60.gguf", "string-2e62.gguf",
                 "template-escape.gguf", "template-loop_forever.gguf",
                 "template-megabytes.gguf"):
        assert name in names, name
    assert {c.kind for c in corpus} == {"document", "model", "template"}


def test_every_case_through_every_core_door(corpus):
    for evil in EVIL:
        evil.unlink(missing_ok=True)
    problems, worst = [], (0.0, "")
    for case in corpus:
        for door in case.doors:
            out = run_door(door, case.path)
            if problem := out.problem(case.expect):
                problems.append(f"{case.name} via {door}: {problem}")
            if out.seconds > CASE_SECONDS:
                problems.append(f"{case.name} via {door}: took {out.seconds:.1f} s")
            worst = max(worst, (out.seconds, f"{case.name} via {door}"))
    assert not problems, "\n".join(problems)
    assert not any(e.exists() for e in EVIL), "a zip member was written outside its folder"
    print(f"slowest: {worst[1]} in {worst[0]:.2f} s")


def test_the_two_named_failures_now_say_what_to_do(corpus):
    names = _by_name(corpus)
    out = run_door("docs", names["content-types-broken.docx"].path)
    assert out.result == "refused" and "Word file" in out.message, out
    for ext in ("docx", "epub", "odt"):
        for case in (f"bomb-3gb.{ext}", f"bomb-many.{ext}", f"bomb-lying.{ext}"):
            out = run_door("docs", names[case].path)
            assert out.result == "refused" and out.seconds < 5, (case, out)
    out = run_door("translate", names["bomb-3gb.docx"].path)
    assert out.result == "refused" and "zip bomb" in out.message


def test_a_broken_part_is_said_in_a_sentence(corpus):
    """'drm.epub: is DRM-protected' and 'bad-xml.docx is a damaged Word file
    (XMLSyntaxError)' were what `hearth docs add` listed."""
    names = _by_name(corpus)
    out = run_door("docs", names["drm.epub"].path)
    assert out.message.startswith("drm.epub is DRM-protected (encrypted). "), out
    out = run_door("docs", names["bad-xml.odt"].path)
    assert out.message.startswith("bad-xml.odt is damaged (content.xml: "), out
    for case in ("bad-xml.docx", "laughs.docx"):
        out = run_door("docs", names[case].path)
        assert out.message.startswith(f"{case} is a damaged Word file (") and \
            "Error" not in out.message and "<string>" not in out.message, out


@pytest.mark.parametrize("name", ["escape", "escape_globals", "loop_forever", "megabytes",
                                  "syntax_error", "recursion", "undefined"])
def test_a_hostile_chat_template_falls_back_to_chatml_in_time(name):
    import time

    from app.core.llm.templates import ChatTemplate
    from tests.corpus.doors import MESSAGES
    from tests.corpus.generate import TEMPLATES

    template = ChatTemplate(TEMPLATES[name], "<s>", "</s>")
    start = time.perf_counter()
    text = template.render(MESSAGES)
    assert time.perf_counter() - start < 5
    assert template.is_fallback and template.fallback_reason
    assert text.startswith("<|im_start|>system\nBe brief.") and "hi there" in text
    assert "subclasses" not in text and "__globals__" not in text


def test_a_template_that_refuses_these_messages_is_asked_again_next_turn():
    from app.core.llm.templates import ChatTemplate
    from tests.corpus.doors import MESSAGES

    source = ("{% if messages[0]['role'] == 'system' %}{{ raise_exception('no system') }}"
              "{% endif %}{% for m in messages %}[{{ m['content'] }}]{% endfor %}")
    template = ChatTemplate(source, None, None)
    assert "<|im_start|>" in template.render(MESSAGES)
    assert template.render(MESSAGES[1:]) == "[hi there]"


def _cli_ok(proc) -> str:
    """A CLI run that refused its input: one line on stderr that says what to do."""
    err = proc.stderr.strip()
    assert proc.returncode != 0 and err.startswith("error: "), (proc.returncode, err)
    assert not RAW.search(err), err
    return err


@pytest.mark.slow
def test_real_cli_processes_refuse_a_subset_clearly(corpus, tmp_path, hearth_home):
    names = _by_name(corpus)
    docs, models = names["empty.docx"].path.parent, names["empty.gguf"].path.parent
    for case in ("content-types-broken.docx", "bomb-3gb.docx", "binary.txt"):
        err = _cli_ok(run_cli("summarize", str(docs / case), home=hearth_home, timeout=120))
        assert case in err
    err = _cli_ok(run_cli("translate", str(docs / "bomb-3gb.docx"), "--to", "fr",
                          home=hearth_home, timeout=120))
    assert "zip bomb" in err
    for case in ("tensors-2e60.gguf", "truncated-60.gguf", "wrong-magic.gguf"):
        _cli_ok(run_cli("models", "import", str(models / case), home=hearth_home))
        _cli_ok(run_cli("chat", "--model", str(models / case), "hi", home=hearth_home))


@pytest.mark.slow
def test_docs_add_of_the_whole_corpus_lists_every_refusal(tmp_path, hearth_home):
    cases = build(tmp_path / "light", heavy=False)
    docs = tmp_path / "light" / "docs"
    proc = run_cli("docs", "add", "corpus", str(docs), "--json", home=hearth_home, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    for case in cases:
        if case.kind != "document" or not case.path.is_file() or case.path.is_symlink():
            continue
        if case.expect == "refused":
            assert case.name in skipped, case.name
        if case.name in skipped:
            assert not RAW.search(skipped[case.name]), (case.name, skipped[case.name])


@pytest.mark.slow
def test_a_file_the_user_may_not_read():
    """Root reads anything, so the case runs as `nobody` (skipped where that is not possible)."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    from tests.conftest import ROOT

    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run as another user")
    tmp_path = Path(tempfile.mkdtemp(prefix="hearth-unreadable-"))  # pytest's is root-only
    request_cleanup = tmp_path
    folder = tmp_path / "private"
    folder.mkdir()
    secret = folder / "secret.txt"
    secret.write_text("not yours")
    secret.chmod(0)
    home = tmp_path / "home"
    home.mkdir()
    for p in (tmp_path, folder, home):
        p.chmod(0o777)
    proc = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
         "app", "docs", "add", "private", str(folder), "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env=dict(os.environ, HEARTH_HOME=str(home)))
    shutil.rmtree(request_cleanup, ignore_errors=True)
    if "Permission denied" in proc.stderr and "python" in proc.stderr.lower():
        pytest.skip(f"nobody cannot run this Python: {proc.stderr[-200:]}")
    assert proc.returncode == 0, proc.stderr[-1000:]
    [skipped] = json.loads(proc.stdout)["skipped"]
    assert "permission denied" in skipped["reason"] and not RAW.search(skipped["reason"])


@pytest.mark.slow
def test_a_gguf_llama_cpp_refuses_is_said_in_whole_sentences(corpus, hearth_home):
    """A header Hearth accepts but llama.cpp does not load (a 352-byte model): the
    reason and the hint ran together ('could not be loaded The model may ...')."""
    from app.core.errors import HearthError
    from app.core.llm.engine import Engine, LoadOptions

    path = _by_name(corpus)["template-escape.gguf"].path
    with pytest.raises(HearthError) as info:
        Engine(path, "tiny", LoadOptions(n_ctx=256))
    message = str(info.value.message)
    assert message.startswith("llama.cpp could not load template-escape.gguf: ")
    assert message.endswith("."), message
