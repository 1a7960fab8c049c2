"""Dates, times and numbers as the UI shows them: through QLocale, patterns through tr().

The patterns are Qt's (``dd.MM.yyyy``) and translatable, so English can read
``dd/MM/yyyy`` while Danish stays as it always was; the locale itself is named by a
translatable string too (``da_DK``), so numbers get the language's separators.
The command line and the PDFs use ``reception.formats`` (no Qt there).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from reception.formats import Count, HolidayName, OneDecimal, ShortDay, Weekday
from ui.translations import tr


def locale() -> QLocale:
    """The locale of the UI's language (Danish unless a translation names another)."""
    return QLocale(tr("da_DK"))


def _date(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _local(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(_date(local.date()), QTime(local.hour, local.minute, local.second))


def date_text(day: date | None) -> str:
    """``24.11.2026`` (empty for None)."""
    return locale().toString(_date(day), tr("dd.MM.yyyy")) if day else ""


def day_month(day: date | None) -> str:
    """``24.11.`` (a date this year, in a list)."""
    return locale().toString(_date(day), tr("dd.MM.")) if day else ""


def clock(moment: time | datetime | None) -> str:
    """``10.30`` (a time of day; a datetime is taken as it is, not converted)."""
    if moment is None:
        return ""
    return locale().toString(QTime(moment.hour, moment.minute), tr("HH.mm"))


def date_time(moment: datetime | None, *, seconds: bool = False) -> str:
    """``24.11.2026 10:30`` in the PC's time zone (``:ss`` with ``seconds``)."""
    if moment is None:
        return ""
    pattern = tr("dd.MM.yyyy HH:mm:ss") if seconds else tr("dd.MM.yyyy HH:mm")
    return locale().toString(_local(moment), pattern)


def day_month_time(moment: datetime | None) -> str:
    """``24.11. 10:30`` in the PC's time zone."""
    return locale().toString(_local(moment), tr("dd.MM. HH:mm")) if moment else ""


def number(count: int) -> str:
    """``1.234`` in Danish (the language's thousands separator)."""
    return locale().toString(count)


def decimal(value: float, digits: int = 1) -> str:
    """``33,3`` in Danish, ``33.3`` in English."""
    return locale().toString(float(value), "f", digits)


def short_day(day: date) -> str:
    """``søn 25.10.`` (the weekday's first three letters and the day: axes, short lists)."""
    return f"{locale().toString(_date(day), 'dddd')[:3]} {day_month(day)}"


def month_short(month: int) -> str:
    """``maj``, ``okt`` (a month's first three letters, 1 = January: an axis)."""
    return locale().monthName(month, QLocale.FormatType.LongFormat)[:3]


def long_date(day: date | None) -> str:
    """``1. december 2026``."""
    return locale().toString(_date(day), tr("d. MMMM yyyy")) if day else ""


def weekday_date(day: date | None) -> str:
    """``tirsdag 1. december 2026``."""
    return locale().toString(_date(day), tr("dddd d. MMMM yyyy")) if day else ""


def weekday_short_date(day: date | None) -> str:
    """``tir 01.12.2026`` (the weekday's first three letters: lists with little room)."""
    return f"{locale().toString(_date(day), 'dddd')[:3]} {date_text(day)}" if day else ""


def weekday_name(weekday: int) -> str:
    """``søndag`` for 6 (Monday = 0, as ``date.weekday()``), in the UI's language."""
    return locale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


# The ``holidays`` package's names for a public holiday, by the UI's language.
HOLIDAY_LANGUAGES = {"da": "da", "en": "en_US"}


def holiday_text(name: HolidayName) -> str:
    """A public holiday named in the UI's language (the Danish name when there is none)."""
    language = HOLIDAY_LANGUAGES.get(locale().name()[:2], "da")
    if language == "da":
        return str(name)
    from reception.clinic_days import holiday_name

    return holiday_name(name.day, language) or str(name)


def value_text(value: object) -> object:
    """A message parameter as the UI shows it (``reception.formats.value_text``'s twin)."""
    if isinstance(value, datetime):
        return tr("{date} kl. {time}").format(date=long_date(value.astimezone().date()),
                                              time=clock(value.astimezone()))
    if isinstance(value, HolidayName):
        return holiday_text(value)
    if isinstance(value, ShortDay):
        return short_day(value)
    if isinstance(value, date):
        return long_date(value)
    if isinstance(value, Weekday):
        return weekday_name(value)
    if isinstance(value, Count):
        return number(value)
    if isinstance(value, OneDecimal):
        return decimal(value)
    return value
