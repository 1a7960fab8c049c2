"""Overblik's figures on a generated database equal those counted here, call by call.

The period 20 October - 5 November 2026 holds the end of summer time (25 October,
02:00 → 01:00 local time), and calls are put near local midnight on purpose, so a
day or an hour taken in UTC instead of Danish time gives a different answer.
"""

from __future__ import annotations

import math
import random
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from reception.reports import Period, named_period, overview
from reception.store.door import write_transaction
from reception.store.models import Call, Callback, Caller, Checklist, ChecklistStep, SentItem

pytestmark = pytest.mark.both_backends

DK = ZoneInfo("Europe/Copenhagen")
PERIOD = Period(date(2026, 10, 20), date(2026, 11, 5))
TODAY = date(2026, 11, 3)
STAFF = ("Mette", "Lone", "")
SOURCES = ("Egen læge", "Google", "Ven eller familie", "")
AREAS = ("nakke", "ryg", "knae", "nakke,ryg")
OUTCOMES = ("booked", "send_sheet", "call_back", "no_action", "booked,send_sheet", None)
STEPS = ("booking", "scan", "request_images", "send_images", "blood_thinners", "companion")


def _moment(rng: random.Random) -> datetime:
    """A UTC moment from 10 October to 15 November 2026, often near local midnight."""
    day = date(2026, 10, 10) + timedelta(days=rng.randrange(36))
    if rng.random() < 0.3:
        local = datetime(day.year, day.month, day.day, rng.choice((0, 23)), rng.randrange(60),
                         tzinfo=DK)
    else:
        local = datetime(day.year, day.month, day.day, rng.randrange(7, 17), rng.randrange(60),
                         tzinfo=DK)
    return local.astimezone(UTC) + timedelta(seconds=rng.randrange(60))


def _inside(moment: datetime) -> bool:
    return PERIOD.first <= moment.astimezone(DK).date() <= PERIOD.last


def _generate(seed: int) -> dict:
    """Rows put in the database, kept as Python data for the expected answers."""
    rng = random.Random(seed)
    callers, calls, callbacks, sheets, checklists = [], [], [], [], []
    with write_transaction():
        for n in range(90):
            created = _moment(rng)
            source = rng.choice(SOURCES)
            caller = Caller.create(name=f"Person {n}", created_at=created, updated_at=created,
                                   referral_source=source)
            callers.append((caller.id, created, source))
            moments = [created] + [created + timedelta(hours=rng.randrange(1, 24 * 40))
                                   for _ in range(rng.randrange(0, 5))]
            for started in moments:
                row = dict(caller=caller.id, direction=rng.choice(("in", "in", "out")),
                           status=rng.choice(("saved",) * 9 + ("draft",)),
                           started_at=started, ended_at=started + timedelta(minutes=3),
                           duration_seconds=rng.randrange(30, 600),
                           taken_by=rng.choice(STAFF), outcome=rng.choice(OUTCOMES),
                           pain_areas=tuple(rng.choice(AREAS).split(",")), updated_at=started)
                if row["status"] == "draft":
                    row["outcome"] = None
                row["id"] = Call.insert(**row).execute()
                calls.append(row)
                if row["outcome"] and "call_back" in row["outcome"]:
                    due = started.astimezone(DK).date() + timedelta(days=rng.randrange(0, 6))
                    done = (started + timedelta(hours=rng.randrange(1, 200))
                            if rng.random() < 0.7 else None)
                    attempts = rng.randrange(0, 4)
                    Callback.create(caller=caller.id, call=row["id"], due=due, done_at=done,
                                    attempts=attempts, created_at=started)
                    callbacks.append((started, done, due, attempts))
                if rng.random() < 0.3:
                    how = rng.choice(("email", "post", "pdf", "not_needed"))
                    SentItem.create(caller=caller.id, call=row["id"], what="Ark", how=how,
                                    sent_at=started)
                    sheets.append((started, how))
            if rng.random() < 0.5:
                day = date(2026, 10, 15) + timedelta(days=rng.randrange(30))
                checklist = Checklist.create(caller=caller.id, consultation_date=day,
                                             created_at=created, updated_at=created)
                steps = []
                for step in STEPS:
                    status = rng.choice(("done",) * 12 + ("not_relevant", "missing"))
                    # around the deadline: the end of the day a week before, local time
                    hours = rng.choice((-30,) * 12 + (-1, 1, 30))
                    changed = (datetime(day.year, day.month, day.day, tzinfo=DK)
                               - timedelta(days=6) + timedelta(hours=hours))
                    ChecklistStep.create(checklist=checklist.id, step=step, status=status,
                                         changed_at=changed.astimezone(UTC))
                    steps.append((status, changed))
                checklists.append((day, steps))
    return dict(callers=callers, calls=calls, callbacks=callbacks, sheets=sheets,
                checklists=checklists)


@pytest.fixture
def generated(database) -> dict:
    return _generate(seed=7)


def test_calls_by_local_day_hour_direction_outcome_and_area(generated) -> None:
    saved = [c for c in generated["calls"] if c["status"] == "saved" and _inside(c["started_at"])]
    figures = overview(PERIOD, today=TODAY)
    assert figures.calls_total == len(saved) > 40
    by_day = Counter(c["started_at"].astimezone(DK).date() for c in saved)
    assert figures.calls_by_day == {day: by_day.get(day, 0) for day in PERIOD.days}
    by_hour = Counter(c["started_at"].astimezone(DK).hour for c in saved)
    assert figures.calls_by_hour == {hour: by_hour.get(hour, 0) for hour in range(24)}
    assert figures.by_direction == Counter(c["direction"] for c in saved)
    outcomes = Counter(code for c in saved for code in (c["outcome"] or "").split(",") if code)
    assert figures.by_outcome == outcomes
    assert figures.by_pain_area == Counter(a for c in saved for a in c["pain_areas"])
    assert figures.talk_seconds == sum(c["duration_seconds"] for c in saved)
    for person in figures.staff:
        own = [c for c in saved if c["taken_by"] == person.name]
        assert person.calls == len(own)
        assert person.incoming == sum(1 for c in own if c["direction"] == "in")
        assert person.booked == sum(1 for c in own if "booked" in (c["outcome"] or ""))
    assert sum(p.calls for p in figures.staff) == len(saved)


def test_new_returning_referral_and_conversion(generated) -> None:
    calls = [c for c in generated["calls"] if c["status"] == "saved"]
    new = [(cid, created, source) for cid, created, source in generated["callers"]
           if _inside(created)]
    figures = overview(PERIOD, today=TODAY)
    assert figures.new_callers == len(new)
    assert figures.by_referral == Counter(source for _, _, source in new)
    in_period = {c["caller"] for c in calls if _inside(c["started_at"])}
    created = {cid: when for cid, when, _ in generated["callers"]}
    assert figures.callers == len(in_period)
    assert figures.returning_callers == sum(
        1 for cid in in_period if created[cid] < PERIOD.start_utc)
    booked = {cid for cid, when, _ in new for c in calls
              if c["caller"] == cid and "booked" in (c["outcome"] or "")
              and c["started_at"] - when <= timedelta(days=30)}
    assert figures.new_callers_booked == len(booked) > 0


def test_callbacks_sheets_and_checklists(generated) -> None:
    figures = overview(PERIOD, today=TODAY).callbacks
    rows = generated["callbacks"]
    assert figures.agreed == sum(1 for agreed, *_ in rows if _inside(agreed))
    done = [(a, d, due, n) for a, d, due, n in rows if d and _inside(d)]
    assert figures.done == len(done) > 3
    assert figures.done_late == sum(1 for _, d, due, _ in done if d.astimezone(DK).date() > due)
    hours = sorted((d - a).total_seconds() / 3600 for a, d, _, _ in done)
    assert figures.hours_median == pytest.approx(statistics.median(hours))
    assert figures.hours_p90 == pytest.approx(hours[math.ceil(len(hours) * 0.9) - 1])
    assert figures.attempts == sum(n for *_, n in done)
    assert figures.overdue == sum(1 for _, d, due, _ in rows
                                  if d is None and PERIOD.first <= due < TODAY) > 0
    sheets = overview(PERIOD, today=TODAY).sheets_by_way
    assert sheets == Counter(how for at, how in generated["sheets"]
                             if _inside(at) and how != "not_needed")
    checks = overview(PERIOD, today=TODAY).checklists
    ours = [(day, steps) for day, steps in generated["checklists"]
            if PERIOD.first <= day <= PERIOD.last]
    assert checks.consultations == len(ours)
    ready = sum(1 for day, steps in ours if all(
        status != "missing" and changed.astimezone(DK).date() <= day - timedelta(days=7)
        for status, changed in steps))
    assert checks.ready_week_before == ready
    assert 0 < ready < len(ours)


def test_named_periods() -> None:
    today = date(2026, 3, 4)  # a Wednesday
    assert named_period("this_week", today) == Period(date(2026, 3, 2), date(2026, 3, 8))
    assert named_period("this_month", today) == Period(date(2026, 3, 1), date(2026, 3, 31))
    assert named_period("last_month", today) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert named_period("this_year", today) == Period(date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValueError):
        Period(date(2026, 3, 2), date(2026, 3, 1))


def test_summer_time_day_has_25_hours() -> None:
    period = Period(date(2026, 10, 25), date(2026, 10, 25))
    assert (period.end_utc - period.start_utc) == timedelta(hours=25)
