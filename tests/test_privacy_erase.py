"""Erasure (GDPR article 17): every trace of the person leaves the live database file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from privacy_helpers import add_later_tables, another_call, file_bytes, make_person, open_db

from reception.calls import (
    UnknownCaller,
    add_note,
    caller_history,
    find_callers_by_phone,
    search_callers,
    start_call,
)
from reception.calls.callers import add_phone
from reception.privacy import audit_for, erase_person, export_person, person_rows, record_view
from reception.privacy.audit_trail import summary_references
from reception.store import db
from reception.store.fields import utc_now
from reception.store.models import AuditEntry, Call, Note

MARKER = "Zyxkvørbel"  # in the person's name, notes and callback; nowhere else
MARKER_FORMS = [MARKER.encode(), MARKER.lower().encode(), b"zyxkvoerbel",
                MARKER.encode("utf-16-le")]


def marker_in_file(folder: Path) -> list[bytes]:
    data = file_bytes(folder)
    return [form for form in MARKER_FORMS if form in data]


def setup_couple(tmp_path: Path):
    database = open_db(tmp_path)
    karen = make_person("23394977", f"Karen {MARKER}", f"Knæet gør ondt, {MARKER} siger det",
                        extra_note=f"Note om {MARKER}", callback_reason=f"Ring {MARKER}",
                        sent="Informationsark: Knæ")
    peter = make_person("23394977", "Peter Holm", "Nakken driller", extra_note="Peters note")
    another_call(karen, "23394977", f"Igen {MARKER}", date.today())
    peters_note = add_note(peter.id, "Peter nævnt under Karens opkald",
                           call_id=karen.call_ids[0])
    record_view(karen.id, "Lise")
    return database, karen, peter, peters_note


def test_erasure_removes_every_row_and_every_trace(tmp_path: Path) -> None:
    database, karen, peter, peters_note = setup_couple(tmp_path)
    karen_rows = person_rows(db, karen.id)
    assert marker_in_file(tmp_path), "the marker must be on disk before"

    result = erase_person(karen.id, "Mette")

    assert result.rows == {table: len(ids) for table, ids in karen_rows.items()}
    assert result.scrubbed and result.detached == 1
    assert person_rows(db, karen.id) == {}
    for table, ids in karen_rows.items():
        left = database.execute_sql(
            f"SELECT count(*) FROM {table} WHERE id IN ({','.join('?' * len(ids))})",
            ids).fetchone()[0]
        assert left == 0, table
    # The search index: no row for her, and her words find nothing.
    assert database.execute_sql("SELECT count(*) FROM caller_fts WHERE rowid = ?",
                                (karen.id,)).fetchone()[0] == 0
    assert database.execute_sql("SELECT count(*) FROM caller_fts WHERE caller_fts MATCH ?",
                                ('"zyxkvoerbel"*',)).fetchone()[0] == 0
    assert search_callers("zyxkv") == []
    # Peter, sharing the number, keeps everything; his note on her call loses the pointer.
    (left,) = find_callers_by_phone("23394977")
    assert left.id == peter.id
    note = Note.get_by_id(peters_note)
    assert note.call_id is None and note.text == "Peter nævnt under Karens opkald"
    assert caller_history(peter.id).calls[0].notes == "Nakken driller"
    assert [s.id for s in search_callers("peter")] == [peter.id]
    # The audit trail names none of her rows; one entry says an erasure took place.
    for entry in AuditEntry.select():
        assert (entry.entity, entry.entity_id) not in {
            (t, i) for t, ids in karen_rows.items() for i in ids}, entry.action
        assert not any(i in karen_rows.get(t, ()) for t, i in
                       summary_references(entry.summary)), entry.summary
    (erasure,) = AuditEntry.select().where(AuditEntry.action == "caller.erase")
    assert erasure.entity_id is None and erasure.user == "Mette"
    assert MARKER not in erasure.summary and "Karen" not in erasure.summary
    assert "23394977" not in erasure.summary
    assert audit_for(karen.id) == []
    # The bytes: nothing in the database file or its log, while still open and after.
    assert marker_in_file(tmp_path) == []
    wal = tmp_path / "reception.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    database.close()
    assert marker_in_file(tmp_path) == []
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_without_the_scrub_the_text_would_linger(tmp_path: Path) -> None:
    """Why erase_person does more than DELETE: the same deletes alone leave the words."""
    database, karen, _, _ = setup_couple(tmp_path)
    with database.atomic():
        for table in ("callback", "sent_item", "note", "caller_phone"):
            database.execute_sql(f"DELETE FROM {table} WHERE caller_id = ?", (karen.id,))
        database.execute_sql("UPDATE note SET call_id = NULL WHERE call_id IN "
                             "(SELECT id FROM call WHERE caller_id = ?)", (karen.id,))
        database.execute_sql("DELETE FROM call WHERE caller_id = ?", (karen.id,))
        database.execute_sql("DELETE FROM caller WHERE id = ?", (karen.id,))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker_in_file(tmp_path), "a plain DELETE leaves the text in the file"


def test_tables_added_later_are_erased_and_other_rows_kept(tmp_path: Path) -> None:
    database = open_db(tmp_path)
    karen = make_person("23394977", f"Karen {MARKER}", "knæ", sent="Ark")
    peter = make_person("40575457", "Peter Holm", "nakke", sent="Ark")
    add_later_tables(database)
    for person in (karen, peter):
        database.execute_sql("INSERT INTO later_step (call_id, step, comment) VALUES (?, ?, ?)",
                             (person.call_ids[0], "scan", f"{person.id} {MARKER}"
                              if person is karen else "Peters trin"))
        sent = database.execute_sql("SELECT id FROM sent_item WHERE caller_id = ?",
                                    (person.id,)).fetchone()[0]
        database.execute_sql("INSERT INTO later_copy (sent_item_id, pdf, made_at) VALUES "
                             "(?, ?, '2025-01-01')",
                             (sent, f"%PDF {person.id} {MARKER}".encode()
                              if person is karen else b"%PDF Peter"))
    # Peter's row pointing at Karen's call, with a NOT NULL pointer to her call: goes too.
    database.execute_sql("INSERT INTO later_step (call_id, step, comment) VALUES (?, ?, ?)",
                         (karen.call_ids[0], "peter", "rides on Karen's call"))
    result = erase_person(karen.id, "Mette")
    assert result.rows["later_step"] == 2 and result.rows["later_copy"] == 1
    count = {t: database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("later_step", "later_copy", "call", "caller")}
    assert count == {"later_step": 1, "later_copy": 1, "call": 1, "caller": 1}
    assert marker_in_file(tmp_path) == []


def test_erasure_takes_unlinked_drafts_on_her_own_number_only(tmp_path: Path) -> None:
    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ")
    make_person("23394977", "Peter Holm", "nakke")
    make_person("40575457", "Hanne Lund", "ryg")
    karen_own = "50505050"
    add_phone(karen.id, karen_own, utc_now())
    own_draft = start_call(karen_own)  # one match: linked to Karen at once
    Call.update(caller=None).where(Call.id == own_draft).execute()  # as if never chosen
    shared_draft = start_call("23394977")  # two people: linked to no one
    other_draft = start_call("40575457")
    erase_person(karen.id, "Mette")
    left = {c.id for c in Call.select()}
    assert own_draft not in left
    assert shared_draft in left and other_draft in left


def test_erasing_an_unknown_person_changes_nothing(tmp_path: Path) -> None:
    open_db(tmp_path)
    make_person("23394977", "Karen Holm", "knæ")
    before = AuditEntry.select().count()
    with pytest.raises(UnknownCaller):
        erase_person(4242, "Mette")
    assert AuditEntry.select().count() == before


def test_an_export_after_erasure_is_refused(tmp_path: Path) -> None:
    _, karen, _, _ = setup_couple(tmp_path)
    erase_person(karen.id, "Mette")
    with pytest.raises(UnknownCaller):
        export_person(karen.id, tmp_path)


def test_the_checklist_and_sent_sheets_are_exported_and_erased(tmp_path: Path) -> None:
    """The real schema v3/v4 tables, filled through their own services."""
    from reception.checklist import ensure_checklist
    from reception.sheets.log import log_sent_sheet

    database = open_db(tmp_path)
    karen = make_person("23394977", f"Karen {MARKER}", "knæ")
    peter = make_person("40575457", "Peter Holm", "nakke")
    pdf = f"%PDF-1.4 brev til Karen {MARKER}".encode()
    for person in (karen, peter):
        ensure_checklist(person.id, by="Mette")
        log_sent_sheet(person.id, person.call_ids[0], ["steps"], "post", "Mette",
                       pdf if person is karen else b"%PDF-1.4 Peter")
    rows = person_rows(db, karen.id)
    assert {"checklist", "checklist_step", "sent_item", "sent_sheet"} <= rows.keys()

    exported = export_person(karen.id, tmp_path, by="Mette")
    assert [f.read_bytes() for f in exported.files] == [pdf]
    assert exported.counts["checklist_step"] == 6 and exported.counts["checklist"] == 1

    erase_person(karen.id, "Mette")
    for table in ("checklist", "checklist_step", "sent_sheet", "sent_item"):
        assert database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] in (1, 6)
    assert person_rows(db, peter.id).keys() >= {"checklist", "sent_sheet"}
    assert marker_in_file(tmp_path) == []
