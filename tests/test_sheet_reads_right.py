"""The personal letter read as the patient reads it: real checklists in a real database,
rendered to PDF and parsed back with pypdf.

No "Klaret" beside a step that is flagged, no "kan bruges til" date before the letter's
own date, no "Mangler", no "Det sker nu", and signed by the staff member and the clinic.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

import pytest
from test_pdf_sheet import all_text, read, runs

from reception.calls import CallForm, end_call, start_call
from reception.checklist import (
    BloodThinners,
    Booking,
    Scan,
    StepStatus,
    ensure_checklist,
    save_step,
)
from reception.content import load_content
from reception.sheets import default_sheet_for_caller, letterhead_from_clinic, render_sheet
from reception.sheets.dates import MONTHS

TODAY = date(2026, 12, 1)
DANISH_DATE = re.compile(r"(\d{1,2})\. (" + "|".join(MONTHS) + r") (\d{4})")


def danish_to_date(text: str) -> date:
    day, month, year = DANISH_DATE.fullmatch(text).groups()  # type: ignore[union-attr]
    return date(int(year), MONTHS.index(month) + 1, int(day))


def patient(consultation: date | None, scan_taken: date | None,
            scan_status: StepStatus = StepStatus.DONE) -> int:
    caller_id = end_call(start_call("23394977"),
                         CallForm(phone="23394977", name="Maria Østergaard",
                                  street="Åboulevarden 31", postcode="8000", town="Aarhus C"),
                         "booked", today=TODAY).caller_id
    ensure_checklist(caller_id)
    if consultation is not None:
        save_step(caller_id, Booking(consultation, time(10, 30), ("nakke",)),
                  status=StepStatus.DONE, today=TODAY)
    if scan_taken is not None:
        save_step(caller_id, Scan("mr", "nakke", scan_taken, "AUH"), status=scan_status,
                  today=TODAY)
    save_step(caller_id, BloodThinners(True, "Marevan"), today=TODAY)
    return caller_id


def letter_pdf(caller_id: int, signer: str = "Mette Jensen") -> bytes:
    content = load_content()
    letterhead = letterhead_from_clinic(content.clinic, street="Guldvej 1", postcode="8000",
                                        town="Aarhus C")
    data = default_sheet_for_caller(caller_id, content, TODAY, signer=signer)
    data = type(data)(**{**data.__dict__, "letterhead": letterhead})
    return render_sheet(data)


def status_beside(pdf: bytes, title: str) -> list[str]:
    """The texts in the status column on the same line as a step's title."""
    every = [(page_no, run) for page_no, page in enumerate(read(pdf).pages)
             for run in runs(page)]
    found = [(p, r) for p, r in every if r.text == title]
    assert len(found) == 1, title
    page, head = found[0]
    return [r.text for p, r in every
            if p == page and abs(r.y - head.y) < 3 and r.x > head.x + 200]


def usable_until_dates(text: str) -> list[date]:
    flat = " ".join(text.split())
    return [danish_to_date(m) for m in re.findall(r"kan bruges til (\d{1,2}\. \w+ \d{4})", flat)]


@pytest.mark.parametrize("consultation", [TODAY + timedelta(days=14), None])
def test_a_scan_too_old_is_not_done_and_names_no_past_date(database, consultation) -> None:
    # taken 22 September 2024: usable until 22 September 2026, before the letter's date
    pdf = letter_pdf(patient(consultation, date(2024, 9, 22)))
    text = all_text(pdf)
    beside = status_beside(pdf, "Røntgen eller scanning")
    assert not any("Klaret" in t for t in beside), beside
    assert "Ikke endnu" in beside
    assert all(until >= TODAY for until in usable_until_dates(text)), usable_until_dates(text)
    flat = " ".join(text.split())
    assert "Vi mangler: en nyere scanning" in flat
    assert "MR-scanning fra 22. september 2024 er mere end 2 år gammel" in flat


def test_a_scan_old_only_on_the_consultation_day_is_not_done_either(database) -> None:
    # usable until 15 December 2026: after the letter's date, before the consultation
    pdf = letter_pdf(patient(date(2026, 12, 20), date(2024, 12, 15)))
    assert not any("Klaret" in t for t in status_beside(pdf, "Røntgen eller scanning"))
    assert usable_until_dates(all_text(pdf)) == []  # a date the scan cannot be used to


def test_a_recent_scan_is_done_with_its_usable_until_date(database) -> None:
    pdf = letter_pdf(patient(TODAY + timedelta(days=14), date(2025, 3, 3)))
    assert "✓ Klaret" in status_beside(pdf, "Røntgen eller scanning")
    assert usable_until_dates(all_text(pdf)) == [date(2027, 3, 3)]


def test_a_consultation_already_past_is_not_done_and_not_printed_as_booked(database) -> None:
    pdf = letter_pdf(patient(TODAY - timedelta(days=3), None))
    text = " ".join(all_text(pdf).split())
    assert not any("Klaret" in t for t in status_beside(pdf, "Bestil tid"))
    assert "28. november 2026" not in text
    assert "Vi mangler: en ny tid til konsultation" in text
    assert "Sådan bestiller du tid" in text


def test_statuses_are_written_for_the_patient(database) -> None:
    pdf = letter_pdf(patient(TODAY + timedelta(days=14), date(2025, 3, 3)))
    text = all_text(pdf)
    assert "Mangler" not in text and "MANGLER" not in text
    assert "Det sker nu" not in text
    flat = " ".join(text.split())
    for expected in ("Før din guldbehandling", "Din konsultation", "trin er på plads",
                     "Vi mangler: en aftale om pausen med din blodfortyndende medicin",
                     "Vi mangler: billederne fra din undersøgelse."):
        assert expected in flat, expected
    assert "Ikke endnu" in status_beside(pdf, "Send billederne til klinikken")


def test_the_letter_is_signed_by_the_staff_member_and_the_clinic(database) -> None:
    lines = [line.strip() for line in all_text(letter_pdf(
        patient(None, None), signer="Mette Jensen")).splitlines()]
    start = lines.index("Med venlig hilsen")
    assert lines[start + 1:start + 3] == ["Mette Jensen", "Guldklinikken"]


def test_without_a_signer_the_clinic_signs_alone(database) -> None:
    lines = [line.strip() for line in all_text(letter_pdf(
        patient(None, None), signer="")).splitlines()]
    start = lines.index("Med venlig hilsen")
    assert lines[start + 1] == "Guldklinikken"


def test_the_progress_line_and_the_new_scan_sentence() -> None:
    from reception.sheets.texts import new_scan_needed, steps_progress

    assert steps_progress(3, 6) == ("3 af de 6 trin er på plads. Herunder kan du se, hvad vi "
                                    "stadig mangler.")
    assert steps_progress(6, 6).startswith("Alle 6 trin er på plads")
    assert "0 af" not in steps_progress(0, 6)
    assert new_scan_needed("Røntgen", date(2023, 1, 10), None).startswith(
        "en nyere scanning. Din røntgenundersøgelse fra 10. januar 2023 er mere end 2 år gammel.")
    assert "Din MR-scanning fra" in new_scan_needed("MR-scanning", date(2023, 1, 10),
                                                     date(2026, 12, 15))
