"""Creating and changing checklists. Every change is one transaction with an audit entry.

- ``ensure_checklist(caller_id, by="") -> int``: the caller's checklist, created
  when missing (all six steps missing; areas to treat taken from the caller's pain
  areas). Call it when a call ends with outcome ``booked``; calling again is harmless.
- ``load_checklist(caller_id, today=None) -> Checklist | None``: None without one.
- ``save_step(caller_id, data, status=None, reason="", by="", today=None) -> SaveResult``:
  store one step's data (and its status when given). Doubtful input (a scan date in
  the future, a consultation in the past, images received before they were asked
  for) is saved exactly as given; the result carries a Danish warning for each.
- ``book_consultation(caller_id, day=None, at=None, by="") -> SaveResult``: the
  checklist of a caller who booked, created when missing, with the consultation's
  day and time in its booking step when they were agreed (the areas are kept).
- ``set_step_status(caller_id, step, status, reason="", by="") -> Checklist``: done,
  undone (missing) or not relevant, which needs a reason.

Audit entries hold ids, step ids, statuses and field names, never the values typed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from reception.calls import audit
from reception.calls.form import clean_text
from reception.calls.history import UnknownCaller
from reception.changes import announce
from reception.checklist import records, rules
from reception.checklist.booking_check import booking_warnings
from reception.checklist.model import Booking, Checklist, SaveResult, StepData
from reception.checklist.vocabulary import STEP_IDS, StepStatus
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.store import write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now
from reception.store.models import Caller, ChecklistStep
from reception.store.models import Checklist as ChecklistRow


class NoChecklist(ReceptionError, LookupError):
    code = "no_checklist"
    messages = {"no_checklist": QT_TR_NOOP("Personen har ingen tjekliste endnu (id {caller_id}).")}

    def __init__(self, caller_id: int) -> None:
        super().__init__(caller_id=caller_id)
        self.caller_id = caller_id


class ReasonRequired(ReceptionError, ValueError):
    """"Ikke relevant" without a reason."""

    code = "reason_required"
    messages = {"reason_required": QT_TR_NOOP("Skriv kort, hvorfor trinnet ikke er relevant.")}

    def __init__(self, step: str) -> None:
        super().__init__(step=step)
        self.step = step


def _caller(caller_id: int) -> Caller:
    caller = Caller.get_or_none(Caller.id == caller_id)
    if caller is None:
        raise UnknownCaller(caller_id)
    return caller


@guarded
def ensure_checklist(caller_id: int, by: str = "", *, now: datetime | None = None) -> int:
    """The id of the caller's checklist, created with six missing steps if it has none."""
    now = now or utc_now()
    with write_transaction():
        row = ChecklistRow.get_or_none(ChecklistRow.caller == caller_id)
        if row is not None:
            return int(row.id)
        caller = _caller(caller_id)
        row = ChecklistRow.create(caller=caller_id, treat_areas=tuple(caller.pain_areas),
                                  created_at=now, created_by=by, updated_at=now)
        ChecklistStep.insert_many(
            [{"checklist": row.id, "step": step, "status": StepStatus.MISSING.value}
             for step in STEP_IDS]
        ).execute()
        audit.record("checklist.create", "checklist", row.id, user=by, at=now,
                     summary=f"person={caller_id}")
        announce("checklist", caller_id)
        return int(row.id)


def _row(caller_id: int) -> ChecklistRow:
    row = ChecklistRow.get_or_none(ChecklistRow.caller == caller_id)
    if row is None:
        raise NoChecklist(caller_id)
    return row


def _load(caller_id: int, today: date) -> Checklist:
    row = _row(caller_id)
    name = Caller.select(Caller.name).where(Caller.id == caller_id).scalar() or ""
    return records.checklist_of(row, name, today)


@guarded
def load_checklist(caller_id: int, today: date | None = None) -> Checklist | None:
    """The caller's checklist with its flags for ``today``; None when there is none."""
    if ChecklistRow.get_or_none(ChecklistRow.caller == caller_id) is None:
        return None
    return _load(caller_id, today or date.today())


def _check_status(step: str, status: StepStatus, reason: str) -> str:
    if step not in STEP_IDS:
        raise ValueError(f"unknown step {step!r}")
    reason = clean_text(reason).strip() if status is StepStatus.NOT_RELEVANT else ""
    if status is StepStatus.NOT_RELEVANT and not reason:
        raise ReasonRequired(step)
    return reason


def _write_status(checklist_id: int, step: str, status: StepStatus, reason: str, by: str,
                  now: datetime) -> bool:
    """Store a status; False (and nothing written) when it is already so."""
    current = ChecklistStep.get_or_none(ChecklistStep.checklist == checklist_id,
                                        ChecklistStep.step == step)
    if current is not None and current.status == status.value and current.reason == reason:
        return False
    if current is None:
        ChecklistStep.create(checklist=checklist_id, step=step, status=status.value,
                             reason=reason, changed_at=now, changed_by=by)
    else:
        ChecklistStep.update(status=status.value, reason=reason, changed_at=now,
                             changed_by=by).where(ChecklistStep.id == current.id).execute()
    audit.record("checklist.status", "checklist", checklist_id, user=by, at=now,
                 summary=f"trin={step} status={status.value}")
    return True


def _touch(checklist_id: int, step: str, by: str, now: datetime) -> None:
    ChecklistRow.update(updated_at=now).where(ChecklistRow.id == checklist_id).execute()
    ChecklistStep.update(changed_at=now, changed_by=by).where(
        ChecklistStep.checklist == checklist_id, ChecklistStep.step == step).execute()


@guarded
def save_step(
    caller_id: int,
    data: StepData,
    *,
    status: StepStatus | None = None,
    reason: str = "",
    by: str = "",
    today: date | None = None,
    now: datetime | None = None,
) -> SaveResult:
    """Store one step's data (and status, when given); see the module docstring."""
    today = today or date.today()
    now = now or utc_now()
    records.check(data)
    step = data.step
    if status is not None:
        reason = _check_status(step, status, reason)
    with write_transaction():
        row = _row(caller_id)
        found = rules.warnings(data, records.booking_of(row), records.request_of(row),
                               records.received_of(row), today)
        if isinstance(data, Booking):  # closed days and taken times (the past is said above)
            found += [f"{w.message} {rules.KEPT}" for w in booking_warnings(
                data.consultation_date, data.consultation_time, caller_id, today)
                if w.code != "past"]
        changed = records.changed_fields(records.data_of(row, step), data)
        if changed:
            ChecklistRow.update(**records.columns(data)).where(
                ChecklistRow.id == row.id).execute()
            audit.record("checklist.data", "checklist", row.id, user=by, at=now,
                         summary=f"trin={step} felter={','.join(changed)}")
        status_changed = status is not None and _write_status(row.id, step, status, reason,
                                                              by, now)
        if changed or status_changed:
            _touch(row.id, step, by, now)
            announce("checklist", caller_id)
        return SaveResult(_load(caller_id, today), tuple(found))


@guarded
def set_step_status(
    caller_id: int,
    step: str,
    status: StepStatus,
    reason: str = "",
    *,
    by: str = "",
    today: date | None = None,
    now: datetime | None = None,
) -> Checklist:
    """Mark a step done, missing again, or not relevant (with a reason)."""
    now = now or utc_now()
    reason = _check_status(step, status, reason)
    with write_transaction():
        row = _row(caller_id)
        if _write_status(row.id, step, status, reason, by, now):
            ChecklistRow.update(updated_at=now).where(ChecklistRow.id == row.id).execute()
            announce("checklist", caller_id)
        return _load(caller_id, today or date.today())


def book_consultation(caller_id: int, day: date | None = None, at: time | None = None,
                      *, by: str = "", today: date | None = None) -> SaveResult:
    """Ensure the booked caller's checklist and write the agreed day and time into it."""
    ensure_checklist(caller_id, by=by)
    current = _load(caller_id, today or date.today())
    if day is None:
        return SaveResult(current)
    booking = replace(current.booking, consultation_date=day, consultation_time=at)
    return save_step(caller_id, booking, by=by, today=today)
