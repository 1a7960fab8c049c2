"""Upcoming consultations with what is still missing, for ringing the patients who need it.

``upcoming_consultations(today, filters=())``: checklists whose consultation is
today or later, soonest first (then by time and name), followed by booked callers
without a date yet. ``filters`` (codes of ``FILTERS``, all must hold):

- ``missing_images``: step 4 still missing and no date received;
- ``pause_not_agreed``: step 5 still missing, the patient takes blood thinners or
  has not been asked, and no pause is agreed;
- ``scan_too_old``: the scan is more than 2 years old on the consultation day
  (rules.usable_until), unless the scan step is "not relevant".

Indexed queries bounded by ``limit`` for the rows (the filters are SQL: the dated
ones in date order, then the undated), one for the phone numbers: a few
milliseconds with thousands of patients.

``checklist_progress(caller_ids) -> dict[caller_id, done_count]`` for "4 af 6" in lists.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from peewee import SQL, Case, ColumnBase, fn

from reception.checklist import records, rules
from reception.checklist.model import (
    BloodThinners,
    Booking,
    ImagesReceived,
    OverviewRow,
    Scan,
)
from reception.checklist.vocabulary import FILTERS, STEP_IDS, StepStatus
from reception.phone import format_national
from reception.store.door import group_concat
from reception.store.errors import guarded
from reception.store.models import Caller, CallerPhone, ChecklistStep
from reception.store.models import Checklist as Row


def _step_in(step: str, *statuses: StepStatus) -> ColumnBase:
    s = ChecklistStep.alias()
    return fn.EXISTS(s.select(SQL("1")).where(
        s.checklist == Row.id, s.step == step, s.status.in_([x.value for x in statuses])))


def _filter(code: str) -> ColumnBase:
    if code == "missing_images":
        return _step_in("send_images", StepStatus.MISSING) & Row.images_received.is_null()
    if code == "pause_not_agreed":
        return (_step_in("blood_thinners", StepStatus.MISSING)
                & (Row.takes_blood_thinners.is_null() | (Row.takes_blood_thinners == True))  # noqa: E712
                & (Row.pause_agreed == False))  # noqa: E712
    if code == "scan_too_old":
        return (~_step_in("scan", StepStatus.NOT_RELEVANT)
                & (Row.scan_usable_until < Row.consultation_date))
    raise ValueError(f"unknown filter {code!r}; one of {sorted(FILTERS)}")


def _first_phones(caller_ids: list[int]) -> dict[int, str]:
    first: dict[int, str] = {}
    for start in range(0, len(caller_ids), 500):
        chunk = caller_ids[start:start + 500]
        for caller_id, e164, raw in (
            CallerPhone.select(CallerPhone.caller, CallerPhone.e164, CallerPhone.raw)
            .where(CallerPhone.caller.in_(chunk)).order_by(CallerPhone.id).tuples()
        ):
            if caller_id not in first:
                first[caller_id] = format_national(e164) if e164 else raw
    return first


_STATUS = {status.value: status for status in StepStatus}


def _statuses(packed: str | None) -> dict[str, StepStatus]:
    """``"booking:done,scan:missing"`` → step id → status (every step; missing by default)."""
    found = dict(item.split(":", 1) for item in (packed or "").split(","))
    return {step: _STATUS.get(found.get(step, ""), StepStatus.MISSING) for step in STEP_IDS}


_COLUMNS = (
    Row.caller, Caller.name, Row.consultation_date, Row.consultation_time, Row.scan_taken,
    Row.scan_usable_until, Row.images_received, Row.takes_blood_thinners, Row.pause_agreed,
)


@guarded
def upcoming_consultations(
    today: date | None = None,
    filters: Collection[str] = (),
    *,
    include_undated: bool = True,
    limit: int = 5000,
    offset: int = 0,
) -> list[OverviewRow]:
    """Upcoming consultations soonest first, then the undated; see the module docstring.

    ``offset`` skips that many rows of the same list (a later chunk): the rows before
    it are read by the index walk but not built, so a chunk costs its own rows."""
    today = today or date.today()
    s = ChecklistStep.alias()
    packed = (s.select(group_concat(s.step.concat(":").concat(s.status)))
              .where(s.checklist == Row.id))

    def read(where: ColumnBase, order: list[ColumnBase], wanted: int) -> list[tuple]:
        query = Row.select(*_COLUMNS, packed).join(Caller).where(where)
        for code in filters:
            query = query.where(_filter(code))
        return list(query.order_by(*order, Caller.name, Row.id).limit(wanted).tuples())

    # Two bounded queries, not one with ``OR consultation_date IS NULL``: that one
    # cannot walk the date index in order, so at 100,000 callers it sorted every
    # upcoming row (about a second) to keep the first few hundred.
    wanted = offset + limit
    rows = read(Row.consultation_date >= today,
                [Row.consultation_date, Row.consultation_time], wanted)
    if include_undated and len(rows) < wanted:
        rows += read(Row.consultation_date.is_null(), [Row.consultation_time],
                     wanted - len(rows))
    rows = rows[offset:]
    phones = _first_phones([row[0] for row in rows])
    result = []
    for (caller_id, name, day, at, taken, until, received, takes, agreed, states) in rows:
        statuses = _statuses(states)
        booking = Booking(day, records.read_time(at))
        flags = rules.flags(booking, Scan(taken=taken), ImagesReceived(received),
                            BloodThinners(takes, pause_agreed=bool(agreed)), statuses, today)
        result.append(OverviewRow(
            caller_id=caller_id, name=name, phone=phones.get(caller_id, ""),
            consultation_date=day, consultation_time=booking.consultation_time,
            done_count=sum(1 for st in statuses.values() if st is not StepStatus.MISSING),
            missing=tuple(step for step, st in statuses.items() if st is StepStatus.MISSING),
            flags=tuple(f.code for f in flags), scan_usable_until=until,
        ))
    return result


@guarded
def checklist_progress(caller_ids: Iterable[int]) -> dict[int, int]:
    """Steps done or not relevant, per caller who has a checklist (others are left out)."""
    ids = list(caller_ids)
    done: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        counted = fn.SUM(Case(None, [(ChecklistStep.status != StepStatus.MISSING.value, 1)], 0))
        for caller_id, count in (
            Row.select(Row.caller, counted)
            .join(ChecklistStep, on=ChecklistStep.checklist == Row.id)
            .where(Row.caller.in_(chunk)).group_by(Row.caller).tuples()
        ):
            done[caller_id] = int(count or 0)
    return done
