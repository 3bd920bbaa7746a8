"""Render the app icon (resources/hearth.svg) for each platform's installer, with Qt only.

    QT_QPA_PLATFORM=offscreen python icons.py hicolor SVG OUT/usr/share/icons/hicolor
    QT_QPA_PLATFORM=offscreen python icons.py ico SVG OUT/hearth.ico        (Windows)
    QT_QPA_PLATFORM=offscreen python icons.py iconset SVG OUT/Hearth.iconset (macOS:
        then `iconutil -c icns OUT/Hearth.iconset`)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def save(image: QImage, path: Path, fmt: str | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), fmt):
        raise SystemExit(f"icons.py: cannot write {path}")


def main(kind: str, svg: Path, out: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons.py: cannot read {svg}")
    if kind == "hicolor":
        for size in HICOLOR_SIZES:
            save(render(renderer, size), out / f"{size}x{size}" / "apps" / "hearth.png")
        (out / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, out / "scalable" / "apps" / "hearth.svg")
    elif kind == "ico":
        save(render(renderer, 256), out, "ICO")  # Qt's ico writer (imageformats plugin)
    elif kind == "iconset":
        for size in (16, 32, 128, 256, 512):
            save(render(renderer, size), out / f"icon_{size}x{size}.png")
            save(render(renderer, size * 2), out / f"icon_{size}x{size}@2x.png")
    else:
        raise SystemExit(f"icons.py: unknown kind {kind!r} (hicolor, ico, iconset)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
