"""The fonts every sheet uses: DejaVu Sans from ``resources/fonts``, registered once.

Only the shipped TTF files are read, never the system's font folders, so a sheet
looks the same on every PC. Both faces are embedded (as subsets) in every PDF.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reception.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = REGULAR
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    coverage: dict[str, frozenset[int]]  # font name → code points it has a glyph for


_lock = threading.Lock()
_fonts: Fonts | None = None


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> Fonts:
    """Register the shipped faces with reportlab (first call only) and return their names."""
    global _fonts
    with _lock:
        if _fonts is None:
            coverage: dict[str, frozenset[int]] = {}
            for name, filename in _FILES.items():
                font = TTFont(name, str(fonts_dir() / filename))
                pdfmetrics.registerFont(font)
                coverage[name] = frozenset(font.face.charToGlyph)
            # <b> and <i> in paragraph markup must stay inside the family (no Helvetica).
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, REGULAR)
            addMapping(FAMILY, 1, 1, BOLD)
            _fonts = Fonts(REGULAR, BOLD, coverage)
        return _fonts
