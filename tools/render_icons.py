"""Render resources/icons/reception.svg to the PNG sizes and the Windows .ico.

    python tools/render_icons.py

Run after changing the SVG and commit the results: the build (packaging/reception.spec)
and the installer use them as they are. Qt draws the PNGs; Pillow (already installed
with reportlab) writes the .ico with every size in it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(FOLDER / "reception.svg"))
    if not renderer.isValid():
        print("reception.svg kunne ikke læses", file=sys.stderr)
        return 1
    written = []
    for size in SIZES:
        path = FOLDER / f"reception-{size}.png"
        if not render(size, renderer).save(str(path)):
            print(f"{path} kunne ikke gemmes", file=sys.stderr)
            return 1
        written.append(path)
    from PIL import Image

    largest = Image.open(written[-1])
    largest.save(FOLDER / "reception.ico", sizes=[(s, s) for s in SIZES])
    print(f"{len(written)} PNG-filer og reception.ico i {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
