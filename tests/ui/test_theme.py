"""The app's own light and dark palettes: a disabled button must look disabled."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from app.ui import theme


@pytest.mark.parametrize("name", ["light", "dark"])
def test_disabled_text_is_greyed_in_both_themes(qapp, name):
    """The light palette painted disabled text as dark as enabled text, so the
    Documents page's idle Pause and Cancel looked pressable."""
    saved = QPalette(qapp.palette())
    try:
        theme.apply(qapp, name)
        p = qapp.palette()
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.WindowText):
            active = p.color(QPalette.ColorGroup.Active, role)
            disabled = p.color(QPalette.ColorGroup.Disabled, role)
            background = p.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Button)
            # between the text and the background: clearly apart from both
            assert abs(disabled.lightness() - active.lightness()) >= 60, (name, role)
            assert abs(disabled.lightness() - background.lightness()) >= 40, (name, role)
    finally:
        theme.apply(qapp, "system")
        qapp.setPalette(saved)
