"""A canvas that writes "Side x af y" once the page count is known.

Pages are grouped by ``letter``, which the page templates set at the start of each
letter's first page, so a batch of letters in one PDF numbers each letter from 1.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas


class NumberedCanvas(Canvas):
    """Holds every page back until ``save()``, then stamps the page numbers on each."""

    page_label = "Side {page} af {count}"

    def __init__(self, *args: Any, number_at: tuple[float, float] = (0.0, 0.0),
                 number_font: tuple[str, float] = ("", 8.0), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.letter = 0
        self._number_at = number_at  # right end of the label, in points from bottom-left
        self._number_font = number_font
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        counts: dict[int, int] = {}
        for state in self._pages:
            counts[state["letter"]] = counts.get(state["letter"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            seen[self.letter] = seen.get(self.letter, 0) + 1
            self._draw_number(seen[self.letter], counts[self.letter])
            super().showPage()
        super().save()

    def _draw_number(self, page: int, count: int) -> None:
        name, size = self._number_font
        self.saveState()
        self.setFont(name or self._fontname, size)
        self.setFillGray(0.35)
        self.drawRightString(*self._number_at, self.page_label.format(page=page, count=count))
        self.restoreState()
