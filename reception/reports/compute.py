"""Compute a period's ``Overview`` with a handful of aggregate queries.

Portable SQL only (SQLite and PostgreSQL). SQLite groups by sorting every row,
which for a year at 1,000,000 calls took seconds per figure, so:

- calls per day and hour, by staff member, direction, outcome and pain areas, and
  talk time come from ``call_summary``, counts per UTC day and hour that triggers
  on ``call`` keep (schema_call_summary.py): a period is its whole UTC days plus
  the UTC hours at both ends, each hour turned into a local day and hour here.
  Summer time changes on the hour, so an UTC hour is always one local hour.
  Comma-joined outcomes and pain areas are split after counting;
- callers: ``count(distinct)`` over the period's calls, or for a long period one
  index seek per caller (``_callers``); new callers' first booking and checklists:
  one row per caller or checklist with a correlated subquery on an index
  (schema_overblik_indexes.py), not a join over every call or step.
Moments come back as the stored UTC text, which sorts like time, and are compared
as text with bounds computed once per day.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from functools import cache

from peewee import SQL, Case, fn

from reception.calls.outcomes import outcome_has, stored_outcomes
from reception.checklist.vocabulary import STEP_IDS, StepStatus
from reception.reports.model import CallbackFigures, ChecklistFigures, Overview, StaffFigures
from reception.reports.period import LOCAL, Period, local_midnight
from reception.store import schema_call_summary as summary
from reception.store.database import db
from reception.store.door import execute
from reception.store.fields import from_utc_text, to_utc_text
from reception.store.models import Call, Callback, Caller, Checklist, ChecklistStep, SentItem

BOOKING_WINDOW_DAYS = 30
READY_DAYS_BEFORE = 7
NOT_A_SHEET = "not_needed"  # sheets/pending.py: "no sheet needed", not a sheet sent


def overview(period: Period, today: date | None = None) -> Overview:
    """The figures of ``period`` on the bound database; ``today`` decides what is overdue."""
    today = today or datetime.now(LOCAL).date()
    start, end = period.bounds_text()
    by_day, by_hour = _calls_by_time(period, start, end)
    staff, by_direction, by_outcome, by_area, talk = _calls_by_kind(start, end)
    new, by_referral = _new_callers(start, end)
    callers, returning = _callers(start, end, sum(by_day.values()), new)
    return Overview(
        period=period,
        calls_total=sum(by_day.values()),
        calls_by_day=by_day,
        calls_by_hour=by_hour,
        by_direction=by_direction,
        by_outcome=by_outcome,
        talk_seconds=talk,
        callers=callers,
        new_callers=new,
        returning_callers=returning,
        new_callers_booked=_new_callers_booked(period, start, end),
        by_pain_area=by_area,
        by_referral=by_referral,
        callbacks=_callbacks(period, today, start, end),
        sheets_by_way=_sheets(start, end),
        checklists=_checklists(period),
        staff=staff,
    )


def _rows(query) -> list[tuple]:
    """The query's rows as the database gives them: no per-value conversion by peewee
    (stored UTC text stays text; a date may be text or a date, see ``_day``)."""
    return list(db.execute(query).fetchall())


@cache
def _day(value: object) -> date:
    """A DATE column's value: text on SQLite, a date on PostgreSQL."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@cache
def _midnight_text(day: date) -> str:
    """The stored text of the moment the local ``day`` begins."""
    return to_utc_text(local_midnight(day))


def _calls_by_time(period: Period, start: str, end: str) -> tuple[dict, dict]:
    """Calls per local day and hour from ``call_summary``'s hour rows, in key order;
    the period's bounds are local midnights, always on a whole UTC hour."""
    rows = _execute(f"SELECT bucket, sum(calls) FROM {summary.TABLE} WHERE span = 'h' "
                    "AND bucket >= ? AND bucket < ? GROUP BY bucket", (start[:13], end[:13]))
    by_day = dict.fromkeys(period.days, 0)
    by_hour = dict.fromkeys(range(24), 0)
    for hour_text, count in rows:
        moment = datetime.fromisoformat(hour_text).replace(tzinfo=UTC).astimezone(LOCAL)
        by_day[moment.date()] = by_day.get(moment.date(), 0) + int(count)
        by_hour[moment.hour] += int(count)
    return by_day, by_hour


def _summary_ranges(start: str, end: str) -> list[tuple[str, str, str]]:
    """(span, from, to) of ``call_summary`` that make up [start, end): its whole UTC
    days, and the UTC hours before the first and after the last of them."""
    first_hour, end_hour = start[:13], end[:13]
    first_day = date.fromisoformat(start[:10])
    if start[11:13] != "00":
        first_day += timedelta(days=1)
    end_day = date.fromisoformat(end[:10])
    if first_day >= end_day:
        return [("h", first_hour, end_hour)]
    return [("h", first_hour, f"{first_day.isoformat()}T00"),
            ("d", first_day.isoformat(), end_day.isoformat()),
            ("h", f"{end_day.isoformat()}T00", end_hour)]


def _execute(sql: str, params: tuple) -> list[tuple]:
    return list(execute(sql, params).fetchall())


def _calls_by_kind(start: str, end: str) -> tuple[tuple[StaffFigures, ...], dict, dict, dict,
                                                  int]:
    """Calls by staff member, direction, outcome and pain areas, with talk time, summed
    from ``call_summary`` (a year: some 50,000 day rows, not its calls)."""
    kinds: Counter[tuple] = Counter()
    talks: Counter[tuple] = Counter()
    for span, low, high in _summary_ranges(start, end):
        for *kind, count, talk in _execute(
                f"SELECT {', '.join(summary.KIND)}, sum(calls), sum(talk_seconds) "
                f"FROM {summary.TABLE} WHERE span = ? AND bucket >= ? AND bucket < ? "
                f"GROUP BY {', '.join(summary.KIND)}", (span, low, high)):
            kinds[tuple(kind)] += int(count or 0)
            talks[tuple(kind)] += int(talk or 0)
    staff: dict[str, Counter[str]] = {}
    directions: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    areas: Counter[str] = Counter()
    for kind, count in kinds.items():
        if not count:
            continue
        taken_by, direction, outcome, pain_areas = kind
        talk = talks[kind]
        codes = stored_outcomes(outcome)
        for code in codes:
            outcomes[code] += count
        for area in (a for a in (pain_areas or "").split(",") if a):
            areas[area] += count
        directions[direction] += count
        person = staff.setdefault(taken_by or "", Counter())
        person["calls"] += count
        person["incoming" if direction == "in" else "outgoing"] += count
        person["booked"] += count if "booked" in codes else 0
        person["talk_seconds"] += talk
    figures = tuple(StaffFigures(name=name, **counts) for name, counts in
                    sorted(staff.items(), key=lambda item: (-item[1]["calls"], item[0])))
    return figures, dict(directions), dict(outcomes), dict(areas), sum(talks.values())


def _callers(start: str, end: str, calls: int, new: int) -> tuple[int, int]:
    """Different callers with a call in the period, and those of them not new in it.

    Two exact ways, the cheaper chosen by size: sorting the period's calls by caller
    (``count(distinct)``, about 1 µs a call) and then looking up the new callers (about
    10 µs each), or one index seek per caller of the clinic (about 5 µs each, a whole
    year of calls at a large clinic)."""
    ((known,),) = _rows(Caller.select(fn.MAX(Caller.id)))  # as many callers, near enough
    if calls + 10 * new > 5 * (known or 0):
        return _callers_by_seek(start, end)
    return _callers_by_sort(start, end)


def _in_period(start: str, end: str):
    return (Call.status == "saved") & (Call.started_at >= start) & (Call.started_at < end)


def _callers_by_sort(start: str, end: str) -> tuple[int, int]:
    ((callers,),) = _rows(Call.select(fn.COUNT(Call.caller.distinct()))
                          .where(_in_period(start, end)))
    has_call = Call.select(SQL("1")).where((Call.caller == Caller.id) & _in_period(start, end))
    ((new,),) = _rows(Caller.select(fn.COUNT(SQL("*")))
                      .where((Caller.created_at >= start) & (Caller.created_at < end)
                             & fn.EXISTS(has_call)))
    return int(callers or 0), int(callers or 0) - int(new or 0)


def _callers_by_seek(start: str, end: str) -> tuple[int, int]:
    has_call = Call.select(SQL("1")).where((Call.caller == Caller.id) & _in_period(start, end))
    new = (Caller.created_at >= start) & (Caller.created_at < end)
    ((callers, not_new),) = _rows(Caller.select(fn.COUNT(SQL("*")),
                                                fn.SUM(Case(None, [(new, 0)], 1)))
                                  .where(fn.EXISTS(has_call)))
    return int(callers or 0), int(not_new or 0)


def _new_callers(start: str, end: str) -> tuple[int, dict[str, int]]:
    """How many callers were created in the period, and how they heard of the clinic."""
    query = (Caller.select(Caller.referral_source, fn.COUNT(SQL("*")))
             .where((Caller.created_at >= start) & (Caller.created_at < end))
             .group_by(Caller.referral_source))
    sources: Counter[str] = Counter()
    for source, count in _rows(query):
        sources[source or ""] += count
    return sum(sources.values()), dict(sources)


def _new_callers_booked(period: Period, start: str, end: str) -> int:
    """New callers of the period with a booked call within 30 days of becoming known:
    per new caller their first booked call from the period's start on, read from the
    index call_caller_outcome."""
    window = timedelta(days=BOOKING_WINDOW_DAYS)
    _, latest = period.bounds_text(extra_days=BOOKING_WINDOW_DAYS + 1)
    first_booked = (Call.select(fn.MIN(Call.started_at))
                    .where((Call.caller == Caller.id) & (Call.status == "saved")
                           & (Call.started_at >= start) & (Call.started_at < latest)
                           & outcome_has("booked")))
    query = (Caller.select(Caller.created_at, first_booked)
             .where((Caller.created_at >= start) & (Caller.created_at < end)))
    return sum(1 for created, booked in _rows(query)
               if booked and from_utc_text(booked) - from_utc_text(created) <= window)


def _callbacks(period: Period, today: date, start: str, end: str) -> CallbackFigures:
    ((agreed,),) = _rows(Callback.select(fn.COUNT(SQL("*")))
                         .where((Callback.created_at >= start) & (Callback.created_at < end)))
    done = _rows(Callback.select(Callback.created_at, Callback.done_at, Callback.due,
                                 Callback.attempts)
                 .where((Callback.done_at >= start) & (Callback.done_at < end)))
    overdue_until = min(period.last, today - timedelta(days=1))
    overdue = 0
    if overdue_until >= period.first:
        ((overdue,),) = _rows(Callback.select(fn.COUNT(SQL("*")))
                              .where(Callback.done_at.is_null()
                                     & (Callback.due >= period.first)
                                     & (Callback.due <= overdue_until)))
    hours = sorted(max(0.0, (from_utc_text(done_at) - from_utc_text(created)).total_seconds()
                        / 3600)
                   for created, done_at, _due, _attempts in done)
    return CallbackFigures(
        agreed=agreed,
        done=len(done),
        done_late=sum(1 for _c, done_at, due, _a in done
                      if done_at >= _midnight_text(_day(due) + timedelta(days=1))),
        overdue=overdue,
        hours_median=statistics.median(hours) if hours else None,
        hours_p90=hours[math.ceil(0.9 * len(hours)) - 1] if hours else None,
        attempts=sum(attempts or 0 for *_rest, attempts in done),
    )


def _sheets(start: str, end: str) -> dict[str, int]:
    query = (SentItem.select(SentItem.how, fn.COUNT(SQL("*")))
             .where((SentItem.sent_at >= start) & (SentItem.sent_at < end)
                    & (SentItem.how != NOT_A_SHEET))
             .group_by(SentItem.how))
    return {how or "": count for how, count in _rows(query)}


def _checklists(period: Period) -> ChecklistFigures:
    """Consultations in the period, and those whose every step was settled (done or
    not relevant) before the end of the day a week before: per checklist, its last
    settled step's time if all of them are settled, from one seek into the index
    checklist_step_ready (conditions inside the sums, not in the WHERE, which SQLite
    would split into a seek per status and step)."""
    step = ChecklistStep.alias("s")
    settled = (step.status.in_([StepStatus.DONE.value, StepStatus.NOT_RELEVANT.value])
               & step.step.in_(list(STEP_IDS)) & step.changed_at.is_null(False))
    count = fn.SUM(Case(None, [(settled, 1)], 0))
    last_settled = (step.select(Case(None, [(count == len(STEP_IDS), fn.MAX(
        Case(None, [(settled, step.changed_at)], None)))], None))
        .where(step.checklist == Checklist.id))
    query = (Checklist.select(Checklist.consultation_date, last_settled)
             .where((Checklist.consultation_date >= period.first)
                    & (Checklist.consultation_date <= period.last)))
    rows = _rows(query)
    before = timedelta(days=READY_DAYS_BEFORE - 1)
    ready = sum(1 for day, last in rows
                if last is not None and last < _midnight_text(_day(day) - before))
    return ChecklistFigures(consultations=len(rows), ready_week_before=ready)
