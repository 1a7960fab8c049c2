"""Overblik's rewritten queries: the same figures as counted here call by call over the
spring change to summer time, read from the indexes in grouping order (no sort of a
period's calls), and the indexes there on both backends.

The period 20 March - 5 April 2026 holds the start of summer time (29 March, 02:00 →
03:00 local time, a day of 23 hours); calls sit near local midnight and in the
hour that is skipped, so a day or an hour taken in UTC gives another answer.
"""

from __future__ import annotations

import math
import random
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from reception.reports import Period, overview
from reception.store.door import is_postgres, write_transaction
from reception.store.models import Call, Callback, Caller, Checklist, ChecklistStep, SentItem
from reception.store.schema_drop_unused_indexes import NAMES as DROPPED
from reception.store.schema_overblik_indexes import STATEMENTS

pytestmark = pytest.mark.both_backends

DK = ZoneInfo("Europe/Copenhagen")
PERIOD = Period(date(2026, 3, 20), date(2026, 4, 5))
TODAY = date(2026, 4, 1)
STAFF = ("Mette", "Lone", "")
AREAS = ("nakke", "ryg", "knae", "nakke,ryg", "")
OUTCOMES = ("booked", "send_sheet", "call_back", "booked,send_sheet", None, "")
STEPS = ("booking", "scan", "request_images", "send_images", "blood_thinners", "companion")


def _moment(rng: random.Random) -> datetime:
    """A UTC moment from 10 March to 15 April 2026, often near local midnight."""
    first = datetime(2026, 3, 10, tzinfo=UTC)
    if rng.random() < 0.35:
        day = date(2026, 3, 10) + timedelta(days=rng.randrange(36))
        local = datetime(day.year, day.month, day.day, rng.choice((0, 23)), rng.randrange(60),
                         tzinfo=DK)
        return local.astimezone(UTC) + timedelta(seconds=rng.randrange(60))
    return first + timedelta(seconds=rng.randrange(36 * 24 * 3600))


def _inside(moment: datetime) -> bool:
    return PERIOD.first <= moment.astimezone(DK).date() <= PERIOD.last


def _generate(seed: int) -> dict:
    rng = random.Random(seed)
    callers, calls, callbacks, checklists = [], [], [], []
    # the hour skipped on 29 March (01:00-02:00 UTC is 03:00-04:00 summer time)
    fixed = [datetime(2026, 3, 29, 0, 30, tzinfo=UTC), datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
             datetime(2026, 3, 28, 23, 10, tzinfo=UTC), datetime(2026, 3, 29, 22, 5, tzinfo=UTC)]
    with write_transaction():
        for n in range(120):
            created = fixed[n] if n < len(fixed) else _moment(rng)
            caller = Caller.create(name=f"Person {n}", created_at=created, updated_at=created,
                                   referral_source=rng.choice(("Google", "Egen læge", "")))
            callers.append((caller.id, created))
            moments = [created] + [created + timedelta(hours=rng.randrange(-48, 24 * 40))
                                   for _ in range(rng.randrange(0, 5))]
            for started in moments:
                status = rng.choice(("saved",) * 9 + ("draft",))
                row = dict(caller=caller.id, direction=rng.choice(("in", "in", "out")),
                           status=status, started_at=started,
                           duration_seconds=rng.choice((None, *range(30, 600, 37))),
                           taken_by=rng.choice(STAFF), outcome=rng.choice(OUTCOMES),
                           pain_areas=tuple(a for a in rng.choice(AREAS).split(",") if a),
                           updated_at=started)
                row["id"] = Call.insert(**row).execute()
                calls.append(row)
                if rng.random() < 0.3:
                    due = started.astimezone(DK).date() + timedelta(days=rng.randrange(0, 6))
                    done = (started + timedelta(hours=rng.randrange(1, 200))
                            if rng.random() < 0.7 else None)
                    attempts = rng.randrange(0, 4)
                    Callback.create(caller=caller.id, call=row["id"], due=due, done_at=done,
                                    attempts=attempts, created_at=started)
                    callbacks.append((started, done, due, attempts))
                if rng.random() < 0.2:
                    SentItem.create(caller=caller.id, call=row["id"], what="Ark",
                                    how=rng.choice(("email", "post", "pdf")), sent_at=started)
            if rng.random() < 0.6:
                day = date(2026, 3, 18) + timedelta(days=rng.randrange(22))
                checklist = Checklist.create(caller=caller.id, consultation_date=day,
                                             created_at=created, updated_at=created)
                steps = []
                for step in rng.sample(STEPS, rng.choice((6, 6, 6, 5))):
                    status = rng.choice(("done",) * 10 + ("not_relevant", "missing"))
                    hours = rng.choice((-30,) * 10 + (-1, 1, 30))
                    changed = (datetime(day.year, day.month, day.day, tzinfo=DK)
                               - timedelta(days=6) + timedelta(hours=hours))
                    ChecklistStep.create(checklist=checklist.id, step=step, status=status,
                                         changed_at=changed.astimezone(UTC))
                    steps.append((step, status, changed))
                checklists.append((day, steps))
    return dict(callers=callers, calls=calls, callbacks=callbacks, checklists=checklists)


@pytest.fixture
def generated(database) -> dict:
    return _generate(seed=11)


def test_calls_across_the_spring_change_equal_those_counted_here(generated) -> None:
    saved = [c for c in generated["calls"] if c["status"] == "saved" and _inside(c["started_at"])]
    figures = overview(PERIOD, today=TODAY)
    assert figures.calls_total == len(saved) > 100
    by_day = Counter(c["started_at"].astimezone(DK).date() for c in saved)
    assert figures.calls_by_day == {day: by_day.get(day, 0) for day in PERIOD.days}
    by_hour = Counter(c["started_at"].astimezone(DK).hour for c in saved)
    assert figures.calls_by_hour == {hour: by_hour.get(hour, 0) for hour in range(24)}
    assert figures.calls_by_hour[2] == by_hour[2]  # 02:xx never happened on the 29th
    assert figures.by_direction == Counter(c["direction"] for c in saved)
    assert figures.by_outcome == Counter(
        code for c in saved for code in (c["outcome"] or "").split(",") if code)
    assert figures.by_pain_area == Counter(a for c in saved for a in c["pain_areas"])
    assert figures.talk_seconds == sum(c["duration_seconds"] or 0 for c in saved)
    staff = {p.name: p for p in figures.staff}
    assert set(staff) == {c["taken_by"] for c in saved}
    for name, person in staff.items():
        own = [c for c in saved if c["taken_by"] == name]
        assert (person.calls, person.incoming, person.outgoing) == (
            len(own), sum(c["direction"] == "in" for c in own),
            sum(c["direction"] == "out" for c in own))
        assert person.booked == sum("booked" in (c["outcome"] or "").split(",") for c in own)
        assert person.talk_seconds == sum(c["duration_seconds"] or 0 for c in own)


def test_callers_new_and_booked_across_the_spring_change(generated) -> None:
    figures = overview(PERIOD, today=TODAY)
    calls = [c for c in generated["calls"] if c["status"] == "saved"]
    created = dict(generated["callers"])
    new = {cid for cid, when in created.items() if _inside(when)}
    with_calls = {c["caller"] for c in calls if _inside(c["started_at"])}
    assert figures.new_callers == len(new)
    assert figures.callers == len(with_calls)
    assert figures.returning_callers == len(with_calls - new)
    booked = {c["caller"] for c in calls if c["caller"] in new
              and "booked" in (c["outcome"] or "").split(",")
              and c["started_at"] >= PERIOD.start_utc
              and c["started_at"] - created[c["caller"]] <= timedelta(days=30)}
    assert figures.new_callers_booked == len(booked) > 0


def test_callbacks_and_checklists_across_the_spring_change(generated) -> None:
    figures = overview(PERIOD, today=TODAY)
    rows = generated["callbacks"]
    done = [(a, d, due, n) for a, d, due, n in rows if d and _inside(d)]
    assert figures.callbacks.agreed == sum(1 for a, *_ in rows if _inside(a))
    assert figures.callbacks.done == len(done) > 3
    assert figures.callbacks.done_late == sum(
        1 for _, d, due, _ in done if d.astimezone(DK).date() > due)
    hours = sorted((d - a).total_seconds() / 3600 for a, d, _, _ in done)
    assert figures.callbacks.hours_median == pytest.approx(statistics.median(hours))
    assert figures.callbacks.hours_p90 == pytest.approx(hours[math.ceil(len(hours) * 0.9) - 1])
    assert figures.callbacks.attempts == sum(n for *_, n in done)
    ours = [(day, steps) for day, steps in generated["checklists"]
            if PERIOD.first <= day <= PERIOD.last]
    ready = sum(1 for day, steps in ours if {s for s, *_ in steps} == set(STEPS) and all(
        status != "missing" and changed.astimezone(DK).date() <= day - timedelta(days=7)
        for _, status, changed in steps))
    assert figures.checklists.consultations == len(ours)
    assert figures.checklists.ready_week_before == ready
    assert 0 < ready < len(ours)


def index_names(database) -> set[str]:
    if is_postgres(database):
        return {r[0] for r in database.execute_sql("SELECT indexname FROM pg_indexes")}
    return {r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_the_indexes_are_there(database) -> None:
    names = [statement.split(" IF NOT EXISTS ")[1].split()[0] for statement in STATEMENTS]
    found = index_names(database)
    assert set(names) - set(DROPPED) <= found
    assert not set(DROPPED) & found  # unread since call_summary (schema_drop_unused_indexes)


def test_no_figure_would_read_the_dropped_indexes(database, generated) -> None:
    """With ``call_hour`` and ``call_kind`` made again, not one statement of a day's, a
    month's or a year's figures (both ways of counting callers) reads them: the plans
    of SQLite, and of PostgreSQL after ANALYZE with and without sequential scans."""
    from reception.reports.compute import _callers_by_seek, _callers_by_sort

    for sql in STATEMENTS:
        if any(f" {name} ON " in sql for name in DROPPED):
            database.execute_sql(sql)
    assert set(DROPPED) <= index_names(database)
    statements: list[tuple[str, tuple]] = []
    execute_sql = database.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return execute_sql(sql, params, *args, **kwargs)

    database.execute_sql = recording
    try:
        for period in (Period(date(2026, 3, 29), date(2026, 3, 29)), PERIOD,
                       Period(date(2026, 1, 1), date(2026, 12, 31))):
            overview(period, today=TODAY)
            start, end = period.bounds_text()
            _callers_by_seek(start, end)
            _callers_by_sort(start, end)
    finally:
        del database.execute_sql
    assert len(statements) > 30
    if is_postgres(database):
        execute_sql("ANALYZE")
    for sql, params in statements:
        for no_seqscan in ((False, True) if is_postgres(database) else (False,)):
            with database.atomic():
                if is_postgres(database):
                    execute_sql(f"SET LOCAL enable_seqscan = {'off' if no_seqscan else 'on'}")
                    plan = [r[0] for r in execute_sql("EXPLAIN " + sql, params)]
                else:
                    plan = [r[-1] for r in execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
            used = [step for step in plan for name in DROPPED if name in step]
            assert not used, (sql, plan)


@pytest.mark.sqlite_only("SQLite's query plans; PostgreSQL groups by hashing")
def test_no_query_sorts_or_scans_a_whole_table(database, generated) -> None:
    """Every statement of a year's figures reads a range of an index; none sorts the
    period's calls (SQLite groups by sorting; count(distinct) of callers is allowed, and
    so is one pass over the callers' index, a seek into the calls for each)."""
    statements: list[tuple[str, tuple]] = []
    execute_sql = database.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return execute_sql(sql, params, *args, **kwargs)

    database.execute_sql = recording
    try:
        overview(Period(date(2026, 1, 1), date(2026, 12, 31)), today=TODAY)
    finally:
        del database.execute_sql
    assert len(statements) > 10
    for sql, params in statements:
        plan = [row[-1] for row in execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
        scans = [step for step in plan if step.startswith("SCAN")
                 and not step.startswith("SCAN t1 USING COVERING INDEX caller")]
        assert not scans, (sql, plan)
        sorts = [step for step in plan if "TEMP B-TREE" in step]
        assert not sorts or 'FROM "call"' not in sql or sorts == [
            "USE TEMP B-TREE FOR count(DISTINCT)"], (sql, plan)


def test_both_ways_of_counting_callers_agree_with_those_counted_here(generated) -> None:
    from reception.reports.compute import _callers_by_seek, _callers_by_sort

    calls = [c for c in generated["calls"] if c["status"] == "saved"]
    created = dict(generated["callers"])
    new = {cid for cid, when in created.items() if _inside(when)}
    with_calls = {c["caller"] for c in calls if _inside(c["started_at"])}
    expected = (len(with_calls), len(with_calls - new))
    start, end = PERIOD.bounds_text()
    assert _callers_by_sort(start, end) == expected
    assert _callers_by_seek(start, end) == expected
    assert expected[1] < expected[0]
