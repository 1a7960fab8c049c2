"""The program's icon (window, taskbar), drawn as ``resources/icons/reception.svg``.

The PNG sizes next to it are rendered from the SVG by ``tools/render_icons.py``;
QIcon picks the sharpest for each size, and the SVG serves the rest.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from reception.paths import resources_dir

ICON_NAME = "reception"


@cache
def app_icon() -> QIcon:
    folder = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(folder.glob(f"{ICON_NAME}-*.png")):
        icon.addFile(str(png))
    icon.addFile(str(folder / f"{ICON_NAME}.svg"))
    return icon
