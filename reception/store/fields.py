"""How times and code lists are stored.

Timestamps (a moment: a call started, a note was written) are stored as UTC
ISO-8601 text with a fixed width, ``2024-05-01T08:30:00.000000+00:00``: sortable
as text, readable in any SQLite tool, the same in every engine. They come back
as timezone-aware UTC datetimes; show them with ``.astimezone()``. Writing a
naive datetime is a programming error and raises.

Calendar dates (a callback is due on, pain began on) are peewee ``DateField``
(``YYYY-MM-DD``): a date has no time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from peewee import TextField


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_utc_text(moment: datetime) -> str:
    """The stored form of an aware datetime."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware datetime (e.g. utc_now())")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_utc_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class UtcDateTimeField(TextField):
    """An aware datetime stored as fixed-width UTC ISO text (see the module docstring)."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return to_utc_text(value)
        return value

    def python_value(self, value: Any) -> Any:
        if isinstance(value, str) and value:
            return from_utc_text(value)
        return value


class CodeListField(TextField):
    """Vocabulary codes (``nakke``, ``ryg`` …) stored as ``"nakke,ryg"``, read as a tuple."""

    def db_value(self, value: Any) -> Any:
        if value is None or isinstance(value, str):
            return value
        return ",".join(join_codes(value))

    def python_value(self, value: Any) -> Any:
        if value is None:
            return ()
        return tuple(code for code in str(value).split(",") if code)


def join_codes(codes: Iterable[str]) -> list[str]:
    """Codes without duplicates, in first-seen order."""
    return list(dict.fromkeys(c for c in codes if c))
