"""The whole audit trail, newest first, for the clinic's own review (Filer → Revisionslog).

``audit_ids`` returns the matching entry ids (cheap even for a million entries);
``audit_lines`` reads the rows for a page of them, saying in words what each entry
was about: the person's current name when the entry names a person (directly, by
``person=<id>``, or through one of their calls, notes or callbacks), otherwise the
kind of row and its number. An erased person is named nowhere: the erasure
removed the references (``audit_trail.forget_references``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from reception.errors import QT_TR_NOOP, Text
from reception.privacy import tables
from reception.privacy.audit_trail import ACTION_LABELS, entries_about, summary_references
from reception.privacy.audit_words import as_is, describe_parts, describe_summary
from reception.store import db, door
from reception.store.errors import guarded
from reception.store.fields import from_utc_text, to_utc_text
from reception.store.models import AuditEntry, Call, Callback, Caller, Checklist, Note

ENTITY_LABELS = {
    "caller": QT_TR_NOOP("Person"), "caller_phone": QT_TR_NOOP("Telefonnummer"),
    "call": QT_TR_NOOP("Opkald"), "note": QT_TR_NOOP("Note"),
    "callback": QT_TR_NOOP("Tilbageringning"), "sent_item": QT_TR_NOOP("Forsendelse"),
    "sent_sheet": QT_TR_NOOP("Informationsark"), "checklist": QT_TR_NOOP("Tjekliste"),
    "checklist_step": QT_TR_NOOP("Tjeklistetrin"), "screen": QT_TR_NOOP("Skærmlås"),
}
# The same with its number ("Opkald nr. 17"): whole templates, since a label alone may
# read otherwise in another language ("Opkald" is also the tab »Calls«).
NUMBERED_LABELS = {
    "caller": QT_TR_NOOP("Person nr. {number}"),
    "caller_phone": QT_TR_NOOP("Telefonnummer nr. {number}"),
    "call": QT_TR_NOOP("Opkald nr. {number}"), "note": QT_TR_NOOP("Note nr. {number}"),
    "callback": QT_TR_NOOP("Tilbageringning nr. {number}"),
    "sent_item": QT_TR_NOOP("Forsendelse nr. {number}"),
    "sent_sheet": QT_TR_NOOP("Informationsark nr. {number}"),
    "checklist": QT_TR_NOOP("Tjekliste nr. {number}"),
    "checklist_step": QT_TR_NOOP("Tjeklistetrin nr. {number}"),
    "screen": QT_TR_NOOP("Skærmlås nr. {number}"),
}


def action_text(action: str) -> Text:
    """``"caller.create"`` → ``"Person oprettet"`` (a text the UI translates); unknown as stored."""
    return Text(ACTION_LABELS[action]) if action in ACTION_LABELS else as_is(action)


# Rows that belong to one person through their ``caller`` column.
_OWNED_BY_A_PERSON = {"call": Call, "note": Note, "callback": Callback, "checklist": Checklist}


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""  # one staff member; "" for everyone
    since: date | None = None  # local calendar days, both ends included
    until: date | None = None
    person: int | None = None  # only entries about this caller (``audit_trail.audit_for``)


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime  # aware UTC
    user: str
    action: str  # in Danish (a Text: audit_log.action_text)
    about: str  # "Søren Ærø (person nr. 12)", "Opkald nr. 17", "Skærmlås" …
    summary: str  # ids and codes, as stored
    details: str = ""  # the summary in Danish words (audit_words.describe_summary)
    parts: tuple[Text, ...] = ()  # the same words as texts the UI translates


def _local_midnight_utc(day: date) -> str:
    return to_utc_text(datetime.combine(day, time()).astimezone())


@guarded
def audit_users() -> list[str]:
    """Everyone who appears in the trail, for the filter."""
    rows = door.execute(
        "SELECT DISTINCT \"user\" FROM audit_entry WHERE \"user\" != '' ORDER BY \"user\"")
    return [user for (user,) in rows.fetchall()]


@guarded
def audit_ids(wanted: AuditFilter | None = None) -> list[int]:
    """Ids of the matching entries, newest first.

    At 1,000,000 entries: about 0.45 s for all of them, 20 ms for the last week,
    0.7 s for one person (their entries are found by a scan of the summaries).
    """
    wanted = wanted or AuditFilter()
    since = _local_midnight_utc(wanted.since) if wanted.since is not None else None
    until = (_local_midnight_utc(wanted.until + timedelta(days=1))
             if wanted.until is not None else None)
    if wanted.person is not None:
        entries = entries_about(db, tables.person_rows(db, wanted.person))
        chosen = [e for e in entries
                  if (not wanted.user or e.user == wanted.user)
                  and (since is None or to_utc_text(_aware(e.at)) >= since)
                  and (until is None or to_utc_text(_aware(e.at)) < until)]
        chosen.sort(key=lambda e: (_aware(e.at), e.id), reverse=True)
        return [e.id for e in chosen]
    clauses, params = [], []
    if wanted.user:
        clauses.append('"user" = ?')
        params.append(wanted.user)
    if since is not None:
        clauses.append("at >= ?")
        params.append(since)
    if until is not None:
        clauses.append("at < ?")
        params.append(until)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = door.execute(f"SELECT id FROM audit_entry {where} ORDER BY at DESC, id DESC",
                          params)
    return [row_id for (row_id,) in rows.fetchall()]


def _aware(moment: datetime | str) -> datetime:
    return moment if isinstance(moment, datetime) else from_utc_text(str(moment))


@guarded
def audit_lines(ids: list[int]) -> list[AuditLine]:
    """The entries ``ids``, in that order, described for a reader."""
    entries = {e.id: e for e in AuditEntry.select().where(AuditEntry.id.in_(ids))}
    people = _people_named(list(entries.values()))
    lines = []
    for entry_id in ids:
        entry = entries.get(entry_id)
        if entry is None:
            continue
        at = _aware(entry.at)
        lines.append(AuditLine(
            id=entry.id, at=at, user=entry.user,
            action=action_text(entry.action),
            about=_about(entry, people), summary=entry.summary,
            details=describe_summary(entry.summary), parts=describe_parts(entry.summary),
        ))
    return lines


def _person_of(entry: Any, owners: dict[tuple[str, int], int]) -> int | None:
    if entry.entity == "caller" and entry.entity_id is not None:
        return int(entry.entity_id)
    if entry.entity_id is not None and (entry.entity, entry.entity_id) in owners:
        return owners[(entry.entity, entry.entity_id)]
    for table, row_id in summary_references(entry.summary):
        if table == "caller":
            return row_id
        if (table, row_id) in owners:
            return owners[(table, row_id)]
    return None


def _people_named(entries: list[Any]) -> dict[int, tuple[int, str]]:
    """Entry id → (person id, current name) for the entries that name a person."""
    wanted: dict[str, set[int]] = {table: set() for table in _OWNED_BY_A_PERSON}
    for entry in entries:
        if entry.entity in wanted and entry.entity_id is not None:
            wanted[entry.entity].add(int(entry.entity_id))
        for table, row_id in summary_references(entry.summary):
            if table in wanted:
                wanted[table].add(row_id)
    owners: dict[tuple[str, int], int] = {}
    for table, row_ids in wanted.items():
        if row_ids:
            model = _OWNED_BY_A_PERSON[table]
            query = model.select(model.id, model.caller).where(model.id.in_(list(row_ids)))
            for row in query.tuples():
                if row[1] is not None:
                    owners[(table, row[0])] = row[1]
    person_of = {e.id: p for e in entries if (p := _person_of(e, owners)) is not None}
    names = dict(Caller.select(Caller.id, Caller.name)
                 .where(Caller.id.in_(list(set(person_of.values())))).tuples())
    return {entry_id: (person, names[person]) for entry_id, person in person_of.items()
            if person in names}


def _about(entry: Any, people: dict[int, tuple[int, str]]) -> str:
    """"Søren Ærø (person nr. 12)", "Opkald nr. 17", "Skærmlås": a ``Text`` the UI
    translates (a person's name stays as written)."""
    label = ENTITY_LABELS.get(entry.entity)
    kind: str = Text(label) if label else entry.entity
    if entry.id in people:
        person, name = people[entry.id]
        shown: str = name or Text(QT_TR_NOOP("(uden navn)"))
        if entry.entity == "caller" or entry.entity_id is None:
            return Text(QT_TR_NOOP("{name} (person nr. {person})"), name=shown, person=person)
        return Text(QT_TR_NOOP("{name} (person nr. {person}) · {item}"),
                    name=shown, person=person, item=_numbered(entry, kind))
    if entry.entity_id is None:
        return kind
    return _numbered(entry, kind)


def _numbered(entry: Any, kind: str) -> str:
    template = NUMBERED_LABELS.get(entry.entity)
    if template is None:
        return f"{kind} nr. {entry.entity_id}"
    return Text(template, number=entry.entity_id)
