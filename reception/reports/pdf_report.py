"""Overblik as a one-page A4 PDF for the clinic's monthly meeting, with reportlab's own charts.

Calls per day (per month for a period over two months) across the top; the
figures in words on the left; calls per hour, pain areas and "hørt om klinikken"
as charts on the right, each bar with its number. Only the shipped DejaVu Sans
is used (embedded), never Helvetica.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from reception.pdf.fonts import register_fonts
from reception.reports.model import Overview
from reception.reports.words import period_text, sections
from reception.sheets.dates import MONTHS
from reception.words import number

GOLD = colors.HexColor("#b8860b")
DAYS_AT_MOST = 62  # longer periods are drawn per month


def calls_over_time(o: Overview) -> tuple[list[str], list[int]]:
    """Bars for the top chart: per day ("1", "2" …) or, for a long period, per month."""
    if len(o.calls_by_day) <= DAYS_AT_MOST:
        return [str(d.day) for d in o.calls_by_day], list(o.calls_by_day.values())
    months: Counter[tuple[int, int]] = Counter()
    for day, count in o.calls_by_day.items():
        months[(day.year, day.month)] += count
    keys = sorted(months)
    return [MONTHS[m - 1][:3] for _, m in keys], [months[k] for k in keys]


def _bars(chart, names: list[str], values: list[int], font: str, size: float = 6) -> None:
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = names or [""]
    chart.bars[0].fillColor = GOLD
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values or [0]) * 1.15 + 1
    chart.valueAxis.visible = False
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = size
    chart.barLabelFormat = lambda v: number(int(v))
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = size


def _column_chart(title: str, names: list[str], values: list[int], width: float,
                  height: float, font: str, bold: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=bold, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 4, 14, width - 8, height - 34
    _bars(chart, names, values, font)
    chart.barLabels.nudge = 5
    if chart.width / max(1, len(values)) < 30:  # narrow bars: the numbers stand upright
        chart.barLabels.angle = 90
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.nudge = 2
        chart.valueAxis.valueMax = max(values or [0]) * 1.3 + 1
    drawing.add(chart)
    return drawing


def _row_chart(title: str, pairs: list[tuple[str, int]], width: float, height: float,
               font: str, bold: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=bold, fontSize=9))
    pairs = list(reversed(pairs[:8]))  # the largest on top
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 90, 4, width - 120, height - 20
    _bars(chart, [p[0] for p in pairs], [p[1] for p in pairs], font, 7)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def write_pdf(o: Overview, path: Path, clinic: str = "Guldklinikken") -> None:
    """Write the one-page report to ``path``."""
    fonts = register_fonts()
    width, height = A4
    left, top = 40, height - 40
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Overblik {period_text(o)}")
    canvas.setFont(fonts.bold, 15)
    canvas.drawString(left, top, f"Overblik – {clinic}")
    canvas.setFont(fonts.regular, 10)
    canvas.drawString(left, top - 16, period_text(o))
    names, values = calls_over_time(o)
    per = "dag" if len(o.calls_by_day) <= DAYS_AT_MOST else "måned"
    _column_chart(f"Opkald pr. {per}", names, values, width - 2 * left, 140,
                  fonts.regular, fonts.bold).drawOn(canvas, left, top - 170)
    by_key = {s.key: s for s in sections(o)}
    _figures(canvas, [by_key[k] for k in ("calls", "outcomes", "callers", "callbacks",
                                          "checklists", "sheets", "staff")],
             left, top - 190, fonts.regular, fonts.bold)
    right = left + 265
    column = width - left - right
    hours = [(f"{h}", n) for h, n in o.calls_by_hour.items() if 6 <= h <= 20]
    _column_chart("Opkald pr. time (kl. 6–20)", [h for h, _ in hours], [n for _, n in hours],
                  column, 150, fonts.regular, fonts.bold).drawOn(canvas, right, top - 350)
    areas = [(r.label, int(r.value or 0)) for r in by_key["pain_areas"].rows]
    _row_chart("Smerteområder (opkald)", areas, column, 140, fonts.regular,
               fonts.bold).drawOn(canvas, right, top - 510)
    referral = [(r.label, int(r.value or 0)) for r in by_key["referral"].rows]
    _row_chart("Hørt om klinikken (nye personer)", referral, column, 150, fonts.regular,
               fonts.bold).drawOn(canvas, right, top - 680)
    canvas.setFont(fonts.regular, 7)
    canvas.setFillColor(colors.grey)
    canvas.drawString(left, 28, "Tider i dansk tid. Nye personer: oprettet i perioden. Booket: "
                                "et opkald med udfaldet »Konsultation booket« inden 30 dage.")
    canvas.showPage()
    canvas.save()


def _figures(canvas: Canvas, chosen: list, x: float, y: float, font: str, bold: str) -> None:
    for section in chosen:
        canvas.setFont(bold, 9)
        canvas.drawString(x, y, section.title)
        y -= 11
        canvas.setFont(font, 8)
        for row in section.rows or ():
            canvas.drawString(x + 6, y, row.label[:44])
            canvas.drawRightString(x + 250, y, row.text)
            y -= 10
        y -= 5
        if y < 50:
            break
