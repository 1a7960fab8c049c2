"""The start of the day: callbacks due, sheets to send, consultations to prepare, open calls."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from reception.calls import (
    CallForm,
    callbacks_ahead,
    due_callback_count,
    end_call,
    save_draft,
    start_call,
)
from reception.checklist import (
    BloodThinners,
    Booking,
    ImagesReceived,
    StepStatus,
    ensure_checklist,
    save_step,
)
from reception.today import day_overview

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.both_backends


def caller(name: str, phone: str, outcome: str = "no_action", **extra) -> int:  # noqa: ANN003
    result = end_call(start_call(phone, now=NOW), CallForm(phone=phone, name=name,
                      email="x@y.dk"), outcome, now=NOW + timedelta(minutes=3), today=TODAY,
                      **extra)
    assert result.caller_id is not None
    return result.caller_id


def consultation(name: str, phone: str, day: date, at: time | None = None) -> int:
    person = caller(name, phone, "booked")
    ensure_checklist(person)
    save_step(person, Booking(day, at), today=TODAY)
    return person


def test_callbacks_ahead_lists_overdue_today_and_coming_days(database) -> None:
    soon = caller("Morgen", "21234501", "call_back", callback_due=TODAY + timedelta(days=1))
    late = caller("Sent", "21234502", "call_back", callback_due=TODAY - timedelta(days=2))
    now = caller("Nu", "21234503", "call_back", callback_due=TODAY)
    caller("Fjern", "21234504", "call_back", callback_due=TODAY + timedelta(days=30))
    ahead = callbacks_ahead(TODAY, days=14)
    assert [(c.caller_id, c.when(TODAY)) for c in ahead] == [
        (late, "overdue"), (now, "today"), (soon, "coming")]
    assert due_callback_count(TODAY) == 2
    assert due_callback_count(TODAY - timedelta(days=2)) == 1


def test_day_overview_gathers_what_needs_doing(database) -> None:
    cb = caller("Ring i dag", "21234510", "call_back", callback_due=TODAY)
    caller("Ring i morgen", "21234511", "call_back", callback_due=TODAY + timedelta(days=1))
    sheet = caller("Vil have ark", "21234512", "send_sheet")
    both = consultation("Mangler alt", "21234513", TODAY + timedelta(days=5), time(9, 0))
    images = consultation("Mangler billeder", "21234514", TODAY + timedelta(days=3))
    save_step(images, BloodThinners(takes=False), status=StepStatus.DONE, today=TODAY)
    pause = consultation("Mangler pause", "21234515", TODAY + timedelta(days=3), time(8, 0))
    save_step(pause, ImagesReceived(TODAY), status=StepStatus.DONE, today=TODAY)
    ready = consultation("Klar", "21234516", TODAY + timedelta(days=2))
    save_step(ready, ImagesReceived(TODAY), status=StepStatus.DONE, today=TODAY)
    save_step(ready, BloodThinners(takes=False), status=StepStatus.DONE, today=TODAY)
    consultation("Langt ude", "21234517", TODAY + timedelta(days=15))
    consultation("Passeret", "21234518", TODAY - timedelta(days=1))
    draft = start_call("21234519", now=NOW + timedelta(hours=1))
    save_draft(draft, CallForm(phone="21234519", name="Parkeret", notes="Ringer om knæet"))

    day = day_overview(TODAY)
    assert [c.caller_id for c in day.callbacks] == [cb]
    assert [s.caller_id for s in day.sheets] == [sheet]
    assert [(t.row.caller_id, t.missing_images, t.pause_not_agreed)
            for t in day.consultations] == [
        (images, True, False), (pause, False, True), (both, True, True)]  # no time first
    assert [(d.call_id, d.name) for d in day.drafts] == [(draft, "Parkeret")]
    assert day.total == 6


def test_an_empty_day(database) -> None:
    day = day_overview(TODAY)
    assert (day.callbacks, day.sheets, day.consultations, day.drafts, day.total) == (
        [], [], [], [], 0)
