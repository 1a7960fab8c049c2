"""The readable copy of an export as an A4 PDF: ``ExportRenderer().generate(...) -> bytes``.

Imports reportlab (≈ 115 ms): :mod:`reception.privacy.export` imports this module
only when an export is made. Fonts, paragraph styles and the "Side x af y" canvas
are the information sheets' own (:mod:`reception.pdf`).
"""

from __future__ import annotations

import io
from datetime import datetime
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from reception.pdf.canvas import NumberedCanvas
from reception.pdf.fonts import register_fonts
from reception.pdf.styles import GREY, RULE, stylesheet
from reception.pdf.text import markup, printable
from reception.privacy.view import Line, Section, local_time

CREATOR = "Guldklinikken Reception"


class ExportRenderer:
    page_size = A4
    margin_left_mm = 22.0
    margin_right_mm = 20.0
    margin_top_mm = 18.0
    margin_bottom_mm = 22.0
    footer_baseline_mm = 11.0
    label_width_mm = 52.0

    def __init__(self) -> None:
        self.fonts = register_fonts()
        self.styles = stylesheet(self.fonts)
        self.width, self.height = self.page_size
        self.left = self.margin_left_mm * mm
        self.right = self.width - self.margin_right_mm * mm

    def generate(self, sections: list[Section], *, name: str, clinic: str, made_at: datetime,
                 made_by: str, json_name: str, files: list[str]) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=self.page_size, leftMargin=self.left,
            rightMargin=self.margin_right_mm * mm, topMargin=self.margin_top_mm * mm,
            bottomMargin=self.margin_bottom_mm * mm,
            title=f"Indsigt: oplysninger om {name}".strip(), author=clinic,
            subject="Indsigt efter databeskyttelsesforordningens artikel 15", creator=CREATOR,
            lang="da-DK", initialFontName=self.fonts.regular, initialFontSize=10,
        )
        frame = Frame(self.left, self.margin_bottom_mm * mm, self.right - self.left,
                      self.height - (self.margin_top_mm + self.margin_bottom_mm) * mm,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                           onPage=partial(self._footer, clinic))])
        story = self._intro(name, clinic, made_at, made_by, json_name, files)
        for section in sections:
            story += self._section(section)
        doc.build(story, canvasmaker=partial(
            NumberedCanvas, number_at=(self.right, self.footer_baseline_mm * mm),
            number_font=(self.fonts.regular, 8)))
        return buffer.getvalue()

    # -- pieces ---------------------------------------------------------------------------

    def para(self, text: str, style: str) -> Paragraph:
        chosen = self.styles[style]
        return Paragraph(markup(text, self.fonts.coverage[chosen.fontName]), chosen)

    def _intro(self, name: str, clinic: str, made_at: datetime, made_by: str,
               json_name: str, files: list[str]) -> list[Flowable]:
        story: list[Flowable] = [
            self.para(clinic, "letterhead_name"),
            self.para(f"Udskrevet {local_time(made_at)}", "date"),
            self.para(f"Oplysninger om {name or 'personen'}", "title"),
            self.para(
                f"Her er alt, hvad {clinic} har registreret om dig i receptionens program: "
                "dine kontaktoplysninger, dine opkald til og fra klinikken med noter, "
                "aftaler om tilbageringning, hvad vi har sendt dig, og hvem af "
                "personalet der har set eller ændret oplysningerne og hvornår.", "body"),
            self.para(
                "Du har ret til at få forkerte oplysninger rettet og til at få "
                "oplysningerne slettet. Kontakt klinikken, hvis du ønsker det.", "body"),
            self.para(f"Samme oplysninger i maskinlæsbar form: {json_name}.", "small"),
        ]
        if files:
            story.append(self.para("Vedlagte filer: " + ", ".join(files) + ".", "small"))
        if made_by:
            story.append(self.para(f"Udleveret af {made_by}.", "small"))
        return story

    def _section(self, section: Section) -> list[Flowable]:
        heading = self.para(section.title, "heading")
        if not section.entries or not any(e.lines or e.heading for e in section.entries):
            return [heading, self.para("Ingen.", "body")]
        if section.tabular:
            lines = [line for entry in section.entries for line in entry.lines]
            return [heading, self._table(lines)]
        out: list[Flowable] = []
        for entry in section.entries:
            parts: list[Flowable] = []
            if entry.heading:
                parts.append(self.para(entry.heading, "question"))
            short = [line for line in entry.lines if not line.long]
            if short:
                parts.append(self._table(short))
            for line in entry.lines:
                if line.long:
                    parts.append(self.para(f"{line.label}:", "step_title"))
                    parts.append(self.para(line.value, "body"))
            if not out:  # the section's heading never ends a page alone
                parts.insert(0, heading)
            out.append(KeepTogether(parts[:4]))
            out += parts[4:]
        return out

    def _table(self, lines: list[Line]) -> Table:
        label_width = self.label_width_mm * mm
        rows = [[self.para(line.label, "step_text"), self.para(line.value, "step_text")]
                for line in lines]
        table = Table(rows, colWidths=[label_width, self.right - self.left - label_width],
                      hAlign="LEFT", splitByRow=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.fonts.regular, 9),  # no Helvetica reference
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TEXTCOLOR", (0, 0), (0, -1), GREY),
        ]))
        return table

    def _footer(self, clinic: str, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        baseline = self.footer_baseline_mm * mm
        canvas.line(self.left, baseline + 4 * mm, self.right, baseline + 4 * mm)
        canvas.setFont(self.fonts.regular, 8)
        canvas.setFillColor(GREY)
        text = f"{clinic} · Indsigt efter databeskyttelsesforordningens artikel 15 · Fortroligt"
        canvas.drawString(self.left, baseline,
                          printable(text, self.fonts.coverage[self.fonts.regular]))
        canvas.restoreState()
