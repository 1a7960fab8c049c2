"""Erasing one person on request (GDPR article 17): every row about them, and the traces.

``erase_person(caller_id, by) -> ErasureResult``

- every row about the person is deleted: the caller row and every row of every
  table that belongs to it (``tables.person_rows``: phones, calls, notes,
  callbacks, sent items, checklist rows, sheet copies … whatever the schema
  holds), plus unfinished call drafts that were never linked to anyone but carry
  one of the person's numbers that no one else has;
- another person's row that only pointed at a deleted row (their note attached to
  this person's call, a callback kept by this person's call) keeps its content
  and loses the pointer;
- the search index loses the person's row (its triggers), and the audit trail
  loses every reference to them (``audit_trail.forget_references``);
- one new audit entry ``caller.erase`` records that an erasure took place, by
  whom and when, with the number of rows per table and no id, name or number;
- the deleted bytes are overwritten and the log emptied (``scrub``);
- the person's e-mail drafts in the outbox (``udbakke/``, beside the database)
  are overwritten and deleted (``reception.outbox.drafts_of``). Files the user saved
  elsewhere (a PDF, an export) are the user's to delete.

Backups made before the erasure still hold the person until they rotate out:
restoring one brings them back, so erase them again after a restore.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reception import outbox
from reception.calls import audit
from reception.calls.history import UnknownCaller
from reception.changes import announce
from reception.privacy import removal, scrub, tables
from reception.privacy.audit_trail import forget_references
from reception.store import db, deferred_foreign_keys, door, write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now


@dataclass(frozen=True)
class ErasureResult:
    caller_id: int
    rows: dict[str, int]  # table → rows deleted
    detached: int  # other people's rows that lost a pointer to a deleted row
    audit_entries: int  # audit entries that lost their reference to the person
    scrubbed: bool  # the write-ahead log was emptied too (False: another reader held it)
    drafts_removed: int = 0  # e-mail drafts deleted from the outbox

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _unlinked_drafts(caller_id: int) -> list[int]:
    """Drafts linked to no one, on a number only this person has."""
    rows = door.execute(
        "SELECT k.id FROM call k WHERE k.caller_id IS NULL AND k.status = 'draft' "
        "AND k.phone_e164 IN (SELECT p.e164 FROM caller_phone p WHERE p.caller_id = ? "
        "AND p.e164 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM caller_phone o "
        "WHERE o.e164 = p.e164 AND o.caller_id <> p.caller_id))", (caller_id,))
    return [row[0] for row in rows.fetchall()]


def _erase_one(caller_id: int, by: str, now: datetime) -> ErasureResult:
    with write_transaction():
        deferred_foreign_keys()  # checked at commit
        schema = tables.schema(db)
        rows = tables.person_rows(db, caller_id, schema)
        if not rows:
            raise UnknownCaller(caller_id)
        drafts = _unlinked_drafts(caller_id)
        if drafts:
            rows["call"] = sorted({*rows.get("call", []), *drafts})
        doomed = {table: set(ids) for table, ids in rows.items()}
        detached = removal.detach(schema, doomed)
        forgotten = forget_references({t: sorted(ids) for t, ids in doomed.items()})
        counts = removal.delete_rows(schema, doomed)
        summary = " ".join(f"{table}={count}" for table, count in sorted(counts.items()))
        audit.record("caller.erase", "caller", None, user=by, at=now, summary=summary)
        announce("all")
    return ErasureResult(caller_id, counts, detached, forgotten, scrubbed=False)


@guarded
def erase_people(caller_ids: Sequence[int], by: str,
                 *, now: datetime | None = None) -> list[ErasureResult]:
    """Erase each person (one transaction each), scrub the file once, remove their drafts."""
    now = now or utc_now()
    results = []
    with scrub.secure_delete(db):
        for caller_id in caller_ids:
            results.append(_erase_one(caller_id, by, now))
    scrubbed = scrub.scrub(db)
    return [ErasureResult(r.caller_id, r.rows, r.detached, r.audit_entries, scrubbed,
                          remove_drafts_of(r.caller_id))
            for r in results]


def remove_drafts_of(caller_id: int) -> int:
    """Delete the person's e-mail drafts from the outbox beside the open database."""
    folder = outbox_beside_database()
    return outbox.remove_drafts(outbox.drafts_of(folder, caller_id)) if folder else 0


def outbox_beside_database() -> Path | None:
    """``udbakke/`` in the data folder of the open database (None for one in memory)."""
    name = getattr(db.obj, "database", "") or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return outbox.outbox_folder(Path(name).parent)


def erase_person(caller_id: int, by: str, *, now: datetime | None = None) -> ErasureResult:
    """Erase one person (see the module docstring); raises ``UnknownCaller`` when not found."""
    return erase_people([caller_id], by, now=now)[0]
