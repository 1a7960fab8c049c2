"""The information sheet as an A4 letter: ``InformationSheetRenderer().generate(data)``.

Knows nothing of Qt or the database: plain :class:`SheetData` in, PDF bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import Flowable

from reception.pdf import calibration, letter
from reception.pdf.body import BodyBuilder
from reception.pdf.canvas import NumberedCanvas
from reception.pdf.fonts import register_fonts
from reception.pdf.styles import stylesheet
from reception.sheets.model import EnvelopeWindow, SheetData

CREATOR = "Guldklinikken Reception"


class InformationSheetRenderer:
    """Renders sheets; construct once and reuse (fonts and styles are set up here)."""

    page_size = A4
    margin_left_mm = 25.0  # lines up with the address text in the window
    margin_right_mm = 20.0
    margin_top_mm = 15.0  # letterhead on the first page, text on later pages
    margin_bottom_mm = 24.0  # the text stops here; the footer sits below
    footer_baseline_mm = 12.0
    letterhead_width_mm = 80.0
    logo_max_mm = (50.0, 18.0)  # width, height
    gap_below_head_mm = 8.0  # between the window (or letterhead) and the text
    page_number_width_mm = 24.0

    def __init__(self, window: EnvelopeWindow | None = None) -> None:
        self.window = window or EnvelopeWindow()
        self.fonts = register_fonts()
        self.styles = stylesheet(self.fonts)
        self.width, self.height = self.page_size
        self.left = self.margin_left_mm * mm
        self.right = self.width - self.margin_right_mm * mm

    # -- public -------------------------------------------------------------------------

    def generate(self, data: SheetData) -> bytes:
        """One letter (or the plain sheet) as a PDF."""
        return self._build([data])

    def generate_batch(self, sheets: Sequence[SheetData]) -> bytes:
        """Many letters in one PDF to print in one go; each letter numbers its own pages."""
        if not sheets:
            raise ValueError("Der er ingen informationsark at samle.")
        return self._build(list(sheets))

    def calibration_page(self, window: EnvelopeWindow | None = None) -> bytes:
        """A page with the window's rectangle and its distances, to hold against an envelope."""
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=self.page_size, initialFontName=self.fonts.regular,
                        initialFontSize=10)
        canvas.setTitle("Kalibrering af rudekuvert")
        canvas.setAuthor(CREATOR)
        canvas.setCreator(CREATOR)
        calibration.draw(canvas, window or self.window, self.styles, self.fonts)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    # -- building -----------------------------------------------------------------------

    def _build(self, sheets: list[SheetData]) -> bytes:
        buffer = io.BytesIO()
        first = sheets[0]
        doc = BaseDocTemplate(
            buffer, pagesize=self.page_size,
            leftMargin=self.left, rightMargin=self.margin_right_mm * mm,
            topMargin=self.margin_top_mm * mm, bottomMargin=self.margin_bottom_mm * mm,
            title=first.title if len(sheets) == 1 else f"{len(sheets)} informationsark",
            author=first.letterhead.clinic_name, subject="Informationsark", creator=CREATOR,
            lang="da-DK", initialFontName=self.fonts.regular, initialFontSize=10,
        )
        body = BodyBuilder(self.styles, self.fonts, self.right - self.left)
        story: list[Flowable] = []
        templates: list[PageTemplate] = []
        for index, sheet in enumerate(sheets):
            templates += self._templates(index, sheet)
            if index:
                story += [NextPageTemplate(f"first-{index}"), PageBreak()]
            story += body.story(sheet)
        doc.addPageTemplates(templates)
        number_at = (self.right, self.footer_baseline_mm * mm)
        doc.build(story, canvasmaker=partial(NumberedCanvas, number_at=number_at,
                                             number_font=(self.fonts.regular, 8)))
        return buffer.getvalue()

    def _templates(self, index: int, sheet: SheetData) -> list[PageTemplate]:
        head = letter.LetterheadBlock(sheet.letterhead, self.styles, self.fonts,
                                      self.letterhead_width_mm * mm,
                                      (self.logo_max_mm[0] * mm, self.logo_max_mm[1] * mm))
        head_bottom = self.height - self.margin_top_mm * mm - head.height
        if sheet.recipient is not None:
            head_bottom = min(head_bottom, letter.window_box(self.window, self.height).y)
        bottom = self.margin_bottom_mm * mm
        first_top = max(head_bottom - self.gap_below_head_mm * mm, bottom + 60 * mm)
        later_top = self.height - self.margin_top_mm * mm
        width = self.right - self.left

        def frame(top: float) -> Frame:
            return Frame(self.left, bottom, width, top - bottom, leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)

        return [
            PageTemplate(id=f"first-{index}", frames=[frame(first_top)],
                         onPage=partial(self._first_page, index, sheet, head),
                         autoNextPageTemplate=f"later-{index}"),
            PageTemplate(id=f"later-{index}", frames=[frame(later_top)],
                         onPage=partial(self._later_page, sheet)),
        ]

    def _first_page(self, index: int, sheet: SheetData, head: letter.LetterheadBlock,
                    canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.letter = index  # type: ignore[attr-defined]  # NumberedCanvas groups pages
        head.draw(canvas, self.right, self.height - self.margin_top_mm * mm)
        if sheet.recipient is not None:
            box = letter.window_box(self.window, self.height)
            letter.draw_address(canvas, sheet.recipient, sheet.letterhead, box, self.styles,
                                self.fonts)
            letter.draw_fold_marks(canvas, self.height)
        self._later_page(sheet, canvas, doc)

    def _later_page(self, sheet: SheetData, canvas: Canvas, doc: BaseDocTemplate) -> None:
        letter.draw_footer(canvas, sheet.letterhead, self.fonts, self.left, self.right,
                           self.footer_baseline_mm * mm, self.page_number_width_mm * mm)
