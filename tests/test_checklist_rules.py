"""The checklist's rules at their boundaries: the 2-year scan, leap days, images due."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception.checklist import (
    IMAGES_DUE_DAYS,
    InvalidDate,
    images_due,
    parse_date,
    parse_time,
    scan_too_old,
    short_date,
    usable_until,
)


def test_a_scan_is_usable_until_the_same_day_two_years_on() -> None:
    assert usable_until(date(2024, 3, 3)) == date(2026, 3, 3)
    assert usable_until(None) is None


def test_exactly_two_years_is_still_usable_one_day_more_is_not() -> None:
    taken = date(2024, 3, 3)
    assert not scan_too_old(taken, date(2026, 3, 3))
    assert scan_too_old(taken, date(2026, 3, 4))
    assert not scan_too_old(taken, None) and not scan_too_old(None, date(2026, 3, 4))


def test_a_scan_taken_on_29_february_is_usable_until_28_february() -> None:
    """Decided: 29 Feb + 2 years = 28 Feb (never more than two years on)."""
    taken = date(2024, 2, 29)
    assert usable_until(taken) == date(2026, 2, 28)
    assert not scan_too_old(taken, date(2026, 2, 28))
    assert scan_too_old(taken, date(2026, 3, 1))


def test_a_scan_ending_in_a_leap_year_ends_on_28_february() -> None:
    taken = date(2022, 2, 28)
    assert usable_until(taken) == date(2024, 2, 28)
    assert scan_too_old(taken, date(2024, 2, 29))
    # leap day to leap day (four years) is not the rule's business, but two years is:
    assert usable_until(date(2020, 2, 29)) == date(2022, 2, 28)


def test_images_are_due_from_seven_days_before_until_the_day_itself() -> None:
    today = date(2026, 5, 4)
    assert IMAGES_DUE_DAYS == 7
    assert images_due(today + timedelta(days=7), today)
    assert not images_due(today + timedelta(days=8), today)
    assert images_due(today, today)
    assert not images_due(today - timedelta(days=1), today)  # past: not "near"
    assert not images_due(None, today)


@pytest.mark.parametrize("text, expected", [
    ("12.5.2026", date(2026, 5, 12)), ("12-05-2026", date(2026, 5, 12)),
    ("1/2/2027", date(2027, 2, 1)), ("2026-05-12", date(2026, 5, 12)),
    (" 29.02.2024 ", date(2024, 2, 29)), ("", None), ("   ", None),
])
def test_dates_are_read_as_danes_write_them(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["12.5.26", "31.2.2026", "29.2.2025", "maj", "12.13.2026"])
def test_what_is_not_a_date_is_refused_in_danish(text: str) -> None:
    with pytest.raises(InvalidDate, match=text.strip()):
        parse_date(text)


def test_times() -> None:
    assert parse_time("10.30") == time(10, 30)
    assert parse_time("9:05") == time(9, 5)
    assert parse_time("14") == time(14, 0)
    assert parse_time("") is None
    for bad in ("24.00", "10.60", "halv elleve"):
        with pytest.raises(InvalidDate, match="klokkeslæt"):
            parse_time(bad)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_a_date_written_back_reads_the_same(day: date) -> None:
    assert parse_date(short_date(day)) == day


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_usable_until_is_never_more_than_two_years_on(day: date) -> None:
    until = usable_until(day)
    assert until is not None
    assert until.year == day.year + 2
    assert (until.month, until.day) <= (day.month, day.day)
    assert not scan_too_old(day, until) and scan_too_old(day, until + timedelta(days=1))
