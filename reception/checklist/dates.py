"""Dates and times as the receptionist types and reads them: "12.5.2026", "10.30".

Parsing never guesses a century or swaps day and month: anything it does not
understand raises ``InvalidDate`` with a Danish message naming what was typed.
"""

from __future__ import annotations

import re
from datetime import date, time

from reception import formats
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.sheets.dates import danish_date

__all__ = ["InvalidDate", "danish_date", "danish_date_long", "parse_date", "parse_time",
           "short_date", "short_time"]

_DATE = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")


class InvalidDate(ReceptionError, ValueError):
    """Text that is not a date or time; ``text`` is what was typed."""

    messages = {
        "not_a_date": QT_TR_NOOP("»{text}« er ikke en dato. Skriv fx 12.5.2026."),
        "no_such_date": QT_TR_NOOP("»{text}« findes ikke i kalenderen."),
        "not_a_time": QT_TR_NOOP("»{text}« er ikke et klokkeslæt. Skriv fx 10.30."),
    }


def parse_date(text: str) -> date | None:
    """``"12.5.2026"``, ``"12-05-2026"``, ``"2026-05-12"`` → a date; blank → None."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        found = _DATE.match(text)
        if not found:
            raise InvalidDate("not_a_date", text=text)
        day, month, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidDate("no_such_date", text=text) from None


def parse_time(text: str) -> time | None:
    """``"10.30"``, ``"10:30"``, ``"9"`` → a time; blank → None."""
    text = text.strip()
    if not text:
        return None
    found = _TIME.match(text)
    if found:
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise InvalidDate("not_a_time", text=text)


def short_date(day: date | None) -> str:
    """``"12.05.2026"`` (as typed back into a field); "" for None."""
    return formats.short_date(day)


def short_time(moment: time | None) -> str:
    return formats.clock(moment)


def danish_date_long(day: date) -> str:
    """``"tirsdag 1. december 2026"``."""
    return formats.weekday_date(day)
