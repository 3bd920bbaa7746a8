"""Light, dark or the system's look, and the font size, applied app-wide."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
_system_palette: QPalette | None = None
_system_style: str | None = None


def _dark_palette() -> QPalette:
    p = QPalette()
    role, c = QPalette.ColorRole, QColor
    colors = {
        role.Window: c(37, 38, 43), role.WindowText: c(230, 230, 235),
        role.Base: c(28, 29, 33), role.AlternateBase: c(45, 46, 52),
        role.ToolTipBase: c(50, 51, 58), role.ToolTipText: c(235, 235, 240),
        role.Text: c(230, 230, 235), role.Button: c(48, 49, 56),
        role.ButtonText: c(230, 230, 235), role.BrightText: c(255, 80, 80),
        role.Highlight: c(53, 132, 228), role.HighlightedText: c(255, 255, 255),
        role.Link: c(120, 174, 237), role.PlaceholderText: c(140, 140, 150),
        role.Mid: c(70, 71, 80), role.Dark: c(22, 22, 26), role.Light: c(70, 72, 80),
    }
    for r, color in colors.items():
        p.setColor(r, color)
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, r, c(120, 120, 128))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    role, c = QPalette.ColorRole, QColor
    colors = {
        role.Window: c(246, 246, 248), role.WindowText: c(28, 28, 32),
        role.Base: c(255, 255, 255), role.AlternateBase: c(240, 240, 244),
        role.Text: c(28, 28, 32), role.Button: c(236, 236, 240),
        role.ButtonText: c(28, 28, 32), role.Highlight: c(53, 132, 228),
        role.HighlightedText: c(255, 255, 255), role.Link: c(26, 95, 180),
        role.PlaceholderText: c(130, 130, 140),
    }
    for r, color in colors.items():
        p.setColor(r, color)
    # setColor(role) paints every group, the disabled one too: greyed-out text must differ
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, r, c(150, 150, 158))
    return p


def apply(app: QApplication, theme: str = "system", font_size: int = 0) -> None:
    """Switch the look; 'system' restores the platform's own palette and style."""
    global _system_palette, _system_style
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    if theme == "dark":
        app.setStyle("Fusion")  # untranslated
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")  # untranslated
        app.setPalette(_light_palette())
    else:
        if _system_style:
            app.setStyle(_system_style)
        app.setPalette(_system_palette)
    if font_size:
        font = QFont(app.font())
        font.setPointSize(int(font_size))
        app.setFont(font)


def is_dark() -> bool:
    """Whether the current palette is dark (Markdown colours follow it)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
