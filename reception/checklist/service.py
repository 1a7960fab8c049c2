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

Several desks: ``save_step`` and ``set_step_status`` take ``started_from``, the
checklist as loaded when the editing began; when another desk saved other values
for the same step since, they raise ``ChangedElsewhere`` (store.versions) and write
nothing. Every change makes the checklist (and the step) one version newer.

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
from reception.store import versions, write_transaction
from reception.store.door import locked
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
        # Two desks booking the same person at once: the unique caller index keeps the
        # first checklist, and the second desk uses it instead of failing.
        made = (ChecklistRow.insert(caller=caller_id, treat_areas=tuple(caller.pain_areas),
                                    created_at=now, created_by=by, updated_at=now,
                                    **versions.stamp(now))
                .on_conflict_ignore().as_rowcount().execute())
        row = ChecklistRow.get(ChecklistRow.caller == caller_id)
        if not made:
            return int(row.id)
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


def _step_row(checklist_id: int, step: str) -> ChecklistStep | None:
    return ChecklistStep.get_or_none(ChecklistStep.checklist == checklist_id,
                                     ChecklistStep.step == step)


def _check_unchanged(row: ChecklistRow, started_from: Checklist | int | None, step: str,
                     data: StepData | None, status: StepStatus | None, reason: str) -> None:
    """``ChangedElsewhere`` when another desk saved this step's data or status with other
    values since ``started_from`` (the checklist as loaded, or just its version) and this
    save would write over them (store.versions)."""
    if started_from is None:
        return
    opened = started_from if isinstance(started_from, Checklist) else None
    version = opened.version if opened is not None else started_from
    if row.version == version:
        return
    if data is not None:
        base = records.columns(opened.data(step)) if opened is not None else None
        versions.check(row, version, records.columns(data), "checklist", base)
    current = _step_row(row.id, step)
    if status is not None and current is not None:
        mine = {"status": status.value, "reason": reason}
        state = opened.states[step] if opened is not None else None
        base = {"status": state.status.value, "reason": state.reason} if state else None
        # the checklist is newer already (above): the step row's own number is not compared
        versions.check(current, -1, mine, "checklist_step", base)


def _write_status(checklist_id: int, step: str, status: StepStatus, reason: str, by: str,
                  now: datetime) -> bool:
    """Store a status; False (and nothing written) when it is already so."""
    current = _step_row(checklist_id, step)
    if current is not None and current.status == status.value and current.reason == reason:
        return False
    if current is None:
        ChecklistStep.create(checklist=checklist_id, step=step, status=status.value,
                             reason=reason, changed_at=now, changed_by=by, **versions.stamp(now))
    else:
        ChecklistStep.update(status=status.value, reason=reason, changed_at=now, changed_by=by,
                             version=ChecklistStep.version + 1, **versions.stamp(now)).where(
            ChecklistStep.id == current.id).execute()
    audit.record("checklist.status", "checklist", checklist_id, user=by, at=now,
                 summary=f"trin={step} status={status.value}")
    return True


def _touch(checklist_id: int, step: str, by: str, now: datetime) -> None:
    ChecklistRow.update(updated_at=now, version=ChecklistRow.version + 1,
                        **versions.stamp(now)).where(ChecklistRow.id == checklist_id).execute()
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
    started_from: Checklist | int | None = None,
) -> SaveResult:
    """Store one step's data (and status, when given); see the module docstring.

    ``started_from``: the checklist as loaded when the editing began (or just its
    ``version``); when another desk saved other values for this step since, raises
    ``ChangedElsewhere`` and writes nothing (None: save on top, knowingly).
    """
    today = today or date.today()
    now = now or utc_now()
    records.check(data)
    step = data.step
    if status is not None:
        reason = _check_status(step, status, reason)
    with write_transaction():
        row = _row(caller_id)
        row = locked(ChecklistRow.select().where(ChecklistRow.id == row.id)).get()
        _check_unchanged(row, started_from, step, data, status, reason)
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
    started_from: Checklist | int | None = None,
) -> Checklist:
    """Mark a step done, missing again, or not relevant (with a reason).

    ``started_from`` as in ``save_step``.
    """
    now = now or utc_now()
    reason = _check_status(step, status, reason)
    with write_transaction():
        row = _row(caller_id)
        row = locked(ChecklistRow.select().where(ChecklistRow.id == row.id)).get()
        _check_unchanged(row, started_from, step, None, status, reason)
        if _write_status(row.id, step, status, reason, by, now):
            ChecklistRow.update(updated_at=now, version=ChecklistRow.version + 1,
                                **versions.stamp(now)).where(ChecklistRow.id == row.id).execute()
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
