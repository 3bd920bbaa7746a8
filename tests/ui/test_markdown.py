"""Markdown rendering for messages: structure, highlighting, copy links, no raw HTML."""

from PySide6.QtGui import QGuiApplication

from app.core.store.history import Message
from app.ui.markdown_render import COPY_SCHEME, render
from app.ui.message_list import MessageWidget

SAMPLE = """# Title

Some *emphasis* and `inline code`.

- one
- two

| a | b |
|---|---|
| 1 | 2 |

```python
def add(a, b):
    return a + b
```
"""


def test_structure_and_highlighting():
    out = render(SAMPLE)
    assert "<h1>Title</h1>" in out.html
    assert "<li>one</li>" in out.html
    assert "<table" in out.html and "<td>1</td>" in out.html
    assert "<code" in out.html and "inline code" in out.html
    # pygments inline styles: the keyword `def` is coloured
    assert 'style="color:' in out.html and "def" in out.html
    assert out.code_blocks == ["def add(a, b):\n    return a + b\n"]
    assert f'href="{COPY_SCHEME}:0"' in out.html


def test_dark_palette_changes_code_colours():
    assert render(SAMPLE, dark=True).html != render(SAMPLE, dark=False).html


def test_raw_html_from_a_model_is_escaped():
    out = render("<script>alert(1)</script> <b>bold?</b>")
    assert "<script>" not in out.html and "&lt;script&gt;" in out.html
    assert "<b>" not in out.html


def test_unclosed_fence_while_streaming_still_renders():
    out = render("Here:\n```python\nprint('hi')")
    assert out.code_blocks == ["print('hi')"]


def test_copy_code_link_puts_the_code_on_the_clipboard(qtbot):
    msg = Message(1, 1, "assistant", SAMPLE, 0.0, model="m")
    widget = MessageWidget(msg)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.copied):
        widget.body.linkActivated.emit(f"{COPY_SCHEME}:0")
    assert QGuiApplication.clipboard().text() == "def add(a, b):\n    return a + b\n"
    with qtbot.waitSignal(widget.copied):
        widget._copy.click()
    assert QGuiApplication.clipboard().text() == SAMPLE
