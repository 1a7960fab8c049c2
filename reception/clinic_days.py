"""Which days the clinic is open: opening weekdays (a clinic setting) and Danish public holidays.

    load_opening_days() -> OpeningDays          from the ``setting`` table (default Mon–Fri)
    set_opening_weekdays(weekdays) -> tuple      0 = Monday … 6 = Sunday; raises InvalidSetting
    closed_reason(day, opening) -> ClosedDay | None   why the clinic is closed that day

Public holidays come from the ``holidays`` package (Denmark, Danish names such as
»Anden juledag«), imported the first time a day is checked: it costs ≈ 130 ms.
Only the official public holidays count; Grundlovsdag, juleaften and nytårsaften are
ordinary weekdays unless the clinic removes them some other way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reception.privacy.settings import InvalidSetting, SettingVar
from reception.sheets.texts import WEEKDAYS

DEFAULT_WEEKDAYS: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday to Friday


def _clean_weekdays(value: object) -> tuple[int, ...]:
    if not isinstance(value, list | tuple) or not all(
            isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in value):
        raise InvalidSetting("weekdays_invalid")
    if not value:
        raise InvalidSetting("no_weekday")
    return tuple(sorted(set(value)))


OPENING_WEEKDAYS: SettingVar[tuple[int, ...]] = SettingVar(
    "opening_weekdays", DEFAULT_WEEKDAYS, lambda text: tuple(json.loads(text)),
    lambda days: json.dumps(list(days)), _clean_weekdays)


@dataclass(frozen=True)
class OpeningDays:
    """The clinic's opening days: weekdays open, and whether public holidays close it."""

    weekdays: tuple[int, ...] = DEFAULT_WEEKDAYS
    closed_on_holidays: bool = True


@dataclass(frozen=True)
class ClosedDay:
    code: str  # "holiday" or "closed_weekday"
    name: str  # the holiday's Danish name, or the weekday (»søndag«)


def load_opening_days() -> OpeningDays:
    return OpeningDays(weekdays=OPENING_WEEKDAYS.get())


def set_opening_weekdays(weekdays: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    return OPENING_WEEKDAYS.set(tuple(weekdays))


@lru_cache(maxsize=8)
def _danish_holidays(year: int, language: str = "da") -> dict[date, str]:
    import holidays  # lazily: ≈ 130 ms

    return dict(holidays.country_holidays("DK", years=year, language=language).items())


def holiday_name(day: date, language: str = "da") -> str | None:
    """The Danish public holiday on ``day`` (»Anden juledag«), or None; ``language``
    ("en_US") names it in another language the ``holidays`` package knows."""
    return _danish_holidays(day.year, language).get(day)


def closed_reason(day: date, opening: OpeningDays | None = None) -> ClosedDay | None:
    """Why the clinic is closed on ``day`` (a holiday is named before a closed weekday)."""
    opening = opening or OpeningDays()
    if opening.closed_on_holidays:
        name = holiday_name(day)
        if name:
            return ClosedDay("holiday", name)
    if day.weekday() not in opening.weekdays:
        return ClosedDay("closed_weekday", WEEKDAYS[day.weekday()])
    return None
