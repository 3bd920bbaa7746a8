"""A file attached with the paperclip (or a drop) goes with the next message: the real
model answers with it in the prompt, and the message shows the file."""

from tests.ui.conftest import wait_idle
from tests.ui.test_chat import send, stored


def test_attached_file_goes_with_the_message_and_shows_on_it(qtbot, window, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("The boat is called Marigold.")
    chat = window.chat
    chat.composer.set_attached([str(note)])
    assert chat.composer.attach_note.isVisible()
    send(qtbot, window, "What is the boat called?")
    assert not chat.composer.attached  # sent with this message only
    wait_idle(qtbot, window)
    question = stored(window)[0]
    assert question.attachments[0]["name"] == "note.txt"
    assert question.attachments[0]["mode"] == "inline"
    assert "note.txt (whole)" in chat.messages.widgets()[0]._who.text()
    assert "Marigold" in question.prompt_content()
