"""The front door to the PDF renderer that imports reportlab only on first use.

``import reportlab.platypus`` costs ≈ 115 ms, so nothing imports it at app start;
the first call here does (and registers the fonts), later calls reuse the renderer.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reception.sheets.model import EnvelopeWindow, SheetData

if TYPE_CHECKING:
    from reception.pdf.sheet import InformationSheetRenderer

_lock = threading.Lock()
_renderers: dict[EnvelopeWindow, InformationSheetRenderer] = {}


def renderer(window: EnvelopeWindow | None = None) -> InformationSheetRenderer:
    """The shared renderer for ``window`` (default: the standard C5/C65 window)."""
    window = window or EnvelopeWindow()
    with _lock:
        if window not in _renderers:
            from reception.pdf.sheet import InformationSheetRenderer  # lazy: reportlab

            _renderers[window] = InformationSheetRenderer(window)
        return _renderers[window]


def render_sheet(data: SheetData, window: EnvelopeWindow | None = None) -> bytes:
    return renderer(window).generate(data)


def render_batch(sheets: Sequence[SheetData], window: EnvelopeWindow | None = None) -> bytes:
    return renderer(window).generate_batch(sheets)


def render_calibration(window: EnvelopeWindow | None = None) -> bytes:
    return renderer(window).calibration_page(window)
