"""The window's stylesheet. Colours come from the palette, so it suits every theme."""

STYLESHEET = """
QListWidget#nav {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    padding-top: 8px;
    font-weight: 600;
}
QListWidget#nav::item { padding: 10px 12px; border-radius: 6px; margin: 2px 6px; }
QListWidget#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QScrollArea#messageList, QWidget#messageListInner { background: palette(base); }
QFrame#userMessage {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
}
QFrame#assistantMessage { background: palette(base); border: none; }
QLabel#who { font-weight: 600; }
QLabel#status { color: #c64600; font-style: italic; }
QLabel#stats, QLabel#contextLabel, QLabel#editNote { color: palette(placeholder-text); }
QLabel#emptyState { color: palette(placeholder-text); padding: 40px; }
QFrame#composer { border-top: 1px solid palette(mid); }
"""
