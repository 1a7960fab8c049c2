"""Typed access to one TOML table, with Danish messages naming the field."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from reception.errors import ReceptionError

_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
MAX_TEXT = 20_000  # a content text longer than this is surely a paste accident


def is_valid_id(value: str) -> bool:
    return bool(_ID.match(value))


class InvalidEntry(ReceptionError):
    """One entry of a content file is wrong; ``entry`` names it, ``problem`` says how.

    The problems are for whoever edits the clinic's (Danish) content files, so
    they stay Danish: the code is one, the problem its parameter.
    """

    messages = {"invalid_entry": "{entry}: {problem}", "invalid_file": "{problem}"}

    def __init__(self, entry: str, problem: str) -> None:
        super().__init__("invalid_entry" if entry else "invalid_file", entry=entry,
                         problem=problem)
        self.entry = entry
        self.problem = problem


class EntryReader:
    """Reads fields of one table; every failure raises :class:`InvalidEntry`."""

    def __init__(self, data: dict[str, Any], label: str) -> None:
        self._data = data
        self._label = label

    def _fail(self, key: str, message: str) -> InvalidEntry:
        return InvalidEntry(self._label, f"feltet '{key}' {message}")

    def text(self, key: str, *, required: bool = True) -> str:
        value = self._data.get(key)
        if value is None:
            if required:
                raise self._fail(key, "mangler")
            return ""
        if not isinstance(value, str):
            raise self._fail(key, "skal være tekst i anførselstegn")
        value = value.strip()
        if required and not value:
            raise self._fail(key, "er tomt")
        if len(value) > MAX_TEXT:
            raise self._fail(key, f"er længere end {MAX_TEXT} tegn")
        return value

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not is_valid_id(value):
            raise self._fail(key, f"'{value}' må kun indeholde små bogstaver a-z, tal og '-'")
        return value

    def integer(self, key: str, *, minimum: int, maximum: int) -> int:
        value = self._data.get(key)
        if value is None:
            raise self._fail(key, "mangler")
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, "skal være et heltal")
        if not minimum <= value <= maximum:
            raise self._fail(key, f"skal ligge mellem {minimum} og {maximum}")
        return value

    def day(self, key: str, *, latest: date) -> date | None:
        """An optional date, written ``"2026-11-22"`` (or as a bare TOML date)."""
        value = self._data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value.strip())
            except ValueError:
                raise self._fail(key, 'skal være en dato som "2026-11-22"') from None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self._fail(key, 'skal være en dato som "2026-11-22"')
        if value > latest:
            raise self._fail(key, f"ligger efter i dag ({value.isoformat()})")
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._data.get(key)
        if value is None:
            if required:
                raise self._fail(key, "mangler")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, 'skal være en liste af tekster, fx ["a", "b"]')
        items = tuple(v.strip() for v in value if v.strip())
        if required and not items:
            raise self._fail(key, "er tom")
        return items

    def tables(self, key: str) -> list[EntryReader]:
        value = self._data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._fail(key, f"skal skrives som [[...{key}]]-tabeller")
        return [EntryReader(v, f"{self._label} → {key} nr. {i}") for i, v in enumerate(value, 1)]
