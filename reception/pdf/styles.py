"""Every paragraph style of the sheets, in one place."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from reception.pdf.fonts import Fonts

GOLD = colors.HexColor("#8a6a12")
INK = colors.HexColor("#1f1f1f")
GREY = colors.HexColor("#5f5f5f")
RULE = colors.HexColor("#c9b77d")
DONE = colors.HexColor("#2e6b30")
OPEN = colors.HexColor("#6b4e0a")  # still to do: calm, not an alarm


def stylesheet(fonts: Fonts) -> dict[str, ParagraphStyle]:
    """Name → style. All styles use the embedded fonts, bullets included."""
    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=14,
                          textColor=INK, alignment=TA_LEFT, spaceAfter=6,
                          bulletFontName=fonts.regular, bulletFontSize=10)
    bold = fonts.bold

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "title": style("title", fontName=bold, fontSize=15, leading=19, textColor=GOLD,
                       spaceAfter=10),
        "heading": style("heading", fontName=bold, fontSize=12, leading=16, textColor=GOLD,
                         spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "question": style("question", fontName=bold, spaceBefore=4, spaceAfter=2,
                          keepWithNext=1),
        "bullet": style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        "date": style("date", alignment=TA_RIGHT, spaceAfter=14),
        "greeting": style("greeting", spaceAfter=8),
        "lead": style("lead", keepWithNext=1),  # a line that introduces what follows
        "signature": style("signature", spaceBefore=8, keepWithNext=0),
        "small": style("small", fontSize=8, leading=10, textColor=GREY, spaceBefore=12),
        "address": style("address", fontSize=10.5, leading=13.5, spaceAfter=0),
        "sender": style("sender", fontSize=6.5, leading=8, textColor=GREY, spaceAfter=0),
        "letterhead_name": style("letterhead_name", fontName=bold, fontSize=14, leading=18,
                                 textColor=GOLD, alignment=TA_RIGHT, spaceAfter=1),
        "letterhead": style("letterhead", fontSize=8.5, leading=11, textColor=GREY,
                            alignment=TA_RIGHT, spaceAfter=0),
        "step_number": style("step_number", fontName=bold, fontSize=11, leading=14,
                             textColor=GOLD, spaceAfter=0),
        "step_title": style("step_title", fontName=bold, spaceAfter=1),
        "step_text": style("step_text", fontSize=9.5, leading=12.5, spaceAfter=1),
        "step_detail": style("step_detail", fontSize=9, leading=12, textColor=GREY,
                             leftIndent=10, bulletIndent=0, spaceAfter=0),
        "status_done": style("status_done", fontName=bold, fontSize=9.5, textColor=DONE,
                             spaceAfter=0),
        "status_missing": style("status_missing", fontName=bold, fontSize=9.5,
                                textColor=OPEN, spaceAfter=0),
        "step_needed": style("step_needed", fontSize=9, leading=12, spaceBefore=2,
                             spaceAfter=0),
        "signer": style("signer", spaceBefore=10, spaceAfter=0),
        "status_not_relevant": style("status_not_relevant", fontSize=9.5, textColor=GREY,
                                     spaceAfter=0),
        "calibration": style("calibration", fontSize=9, leading=12),
    }
