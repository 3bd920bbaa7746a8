"""The message list on its own: it never grows wider than the window, and its
height follows its messages (not their labels' minimum sizes)."""

from app.core.store.history import Message
from app.ui.message_list import MessageList


def test_long_headers_and_code_never_widen_the_list(qtbot):
    ml = MessageList()
    qtbot.addWidget(ml)
    ml.resize(420, 400)
    ml.show()
    reply = Message(2, 1, "assistant", "```python\n" + "x = 1  # " + "y" * 200 + "\n```",
                    0.0, status="stopped", model="a-model-with-a-rather-long-name-q4_k_m",
                    completion_tokens=124, tokens_per_s=11.4, ttft_s=0.13)
    ml.set_messages([Message(1, 1, "user", "hi", 0.0), reply])
    qtbot.wait(50)
    assert ml.widget().width() <= ml.viewport().width()


def test_list_height_is_the_height_of_its_messages(qtbot):
    ml = MessageList()
    qtbot.addWidget(ml)
    ml.resize(700, 300)
    ml.show()
    text = "word " * 80
    ml.set_messages([Message(i, 1, "user" if i % 2 == 0 else "assistant", text, 0.0)
                     for i in range(6)])
    qtbot.wait(50)
    widgets = ml.widgets()
    content = widgets[-1].geometry().bottom() - widgets[0].geometry().top()
    # margins and spacing only: no blank space inflated by labels' minimum sizes
    assert ml.widget().height() - content < 80
