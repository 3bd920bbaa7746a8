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


def test_model_picker_shows_name_size_and_device_at_the_default_width(qtbot, qapp, core,
                                                                     opener):
    """At the window's default 1100 px with the default 11 pt text, English showed
    'smollm2-135m-instruct  ·  9' and cut the size and device: what the closed picker
    draws must fit its field and keep both, shortening the name's middle if need be."""
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from app.core.units import human_bytes
    from app.ui import theme

    saved_font, saved_palette = QFont(qapp.font()), QPalette(qapp.palette())
    try:
        # themed before the window is built, as at launch (create_window)
        theme.apply(qapp, core.settings.get("theme"), core.settings.get("font_size"))
        window = opener.window(core)
        window.resize(1100, 720)
        qtbot.wait(50)
        picker = window.chat.picker
        model_id = picker.current_id()
        entry = next(e for e in window.chat.entries if e.id == model_id)
        device = picker.currentText().rsplit("·", 1)[1].strip()
        opt = QStyleOptionComboBox()
        picker.initStyleOption(opt)  # what paintEvent draws
        field = picker.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                              QStyle.SubControl.SC_ComboBoxEditField, picker)
        shown = opt.currentText
        assert picker.fontMetrics().horizontalAdvance(shown) <= field.width(), shown
        assert human_bytes(entry.size) in shown and shown.endswith(device), shown
        name = shown.split("·")[0].strip()
        assert name == model_id or (name[:4] == model_id[:4] and "…" in name), shown
    finally:
        theme.apply(qapp, "system")
        qapp.setPalette(saved_palette)
        qapp.setFont(saved_font)
