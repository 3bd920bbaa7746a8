"""`hearth summarize` and `hearth translate` through a real subprocess and the real model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, run_cli

pytestmark = [pytest.mark.usefixtures("chat_model_path"), pytest.mark.slow]
KEYS = ("output_path", "chunks", "failed_chunks", "seconds", "source_language")

GUIDE = """\
# Garden guide

Plant the tomatoes in spring, when the nights are warm again.

- Water them every morning.
- Remove the yellow leaves.

```sh
garden --water all
```
"""


def test_translate_json_writes_next_to_the_source(hearth_home, tmp_path):
    src = tmp_path / "guide.md"
    src.write_text(GUIDE)
    out = run_cli("translate", str(src), "--to", "fr", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert all(k in data for k in KEYS)
    assert data["output_path"] == str(tmp_path / "guide.fr.md")
    assert data["chunks"] == 4 and isinstance(data["failed_chunks"], list)
    assert data["source_language"] == "English" and data["seconds"] > 0
    result = (tmp_path / "guide.fr.md").read_text()
    assert result.endswith("```sh\ngarden --water all\n```\n") and result.startswith("# ")
    assert "4/4 chunks" in out.stderr  # progress went to stderr


def test_summarize_to_a_chosen_output(hearth_home, tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text("The village council met on Monday. They agreed to repair the old bridge "
                   "before winter and to plant trees along the river. The cost will be shared "
                   "by the towns on both banks. Work starts in September.\n")
    target = tmp_path / "out" / "short.md"
    out = run_cli("summarize", str(src), "-o", str(target), "--length", "short", "--json",
                  home=hearth_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert all(k in data for k in KEYS) and data["output_path"] == str(target)
    text = target.read_text()
    assert text.startswith("# Summary: notes") and len(text.split()) > 5
    human = run_cli("summarize", str(src), "--length", "short", home=hearth_home)
    assert human.returncode == 0 and "notes.summary.md" in human.stdout


def test_a_chinese_file_is_summarized_under_chinese_labels(hearth_home, tmp_path):
    src = tmp_path / "tea.md"
    src.write_text((ROOT / "tests/corpus/zh/tea.md").read_text(encoding="utf-8"),
                   encoding="utf-8")
    out = run_cli("summarize", str(src), "--length", "short", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["source_language"] == "Chinese" and data["summary_language"] == "Chinese"
    assert data["model_calls"] >= 2  # its sections were summarized, not quoted
    text = (tmp_path / "tea.summary.md").read_text(encoding="utf-8")
    assert text.startswith("# 摘要：家庭泡茶指南\n")  # the tiny model's Chinese is not judged
    assert "## 绿茶的冲泡" in text and "# Summary" not in text


def test_summarize_in_a_chosen_language(hearth_home, tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text("The village council met on Monday. They agreed to repair the old bridge "
                   "before winter and to plant trees along the river.\n")
    out = run_cli("summarize", str(src), "--language", "French", "--length", "5",
                  home=hearth_home)
    assert out.returncode == 0, out.stderr
    assert "summary in French" in out.stdout
    assert (tmp_path / "notes.summary.md").read_text().startswith("# Résumé : notes")


@pytest.mark.parametrize("args, message", [
    (["summarize", "{tmp}/missing.md"], "does not exist"),
    (["translate", "{tmp}/doc.xlsx", "--to", "fr"], ".md, .txt, .html and .docx"),
    (["translate", "{tmp}/doc.pdf", "--to", "fr"], "not a readable PDF"),
    (["summarize", "{tmp}/doc.md", "--length", "huge"], "Use short, medium, long"),
    (["translate", "{tmp}/doc.md", "--to", "  "], "No target language"),
])
def test_bad_input_fails_with_one_actionable_line(hearth_home, tmp_path, args, message):
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")  # PDFs are read as text: not this one
    (tmp_path / "doc.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "doc.md").write_text("# Doc\n\nText.\n")
    out = run_cli(*[a.format(tmp=tmp_path) for a in args], home=hearth_home)
    assert out.returncode == 1
    assert out.stderr.startswith("error: ") and message in out.stderr
    assert "Traceback" not in out.stderr


def test_killed_translation_resumes_from_finished_chunks(hearth_home, tmp_path):
    src = tmp_path / "list.md"
    src.write_text("# Shopping\n\n" + "\n".join(
        f"- Buy {n} fresh apples at the market." for n in
        ("two", "three", "four", "five", "six", "seven")) + "\n")
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))
    proc = subprocess.Popen([sys.executable, "-m", "app", "translate", str(src), "--to", "de"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 240
    seen = ""
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        seen += line
        if "2/7 chunks" in line or "3/7 chunks" in line:
            break
        if not line and proc.poll() is not None:
            break
    proc.send_signal(signal.SIGKILL)  # a crash: no chance to clean up
    proc.wait(30)
    assert "2/7 chunks" in seen or "3/7 chunks" in seen, seen
    out = run_cli("translate", str(src), "--to", "de", "--json", home=hearth_home)
    assert out.returncode == 0, out.stderr
    assert "note: resuming job 1" in out.stderr
    data = json.loads(out.stdout)
    assert data["resumed_parts"] >= 2 and data["model_calls"] <= 7 - data["resumed_parts"] + 2
    assert data["chunks"] == 7 and (tmp_path / "list.de.md").exists()


def test_an_output_folder_gets_the_file_under_its_usual_name(hearth_home, tmp_path):
    """`-o FOLDER` (as `hearth backup -o FOLDER` takes one) failed with 'Cannot write
    FOLDER: Is a directory. Free some disk space...'."""
    src = tmp_path / "guide.md"
    src.write_text(GUIDE)
    folder = tmp_path / "out"
    folder.mkdir()
    for args, name in ((["summarize", str(src), "--length", "short"], "guide.summary.md"),
                       (["translate", str(src), "--to", "fr"], "guide.fr.md")):
        out = run_cli(*args, "-o", str(folder), "--json", home=hearth_home)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["output_path"] == str(folder / name)
        assert (folder / name).read_text().startswith("# ")
