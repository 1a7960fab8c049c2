"""Dates, times and numbers in Danish for the command line and the PDFs: one place.

The UI formats through QLocale instead (``ui/formats.py``), with the same Danish
result; nothing here imports Qt. Times of day use a dot (``10.30``) as Danish
letters do; the lists of the command line write a timestamp as ``24.11.2026 10:30``.
"""

from __future__ import annotations

from datetime import date, datetime, time

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


class Weekday(int):
    """A day of the week as a value, Monday = 0 (as ``date.weekday()``): a message
    parameter that each language names in its own words (``mandag``, ``Monday``)."""


class HolidayName(str):
    """A public holiday's Danish name (the ``str``) that remembers its ``day``, so that
    another language can name the holiday in its own words (``Second Day of Christmas``)."""

    day: date

    def __new__(cls, name: str, day: date) -> HolidayName:
        self = super().__new__(cls, name)
        self.day = day
        return self

    def __getnewargs__(self) -> tuple[str, date]:  # type: ignore[override]
        return (str(self), self.day)


class Count(int):
    """A count as a value (``1.234`` in Danish); the UI writes it in its language."""


class OneDecimal(float):
    """A figure with one decimal as a value (``33,3`` in Danish)."""


class ShortDay(date):
    """A day for an axis or a short list (``søn 25.10.`` in Danish)."""

    @classmethod
    def of(cls, day: date) -> ShortDay:
        return cls(day.year, day.month, day.day)


def number(count: int) -> str:
    """``1234`` → ``"1.234"`` (Danish thousands separator)."""
    return f"{count:,}".replace(",", ".")


def decimal(value: float, digits: int = 1) -> str:
    """``1234.56`` → ``"1.234,6"``."""
    whole = f"{value:,.{digits}f}"
    return whole.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def short_date(day: date | None) -> str:
    """``"12.05.2026"`` (as typed back into a field); "" for None."""
    return f"{day:%d.%m.%Y}" if day else ""


def day_month(day: date) -> str:
    """``"12.05."``."""
    return f"{day:%d.%m.}"


def clock(moment: time | datetime | None) -> str:
    """``"10.30"``; "" for None."""
    return f"{moment:%H.%M}" if moment else ""


def long_date(day: date) -> str:
    """``date(2026, 11, 22)`` → ``"22. november 2026"``."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def weekday_date(day: date) -> str:
    """``"tirsdag 1. december 2026"``."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def long_date_time(moment: datetime) -> str:
    """``"1. maj 2024 kl. 08.30"`` in the PC's local time."""
    local = moment.astimezone()
    return f"{long_date(local.date())} kl. {clock(local)}"


def value_text(value: object) -> object:
    """A message parameter as the Danish text shows it (dates written out)."""
    if isinstance(value, datetime):
        return long_date_time(value)
    if isinstance(value, ShortDay):
        return f"{WEEKDAYS[value.weekday()][:3]} {day_month(value)}"
    if isinstance(value, date):
        return long_date(value)
    if isinstance(value, Weekday):
        return WEEKDAYS[value]
    if isinstance(value, Count):
        return number(value)
    if isinstance(value, OneDecimal):
        return decimal(value)
    return value
