"""Format-keeping readers/writers for translation (no model: a fake 'translation')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.errors import DocumentError
from app.core.tasks.formats import open_format

MARKDOWN = """\
# User guide

Hearth runs `hearth chat` on your computer and keeps
[your data](https://example.com/data "Data") private.

## Install

1. Download the installer.
2. Run it:

   ```sh
   python3 bootstrap.py --no-start
   ```

3. Open the *window*.

- First item
- Second item with a [link][ref]

> A quoted line.

| Name | Value |
| ---- | ----- |
| Speed | Fast |

```python
def greet(name):
    return f"Hello, {name}"  # not translated
```

    indented code stays

Setext title
============

<div>raw html block</div>

[ref]: https://example.org
"""


def upper(doc) -> list[str]:
    """A stand-in translation that keeps markers: upper-case the text between them."""
    return [re.sub(r"[^\[\]0-9]+", lambda m: m.group(0).upper(), s.text) for s in doc.segments]


def code_blocks(text: str) -> list[str]:
    return re.findall(r"```.*?```", text, re.S) + re.findall(r"^    \S.*$", text, re.M)


def structure(text: str):
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    kinds = ("heading_open", "list_item_open", "fence", "code_block", "tr_open", "html_block",
             "blockquote_open", "table_open")
    return [t.type for t in tokens if t.type in kinds]


def test_markdown_keeps_structure_and_code(tmp_path):
    src = tmp_path / "guide.md"
    src.write_text(MARKDOWN)
    doc = open_format(src)
    texts = [s.text for s in doc.segments]
    assert "def greet" not in " ".join(texts) and "bootstrap" not in " ".join(texts)
    assert "raw html" not in " ".join(texts)
    assert any("[1]" in t for t in texts)  # the code span is protected by a marker
    out = tmp_path / "guide.fr.md"
    doc.write(out, upper(doc))
    result = out.read_text()
    assert structure(result) == structure(MARKDOWN)
    assert code_blocks(result) == code_blocks(MARKDOWN)
    assert "`hearth chat`" in result and '(https://example.com/data "Data")' in result
    assert "[LINK][ref]" in result and "[ref]: https://example.org" in result
    assert "# USER GUIDE" in result and "| SPEED | FAST |" in result
    assert "1. DOWNLOAD THE INSTALLER." in result and "SETEXT TITLE\n============" in result


def test_markdown_failed_segment_keeps_original_marked(tmp_path):
    src = tmp_path / "a.md"
    src.write_text("# Title\n\nSome text with `code`.\n")
    doc = open_format(src)
    doc.write(tmp_path / "out.md", [None, None])
    assert (tmp_path / "out.md").read_text() == (
        "# Title <!-- hearth: not translated -->\n\n"
        "Some text with `code`. <!-- hearth: not translated -->\n")


def test_markdown_identity_translation_is_byte_identical(tmp_path):
    text = "# A\n\n- one\n- two `x`\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n"
    src = tmp_path / "id.md"
    src.write_bytes(text.replace("\n", "\r\n").encode())
    doc = open_format(src)
    doc.write(tmp_path / "out.md", [s.text for s in doc.segments])
    assert (tmp_path / "out.md").read_bytes() == src.read_bytes()


def test_text_rewraps_paragraphs_and_keeps_bullets(tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text("A paragraph that was wrapped\nat a narrow width by its\nauthor.\n\n"
                   "- first point\n- second point\n\n    code stays   as is\n")
    doc = open_format(src)
    assert [s.kind for s in doc.segments] == ["paragraph", "item", "item"]
    doc.write(tmp_path / "out.txt", [s.text.upper() for s in doc.segments])
    lines = (tmp_path / "out.txt").read_text().split("\n")
    assert lines[0].startswith("A PARAGRAPH") and max(len(ln) for ln in lines[:3]) <= 28
    assert "- FIRST POINT" in lines and "- SECOND POINT" in lines
    assert "    code stays   as is" in lines


def test_html_keeps_every_tag_and_skips_code(tmp_path):
    page = ('<!DOCTYPE html>\n<html><head><title>My page</title><style>p{color:red}</style>'
            '</head>\n<body><h1>Welcome &amp; hello</h1>\n<p>This is <b>bold</b> and '
            '<a href="https://x.org/a">a link</a>.</p>\n<pre><code>keep(this)</code></pre>\n'
            '<!-- note --><ul><li>First</li></ul></body></html>\n')
    src = tmp_path / "p.html"
    src.write_text(page)
    doc = open_format(src)
    assert [s.text for s in doc.segments] == ["My page", "Welcome & hello", "This is", "bold",
                                              "and", "a link", "First"]
    doc.write(tmp_path / "o.html", [s.text.upper() for s in doc.segments])
    out = (tmp_path / "o.html").read_text()
    tags = re.compile(r"<[^>]+>")
    assert tags.findall(out) == tags.findall(page)
    assert "<h1>WELCOME &amp; HELLO</h1>" in out and "<code>keep(this)</code>" in out
    assert "<b>BOLD</b>" in out


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Annual report", level=1)
    p = d.add_paragraph("This is ")
    p.add_run("very important").bold = True
    p.add_run(" for the team.")
    d.add_paragraph("First point", style="List Bullet")
    d.add_heading("Numbers", level=2)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Revenue"
    table.cell(0, 1).text = "Costs"
    code = d.add_paragraph()
    code.add_run("print('hello')").font.name = "Courier New"
    d.save(str(path))


def test_docx_keeps_paragraphs_styles_and_bold(tmp_path):
    import docx

    src = tmp_path / "r.docx"
    make_docx(src)
    doc = open_format(src)
    assert "print('hello')" not in [s.text for s in doc.segments]
    doc.write(tmp_path / "o.docx", [s.text.upper() for s in doc.segments])
    before, after = docx.Document(str(src)), docx.Document(str(tmp_path / "o.docx"))
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert after.paragraphs[0].text == "ANNUAL REPORT"
    assert [(r.text, r.bold) for r in after.paragraphs[1].runs] == [
        ("THIS IS ", None), ("VERY IMPORTANT", True), (" FOR THE TEAM.", None)]
    assert after.paragraphs[-1].text == "print('hello')"
    assert [c.text for c in after.tables[0].rows[0].cells] == ["REVENUE", "COSTS"]


def test_bad_files_give_clear_errors(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        open_format(tmp_path / "missing.md")
    (tmp_path / "a.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(DocumentError, match=r"\.md, \.txt, \.html and \.docx"):
        open_format(tmp_path / "a.xlsx")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")  # PDFs are read as text: this one cannot be
    with pytest.raises(DocumentError, match="not a readable PDF"):
        open_format(tmp_path / "a.pdf")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match="save it again"):
        open_format(tmp_path / "broken.docx")
    (tmp_path / "empty.md").write_text("  \n")
    with pytest.raises(DocumentError, match="empty"):
        open_format(tmp_path / "empty.md")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(DocumentError, match="binary"):
        open_format(tmp_path / "bin.txt")


def test_a_link_that_leads_nowhere_says_so(tmp_path):
    """A link to itself read as 'does not exist', though the user sees it in the folder."""
    from app.core.errors import DocumentError
    from app.core.queue.kinds.files import summarize_params

    loop = tmp_path / "loop.md"
    loop.symlink_to("loop.md")
    gone = tmp_path / "gone.docx"
    gone.symlink_to(tmp_path / "deleted.docx")
    for path, words in ((loop, "leads back to itself"), (gone, "deleted.docx, which does not")):
        for door in (open_format, summarize_params):
            with pytest.raises(DocumentError) as err:
                door(path)
            assert words in str(err.value), (door, str(err.value))
