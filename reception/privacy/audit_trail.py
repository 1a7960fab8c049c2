"""The audit trail seen from one person: who viewed, changed, exported or erased their data.

Entries are written by the call services (``reception.calls.audit``: caller.create,
call.end, note.create …) and here (caller.view, caller.export, caller.anonymise,
caller.erase). They hold ids and codes, never names, numbers or note text.

An entry is about a person when it names the person's caller row or any other
row about them (a call, note, callback … found by ``tables.person_rows``), or
its summary says ``person=<id>`` or ``opkald=<call id>`` of one of their calls.

``record_view`` is cheap to call whenever a person's details are shown: the same
staff member viewing the same person again within ``VIEW_INTERVAL`` adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import Database, DatabaseProxy

from reception.calls import audit
from reception.errors import QT_TR_NOOP
from reception.privacy import tables
from reception.store import db
from reception.store.errors import guarded
from reception.store.fields import to_utc_text, utc_now
from reception.store.models import AuditEntry

VIEW_INTERVAL = timedelta(minutes=10)

# Summary words that name a row: key → the table whose id follows the "=".
SUMMARY_REFERENCES = {"person": "caller", "opkald": "call"}

ACTION_LABELS = {
    "caller.create": QT_TR_NOOP("Person oprettet"),
    "caller.update": QT_TR_NOOP("Personoplysninger ændret"),
    "caller.add_phone": QT_TR_NOOP("Telefonnummer tilføjet"),
    "caller.view": QT_TR_NOOP("Oplysninger vist"),
    "caller.export": QT_TR_NOOP("Oplysninger udleveret (indsigt)"),
    "caller.anonymise": QT_TR_NOOP("Person anonymiseret"),
    "caller.erase": QT_TR_NOOP("Person slettet"),
    "call.end": QT_TR_NOOP("Opkald afsluttet"),
    "call.discard": QT_TR_NOOP("Kladde til opkald kasseret"),
    "callback.create": QT_TR_NOOP("Tilbageringning oprettet"),
    "callback.attempt": QT_TR_NOOP("Tilbageringning forsøgt"),
    "callback.complete": QT_TR_NOOP("Tilbageringning udført"),
    "note.create": QT_TR_NOOP("Note skrevet"),
    "checklist.create": QT_TR_NOOP("Tjekliste oprettet"),
    "checklist.data": QT_TR_NOOP("Tjekliste udfyldt"),
    "checklist.status": QT_TR_NOOP("Tjeklistetrin ændret"),
    "sheet.send": QT_TR_NOOP("Informationsark sendt"),
    "sheet.to_post": QT_TR_NOOP("Informationsark lagt til posten"),
    "sheet.not_to_post": QT_TR_NOOP("Informationsark taget fra posten"),
    "sheet.posted": QT_TR_NOOP("Informationsark postet"),
    "sheet.not_needed": QT_TR_NOOP("Informationsark ikke nødvendigt"),
    "demo.load": QT_TR_NOOP("Demodata indlæst"),
    "screen.lock": QT_TR_NOOP("Skærmen låst"),
    "screen.unlock": QT_TR_NOOP("Skærmen låst op"),
    "screen.unlock_failed": QT_TR_NOOP("Forkert pinkode/adgangskode ved skærmlåsen"),
}


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime  # aware UTC
    user: str
    action: str
    entity: str
    entity_id: int | None
    summary: str

    @property
    def label(self) -> str:
        """The action in Danish (the code itself when unknown)."""
        return ACTION_LABELS.get(self.action, self.action)


def as_record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(id=entry.id, at=entry.at, user=entry.user, action=entry.action,
                       entity=entry.entity, entity_id=entry.entity_id, summary=entry.summary)


@guarded
def record_view(caller_id: int, by: str, *, now: datetime | None = None) -> bool:
    """Note that ``by`` saw the person's details; False when already noted within the interval."""
    now = now or utc_now()
    since = to_utc_text(now - VIEW_INTERVAL)
    recent = (AuditEntry.select().where(
        AuditEntry.action == "caller.view", AuditEntry.entity == "caller",
        AuditEntry.entity_id == caller_id, AuditEntry.user == by, AuditEntry.at >= since,
    ).exists())
    if recent:
        return False
    audit.record("caller.view", "caller", caller_id, user=by, at=now)
    return True


def record_change(caller_id: int, by: str, what: str = "") -> None:
    """For a change made outside the call services (``what``: a code, never patient data)."""
    audit.record("caller.update", "caller", caller_id, user=by, summary=what)


def summary_references(summary: str) -> list[tuple[str, int]]:
    """``"person=4 opkald=17"`` → ``[("caller", 4), ("call", 17)]``."""
    found = []
    for word in summary.split():
        key, sep, value = word.partition("=")
        if sep and key in SUMMARY_REFERENCES and value.isdigit():
            found.append((SUMMARY_REFERENCES[key], int(value)))
    return found


def entries_about(database: Database | DatabaseProxy,
                  rows: dict[str, list[int]]) -> list[AuditEntry]:
    """Audit entries naming any of ``rows`` (table → ids), oldest first."""
    if not rows:
        return []
    condition = None
    for table, ids in rows.items():
        part = (AuditEntry.entity == table) & AuditEntry.entity_id.in_(ids)
        condition = part if condition is None else condition | part
    for key, table in SUMMARY_REFERENCES.items():
        for row_id in rows.get(table, ()):
            condition = condition | AuditEntry.summary.contains(f"{key}={row_id}")
    query = AuditEntry.select().where(condition).order_by(AuditEntry.at, AuditEntry.id)
    wanted = {table: set(ids) for table, ids in rows.items()}
    result = []
    for entry in query:
        direct = entry.entity_id is not None and entry.entity_id in wanted.get(entry.entity, ())
        named = any(i in wanted.get(t, ()) for t, i in summary_references(entry.summary))
        if direct or named:
            result.append(entry)
    return result


@guarded
def audit_for(caller_id: int) -> list[AuditRecord]:
    """Every audit entry about the person, oldest first (empty when the person is gone)."""
    rows = tables.person_rows(db, caller_id)
    return [as_record(e) for e in entries_about(db, rows)]


def forget_references(rows: dict[str, list[int]]) -> int:
    """Strip every reference to ``rows`` from the audit trail; returns how many entries changed.

    What was done, by whom and when stays (the staff's accountability); which
    person it was about does not: the entry's row id goes, and so do summary words
    naming the person's rows. Runs inside the erasing transaction.
    """
    wanted = {table: set(ids) for table, ids in rows.items()}
    changed = 0
    for entry in entries_about(db, rows):
        direct = entry.entity_id is not None and entry.entity_id in wanted.get(entry.entity, ())
        words = [w for w in entry.summary.split()
                 if not any(i in wanted.get(t, ()) for t, i in summary_references(w))]
        AuditEntry.update(entity_id=None if direct else entry.entity_id,
                          summary=" ".join(words)).where(AuditEntry.id == entry.id).execute()
        changed += 1
    return changed
