"""Privacy settings, declared once with type and default, stored in the ``setting`` table.

Stored in the database (not in code, not in QSettings) so they travel with backups
and hold for every PC using the data folder. ``SettingVar.get()`` never fails: a
missing or unreadable value gives the default.

    staff_members() -> list[str]             who can be chosen at start (empty: the login name)
    set_staff_members(names)                 trimmed, duplicates and empty lines dropped
    retention_months() / set_retention_months(months)   default 24, 1 … 240
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from reception.changes import announce
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.store.errors import guarded
from reception.store.models import Setting

T = TypeVar("T")

MAX_STAFF = 50
MAX_STAFF_NAME = 40


class InvalidSetting(ReceptionError, ValueError):
    """A value the setting does not accept."""

    messages = {
        "staff_not_a_list": QT_TR_NOOP("Personalelisten skal være en liste af navne."),
        "staff_name_too_long": QT_TR_NOOP("Navnet »{name}…« er for langt (højst {limit} tegn)."),
        "too_many_staff": QT_TR_NOOP("Højst {limit} navne på personalelisten."),
        "months_not_whole": QT_TR_NOOP("Opbevaringsperioden skal være et helt antal måneder."),
        "months_out_of_range": QT_TR_NOOP(
            "Opbevaringsperioden skal være mellem 1 og 240 måneder."),
        "weekdays_invalid": QT_TR_NOOP(
            "Åbningsdagene skal være ugedage fra mandag til søndag."),
        "no_weekday": QT_TR_NOOP("Vælg mindst én åbningsdag."),
    }


@dataclass(frozen=True)
class SettingVar(Generic[T]):
    """One setting: key in the ``setting`` table, default, and how it is read and written."""

    key: str
    default: T
    parse: Callable[[str], T]
    dump: Callable[[T], str]
    check: Callable[[T], T] = lambda value: value  # returns the cleaned value or raises

    @guarded
    def get(self) -> T:
        row = Setting.get_or_none(Setting.key == self.key)
        if row is None:
            return self.default
        try:
            return self.check(self.parse(row.value))
        except (ValueError, TypeError):
            return self.default

    @guarded
    def set(self, value: T) -> T:
        cleaned = self.check(value)
        Setting.put([{"key": self.key, "value": self.dump(cleaned)}])
        announce("settings")
        return cleaned


def clean_staff_names(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        raise InvalidSetting("staff_not_a_list")
    names: list[str] = []
    for item in value:
        name = " ".join(str(item).split())
        if not name or name.casefold() in {n.casefold() for n in names}:
            continue
        if len(name) > MAX_STAFF_NAME:
            raise InvalidSetting("staff_name_too_long", name=name[:20], limit=MAX_STAFF_NAME)
        names.append(name)
    if len(names) > MAX_STAFF:
        raise InvalidSetting("too_many_staff", limit=MAX_STAFF)
    return names


def check_months(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidSetting("months_not_whole")
    if not 1 <= value <= 240:
        raise InvalidSetting("months_out_of_range")
    return value


STAFF_MEMBERS: SettingVar[list[str]] = SettingVar(
    "staff_members", [], json.loads, lambda names: json.dumps(names, ensure_ascii=False),
    clean_staff_names)
RETENTION_MONTHS: SettingVar[int] = SettingVar(
    "retention_months", 24, int, str, check_months)


def staff_members() -> list[str]:
    return list(STAFF_MEMBERS.get())


def set_staff_members(names: list[str]) -> list[str]:
    """Store the staff list (cleaned); returns what was stored. Raises ``InvalidSetting``."""
    return STAFF_MEMBERS.set(list(names))


def retention_months() -> int:
    return RETENTION_MONTHS.get()


def set_retention_months(months: int) -> int:
    return RETENTION_MONTHS.set(months)
