"""No lost update: a save states the version it started from, and never writes over a newer one.

Caller details, checklists and their steps, callbacks and settings carry a
``version`` (schema_versions) and who saved them last (``saved_desk``,
``saved_user``, ``saved_at``). A service that changes such a row:

1. reads the row in its write transaction;
2. ``check(row, started_from, mine)``: when another desk saved a newer version
   since ``started_from`` *and* that version holds other values than this save
   would write, raises ``ChangedElsewhere`` (which fields, their value, my value,
   who, when). A newer version that agrees with this save (another field, the
   same value, codes that only accumulate) is no conflict: nothing of it is lost;
3. ``write(model, row, changes)``: ``UPDATE … SET …, version = version + 1
   WHERE id = ? AND version = ?`` with the version just read, so a save that
   slips in between the read and the write (PostgreSQL's row lock lets the
   second one through once the first commits) is caught too: False, read again.

``save_checked`` does the three in a loop. ``started_from=None`` means "save on
top knowingly" (the receptionist chose to keep her own values, or a path that
only appends). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import Model

from reception.desk_identity import desk_name, desk_user
from reception.errors import QT_TR_NOOP, ReceptionError, Text
from reception.store.fields import utc_now

RETRIES = 5


def stamp(now: datetime | None = None) -> dict[str, Any]:
    """The "saved by this desk, now" columns of a versioned row."""
    return {"saved_desk": desk_name(), "saved_user": desk_user(), "saved_at": now or utc_now()}


@dataclass(frozen=True)
class FieldChange:
    """One field another desk saved with another value than mine."""

    field: str  # the column (or step field) name
    theirs: Any
    mine: Any


class ChangedElsewhere(ReceptionError, RuntimeError):
    """Another desk saved a newer version in between; nothing of theirs was written over.

    ``code`` and ``params`` name the conflict; ``version`` is theirs: a save that
    states it (keep mine, knowingly) goes through.
    """

    code = "changed_elsewhere"
    messages = {
        "changed_elsewhere": QT_TR_NOOP(
            "{who} gemte en ændring af det samme kl. {time}, mens du skrev. Intet er skrevet "
            "over, og det du skrev er bevaret: vælg hvad der skal gælde."),
        "changed_elsewhere_untimed": QT_TR_NOOP(
            "{who} gemte en ændring af det samme, mens du skrev. Intet er skrevet over, og "
            "det du skrev er bevaret: vælg hvad der skal gælde."),
    }

    def __init__(self, entity: str, entity_id: int, changes: tuple[FieldChange, ...], *,
                 version: int, desk: str, user: str, at: datetime | None) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.changes = changes
        self.version = version
        self.desk = desk
        self.user = user
        self.at = at
        who: object = self.who if desk else Text(QT_TR_NOOP("et andet skrivebord"))
        if self.when:
            super().__init__("changed_elsewhere", who=who, time=self.when)
        else:
            super().__init__("changed_elsewhere_untimed", who=who)

    @property
    def who(self) -> str:
        """"Reception 2 (mette)", "Reception 2", or "et andet skrivebord" when unknown."""
        if not self.desk:
            return "et andet skrivebord"
        return f"{self.desk} ({self.user})" if self.user else self.desk

    @property
    def when(self) -> str:
        """Local time of their save, "14:02" ("" when unknown)."""
        return self.at.astimezone().strftime("%H:%M") if self.at else ""

    @property
    def fields(self) -> list[tuple[str, Any, Any]]:
        """Per field: its name, their value, mine."""
        return [(c.field, c.theirs, c.mine) for c in self.changes]

    def theirs(self) -> dict[str, Any]:
        return {c.field: c.theirs for c in self.changes}

    def mine(self) -> dict[str, Any]:
        return {c.field: c.mine for c in self.changes}


def differences(row: Model, mine: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """The fields of ``mine`` whose stored value in ``row`` is another."""
    return tuple(FieldChange(name, getattr(row, name), value)
                 for name, value in mine.items() if getattr(row, name) != value)


def conflict(row: Model, entity: str, changes: tuple[FieldChange, ...]) -> ChangedElsewhere:
    return ChangedElsewhere(entity, int(row.get_id()), changes, version=int(row.version),
                            desk=row.saved_desk, user=row.saved_user, at=row.saved_at)


def check(row: Model, started_from: int | None, mine: Mapping[str, Any], entity: str,
          base: Mapping[str, Any] | None = None) -> None:
    """Raise ``ChangedElsewhere`` when ``row`` is newer than ``started_from`` and holds
    other values than ``mine``; see the module docstring.

    ``base``: the values as they were at ``started_from``, when the caller kept them;
    then only the fields the other desk changed count (a field only I changed is mine
    to save). Without it every field that differs counts: shown, never lost.
    """
    if started_from is None or int(row.version) == started_from:
        return
    changes = differences(row, mine)
    if base is not None:
        changes = tuple(c for c in changes if base.get(c.field, c.theirs) != c.theirs)
    if changes:
        raise conflict(row, entity, changes)


def write(model: type[Model], row: Model, changes: Mapping[str, Any],
          now: datetime | None = None) -> bool:
    """``UPDATE`` the row one version further, only if it is still at ``row.version``."""
    primary = model._meta.primary_key
    written = (model.update(**changes, **stamp(now), version=model.version + 1)
               .where(primary == row.get_id(), model.version == row.version).execute())
    return bool(written)


def save_checked(model: type[Model], read: Callable[[], Model], started_from: int | None,
                 changes: Callable[[Model], Mapping[str, Any]],
                 mine: Callable[[Model], Mapping[str, Any]], entity: str,
                 now: datetime | None = None,
                 base: Mapping[str, Any] | None = None) -> Model:
    """Read, check, write; again when another save slipped in between. Returns the row read.

    ``changes(row)`` are the columns to write, ``mine(row)`` the values to compare
    (often the same), ``base`` as in ``check``. Must run inside a write transaction.
    """
    row = read()
    for _ in range(RETRIES):
        check(row, started_from, mine(row), entity, base)
        if write(model, row, changes(row), now):
            return row
        row = read()
    raise conflict(row, entity, differences(row, mine(row)))
