"""The information sheet PDF, read back with pypdf: where the text lies, what it says,
which fonts it embeds, how its pages are numbered."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from reception.content import Content, load_content
from reception.pdf.sheet import InformationSheetRenderer
from reception.pdf.text import SUBSTITUTE
from reception.sheets import (
    STATUS_LABELS,
    EnvelopeWindow,
    Letterhead,
    Recipient,
    SheetData,
    StepStatus,
    letterhead_from_clinic,
    personal_sheet,
    plain_sheet,
    scan_detail,
    step_lines,
)

A4_HEIGHT = 297 * mm
TODAY = date(2026, 11, 22)
JENS = Recipient("Jens Hansen", "Guldvej 7", "8000", "Aarhus C")


@dataclass(frozen=True)
class Run:
    """A piece of text on a page, at its baseline start in points from the bottom-left."""

    text: str
    x: float
    y: float
    font: str
    size: float


def runs(page) -> list[Run]:
    found: list[Run] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            font = str(font_dict.get("/BaseFont", "")) if font_dict else ""
            found.append(Run(text.strip(), x, y, font, font_size * abs(tm[3] or 1)))

    page.extract_text(visitor_text=visit)
    return found


def read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF")
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in read(pdf).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def letterhead(content: Content) -> Letterhead:
    return letterhead_from_clinic(content.clinic, street="Guldvej 1", postcode="8000",
                                  town="Aarhus C", email="kontakt@guldklinikken.dk",
                                  cvr="12345678")


@pytest.fixture(scope="module")
def renderer() -> InformationSheetRenderer:
    return InformationSheetRenderer()


STATUSES = {"booking": StepStatus.DONE, "scan": StepStatus.DONE,
            "request_images": StepStatus.MISSING, "blood_thinners": StepStatus.NOT_RELEVANT}


def letter(content: Content, letterhead: Letterhead, recipient: Recipient = JENS,
           faq_ids: tuple[str, ...] = ("koere-bil-efter-behandling",)) -> SheetData:
    steps = step_lines(content, STATUSES, {"scan": [scan_detail(date(2025, 3, 3))]})
    return personal_sheet(content, letterhead, recipient, ["nakkesmerter"], list(faq_ids),
                          steps, "Du har tid til konsultation tirsdag den 1. december 2026.",
                          TODAY, revised=date(2026, 3, 1), next_steps_heading="Din konsultation",
                          signer="Mette Jensen")


def inside_window(pdf: bytes, recipient: Recipient, window: EnvelopeWindow,
                  page: int = 0) -> None:
    """Every address line lies, whole, inside the window rectangle, one under the other."""
    left, right = window.left_mm * mm, window.right_mm * mm
    top, bottom = A4_HEIGHT - window.top_mm * mm, A4_HEIGHT - window.bottom_mm * mm

    def inside(run: Run) -> bool:
        width = stringWidth(run.text, run.font.split("+")[-1], run.size)
        return (left <= run.x and run.x + width <= right
                and bottom <= run.y and run.y + run.size <= top)

    on_page = runs(read(pdf).pages[page])
    baselines = []
    for line in recipient.address_lines():
        matches = [r for r in on_page if r.text == line and inside(r)]
        assert len(matches) == 1, (line, [r for r in on_page if r.text == line])
        baselines.append(matches[0].y)
    assert baselines == sorted(baselines, reverse=True)


# -- the address in the window --------------------------------------------------------------


def test_name_and_address_lie_inside_the_envelope_window(content, letterhead, renderer) -> None:
    inside_window(renderer.generate(letter(content, letterhead)), JENS, EnvelopeWindow())


def test_an_adjusted_window_moves_the_address(content, letterhead) -> None:
    window = EnvelopeWindow(left_mm=110, top_mm=50, width_mm=90, height_mm=40)
    recipient = Recipient("Karin Berg", "Storgatan 1", "211 22", "Malmö", "Sverige")
    pdf = InformationSheetRenderer(window).generate(letter(content, letterhead, recipient))
    inside_window(pdf, recipient, window)
    assert "SVERIGE" in page_texts(pdf)[0]


def test_a_long_address_still_fits_the_window(content, letterhead, renderer) -> None:
    recipient = Recipient("Anne-Marie Christiansen-Østergaard Bjerregaard Løvenskiold",
                          "Sankt Hans Gade 123, 4. tv., lejlighed 17", "2200", "København N")
    pdf = renderer.generate(letter(content, letterhead, recipient))
    window = EnvelopeWindow()
    bottom, top = A4_HEIGHT - window.bottom_mm * mm, A4_HEIGHT - window.top_mm * mm
    in_box = [r for r in runs(read(pdf).pages[0])
              if r.x < window.right_mm * mm and bottom <= r.y <= top]
    text = " ".join(r.text for r in in_box)
    assert "Løvenskiold" in text and "2200 København N" in text
    for run in in_box:
        assert window.left_mm * mm <= run.x
        assert run.x + stringWidth(run.text, run.font.split("+")[-1], run.size) \
            <= window.right_mm * mm


# -- what the letter says -------------------------------------------------------------------


def test_letter_has_date_greeting_conditions_answers_and_next_steps(content, letterhead,
                                                                     renderer) -> None:
    text = all_text(renderer.generate(letter(content, letterhead)))
    for expected in ("22. november 2026", "Kære Jens Hansen", "Nakkesmerter",
                     "Må jeg selv køre bil hjem efter behandlingen?", "Før din guldbehandling",
                     "Din konsultation", "tirsdag den 1. december 2026",
                     "Klinikkens tekster er senest revideret 1. marts 2026.",
                     "Tlf. 23 39 49 77", "CVR 12345678", "kontakt@guldklinikken.dk"):
        assert expected in text, expected


def test_every_step_and_its_status_are_on_the_sheet(content, letterhead, renderer) -> None:
    pdf = renderer.generate(letter(content, letterhead))
    every = [run for page in read(pdf).pages for run in runs(page)]
    expected = {s.id: STATUSES.get(s.id, StepStatus.MISSING) for s in content.steps}
    assert len(content.steps) == 6
    for step in content.steps:
        titles = [r for r in every if r.text == step.title]
        assert len(titles) == 1, step.title
        title = titles[0]
        label = STATUS_LABELS[expected[step.id]]
        # the status stands in the same row, to the right of the step's title
        beside = [r for r in every if r.text == label and abs(r.y - title.y) < 3 * mm
                  and r.x > title.x]
        assert beside, (step.title, label)
    assert "Scanning taget 3. marts 2025 – kan bruges til 3. marts 2027" in all_text(pdf)


@pytest.mark.parametrize("name", [
    "Zoë Ærø-Łukasiewicz", "José Núñez", "Søren Ærbø Åkjær", "Γιώργος Παπαδόπουλος",
    "Алексей Смирнов",
])
def test_names_in_other_scripts_come_out_as_text(content, letterhead, renderer,
                                                 name: str) -> None:
    recipient = Recipient(name, "Æblevej 3", "9990", "Skagen")
    pdf = renderer.generate(letter(content, letterhead, recipient))
    text = page_texts(pdf)[0]
    assert f"Kære {name}" in text
    inside_window(pdf, recipient, EnvelopeWindow())


def test_an_emoji_in_a_name_prints_a_visible_substitute(content, letterhead, renderer) -> None:
    recipient = Recipient("Jens 🦄 Hansen", "Guldvej 7", "8000", "Aarhus C")
    text = page_texts(renderer.generate(letter(content, letterhead, recipient)))[0]
    assert f"Kære Jens {SUBSTITUTE} Hansen" in text and "🦄" not in text


def test_markup_in_a_name_is_printed_not_obeyed(content, letterhead, renderer) -> None:
    recipient = Recipient("Jens <b>& Søn</b>", "Guldvej 7", "8000", "Aarhus C")
    text = page_texts(renderer.generate(letter(content, letterhead, recipient)))[0]
    assert "Kære Jens <b>& Søn</b>" in text


def test_empty_clinic_settings_are_left_out(content, renderer) -> None:
    bare = letterhead_from_clinic(content.clinic)
    text = page_texts(renderer.generate(letter(content, bare)))[0]
    assert "CVR" not in text and "@" not in text and "Tlf. 23 39 49 77" in text


def test_a_logo_is_drawn_and_a_broken_one_is_ignored(content, letterhead, renderer,
                                                     tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (180, 140, 30)).save(logo)
    pdf = renderer.generate(letter(content, replace(letterhead, logo=logo)))
    images = read(pdf).pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in images.values())
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    assert "Kære Jens Hansen" in page_texts(
        renderer.generate(letter(content, replace(letterhead, logo=broken))))[0]


# -- fonts ----------------------------------------------------------------------------------


def fonts_of(pdf: bytes) -> list[DictionaryObject]:
    found = {}
    for page in read(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return list(found.values())


def test_fonts_are_embedded_and_helvetica_is_never_referenced(content, letterhead,
                                                              renderer) -> None:
    pdf = renderer.generate(letter(content, letterhead))
    fonts = fonts_of(pdf)
    assert {str(f["/BaseFont"]).split("+")[-1] for f in fonts} == {"DejaVuSans",
                                                                   "DejaVuSans-Bold"}
    for font in fonts:
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # a composite font keeps it on its descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()
    assert b"Helvetica" not in pdf
    assert b"Helvetica" not in renderer.calibration_page(EnvelopeWindow())


# -- pages ----------------------------------------------------------------------------------


def page_labels(pdf: bytes) -> list[str]:
    labels = []
    for text in page_texts(pdf):
        found = re.findall(r"Side \d+ af \d+", text)
        assert len(found) == 1, text[-200:]
        labels.append(found[0])
    return labels


def test_page_numbers_on_a_three_page_letter(content, letterhead, renderer) -> None:
    ids = [entry.id for entry in content.faq]
    for count in range(1, len(ids) + 1):
        pdf = renderer.generate(letter(content, letterhead, faq_ids=tuple(ids[:count])))
        if len(read(pdf).pages) == 3:
            break
    else:
        pytest.fail("no three-page letter from the shipped questions")
    assert page_labels(pdf) == ["Side 1 af 3", "Side 2 af 3", "Side 3 af 3"]
    texts = page_texts(pdf)
    assert all("Guldklinikken · Tlf. 23 39 49 77" in text for text in texts)  # footer
    assert "Kære Jens Hansen" in texts[0] and "Jens Hansen" not in texts[1]


def test_a_batch_numbers_each_letter_from_one(content, letterhead, renderer) -> None:
    people = [JENS, Recipient("José Núñez", "Calle 1", "1000", "Odense C"),
              Recipient("Zoë Ærø-Łukasiewicz", "Havnegade 2", "5000", "Odense C")]
    faq = [entry.id for entry in content.faq]
    sheets = [letter(content, letterhead, people[0]),
              letter(content, letterhead, people[1], tuple(faq)),
              letter(content, letterhead, people[2])]
    counts = [len(read(renderer.generate(sheet)).pages) for sheet in sheets]
    assert counts[1] > counts[0] >= 1
    pdf = renderer.generate_batch(sheets)
    expected = [f"Side {n} af {count}" for count in counts for n in range(1, count + 1)]
    assert page_labels(pdf) == expected
    first_pages = [sum(counts[:i]) for i in range(len(counts))]
    for person, page in zip(people, first_pages, strict=True):
        inside_window(pdf, person, EnvelopeWindow(), page)
    with pytest.raises(ValueError):
        renderer.generate_batch([])


# -- the plain variant ----------------------------------------------------------------------


def test_plain_sheet_has_no_personal_data(content, letterhead, renderer) -> None:
    pdf = renderer.generate(plain_sheet(content, letterhead, TODAY, revised=date(2026, 3, 1)))
    text = all_text(pdf)
    assert "Kære" not in text and "Med venlig hilsen" not in text
    for label in STATUS_LABELS.values():
        assert label not in text
    for step in content.steps:
        assert step.title in text
    assert "Spørgsmål og svar" in text and "Klinikkens tekster er senest revideret" in text
    # nothing is printed where an envelope window would show an address
    window = EnvelopeWindow()
    top = A4_HEIGHT - window.top_mm * mm
    assert not [r for r in runs(read(pdf).pages[0]) if r.x < window.right_mm * mm
                and A4_HEIGHT - 40 * mm > r.y > top]


# -- calibration ----------------------------------------------------------------------------


def rectangles(page) -> list[tuple[float, ...]]:
    stream = page.get_contents().get_data().decode("latin-1")
    number = r"(-?\d+(?:\.\d+)?)"
    return [tuple(float(v) for v in m) for m in
            re.findall(rf"{number} {number} {number} {number} re\b", stream)]


@pytest.mark.parametrize("window", [EnvelopeWindow(), EnvelopeWindow(22.5, 48, 90, 40)])
def test_calibration_page_draws_the_window_with_its_distances(renderer,
                                                              window: EnvelopeWindow) -> None:
    pdf = renderer.calibration_page(window)
    reader = read(pdf)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    left = f"{window.left_mm:g}".replace(".", ",")
    for expected in ("Kalibrering af rudekuvert", f"{left} mm", f"{window.top_mm:g} mm",
                     f"{window.width_mm:g} mm × {window.height_mm:g} mm", "Jens Hansen"):
        assert expected in text, expected
    want = (window.left_mm * mm, A4_HEIGHT - window.bottom_mm * mm, window.width_mm * mm,
            window.height_mm * mm)
    assert any(all(abs(a - b) < 0.01 for a, b in zip(rect, want, strict=True))
               for rect in rectangles(reader.pages[0])), rectangles(reader.pages[0])
