"""Retention: inactive people listed for review; anonymising keeps statistics only."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from privacy_helpers import add_later_tables, another_call, file_bytes, make_person, open_db

from reception.calls import search_callers
from reception.calls.callbacks import complete_callback
from reception.privacy import (
    anonymise_person,
    audit_for,
    export_person,
    inactive_callers,
    set_retention_months,
)
from reception.privacy.retention import subtract_months
from reception.store import db
from reception.store.models import Call, Callback, Caller, CallerPhone, Note, SentItem

TODAY = date(2026, 6, 15)
OLD = date(2023, 3, 1)


def test_subtract_months_keeps_the_day_or_the_month_end() -> None:
    assert subtract_months(date(2026, 6, 15), 24) == date(2024, 6, 15)
    assert subtract_months(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert subtract_months(date(2024, 3, 30), 1) == date(2024, 2, 29)
    assert subtract_months(date(2026, 1, 10), 13) == date(2024, 12, 10)


def test_only_people_without_any_recent_activity_are_listed(tmp_path: Path) -> None:
    open_db(tmp_path)
    old = make_person("23394977", "Gammel Kunde", "ryg", day=OLD, sent="Ark")
    recent = make_person("40575457", "Ny Kunde", "knæ", day=TODAY - timedelta(days=30))
    called_again = make_person("20202020", "Ringede Igen", "nakke", day=OLD)
    another_call(called_again, "20202020", "igen", TODAY - timedelta(days=400))
    # A callback still ahead counts as activity, however old the call.
    planned = make_person("30303030", "Planlagt", "hofte", day=OLD, callback_reason="senere")
    Callback.update(due=TODAY + timedelta(days=10)).where(
        Callback.caller == planned.id).execute()
    noted = make_person("50505050", "Ny Note", "ryg", day=OLD)
    Note.create(caller=noted.id, text="ny", created_at=Call.get_by_id(
        recent.call_ids[0]).started_at, author="Mette")

    found = inactive_callers(24, today=TODAY)
    assert [p.id for p in found] == [old.id]
    (person,) = found
    assert person.name == "Gammel Kunde" and person.phones == ("23 39 49 77",)
    assert person.last_activity == OLD and person.call_count == 1
    # A shorter period lists the one who called 400 days ago as well, oldest first.
    assert [p.id for p in inactive_callers(12, today=TODAY)] == [old.id, called_again.id]
    # The setting is the default period.
    set_retention_months(12)
    assert [p.id for p in inactive_callers(today=TODAY)] == [old.id, called_again.id]
    assert Caller.select().count() == 5  # listing changed nothing


def test_activity_in_a_table_added_later_counts(tmp_path: Path) -> None:
    database = open_db(tmp_path)
    old = make_person("23394977", "Gammel Kunde", "ryg", day=OLD)
    add_later_tables(database)
    assert [p.id for p in inactive_callers(24, today=TODAY)] == [old.id]
    database.execute_sql("INSERT INTO later_step (call_id, step, done_at) VALUES (?, ?, ?)",
                         (old.call_ids[0], "scan", "2026-05-01T09:00:00.000000+00:00"))
    assert inactive_callers(24, today=TODAY) == []


def test_anonymising_keeps_statistics_and_removes_identity_and_free_text(
        tmp_path: Path) -> None:
    database = open_db(tmp_path)
    old = make_person("23394977", "Gammel Zqanon", "Noter om Zqanon", day=OLD,
                      extra_note="Zqanon note", callback_reason="Ring Zqanon", sent="Ark")
    other = make_person("40575457", "Anden Person", "Andens noter", day=OLD)
    complete_callback(Callback.get(Callback.caller == old.id).id, by="Lise")
    add_later_tables(database)
    database.execute_sql("INSERT INTO later_step (call_id, step, comment) VALUES (?, ?, ?)",
                         (old.call_ids[0], "scan", "Zqanon trin"))
    stats_before = [(c.started_at, c.ended_at, c.outcome, c.duration_seconds, c.pain_areas)
                    for c in Call.select().where(Call.caller == old.id)]

    assert anonymise_person(old.id, "Mette") is True

    caller = Caller.get_by_id(old.id)
    assert (caller.name, caller.street, caller.postcode, caller.town, caller.email) == \
        ("", "", "", "", "")
    assert caller.pain_areas == ("ryg",)  # statistics: codes stay
    assert CallerPhone.select().where(CallerPhone.caller == old.id).count() == 0
    assert Note.select().where(Note.caller == old.id).count() == 0
    calls = list(Call.select().where(Call.caller == old.id))
    assert [(c.started_at, c.ended_at, c.outcome, c.duration_seconds, c.pain_areas)
            for c in calls] == stats_before
    assert all(c.notes == "" and c.follow_up == "" and c.phone_e164 is None for c in calls)
    (callback,) = Callback.select().where(Callback.caller == old.id)
    assert callback.reason == "" and callback.done_at is not None
    assert SentItem.select().where(SentItem.caller == old.id).count() == 1
    assert database.execute_sql("SELECT count(*) FROM later_step").fetchone()[0] == 0
    assert search_callers("zqanon") == [] and search_callers("23394977") == []
    assert b"Zqanon" not in file_bytes(tmp_path) and b"zqanon" not in file_bytes(tmp_path)
    # The other person is untouched; the anonymised one is no longer up for review.
    assert Caller.get_by_id(other.id).name == "Anden Person"
    assert [p.id for p in inactive_callers(24, today=TODAY)] == [other.id]
    assert audit_for(old.id)[-1].action == "caller.anonymise"
    assert "Zqanon" not in audit_for(old.id)[-1].summary
    # What is left about the person holds nothing that identifies them.
    result = export_person(old.id, tmp_path, by="Mette")
    text = json.dumps(json.loads(result.json.read_text(encoding="utf-8")), ensure_ascii=False)
    assert "Zqanon" not in text and "Gammel" not in text and "23394977" not in text
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
