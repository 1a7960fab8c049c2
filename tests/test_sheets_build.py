"""Building sheet data from the shipped content; the plain variant has no personal data."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path

import pytest

from reception.content import Content, load_content
from reception.sheets import (
    MOST_ASKED_FAQ,
    Letterhead,
    Recipient,
    SheetData,
    StepStatus,
    content_revised,
    letterhead_from_clinic,
    personal_sheet,
    plain_sheet,
    scan_detail,
    step_lines,
)

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def content() -> Content:
    loaded = load_content()
    assert not loaded.problems, loaded.problems
    return loaded


@pytest.fixture(scope="module")
def letterhead(content: Content) -> Letterhead:
    return letterhead_from_clinic(content.clinic, street="Guldvej 1", postcode="8000",
                                  town="Aarhus C", email="kontakt@guldklinikken.dk")


def test_sheets_print_the_revision_date_the_clinic_set(content: Content,
                                                      letterhead: Letterhead) -> None:
    assert plain_sheet(content, letterhead, TODAY).content_revised == content.clinic.revised
    without = Content(conditions=content.conditions, faq=content.faq, steps=content.steps,
                      clinic=replace(content.clinic, revised=None))
    assert plain_sheet(without, letterhead, TODAY).content_revised == content_revised()


def test_letterhead_from_clinic_shows_the_phone_nationally(content: Content) -> None:
    head = letterhead_from_clinic(content.clinic)
    assert head.clinic_name == "Guldklinikken" and head.phone == "23 39 49 77"
    assert head.lines() == ["Tlf. 23 39 49 77"]


def test_plain_sheet_has_every_condition_the_most_asked_questions_and_six_steps(
        content: Content, letterhead: Letterhead) -> None:
    sheet = plain_sheet(content, letterhead, TODAY, revised=date(2026, 3, 1))
    assert [c.title for c in sheet.conditions] == [c.title for c in content.conditions]
    assert all(c.points for c in sheet.conditions)
    assert len(sheet.faq) == len(MOST_ASKED_FAQ)
    assert [s.number for s in sheet.steps] == [1, 2, 3, 4, 5, 6]
    assert all(s.status is None and not s.details for s in sheet.steps)
    assert sheet.content_revised == date(2026, 3, 1)


def test_plain_sheet_carries_no_personal_field(content: Content, letterhead: Letterhead) -> None:
    sheet = plain_sheet(content, letterhead, TODAY)
    assert sheet.recipient is None and sheet.greeting == "" and not sheet.is_personal
    names = {f.name for f in fields(SheetData)}
    assert {"recipient", "greeting"} <= names


def test_every_most_asked_id_exists(content: Content) -> None:
    ids = {entry.id for entry in content.faq}
    assert set(MOST_ASKED_FAQ) <= ids


def test_personal_sheet_keeps_the_callers_choices_in_order(content: Content,
                                                           letterhead: Letterhead) -> None:
    statuses = {"booking": StepStatus.DONE, "scan": StepStatus.DONE,
                "blood_thinners": StepStatus.NOT_RELEVANT}
    steps = step_lines(content, statuses, {"scan": [scan_detail(date(2025, 3, 3))]})
    sheet = personal_sheet(
        content, letterhead, Recipient("Jens Hansen", "Guldvej 7", "8000", "Aarhus C"),
        ["nakkesmerter", "kroniske-smerter/findes-ikke", "findes-ikke",
         "nakkesmerter/aarsager"],
        ["faq:bliver-jeg-bedoevet", "findes-ikke", "koere-bil-efter-behandling"],
        steps, "Du har tid til konsultation.", TODAY, revised=TODAY)
    assert sheet.greeting == "Kære Jens Hansen"
    assert [c.title for c in sheet.conditions] == ["Nakkesmerter",
                                                   "Nakkesmerter: Årsager og risikofaktorer"]
    assert [f.question for f in sheet.faq] == ["Bliver jeg bedøvet under behandlingen?",
                                               "Må jeg selv køre bil hjem efter behandlingen?"]
    assert [s.status for s in sheet.steps] == [
        StepStatus.DONE, StepStatus.DONE, StepStatus.MISSING, StepStatus.MISSING,
        StepStatus.NOT_RELEVANT, StepStatus.MISSING]
    assert sheet.steps[1].details == ("Scanning taget 3. marts 2025 – kan bruges til "
                                      "3. marts 2027",)


def test_content_revised_is_the_newest_content_file(tmp_path: Path) -> None:
    (tmp_path / "conditions").mkdir()
    older, newer = tmp_path / "faq.toml", tmp_path / "conditions" / "x.toml"
    older.write_text("", encoding="utf-8")
    newer.write_text("", encoding="utf-8")
    (tmp_path / "README.md").write_text("", encoding="utf-8")
    os.utime(older, (0, datetime(2025, 1, 5, 12).timestamp()))
    os.utime(newer, (0, datetime(2026, 3, 1, 12).timestamp()))
    os.utime(tmp_path / "README.md", (0, datetime(2026, 9, 9, 12).timestamp()))
    assert content_revised(tmp_path) == date(2026, 3, 1)
    assert content_revised(tmp_path / "nothing-here") is None
    assert isinstance(content_revised(), date)  # the shipped files


def test_importing_sheets_does_not_import_reportlab_until_a_sheet_is_rendered() -> None:
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from reception.content import load_content\n"
        "from reception.sheets import letterhead_from_clinic, plain_sheet, render_sheet\n"
        "content = load_content()\n"
        "sheet = plain_sheet(content, letterhead_from_clinic(content.clinic), date.today())\n"
        "assert not [m for m in sys.modules if m.startswith('reportlab')], 'too early'\n"
        "assert render_sheet(sheet).startswith(b'%PDF')\n"
        "assert 'reportlab.platypus' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
