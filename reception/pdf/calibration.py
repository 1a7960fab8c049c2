"""The calibration page: the envelope window's rectangle with its distances in mm, a sample
address where letters put it, and rulers along the edges to check the printer's offset."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

from reception.pdf import letter
from reception.pdf.fonts import Fonts
from reception.pdf.styles import GOLD, GREY
from reception.pdf.text import markup
from reception.sheets.model import EnvelopeWindow, Letterhead, Recipient

SAMPLE = Recipient("Jens Hansen", "Guldvej 7", "8000", "Aarhus C")
SAMPLE_SENDER = Letterhead("Guldklinikken", "")


def format_mm(value: float) -> str:
    """``20.0`` → ``"20 mm"``, ``20.5`` → ``"20,5 mm"``."""
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} mm"


def draw(canvas: Canvas, window: EnvelopeWindow, styles: dict[str, ParagraphStyle],
         fonts: Fonts) -> None:
    width, height = canvas._pagesize
    box = letter.window_box(window, height)
    _rulers(canvas, width, height, fonts)
    letter.draw_fold_marks(canvas, height, left=10 * mm)  # clear of the ruler's numbers

    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    canvas.setDash(4, 2)
    canvas.rect(box.x, box.y, box.width, box.height)
    canvas.setDash()
    canvas.setStrokeColor(GREY)
    canvas.setFillColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.setFont(fonts.regular, 8)
    middle_y = box.y + box.height / 2
    canvas.line(0, middle_y, box.x, middle_y)
    canvas.drawRightString(box.x - 2, middle_y + 2, format_mm(window.left_mm))
    middle_x = box.x + box.width / 2
    canvas.line(middle_x, height, middle_x, box.top)
    canvas.drawString(middle_x + 2, (height + box.top) / 2, format_mm(window.top_mm))
    canvas.drawRightString(box.x + box.width - 2, box.y + 2,
                           f"{format_mm(window.width_mm)} × {format_mm(window.height_mm)}")
    canvas.restoreState()
    letter.draw_address(canvas, SAMPLE, SAMPLE_SENDER, box, styles, fonts)

    coverage = fonts.coverage[fonts.regular]
    body = styles["calibration"]
    text = [
        Paragraph("Kalibrering af rudekuvert", styles["title"]),
        Paragraph(markup("Den stiplede ramme viser, hvor programmet sætter modtagerens adresse. "
                         "Sådan tjekker du, at den kan ses i kuvertens rude:", coverage), body),
    ]
    steps = [
        "Udskriv siden i 100 % størrelse (slå »Tilpas til siden« fra).",
        "Fold arket ved mærkerne i venstre kant, og læg det i kuverten som et brev.",
        "Hele adressen i rammen skal kunne ses i ruden, også når arket glider lidt.",
        "Mål med en lineal fra papirets kant til rammen. Viser skalaen i kanten ikke "
        "det samme, flytter printeren udskriften.",
        "Sidder adressen forkert, så ret afstandene i indstillingerne og udskriv siden igen.",
    ]
    text += [Paragraph(markup(step, coverage), styles["bullet"], bulletText=f"{n}.")
             for n, step in enumerate(steps, start=1)]
    settings = (f"Nuværende indstillinger: {format_mm(window.left_mm)} fra venstre, "
                f"{format_mm(window.top_mm)} fra toppen, rude {format_mm(window.width_mm)} "
                f"× {format_mm(window.height_mm)}.")
    text.append(Paragraph(markup(settings, coverage), body))
    top = min(box.y, height - 100 * mm) - 15 * mm
    frame = Frame(25 * mm, 20 * mm, width - 45 * mm, top - 20 * mm, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    frame.addFromList(text, canvas)


def _rulers(canvas: Canvas, width: float, height: float, fonts: Fonts) -> None:
    """Millimetre scales along the top and left edges, numbered every centimetre."""
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setFillColor(GREY)
    canvas.setLineWidth(0.3)
    canvas.setFont(fonts.regular, 5.5)
    for at in range(0, int(width / mm) + 1, 1):
        length = 4 if at % 10 == 0 else 2.5 if at % 5 == 0 else 1.2
        x = at * mm
        canvas.line(x, height, x, height - length * mm)
        if at % 10 == 0 and 0 < at:
            canvas.drawCentredString(x, height - 6.5 * mm, str(at // 10))
    for at in range(0, int(height / mm) + 1, 1):
        length = 4 if at % 10 == 0 else 2.5 if at % 5 == 0 else 1.2
        y = height - at * mm
        canvas.line(0, y, length * mm, y)
        if at % 10 == 0 and 0 < at:
            canvas.drawString(4.8 * mm, y - 2, str(at // 10))
    canvas.restoreState()
