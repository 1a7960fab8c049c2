"""Typed access to one TOML table; a problem names the field and says what is wrong.

Each problem is a code (``missing``, ``too_long`` …) with its parameters and a
Danish template marked ``QT_TR_NOOP``: the loader and the command line show the
Danish (``feltet 'title' mangler``), the texts editor translates the same
template (``ui.messages.message_of``) and shows it beside the field.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from reception.errors import QT_TR_NOOP, ReceptionError, Text

_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
MAX_TEXT = 20_000  # a content text longer than this is surely a paste accident

# One field's problem: ``field`` the TOML key, ``what`` one of PROBLEMS below.
FIELD = QT_TR_NOOP("feltet '{field}' {what}")

# code → Danish template of what is wrong with a field (its params in braces). A template
# that names the {field} itself is the whole sentence (a bare »mangler« is the checklist's
# »to do« in the translation table).
PROBLEMS: dict[str, str] = {
    "missing": QT_TR_NOOP("feltet '{field}' mangler"),
    "not_text": QT_TR_NOOP("skal være tekst i anførselstegn"),
    "empty": QT_TR_NOOP("er tomt"),
    "too_long": QT_TR_NOOP("er længere end {limit} tegn"),
    "bad_id": QT_TR_NOOP("'{value}' må kun indeholde små bogstaver a-z, tal og '-'"),
    "bad_key": QT_TR_NOOP("må kun indeholde små bogstaver a-z, tal og »-«"),
    "not_key": QT_TR_NOOP("skal være »{key}«"),
    "not_integer": QT_TR_NOOP("skal være et heltal"),
    "out_of_range": QT_TR_NOOP("skal ligge mellem {minimum} og {maximum}"),
    "not_date": QT_TR_NOOP('skal være en dato som "2026-11-22"'),
    "in_future": QT_TR_NOOP("ligger efter i dag ({value})"),
    "not_texts": QT_TR_NOOP('skal være en liste af tekster, fx ["a", "b"]'),
    "empty_list": QT_TR_NOOP("er tom"),
    "not_tables": QT_TR_NOOP("skal skrives som [[...{key}]]-tabeller"),
}
_CODES = {template: code for code, template in PROBLEMS.items()}

# Problems of a whole entry or file (no field), code → Danish template.
ENTRY_PROBLEMS: dict[str, str] = {
    "not_table": QT_TR_NOOP("er ikke en tabel"),
    "no_sections": QT_TR_NOOP("ingen [[sections]] fundet"),
    "bad_file_name": QT_TR_NOOP(
        "filnavnet skal være små bogstaver, tal og '-' (fx nakkesmerter.toml)"),
}


def is_valid_id(value: str) -> bool:
    return bool(_ID.match(value))


def field_problem(field: str, code: str, /, **params: object) -> Text:
    """``feltet '<field>' <what>`` as a translatable text (``code`` picks the what)."""
    template = PROBLEMS[code]
    if "{field}" in template:
        return Text(template, field=field, **params)
    return Text(FIELD, field=field, what=Text(template, **params))


def entry_problem(code: str) -> Text:
    return Text(ENTRY_PROBLEMS[code])


def field_of(text: object) -> tuple[str, Text] | None:
    """``(field, what)`` of the first field problem inside ``text``, None if it has none
    (``what`` is the whole problem when its template names the field)."""
    if not isinstance(text, Text):
        return None
    what = text.params.get("what")
    if text.template == FIELD and isinstance(what, Text):
        return str(text.params["field"]), what
    if text.template in _CODES and "field" in text.params:
        return str(text.params["field"]), text
    for value in text.params.values():
        found = field_of(value)
        if found is not None:
            return found
    return None


def problem_code(what: Text) -> str:
    """The code of a field's ``what`` (``field_of``), "" for an unknown one."""
    return _CODES.get(what.template, "")


class InvalidEntry(ReceptionError):
    """One entry of a content file is wrong; ``entry`` names it, ``problem`` says how.

    ``problem`` is a ``Text`` (Danish, remembering its code's template and params),
    so the editor can translate it; ``code`` is ``invalid_entry`` or ``invalid_file``.
    """

    messages = {"invalid_entry": QT_TR_NOOP("{entry}: {problem}"),
                "invalid_file": QT_TR_NOOP("{problem}")}

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

    def _fail(self, name: str, code: str, /, **params: object) -> InvalidEntry:
        return InvalidEntry(self._label, field_problem(name, code, **params))

    def text(self, key: str, *, required: bool = True) -> str:
        value = self._data.get(key)
        if value is None:
            if required:
                raise self._fail(key, "missing")
            return ""
        if not isinstance(value, str):
            raise self._fail(key, "not_text")
        value = value.strip()
        if required and not value:
            raise self._fail(key, "empty")
        if len(value) > MAX_TEXT:
            raise self._fail(key, "too_long", limit=MAX_TEXT)
        return value

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not is_valid_id(value):
            raise self._fail(key, "bad_id", value=value)
        return value

    def integer(self, key: str, *, minimum: int, maximum: int) -> int:
        value = self._data.get(key)
        if value is None:
            raise self._fail(key, "missing")
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, "not_integer")
        if not minimum <= value <= maximum:
            raise self._fail(key, "out_of_range", minimum=minimum, maximum=maximum)
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
                raise self._fail(key, "not_date") from None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self._fail(key, "not_date")
        if value > latest:
            raise self._fail(key, "in_future", value=value.isoformat())
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._data.get(key)
        if value is None:
            if required:
                raise self._fail(key, "missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "not_texts")
        items = tuple(v.strip() for v in value if v.strip())
        if required and not items:
            raise self._fail(key, "empty_list")
        return items

    def tables(self, key: str) -> list[EntryReader]:
        value = self._data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._fail(key, "not_tables", key=key)
        return [EntryReader(v, f"{self._label} → {key} nr. {i}") for i, v in enumerate(value, 1)]
