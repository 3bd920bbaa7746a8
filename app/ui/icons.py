"""The application icon: resources/hearth.svg, drawn by hand when it is missing."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QLinearGradient, QPainter, QPainterPath, QPixmap

from app.core.config import REPO_ROOT

ICON_SVG = REPO_ROOT / "resources" / "hearth.svg"
ICON_PNG = REPO_ROOT / "resources" / "hearth.png"


def _painted(size: int = 256) -> QPixmap:
    """A flame on a rounded square: used when no icon file ships (e.g. a bare wheel)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2c2038"))
    p.drawRoundedRect(8 * s, 8 * s, 240 * s, 240 * s, 52 * s, 52 * s)
    grad = QLinearGradient(QPointF(0, 208 * s), QPointF(0, 40 * s))
    grad.setColorAt(0, QColor("#e8470c"))
    grad.setColorAt(1, QColor("#ffd45c"))
    path = QPainterPath(QPointF(128 * s, 40 * s))
    path.cubicTo(150 * s, 82 * s, 186 * s, 102 * s, 186 * s, 150 * s)
    path.cubicTo(186 * s, 184 * s, 160 * s, 208 * s, 128 * s, 208 * s)
    path.cubicTo(96 * s, 208 * s, 70 * s, 184 * s, 70 * s, 150 * s)
    path.cubicTo(70 * s, 110 * s, 110 * s, 90 * s, 128 * s, 40 * s)
    p.fillPath(path, QBrush(grad))
    p.end()
    return pix


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    for path in (ICON_SVG, ICON_PNG):
        if path.exists():
            icon = QIcon(str(path))
            if not icon.pixmap(64, 64).isNull():  # the SVG plugin may be missing
                return icon
    return QIcon(_painted())


def page_icon(title: str) -> QIcon:
    """An icon from resources/icons/<title>.svg (the pages, the paperclip); a null icon
    without the SVG plugin, and the widget shows its text alone."""
    path = REPO_ROOT / "resources" / "icons" / f"{title.lower()}.svg"
    if not path.exists():
        return QIcon()
    # drawn at 48 px, grey, and white for the selected page's accent colour (where the
    # grey stroke would vanish)
    svg = path.read_bytes().replace(b'width="24" height="24"', b'width="48" height="48"')
    icon = QIcon()
    for mode, data in ((QIcon.Mode.Normal, svg),
                       (QIcon.Mode.Selected, svg.replace(b"#8a8a94", b"#ffffff"))):
        pix = QPixmap()
        if not pix.loadFromData(data, "SVG"):
            return QIcon()  # no SVG plugin: the widget shows its text alone
        icon.addPixmap(pix, mode)
    return icon
