"""A report's period: whole local days in Denmark, and their bounds in UTC as stored.

Times are stored as UTC text (``2026-11-01T06:12:00.000000+00:00``, store/fields.py),
which sorts like time, so a period's bounds are two such texts. The first day
starts at local midnight (Europe/Copenhagen, summer time included); the last day
ends at the next local midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from reception.store.fields import to_utc_text

LOCAL = ZoneInfo("Europe/Copenhagen")

PERIOD_NAMES = ("this_week", "this_month", "last_month", "this_year", "custom")


@dataclass(frozen=True)
class Period:
    """From ``first`` to ``last``, both included, as local dates."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"period ends {self.last} before it starts {self.first}")

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def start_utc(self) -> datetime:
        return local_midnight(self.first)

    @property
    def end_utc(self) -> datetime:
        """The first moment after the period (the next local midnight), in UTC."""
        return local_midnight(self.last + timedelta(days=1))

    def bounds_text(self, extra_days: int = 0) -> tuple[str, str]:
        """Stored-text bounds ``[start, end)``; ``extra_days`` stretches the end."""
        end = local_midnight(self.last + timedelta(days=1 + extra_days))
        return to_utc_text(self.start_utc), to_utc_text(end)


def local_midnight(day: date) -> datetime:
    """The UTC moment the local ``day`` begins."""
    return datetime.combine(day, time(0), tzinfo=LOCAL).astimezone(UTC)


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL).date()


def named_period(name: str, today: date) -> Period:
    """``this_week`` (Monday to Sunday), ``this_month``, ``last_month``, ``this_year``."""
    if name == "this_week":
        monday = today - timedelta(days=today.weekday())
        return Period(monday, monday + timedelta(days=6))
    if name == "this_month":
        return Period(today.replace(day=1), _month_end(today))
    if name == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return Period(last.replace(day=1), last)
    if name == "this_year":
        return Period(date(today.year, 1, 1), date(today.year, 12, 31))
    raise ValueError(f"unknown period {name!r}; one of {PERIOD_NAMES[:-1]}")


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
