"""Compute a period's ``Overview`` with a handful of aggregate queries.

Portable SQL only (SQLite and PostgreSQL): times are stored as UTC text, so the
calls are grouped in SQL by their UTC hour (``substr(started_at, 1, 13)``, the
same function on both) and each hour is turned into a local day and hour here,
once per hour, not per call. Summer time changes on the hour, so an UTC hour is
always one local hour. Every other grouping is by plain columns; comma-joined
outcomes and pain areas are split after grouping (a few hundred groups).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from peewee import SQL, fn

from reception.calls.outcomes import outcome_has, stored_outcomes
from reception.checklist.vocabulary import STEP_IDS, StepStatus
from reception.reports.model import CallbackFigures, ChecklistFigures, Overview, StaffFigures
from reception.reports.period import LOCAL, Period, local_date, local_midnight
from reception.store.models import Call, Callback, Caller, Checklist, ChecklistStep, SentItem

BOOKING_WINDOW_DAYS = 30
READY_DAYS_BEFORE = 7
NOT_A_SHEET = "not_needed"  # sheets/pending.py: "no sheet needed", not a sheet sent


def overview(period: Period, today: date | None = None) -> Overview:
    """The figures of ``period`` on the bound database; ``today`` decides what is overdue."""
    today = today or datetime.now(LOCAL).date()
    start, end = period.bounds_text()
    in_period = (Call.status == "saved") & (Call.started_at >= start) & (Call.started_at < end)
    by_day, by_hour, by_direction = _calls_by_time(period, in_period)
    staff, by_outcome, by_area, talk = _calls_by_kind(in_period)
    new, by_referral = _new_callers(start, end)
    callers, returning = _callers(in_period, new)
    return Overview(
        period=period,
        calls_total=sum(by_day.values()),
        calls_by_day=by_day,
        calls_by_hour=by_hour,
        by_direction=by_direction,
        by_outcome=by_outcome,
        talk_seconds=talk,
        callers=callers,
        new_callers=len(new),
        returning_callers=returning,
        new_callers_booked=_new_callers_booked(period, new),
        by_pain_area=by_area,
        by_referral=by_referral,
        callbacks=_callbacks(period, today, start, end),
        sheets_by_way=_sheets(start, end),
        checklists=_checklists(period),
        staff=staff,
    )


def _calls_by_time(period: Period, in_period) -> tuple[dict, dict, dict]:
    utc_hour = fn.SUBSTR(Call.started_at, 1, 13).coerce(False)  # text, not a moment
    query = (Call.select(utc_hour, Call.direction, fn.COUNT(Call.id))
             .where(in_period).group_by(SQL("1"), SQL("2")))
    by_day = dict.fromkeys(period.days, 0)
    by_hour = dict.fromkeys(range(24), 0)
    by_direction: Counter[str] = Counter()
    for utc_hour, direction, count in query.tuples():
        moment = datetime.fromisoformat(utc_hour).replace(tzinfo=UTC).astimezone(LOCAL)
        by_day[moment.date()] = by_day.get(moment.date(), 0) + count
        by_hour[moment.hour] += count
        by_direction[direction] += count
    return by_day, by_hour, dict(by_direction)


def _calls_by_kind(in_period) -> tuple[tuple[StaffFigures, ...], dict, dict, int]:
    query = (Call.select(Call.taken_by, Call.direction, Call.outcome, Call.pain_areas.cast("text"),
                         fn.COUNT(Call.id), fn.SUM(Call.duration_seconds))
             .where(in_period).group_by(SQL("1"), SQL("2"), SQL("3"), SQL("4")))
    staff: dict[str, Counter[str]] = {}
    outcomes: Counter[str] = Counter()
    areas: Counter[str] = Counter()
    talk_total = 0
    for taken_by, direction, outcome, pain_areas, count, talk in query.tuples():
        codes = stored_outcomes(outcome)
        for code in codes:
            outcomes[code] += count
        for area in (a for a in (pain_areas or "").split(",") if a):
            areas[area] += count
        talk_total += talk or 0
        person = staff.setdefault(taken_by or "", Counter())
        person["calls"] += count
        person["incoming" if direction == "in" else "outgoing"] += count
        person["booked"] += count if "booked" in codes else 0
        person["talk_seconds"] += talk or 0
    figures = tuple(StaffFigures(name=name, **counts) for name, counts in
                    sorted(staff.items(), key=lambda item: (-item[1]["calls"], item[0])))
    return figures, dict(outcomes), dict(areas), talk_total


def _callers(in_period, new: dict[int, datetime]) -> tuple[int, int]:
    """Different callers with a call in the period, and those of them known before it
    (joining every call to its caller would read the caller table once per call)."""
    ids = {caller for (caller,) in Call.select(Call.caller).distinct()
           .where(in_period & Call.caller.is_null(False)).tuples()}
    return len(ids), len(ids - new.keys())


def _booked_calls_of(new: dict[int, datetime]) -> dict[int, list[datetime]]:
    """When the new callers' saved calls with the outcome "booked" began, by the caller
    index. The status is checked here: with it in the SQL, SQLite walks the whole
    period in the covering index (call_report) once per chunk instead."""
    found: dict[int, list[datetime]] = {}
    for chunk in _chunks(list(new)):
        for caller, status, started in (
                Call.select(Call.caller, Call.status, Call.started_at)
                .where(Call.caller.in_(chunk) & outcome_has("booked")).tuples()):
            if status == "saved":
                found.setdefault(caller, []).append(started)
    return found


def _new_callers(start: str, end: str) -> tuple[dict[int, datetime], dict[str, int]]:
    """Callers created in the period (id → when) and how they heard of the clinic."""
    new: dict[int, datetime] = {}
    sources: Counter[str] = Counter()
    for caller_id, created, source in (
            Caller.select(Caller.id, Caller.created_at, Caller.referral_source)
            .where((Caller.created_at >= start) & (Caller.created_at < end)).tuples()):
        new[caller_id] = created
        sources[source or ""] += 1
    return new, dict(sources)


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[n:n + size] for n in range(0, len(ids), size)]


def _new_callers_booked(period: Period, new: dict[int, datetime]) -> int:
    """New callers of the period with a booked call within 30 days of becoming known."""
    window = timedelta(days=BOOKING_WINDOW_DAYS)
    return sum(1 for caller, moments in _booked_calls_of(new).items()
               if any(period.start_utc <= started and started - new[caller] <= window
                      for started in moments))


def _callbacks(period: Period, today: date, start: str, end: str) -> CallbackFigures:
    agreed = (Callback.select().where((Callback.created_at >= start)
                                      & (Callback.created_at < end)).count())
    done = list(Callback.select(Callback.created_at, Callback.done_at, Callback.due,
                                Callback.attempts)
                .where((Callback.done_at >= start) & (Callback.done_at < end)).tuples())
    overdue_until = min(period.last, today - timedelta(days=1))
    overdue = (Callback.select().where(Callback.done_at.is_null()
                                       & (Callback.due >= period.first)
                                       & (Callback.due <= overdue_until)).count()
               if overdue_until >= period.first else 0)
    hours = sorted(max(0.0, (done_at - created).total_seconds() / 3600)
                   for created, done_at, _due, _attempts in done)
    return CallbackFigures(
        agreed=agreed,
        done=len(done),
        done_late=sum(1 for _c, done_at, due, _a in done if local_date(done_at) > due),
        overdue=overdue,
        hours_median=statistics.median(hours) if hours else None,
        hours_p90=hours[math.ceil(0.9 * len(hours)) - 1] if hours else None,
        attempts=sum(attempts or 0 for *_rest, attempts in done),
    )


def _sheets(start: str, end: str) -> dict[str, int]:
    query = (SentItem.select(SentItem.how, fn.COUNT(SentItem.id))
             .where((SentItem.sent_at >= start) & (SentItem.sent_at < end)
                    & (SentItem.how != NOT_A_SHEET))
             .group_by(SentItem.how))
    return {how or "": count for how, count in query.tuples()}


def _checklists(period: Period) -> ChecklistFigures:
    in_period = ((Checklist.consultation_date >= period.first)
                 & (Checklist.consultation_date <= period.last))
    days = dict(Checklist.select(Checklist.id, Checklist.consultation_date)
                .where(in_period).tuples())
    settled: dict[int, set[str]] = {}
    settled_states = (StepStatus.DONE.value, StepStatus.NOT_RELEVANT.value)
    query = (ChecklistStep.select(ChecklistStep.checklist, ChecklistStep.step,
                                  ChecklistStep.changed_at)
             .join(Checklist, on=(ChecklistStep.checklist == Checklist.id))
             .where(in_period & ChecklistStep.status.in_(settled_states)
                    & ChecklistStep.changed_at.is_null(False)))
    for checklist_id, step, changed_at in query.tuples():
        deadline = local_midnight(days[checklist_id] - timedelta(days=READY_DAYS_BEFORE - 1))
        if changed_at < deadline:
            settled.setdefault(checklist_id, set()).add(step)
    ready = sum(1 for steps in settled.values() if steps >= set(STEP_IDS))
    return ChecklistFigures(consultations=len(days), ready_week_before=ready)

