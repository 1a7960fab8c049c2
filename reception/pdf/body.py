"""The text flow of a sheet: date, subject, greeting, conditions, answers, the six steps,
what happens next, and the revision line."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reception.content.markup import BulletList, parse_blocks
from reception.content.markup import Paragraph as TextParagraph
from reception.pdf.fonts import Fonts
from reception.pdf.styles import RULE
from reception.pdf.text import markup
from reception.sheets import texts
from reception.sheets.dates import danish_date
from reception.sheets.model import SheetData, StepLine

STEP_NUMBER_WIDTH = 9 * mm
STEP_STATUS_WIDTH = 30 * mm


class BodyBuilder:
    """Turns one :class:`SheetData` into flowables for a frame ``width`` points wide."""

    def __init__(self, styles: dict[str, ParagraphStyle], fonts: Fonts, width: float) -> None:
        self.styles = styles
        self.fonts = fonts
        self.width = width

    def para(self, text: str, style: str, bullet: str | None = None) -> Paragraph:
        chosen = self.styles[style]
        return Paragraph(markup(text, self.fonts.coverage[chosen.fontName]), chosen,
                         bulletText=bullet)

    def blocks(self, text: str, style: str = "body",
               bullet_style: str = "bullet") -> list[Flowable]:
        """The content files' tiny markup as paragraphs and bullets."""
        out: list[Flowable] = []
        for block in parse_blocks(text):
            if isinstance(block, TextParagraph):
                out.append(self.para(block.text, style))
            elif isinstance(block, BulletList):
                out += [self.para(item, bullet_style, "•") for item in block.items]
        return out

    def story(self, data: SheetData) -> list[Flowable]:
        personal = data.is_personal
        story: list[Flowable] = []
        if personal:
            story.append(self.para(danish_date(data.letter_date), "date"))
        story.append(self.para(data.title, "title"))
        if data.greeting:
            story.append(self.para(data.greeting, "greeting"))
        story += self.blocks(data.intro)
        for condition in data.conditions:
            story.append(self.para(condition.title, "heading"))
            story += [self.para(point, "bullet", "•") for point in condition.points]
        if data.faq:
            story.append(self.para("Svar på dine spørgsmål" if personal else "Spørgsmål og svar",
                                   "heading"))
            for entry in data.faq:
                story.append(KeepTogether([self.para(entry.question, "question"),
                                           *self.blocks(entry.answer)]))
        if data.steps:
            story.append(self.para(texts.STEPS_HEADING if personal
                                   else "Før en guldbehandling", "heading"))
            with_status = personal and any(step.status for step in data.steps)
            if with_status:
                ready = sum(1 for step in data.steps if not step.open)
                story.append(self.para(texts.steps_progress(ready, len(data.steps)), "lead"))
            story.append(self.steps_table(data.steps, with_status=with_status))
        if data.next_steps:
            heading = data.next_steps_heading or (texts.NEXT_HEADING if personal
                                                  else texts.BOOKING_HEADING)
            story.append(self.para(heading, "heading"))
            story += self.blocks(data.next_steps)
        if data.closing or personal:
            story.append(Spacer(1, 2 * mm))
            story += self.blocks(data.closing)
        if personal:
            signature = [self.para("Med venlig hilsen", "signature")]
            if data.signer:
                signature.append(self.para(data.signer, "signer"))
            signature.append(self.para(data.letterhead.clinic_name, "body"))
            story.append(KeepTogether(signature))
        if data.content_revised:
            story.append(self.para(
                f"Klinikkens tekster er senest revideret {danish_date(data.content_revised)}.",
                "small"))
        return story

    def steps_table(self, steps: list[StepLine], with_status: bool) -> Table:
        rows = []
        for step in steps:
            text: list[Flowable] = [self.para(step.title, "step_title"),
                                    self.para(step.short, "step_text")]
            text += [self.para(detail, "step_detail", "–") for detail in step.details]
            if with_status and step.needed_line:
                text.append(self.para(step.needed_line, "step_needed"))
            row: list[object] = [self.para(f"{step.number}.", "step_number"), text]
            if with_status:
                shown = step.shown_status
                style = f"status_{shown.value}" if shown else "step_text"
                row.append(self.para(step.status_label, style))
            rows.append(row)
        status = STEP_STATUS_WIDTH if with_status else 0
        widths = [STEP_NUMBER_WIDTH, self.width - STEP_NUMBER_WIDTH - status]
        if with_status:
            widths.append(status)
        table = Table(rows, colWidths=widths, splitByRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.fonts.regular, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ]))
        return table
