"""``call_summary`` (schema_call_summary.py) equals a count made here from the call rows
after inserts, edits, status changes, deletes, erasure and retention (anonymising),
on both backends: the triggers keep it right whichever path changes a call."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from reception.calls import CallForm, end_call, start_call
from reception.privacy import anonymise_people, erase_person
from reception.store import db, schema_call_summary
from reception.store.door import execute, write_transaction
from reception.store.fields import to_utc_text
from reception.store.models import Call, Caller

pytestmark = pytest.mark.both_backends

STAFF = ("Mette", "Lone", "")
AREAS = ((), ("nakke",), ("ryg",), ("nakke", "ryg"))
OUTCOMES = ("booked", "send_sheet", "booked,send_sheet", None, "")


def counted_from_calls() -> Counter:
    """(span, bucket, taken_by, direction, outcome, pain_areas) → [calls, talk], from the
    call rows themselves."""
    counts: Counter = Counter()
    rows = execute('SELECT started_at, taken_by, direction, outcome, pain_areas, '
                   'duration_seconds FROM "call" WHERE status = ?', ("saved",)).fetchall()
    for started, *kind, duration in rows:
        kind = tuple(value or "" for value in kind)
        for span, length in schema_call_summary.SPANS:
            key = (span, started[:length], *kind)
            counts[(*key, "calls")] += 1
            counts[(*key, "talk")] += duration or 0
    return +counts  # without zeros


def summary_rows() -> Counter:
    counts: Counter = Counter()
    for *key, calls, talk in execute(
            "SELECT span, bucket, taken_by, direction, outcome, pain_areas, calls, "
            f"talk_seconds FROM {schema_call_summary.TABLE}", ()).fetchall():
        counts[(*key, "calls")] += int(calls)
        counts[(*key, "talk")] += int(talk)
    assert all(value >= 0 for value in counts.values())
    return +counts


def _fill(rng: random.Random, callers: int = 12) -> list[int]:
    ids = []
    first = datetime(2026, 3, 20, tzinfo=UTC)
    with write_transaction():
        for n in range(callers):
            created = first + timedelta(hours=rng.randrange(24 * 20))
            caller = Caller.create(name=f"Person {n}", created_at=created, updated_at=created)
            ids.append(caller.id)
            for _ in range(rng.randrange(1, 8)):
                started = created + timedelta(minutes=rng.randrange(-3000, 3000))
                Call.insert(caller=caller.id, direction=rng.choice(("in", "out")),
                            status=rng.choice(("saved", "saved", "saved", "draft")),
                            started_at=started, updated_at=started,
                            duration_seconds=rng.choice((None, 40, 95, 300)),
                            taken_by=rng.choice(STAFF), outcome=rng.choice(OUTCOMES),
                            pain_areas=rng.choice(AREAS)).execute()
    return ids


def test_the_summary_follows_every_change_to_calls(database) -> None:
    rng = random.Random(5)
    callers = _fill(rng)
    assert summary_rows() == counted_from_calls() != Counter()

    calls = list(Call.select().order_by(Call.id))
    with write_transaction():
        for call in rng.sample(calls, 15):  # edits of every counted column
            call.outcome = rng.choice(OUTCOMES)
            call.pain_areas = rng.choice(AREAS)
            call.taken_by = rng.choice(STAFF)
            call.direction = rng.choice(("in", "out"))
            call.duration_seconds = rng.choice((None, 7, 600))
            call.started_at = call.started_at + timedelta(hours=rng.randrange(-30, 30))
            call.status = rng.choice(("saved", "draft"))
            call.save()
        Call.update(notes="kun noten").where(Call.id == calls[0].id).execute()
        Call.delete().where(Call.id.in_([c.id for c in calls[-4:]])).execute()
    assert summary_rows() == counted_from_calls()

    ended = end_call(start_call("23394977"), CallForm(phone="23394977", name="Åse Ærø"),
                     "booked")
    assert summary_rows() == counted_from_calls()

    erase_person(callers[1], by="Mette")
    erase_person(ended.caller_id, by="Mette")
    anonymise_people(callers[2:5], by="Mette")
    assert summary_rows() == counted_from_calls()


def test_the_step_counts_the_calls_already_there(database) -> None:
    _fill(random.Random(8))
    expected = counted_from_calls()
    db.execute_sql(f"DELETE FROM {schema_call_summary.TABLE}")
    assert summary_rows() == Counter()
    schema_call_summary.create(db)  # as the migration runs it on an older file
    assert summary_rows() == expected
    Call.update(outcome="booked").where(Call.status == "saved").execute()
    assert summary_rows() == counted_from_calls()  # and the triggers are there once, not twice


def test_a_period_is_its_whole_utc_days_and_the_hours_at_both_ends() -> None:
    from reception.reports.compute import _summary_ranges
    from reception.reports.period import Period

    start, end = Period(datetime(2026, 3, 1).date(), datetime(2026, 3, 31).date()).bounds_text()
    assert start[:13] == "2026-02-28T23" and end[:13] == "2026-03-31T22"  # winter, summer
    assert _summary_ranges(start, end) == [("h", "2026-02-28T23", "2026-03-01T00"),
                                           ("d", "2026-03-01", "2026-03-31"),
                                           ("h", "2026-03-31T00", "2026-03-31T22")]
    day = to_utc_text(datetime(2026, 6, 1, tzinfo=UTC))
    assert _summary_ranges(day, to_utc_text(datetime(2026, 6, 2, tzinfo=UTC))) == [
        ("h", "2026-06-01T00", "2026-06-01T00"), ("d", "2026-06-01", "2026-06-02"),
        ("h", "2026-06-02T00", "2026-06-02T00")]
