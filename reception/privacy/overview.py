"""A short description of one person before exporting or erasing: who, and how much is held."""

from __future__ import annotations

from dataclasses import dataclass

from reception.calls.history import UnknownCaller
from reception.calls.lookup import summaries
from reception.privacy import tables
from reception.store import db
from reception.store.errors import guarded


@dataclass(frozen=True)
class PersonOverview:
    id: int
    name: str
    phones: tuple[str, ...]  # national form
    town: str
    rows: dict[str, int]  # table → rows about the person (caller first)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@guarded
def person_overview(caller_id: int) -> PersonOverview:
    """Raises ``UnknownCaller`` when the person is not (or no longer) there."""
    rows = tables.person_rows(db, caller_id)
    found = summaries([caller_id], "") if rows else []
    if not found:
        raise UnknownCaller(caller_id)
    person = found[0]
    return PersonOverview(person.id, person.name, person.phones, person.town,
                          {table: len(ids) for table, ids in rows.items()})
