"""Information sheets: one letter and a batch of 100, beside a bare reportlab document.

The floor is what reportlab itself costs for the same amount of text: a
``SimpleDocTemplate`` of plain ``Paragraph``s holding the same strings as the sheet,
in the same embedded DejaVu Sans, built in the same run with real and floor builds
interleaved. A third row times the first sheet in a fresh process (importing
reportlab and registering the fonts included) against a fresh process that imports
reportlab and builds the floor document.

``python -m bench.sheet_bench [--sample FILE.pdf]`` prints the rows alone and can
write the sample letter they time.
"""

from __future__ import annotations

import argparse
import gc
import io
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from bench.stats import NO_TARGET, Measurement, Summary, Target
from reception.content import Content, load_content
from reception.content.markup import plain_text
from reception.sheets import (
    Recipient,
    SheetData,
    StepStatus,
    consultation_text,
    letterhead_from_clinic,
    personal_sheet,
    scan_detail,
    step_lines,
)

ROOT = Path(__file__).resolve().parent.parent
FLOOR_NAME = "bare reportlab SimpleDocTemplate, same strings as plain Paragraphs, DejaVu Sans"
COLD_FLOOR_NAME = "fresh process: import reportlab, register DejaVu Sans, build the floor"
BATCH_SIZE = 100


ONE_SHEET = Target("below", 0.150)  # stated on the median


def sample_sheet(content: Content, today: date = date(2026, 11, 22)) -> SheetData:
    """The fictional patient of the README picture: Jens Hansen, Guldvej 7, 8000 Aarhus C."""
    letterhead = letterhead_from_clinic(content.clinic, street="Guldvej 1", postcode="8000",
                                        town="Aarhus C", email="kontakt@guldklinikken.dk",
                                        cvr="12345678")
    statuses = {"booking": StepStatus.DONE, "scan": StepStatus.DONE,
                "request_images": StepStatus.MISSING, "send_images": StepStatus.MISSING,
                "blood_thinners": StepStatus.NOT_RELEVANT}
    details = {"booking": ["Konsultation booket tirsdag den 1. december 2026 kl. 10.30"],
               "scan": [scan_detail(date(2025, 3, 3))]}
    return personal_sheet(
        content, letterhead, Recipient("Jens Hansen", "Guldvej 7", "8000", "Aarhus C"),
        ["nakkesmerter"],
        ["koere-bil-efter-behandling", "bliver-jeg-bedoevet", "kan-jeg-bruge-en-gammel-scanning"],
        step_lines(content, statuses, details),
        consultation_text(datetime(2026, 12, 1, 10, 30), letterhead.phone), today)


def sheet_strings(sheet: SheetData) -> list[str]:
    """Every string the sheet prints, in order, for the floor document."""
    head = sheet.letterhead
    strings = [head.clinic_name, *head.lines(), sheet.title, sheet.greeting, sheet.intro]
    if sheet.recipient:
        strings += sheet.recipient.address_lines()
    for condition in sheet.conditions:
        strings += [condition.title, *condition.points]
    for entry in sheet.faq:
        strings += [entry.question, plain_text(entry.answer)]
    for step in sheet.steps:
        strings += [f"{step.number}. {step.title}", step.short, *step.details, step.status_label]
    strings += [plain_text(sheet.next_steps), plain_text(sheet.closing), head.contact_line()]
    return [s for s in strings if s]


def floor_builder(strings: list[str], copies: int) -> Callable[[], bytes]:
    """A bare reportlab document with ``strings`` as plain paragraphs, ``copies`` times."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from reception.pdf.fonts import register_fonts

    fonts = register_fonts()
    style = ParagraphStyle("floor", fontName=fonts.regular, fontSize=10, leading=14)
    texts = [escape(s) for s in strings]

    def build() -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=fonts.regular)
        story: list[object] = []
        for copy in range(copies):
            if copy:
                story.append(PageBreak())
            story += [Paragraph(text, style) for text in texts]
        doc.build(story)
        return buffer.getvalue()

    return build


def interleaved(real: Callable[[], object], floor: Callable[[], object],
                runs: int) -> tuple[list[float], list[float]]:
    clock = time.perf_counter
    real(), floor()  # warm: fonts, imports, caches
    real_times: list[float] = []
    floor_times: list[float] = []
    for _ in range(runs):
        for action, times in ((real, real_times), (floor, floor_times)):
            gc.collect()
            start = clock()
            action()
            times.append(clock() - start)
    return real_times, floor_times


COLD_REAL = """
import time
from bench.sheet_bench import sample_sheet
from reception.content import load_content
from reception.sheets import render_sheet
sheet = sample_sheet(load_content())
t = time.perf_counter()
render_sheet(sheet)
print(time.perf_counter() - t)
"""

COLD_FLOOR = """
import time
from bench.sheet_bench import floor_builder, sample_sheet, sheet_strings
from reception.content import load_content
strings = sheet_strings(sample_sheet(load_content()))
t = time.perf_counter()
floor_builder(strings, 1)()
print(time.perf_counter() - t)
"""


def cold_runs(code: str, runs: int) -> list[float]:
    """Seconds from before reportlab is imported to the PDF, each in a new interpreter."""
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                              text=True, check=True, timeout=120)
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return times


def sheet_measurements(runs: int = 50, batch_runs: int = 5,
                       cold: int = 5) -> list[Measurement]:
    """One sheet (median and p95 over ``runs``), a batch of 100, and the first sheet cold."""
    from reception.pdf.sheet import InformationSheetRenderer

    content = load_content()
    sheet = sample_sheet(content)
    renderer = InformationSheetRenderer()
    strings = sheet_strings(sheet)
    pages = renderer.generate(sheet).count(b"/Type /Page\n")
    one_real, one_floor = interleaved(lambda: renderer.generate(sheet),
                                      floor_builder(strings, 1), runs)
    batch = [sheet] * BATCH_SIZE
    batch_real, batch_floor = interleaved(lambda: renderer.generate_batch(batch),
                                          floor_builder(strings, BATCH_SIZE), batch_runs)
    chars = sum(len(s) for s in strings)
    rows = [
        Measurement(
            name=f"information sheet: one letter ({pages} pages, {chars:,} characters; "
                 f"{runs} builds)",
            value=Summary.of(one_real), floor=Summary.of(one_floor), floor_name=FLOOR_NAME,
            target=ONE_SHEET, notes={"pages": pages, "characters": chars},
        ),
        Measurement(
            name=f"information sheet: batch of {BATCH_SIZE} letters in one PDF "
                 f"({batch_runs} builds)",
            value=Summary.of(batch_real), floor=Summary.of(batch_floor), floor_name=FLOOR_NAME,
            target=NO_TARGET,
            notes={"per_letter_ms": Summary.of(batch_real).median * 1000 / BATCH_SIZE},
        ),
    ]
    if cold:
        rows.append(Measurement(
            name=f"information sheet: first letter in a new process, reportlab import and "
                 f"fonts included ({cold} runs)",
            value=Summary.of(cold_runs(COLD_REAL, cold)),
            floor=Summary.of(cold_runs(COLD_FLOOR, cold)), floor_name=COLD_FLOOR_NAME,
            target=NO_TARGET,
        ))
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sheet_bench", description=__doc__)
    parser.add_argument("--sample", type=Path, help="also write the timed sample letter here")
    options = parser.parse_args(argv)
    from bench.table import render

    print(render(sheet_measurements()))
    if options.sample:
        from reception.sheets import render_sheet, write_atomic

        write_atomic(options.sample, render_sheet(sample_sheet(load_content())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
