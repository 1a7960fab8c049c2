"""Bookings that make sense: closed days, public holidays, the past and taken times warn."""

from __future__ import annotations

from datetime import date, time

import pytest

from reception.calls import CallForm, end_call, start_call
from reception.checklist import Booking, booking_warnings, ensure_checklist, save_step
from reception.clinic_days import (
    DEFAULT_WEEKDAYS,
    OpeningDays,
    closed_reason,
    load_opening_days,
    set_opening_weekdays,
)
from reception.privacy.settings import InvalidSetting

TODAY = date(2026, 12, 1)  # a Tuesday

pytestmark = pytest.mark.both_backends


def booked(name: str, phone: str) -> int:
    result = end_call(start_call(phone), CallForm(phone=phone, name=name), "booked", today=TODAY)
    assert result.caller_id is not None
    ensure_checklist(result.caller_id)
    return result.caller_id


def codes(warnings) -> list[str]:  # noqa: ANN001
    return [w.code for w in warnings]


@pytest.mark.parametrize(("day", "name"), [
    (date(2026, 12, 25), "Juledag"),
    (date(2026, 12, 26), "Anden juledag"),
    (date(2027, 3, 29), "Anden påskedag"),  # a Monday
    (date(2027, 5, 6), "Kristi himmelfartsdag"),  # a Thursday
])
def test_danish_public_holidays_close_the_clinic(day: date, name: str) -> None:
    closed = closed_reason(day)
    assert closed is not None and closed.code == "holiday" and closed.name == name


def test_weekends_are_closed_by_default_and_ordinary_days_open() -> None:
    assert closed_reason(date(2026, 12, 6)).name == "søndag"  # type: ignore[union-attr]
    assert closed_reason(date(2026, 12, 5)).code == "closed_weekday"  # type: ignore[union-attr]
    assert closed_reason(date(2026, 12, 3)) is None
    assert closed_reason(date(2026, 12, 24)) is None  # juleaften is not a public holiday
    saturdays = OpeningDays(weekdays=(0, 1, 2, 3, 4, 5))
    assert closed_reason(date(2026, 12, 5), saturdays) is None


def test_opening_weekdays_are_a_stored_clinic_setting(database) -> None:
    assert load_opening_days().weekdays == DEFAULT_WEEKDAYS
    assert set_opening_weekdays([3, 1, 1, 0]) == (0, 1, 3)
    assert load_opening_days().weekdays == (0, 1, 3)
    with pytest.raises(InvalidSetting, match="mindst én"):
        set_opening_weekdays([])
    with pytest.raises(InvalidSetting):
        set_opening_weekdays([7])
    assert load_opening_days().weekdays == (0, 1, 3)


def test_sunday_holiday_past_and_clash_each_warn_with_a_danish_message(database) -> None:
    anne = booked("Anne Hansen", "21234501")
    bo = booked("Bo Jensen", "21234502")
    save_step(anne, Booking(date(2026, 12, 3), time(10, 0)), today=TODAY)

    sunday = booking_warnings(date(2026, 12, 6), None, bo, TODAY)
    assert [(w.code, w.params) for w in sunday] == [
        ("closed_weekday", {"date": date(2026, 12, 6), "weekday": 6})]
    assert sunday[0].message == (
        "6. december 2026 er en søndag – klinikken holder lukket om søndagen.")

    holiday = booking_warnings(date(2026, 12, 26), time(9, 0), bo, TODAY)
    assert codes(holiday) == ["holiday"]  # a Saturday too, but the holiday is named
    assert "Anden juledag" in holiday[0].message

    assert codes(booking_warnings(date(2026, 11, 30), None, bo, TODAY)) == ["past"]
    assert booking_warnings(date(2026, 11, 30), None, bo, TODAY)[0].message == (
        "30. november 2026 er allerede passeret.")

    clash = booking_warnings(date(2026, 12, 3), time(10, 0), bo, TODAY)
    assert [(w.code, w.params["caller_id"], w.params["name"]) for w in clash] == [
        ("time_taken", anne, "Anne Hansen")]
    assert clash[0].message == "Kl. 10.00 den 3. december 2026 er allerede booket til Anne Hansen."
    # the patient's own booking is no clash; another time or day is fine
    assert booking_warnings(date(2026, 12, 3), time(10, 0), anne, TODAY) == []
    assert booking_warnings(date(2026, 12, 3), time(10, 30), bo, TODAY) == []
    assert booking_warnings(date(2026, 12, 4), time(10, 0), bo, TODAY) == []
    assert booking_warnings(None, None, bo, TODAY) == []


def test_the_setting_decides_which_weekdays_warn(database) -> None:
    bo = booked("Bo Jensen", "21234502")
    set_opening_weekdays([0, 1, 2, 3])  # closed on Fridays
    assert codes(booking_warnings(date(2026, 12, 4), None, bo, TODAY)) == ["closed_weekday"]
    assert booking_warnings(date(2026, 12, 4), None, bo, TODAY)[0].params["weekday"] == 4  # Friday


def test_saving_a_sunday_booking_keeps_it_and_says_so(database) -> None:
    bo = booked("Bo Jensen", "21234502")
    result = save_step(bo, Booking(date(2026, 12, 6), time(10, 0)), today=TODAY)
    assert result.checklist.booking.consultation_date == date(2026, 12, 6)
    assert len(result.warnings) == 1 and "søndag" in result.warnings[0]
    past = save_step(bo, Booking(date(2026, 11, 30)), today=TODAY)
    assert len(past.warnings) == 1  # the past is said once, not twice
