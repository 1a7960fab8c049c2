"""The checklist as the information sheet prints it: steps from the content, statuses, details."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from reception.calls import CallForm, end_call, start_call
from reception.checklist import (
    BloodThinners,
    Booking,
    Companion,
    Scan,
    StepStatus,
    consultation_at,
    ensure_checklist,
    save_step,
    set_step_status,
    step_lines_for,
)
from reception.content import load_content
from reception.sheets import consultation_text, render_sheet

pytestmark = pytest.mark.both_backends


TODAY = date(2026, 5, 4)


def caller(booked: bool = True) -> int:
    result = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens Hansen"),
                      "booked" if booked else "no_action", today=TODAY)
    if booked:
        ensure_checklist(result.caller_id)
    return result.caller_id


def test_step_lines_carry_titles_from_the_content_and_this_patients_status(database) -> None:
    content = load_content()
    patient = caller()
    save_step(patient, Booking(date(2026, 6, 2), time(10, 30), ("nakke",)),
              status=StepStatus.DONE, today=TODAY)
    save_step(patient, Scan("mr", "nakke", date(2024, 6, 1), "AUH"), status=StepStatus.DONE,
              today=TODAY)
    save_step(patient, BloodThinners(True, "Eliquis", True, date(2026, 5, 30)), today=TODAY)
    save_step(patient, Companion(True, "Anne"), today=TODAY)
    set_step_status(patient, "request_images", StepStatus.NOT_RELEVANT, "intern bemærkning")
    lines = step_lines_for(patient, content, TODAY)
    assert [line.title for line in lines] == [s.title for s in content.steps]
    assert [line.short for line in lines] == [s.short for s in content.steps]
    assert [line.status for line in lines] == [
        StepStatus.DONE, StepStatus.DONE, StepStatus.NOT_RELEVANT, StepStatus.MISSING,
        StepStatus.MISSING, StepStatus.MISSING]
    booking, scan, request, _, blood, companion = (line.details for line in lines)
    assert booking == ("Konsultation 2. juni 2026 kl. 10.30", "Område: Nakke")
    # 2 June is after 1 June: too old, so no "kan bruges til" and not shown as done
    assert scan == ("MR-scanning taget 1. juni 2024",)
    assert lines[1].attention and lines[1].status_label == "Ikke endnu"
    assert "mere end 2 år gammel, når du kommer til konsultationen 2. juni 2026" in \
        lines[1].needed_line
    assert request == ()  # the receptionist's reason is not printed
    assert blood == ("Pause aftalt fra 30. maj 2026",)
    assert companion == ("Kører hjem: Anne",)


def test_the_consultation_for_next_steps(database) -> None:
    patient = caller()
    assert consultation_at(patient) is None
    save_step(patient, Booking(date(2026, 12, 1), None, ()), today=TODAY)
    assert consultation_at(patient) is None  # a date without a time is not "kl. 00.00"
    save_step(patient, Booking(date(2026, 12, 1), time(10, 30), ()), today=TODAY)
    when = consultation_at(patient)
    assert when == datetime(2026, 12, 1, 10, 30)
    assert consultation_text(when) == "Du har tid til konsultation tirsdag den 1. december " \
                                      "2026 kl. 10.30."


def test_without_a_checklist_the_plain_steps(database) -> None:
    lines = step_lines_for(caller(booked=False), load_content(), TODAY)
    assert len(lines) == 6 and all(line.status is None for line in lines)


def test_the_lines_render_into_a_personal_sheet(database) -> None:
    from reception.sheets import Recipient, letterhead_from_clinic, personal_sheet

    content = load_content()
    patient = caller()
    save_step(patient, Scan("rontgen", "knae", date(2025, 3, 3)), status=StepStatus.DONE,
              today=TODAY)
    sheet = personal_sheet(content, letterhead_from_clinic(content.clinic),
                           Recipient("Jens Hansen"), [], [],
                           step_lines_for(patient, content, TODAY), "", TODAY)
    assert render_sheet(sheet).startswith(b"%PDF")
