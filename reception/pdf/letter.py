"""What the first page of a letter draws outside the text flow: the letterhead at the
top right, the address in the envelope window, fold marks, and the footer on every page.

Positions are in points from the page's bottom-left corner (reportlab's origin);
the envelope window is given from the top-left, as it is measured on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from reception.pdf.fonts import Fonts
from reception.pdf.styles import GREY, RULE
from reception.pdf.text import markup, printable
from reception.sheets.model import EnvelopeWindow, Letterhead, Recipient

WINDOW_PADDING_X = 5 * mm  # address text starts 5 mm inside the window (DIN 5008)
WINDOW_PADDING_Y = 4 * mm
FOLD_MARKS_MM = (105.0, 210.0)  # from the top: folding A4 in three for a C65 envelope
PUNCH_MARK_MM = 148.5
MIN_ADDRESS_SIZE = 7.0


@dataclass(frozen=True)
class Box:
    """A rectangle in points, origin bottom-left."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


def window_box(window: EnvelopeWindow, page_height: float) -> Box:
    return Box(window.left_mm * mm, page_height - window.bottom_mm * mm,
               window.width_mm * mm, window.height_mm * mm)


class LetterheadBlock:
    """The clinic's name and details, right-aligned, with the logo above them if set."""

    def __init__(self, letterhead: Letterhead, styles: dict[str, ParagraphStyle], fonts: Fonts,
                 width: float, logo_max: tuple[float, float]) -> None:
        name_cov = fonts.coverage[styles["letterhead_name"].fontName]
        line_cov = fonts.coverage[styles["letterhead"].fontName]
        self.paragraphs = [Paragraph(markup(letterhead.clinic_name, name_cov),
                                     styles["letterhead_name"])]
        self.paragraphs += [Paragraph(markup(line, line_cov), styles["letterhead"])
                            for line in letterhead.lines()]
        self.width = width
        self.logo, self.logo_size = _load_logo(letterhead.logo, logo_max)
        self.heights = [p.wrap(width, 1000)[1] for p in self.paragraphs]

    @property
    def height(self) -> float:
        logo = self.logo_size[1] + 3 * mm if self.logo else 0.0
        return logo + sum(self.heights)

    def draw(self, canvas: Canvas, right: float, top: float) -> None:
        y = top
        if self.logo is not None:
            w, h = self.logo_size
            canvas.drawImage(self.logo, right - w, y - h, w, h, mask="auto")
            y -= h + 3 * mm
        for paragraph, height in zip(self.paragraphs, self.heights, strict=True):
            y -= height
            paragraph.drawOn(canvas, right - self.width, y)


def _load_logo(path: Path | None, most: tuple[float, float]
               ) -> tuple[ImageReader | None, tuple[float, float]]:
    """The logo scaled to fit ``most`` (width, height); none if the file is missing or broken."""
    try:
        changed = Path(path).stat().st_mtime_ns if path is not None else None
    except OSError:
        changed = None
    if path is None or changed is None:
        return None, (0.0, 0.0)
    image = _read_image(str(path), changed)
    if image is None:
        return None, (0.0, 0.0)
    width, height = image.getSize()
    scale = min(most[0] / width, most[1] / height)
    return image, (width * scale, height * scale)


@lru_cache(maxsize=4)
def _read_image(path: str, changed: int) -> ImageReader | None:
    """Read once per file version, not once per letter of a batch."""
    try:
        image = ImageReader(path)
        width, height = image.getSize()
    except Exception:  # a broken logo file must not stop the letter
        return None
    return image if width > 0 and height > 0 else None


def draw_address(canvas: Canvas, recipient: Recipient, letterhead: Letterhead,
                 box: Box, styles: dict[str, ParagraphStyle], fonts: Fonts) -> None:
    """The return line and the recipient's address, inside the window ``box``."""
    inner_width = box.width - 2 * WINDOW_PADDING_X
    x = box.x + WINDOW_PADDING_X
    top = box.top - WINDOW_PADDING_Y
    sender_parts = [letterhead.clinic_name, *letterhead.address_lines()]
    if letterhead.address_lines():
        style = styles["sender"]
        sender = Paragraph(markup(" · ".join(sender_parts), fonts.coverage[style.fontName]),
                           style)
        height = sender.wrap(inner_width, box.height)[1]
        sender.drawOn(canvas, x, top - height)
        top -= height + 2.5 * mm
    available = top - (box.y + 2 * mm)
    style = styles["address"]
    coverage = fonts.coverage[style.fontName]
    text = "<br/>".join(markup(line, coverage) for line in recipient.address_lines())
    size = style.fontSize
    while True:
        fitted = ParagraphStyle("address-fitted", parent=style, fontSize=size,
                                leading=size * style.leading / style.fontSize)
        paragraph = Paragraph(text, fitted)
        height = paragraph.wrap(inner_width, available)[1]
        if height <= available or size <= MIN_ADDRESS_SIZE:
            break
        size -= 0.5
    paragraph.drawOn(canvas, x, top - height)


def draw_fold_marks(canvas: Canvas, page_height: float, left: float = 5 * mm) -> None:
    """Short lines at the left edge: where to fold, and the middle for a hole punch."""
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    for from_top in (*FOLD_MARKS_MM, PUNCH_MARK_MM):
        y = page_height - from_top * mm
        length = 6 * mm if from_top == PUNCH_MARK_MM else 4 * mm
        canvas.line(left, y, left + length, y)
    canvas.restoreState()


def draw_footer(canvas: Canvas, letterhead: Letterhead, fonts: Fonts, left: float,
                right: float, baseline: float, reserve: float) -> None:
    """A thin rule and the clinic's contact line; ``reserve`` points stay free for the page
    number at the right."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, baseline + 4 * mm, right, baseline + 4 * mm)
    text = printable(letterhead.contact_line(), fonts.coverage[fonts.regular])
    room = right - left - reserve
    size = 8.0
    while size > 6 and stringWidth(text, fonts.regular, size) > room:
        size -= 0.25
    while text and stringWidth(text, fonts.regular, size) > room:
        text = text[:-2] + "…"
    canvas.setFont(fonts.regular, size)
    canvas.setFillColor(GREY)
    canvas.drawString(left, baseline, text)
    canvas.restoreState()
