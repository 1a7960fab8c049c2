"""Retention: people the clinic has not been in touch with for a long time, for review.

``inactive_callers(months=None, today=None) -> list[InactiveCaller]`` lists, oldest
activity first, everyone whose latest date or time in any row about them (calls,
notes, callbacks — a callback due in the future counts —, sent items, checklist
rows …: every column named ``*_at`` or ``due`` of every table that belongs to a
person, found from the schema) is older than ``months`` (the retention setting,
default 24). People already anonymised (no name, number, e-mail or address) are
not listed: nothing identifies them.

Listing changes nothing. The receptionist then chooses per person:

- ``erase_person`` (:mod:`erase`): every row goes;
- ``anonymise_person(caller_id, by)``: the statistics stay — calls with their
  dates, direction, length, outcome and pain areas, callbacks' dates, what was
  sent when — and everything that identifies or describes the person goes: name,
  address, e-mail, numbers, consent, free text (call notes, agreements, callback
  reasons, notes), unfinished drafts, and every row of a table this module does
  not know to be statistics (checklists, sheet copies …), and the e-mail drafts
  in the outbox. Columns are kept by name (``KEEP``); a column added later is
  emptied until someone adds it there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reception.calls import audit
from reception.calls.history import UnknownCaller
from reception.calls.lookup import summaries
from reception.changes import announce
from reception.privacy import removal, scrub, tables
from reception.privacy.settings import retention_months
from reception.privacy.tables import PERSON_TABLE, TableInfo, quote
from reception.store import db, deferred_foreign_keys, door, write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now

# Per table the columns anonymisation keeps; other columns are emptied (keys and
# pointers always stay). Tables not named here lose the person's rows altogether.
KEEP: dict[str, set[str]] = {
    "caller": {"created_at", "updated_at", "pain_areas", "pain_duration_value",
               "pain_duration_unit", "treatments_tried"},
    "call": {"direction", "status", "started_at", "ended_at", "duration_seconds", "taken_by",
             "outcome", "pain_areas", "duration_value", "duration_unit", "treatments_tried",
             "updated_at"},
    "callback": {"due", "attempts", "done_at", "created_at", "created_by"},
    "sent_item": {"what", "how", "sent_at", "sent_by"},
}


@dataclass(frozen=True)
class InactiveCaller:
    id: int
    name: str
    phones: tuple[str, ...]
    postcode: str
    town: str
    call_count: int
    last_activity: date


def subtract_months(day: date, months: int) -> date:
    """The same day ``months`` earlier; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def _is_moment(info: TableInfo, column: str) -> bool:
    return column.endswith("_at") or column == "due" or info.types.get(column) in {
        "DATE", "DATETIME", "TIMESTAMP"}


def _as_text(column: str, prefix: str = "") -> str:
    """A date or time column as comparable ISO text (PostgreSQL's dates are not text)."""
    name = prefix + quote(column)
    return f"CAST({name} AS TEXT)" if door.is_postgres() else name


def _owner_sql(schema: dict[str, TableInfo], table: str) -> str:
    """SELECT owner, k: the person each row of ``table`` belongs to (see tables.person_rows)."""
    info = schema[table]
    if table == PERSON_TABLE:
        return f"SELECT id AS owner, id AS k FROM {quote(table)}"
    own = info.person_columns()
    parts = [f"SELECT {quote(fk.column)} AS owner, {quote(info.key)} AS k FROM {quote(table)} "
             f"WHERE {quote(fk.column)} IS NOT NULL" for fk in own]
    empty = " AND ".join(f"t.{quote(fk.column)} IS NULL" for fk in own) or "1 = 1"
    for fk in info.foreign_keys:
        if fk.target == PERSON_TABLE or fk.target not in schema or fk.target == table:
            continue
        parts.append(f"SELECT o.owner AS owner, t.{quote(info.key)} AS k FROM {quote(table)} t "
                     f"JOIN ({_owner_sql(schema, fk.target)}) o "
                     f"ON o.k = t.{quote(fk.column)} WHERE {empty}")
    return " UNION ALL ".join(parts) or "SELECT NULL AS owner, NULL AS k WHERE 1 = 0"


def _activity_sql(schema: dict[str, TableInfo]) -> str:
    """SELECT owner, moment over every date column of every table about a person."""
    parts = []
    for table in tables.person_tables(schema):
        info = schema[table]
        moments = [c for c in info.columns if _is_moment(info, c)]
        if not moments:
            continue
        own = info.person_columns()
        direct = own and (all(fk.target == PERSON_TABLE for fk in info.foreign_keys)
                          or not own[0].nullable)
        if table == PERSON_TABLE or direct:
            owner = "id" if table == PERSON_TABLE else quote(own[0].column)
            for column in moments:  # the common case without a join
                parts.append(f"SELECT {owner} AS owner, max({_as_text(column)}) AS moment "
                             f"FROM {quote(table)} GROUP BY {owner}")
            continue
        for column in moments:
            parts.append(f"SELECT o.owner AS owner, max({_as_text(column, 't.')}) AS moment "
                         f"FROM {quote(table)} t JOIN ({_owner_sql(schema, table)}) o "
                         f"ON o.k = t.{quote(info.key)} GROUP BY o.owner")
    return " UNION ALL ".join(parts)


@guarded
def inactive_callers(months: int | None = None, today: date | None = None) -> list[InactiveCaller]:
    """People with no activity for ``months`` (default: the setting), oldest activity first."""
    months = retention_months() if months is None else months
    today = today or date.today()
    cutoff = subtract_months(today, months).isoformat()
    schema = tables.schema(db)
    sql = (
        f"SELECT a.owner, max(a.moment) AS latest FROM ({_activity_sql(schema)}) a "
        "JOIN caller c ON c.id = a.owner "
        "WHERE a.owner IS NOT NULL AND NOT (c.name = '' AND c.email = '' AND c.street = '' "
        "AND NOT EXISTS (SELECT 1 FROM caller_phone p WHERE p.caller_id = c.id)) "
        "GROUP BY a.owner HAVING max(a.moment) < ? ORDER BY latest, a.owner"
    )
    found = door.execute(sql, (cutoff,)).fetchall()
    latest = {row[0]: str(row[1]) for row in found}
    people = summaries([row[0] for row in found], "retention")
    return [
        InactiveCaller(p.id, p.name, p.phones, p.postcode, p.town, p.call_count,
                       date.fromisoformat(latest[p.id][:10]))
        for p in people
    ]


def _anonymise_one(caller_id: int, by: str, now: datetime) -> dict[str, int]:
    with write_transaction():
        deferred_foreign_keys()
        schema = tables.schema(db)
        rows = tables.person_rows(db, caller_id, schema)
        if not rows:
            raise UnknownCaller(caller_id)
        doomed: dict[str, set[int]] = {t: set(ids) for t, ids in rows.items() if t not in KEEP}
        if "call" in rows:
            drafts = door.execute(
                "SELECT id FROM call WHERE caller_id = ? AND status = 'draft'", (caller_id,))
            doomed["call"] = {row[0] for row in drafts.fetchall()}
        removal.detach(schema, doomed)
        counts = {f"slettet_{t}": n for t, n in removal.delete_rows(schema, doomed).items()}
        for table, ids in rows.items():
            if table not in KEEP:
                continue
            info = schema[table]
            pointers = {fk.column for fk in info.foreign_keys} | {info.key}
            emptied = [c for c in info.columns if c not in KEEP[table] and c not in pointers]
            left = [i for i in ids if i not in doomed.get(table, set())]
            if not emptied or not left:
                continue
            assignments = ", ".join(f"{quote(c)} = ?" for c in emptied)
            values = [info.empty_value(c) for c in emptied]
            for start in range(0, len(left), 500):
                chunk = left[start:start + 500]
                door.execute(
                    f"UPDATE {quote(table)} SET {assignments} WHERE {quote(info.key)} IN "
                    f"({', '.join('?' * len(chunk))})", [*values, *chunk])
            counts[f"tømt_{table}"] = len(left)
        summary = " ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        audit.record("caller.anonymise", "caller", caller_id, user=by, at=now, summary=summary)
        announce("all")
    return counts


@guarded
def anonymise_people(caller_ids: Sequence[int], by: str,
                     *, now: datetime | None = None) -> bool:
    """Anonymise each person (one transaction each), then scrub the file once.

    Returns True when the write-ahead log was emptied too (see ``scrub``).
    """
    from reception.privacy.erase import remove_drafts_of

    now = now or utc_now()
    with scrub.secure_delete(db):
        for caller_id in caller_ids:
            _anonymise_one(caller_id, by, now)
    scrubbed = scrub.scrub(db)
    for caller_id in caller_ids:  # e-mail drafts carry name and address
        remove_drafts_of(caller_id)
    return scrubbed


def anonymise_person(caller_id: int, by: str, *, now: datetime | None = None) -> bool:
    """Keep the statistics, remove identity and free text (see the module docstring)."""
    return anonymise_people([caller_id], by, now=now)
