"""The window people enjoy: icons on the page list, a first-run welcome with three
starter actions that do what they say."""

from app.ui.main_window import PAGES


def test_page_list_has_an_icon_for_every_page(window):
    for row in range(len(PAGES)):
        assert not window.nav.item(row).icon().isNull(), PAGES[row][0]


def test_welcome_offers_three_starters_that_work(qtbot, window):
    chat = window.chat
    starters = chat.messages.starters
    assert starters.isVisible()
    from PySide6.QtWidgets import QPushButton

    buttons = {b.objectName(): b for b in starters.findChildren(QPushButton)}
    assert set(buttons) == {"starter-chat", "starter-documents", "starter-models"}
    buttons["starter-chat"].click()
    assert chat.composer.text() and chat.composer.edit.hasFocus()
    buttons["starter-documents"].click()
    assert window.stack.currentWidget() is window.pages["Documents"]
    window.show_page(0)
    buttons["starter-models"].click()
    assert window.stack.currentWidget() is window.pages["Models"]
    window.show_page(0)


def test_model_picker_shows_the_whole_name_in_a_narrow_window(qtbot, window):
    picker = window.chat.picker
    window.resize(760, 520)
    qtbot.wait(50)
    model_id = picker.current_id()
    assert model_id
    assert picker.width() >= picker.fontMetrics().horizontalAdvance(model_id) + 30
    assert picker.view().minimumWidth() >= picker.fontMetrics().horizontalAdvance(
        picker.currentText())
