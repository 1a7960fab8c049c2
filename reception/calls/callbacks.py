"""Callbacks: promises to ring someone back on a date.

- ``due_callbacks(today) -> list[CallbackEntry]``: open callbacks due today or
  earlier; today's first, then the overdue ones, oldest first.
- ``callbacks_ahead(today, days=14)``: open callbacks due up to ``days`` days from
  today, by due date: the overdue (oldest first), today's, then the coming days'.
  ``CallbackEntry.when(today)`` says which of the three.
- ``due_callback_count(today)``: due today or overdue (the tab's count).
- ``open_callbacks(caller_id)``: a caller's open callbacks, soonest first.
- ``start_callback_call(callback_id, taken_by="") -> int``: an outgoing draft call
  to that caller; ending it (with any outcome) completes the callback. While that
  call is open the entry says so (``ringing_call``, ``ringing_by``): taken, so that
  no other desk rings the same patient.
- ``record_callback_attempt(callback_id, by="") -> int``: no answer; returns attempts.
- ``complete_callback(callback_id, call_id=None, by="")``: mark done by hand.

A callback is made by ``end_call`` with outcome ``call_back``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import Case, ModelSelect

from reception.calls import audit
from reception.calls.callers import phone_displays, prefill
from reception.calls.form import CallForm, form_to_json
from reception.changes import announce
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.phone import format_national, normalize_phone
from reception.store import versions, write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now
from reception.store.models import Call, Callback, Caller, CallerPhone


class UnknownCallback(ReceptionError, LookupError):
    code = "unknown_callback"
    messages = {"unknown_callback": QT_TR_NOOP("Tilbageringningen findes ikke (id {callback_id}).")}

    def __init__(self, callback_id: int) -> None:
        super().__init__(callback_id=callback_id)
        self.callback_id = callback_id


@dataclass(frozen=True)
class CallbackEntry:
    id: int
    caller_id: int
    caller_name: str
    phone: str  # first number, shown nationally ("" if none)
    due: date
    reason: str
    attempts: int
    call_id: int | None  # the call that asked for it
    days_overdue: int  # 0 when due today (or later)
    ringing_call: int | None = None  # the open call-back call (being rung now), if any
    ringing_by: str = ""  # who took that call (at this desk or another)

    def when(self, today: date) -> str:
        """``"overdue"``, ``"today"`` or ``"coming"``."""
        if self.due < today:
            return "overdue"
        return "today" if self.due == today else "coming"


def _entries(query: ModelSelect, today: date) -> list[CallbackEntry]:
    rows = list(query.tuples())
    caller_ids = list({row[1] for row in rows})
    ringing: dict[int, str] = {}
    open_calls = list({row[7] for row in rows if row[7] is not None})
    if open_calls:
        ringing = dict(Call.select(Call.id, Call.taken_by)
                       .where(Call.id.in_(open_calls), Call.status == "draft").tuples())
    first_phone: dict[int, str] = {}
    if caller_ids:
        for caller_id, e164, raw in (
            CallerPhone.select(CallerPhone.caller, CallerPhone.e164, CallerPhone.raw)
            .where(CallerPhone.caller.in_(caller_ids)).order_by(CallerPhone.id).tuples()
        ):
            if caller_id not in first_phone:
                first_phone[caller_id] = format_national(e164) if e164 else raw
    return [
        CallbackEntry(
            id=cb_id, caller_id=caller_id, caller_name=name, phone=first_phone.get(caller_id, ""),
            due=due, reason=reason, attempts=attempts, call_id=call_id,
            days_overdue=max(0, (today - due).days),
            ringing_call=done_call if done_call in ringing else None,
            ringing_by=ringing.get(done_call, "") if done_call is not None else "",
        )
        for cb_id, caller_id, name, due, reason, attempts, call_id, done_call in rows
    ]


def _select() -> ModelSelect:
    return (Callback.select(Callback.id, Callback.caller, Caller.name, Callback.due,
                            Callback.reason, Callback.attempts, Callback.call,
                            Callback.done_call)
            .join(Caller).where(Callback.done_at.is_null()))


@guarded
def due_callbacks(today: date | None = None, limit: int = 500) -> list[CallbackEntry]:
    """Open callbacks due ``today`` or before: today's first, then overdue oldest first."""
    today = today or date.today()
    query = (_select().where(Callback.due <= today)
             .order_by(Case(None, [(Callback.due == today, 0)], 1), Callback.due, Callback.id)
             .limit(limit))
    return _entries(query, today)


@guarded
def callbacks_ahead(today: date | None = None, days: int = 14,
                    limit: int = 500) -> list[CallbackEntry]:
    """Open callbacks due by ``today + days``: overdue oldest first, today's, the coming days'."""
    today = today or date.today()
    query = (_select().where(Callback.due <= today + timedelta(days=days))
             .order_by(Callback.due, Callback.id).limit(limit))
    return _entries(query, today)


@guarded
def due_callback_count(today: date | None = None) -> int:
    """Open callbacks due today or overdue."""
    today = today or date.today()
    return (Callback.select().where(Callback.done_at.is_null(), Callback.due <= today)
            .count())


def open_callbacks(caller_id: int, today: date | None = None) -> list[CallbackEntry]:
    today = today or date.today()
    query = _select().where(Callback.caller == caller_id).order_by(Callback.due, Callback.id)
    return _entries(query, today)


def _next_version(now: datetime | None = None) -> dict[str, object]:
    """Every change of a callback is a new version, saved by this desk (store.versions).

    Its changes are counts and "done" marks written in one statement (``attempts + 1``,
    done only while open), so two desks never write over each other here.
    """
    return {"version": Callback.version + 1, **versions.stamp(now)}


def _get(callback_id: int) -> Callback:
    callback = Callback.get_or_none(Callback.id == callback_id)
    if callback is None:
        raise UnknownCallback(callback_id)
    return callback


@guarded
def record_callback_attempt(callback_id: int, by: str = "") -> int:
    """One more try without reaching them; returns the number of attempts."""
    with write_transaction():
        _get(callback_id)
        Callback.update(attempts=Callback.attempts + 1, **_next_version()).where(
            Callback.id == callback_id).execute()
        audit.record("callback.attempt", "callback", callback_id, user=by)
        announce("callback", callback_id)
        return Callback.get_by_id(callback_id).attempts


@guarded
def complete_callback(
    callback_id: int, *, call_id: int | None = None, by: str = "", now: datetime | None = None
) -> None:
    """Mark the callback done (kept by ``call_id`` when given). Completing twice is harmless."""
    now = now or utc_now()
    with write_transaction():
        callback = _get(callback_id)
        if callback.done_at is not None:
            return
        Callback.update(done_at=now, done_call=call_id or callback.done_call_id,
                        **_next_version(now)).where(
            Callback.id == callback_id, Callback.done_at.is_null()).execute()
        audit.record("callback.complete", "callback", callback_id, user=by, at=now,
                     summary=f"opkald={call_id}" if call_id else "")
        announce("callback", callback_id)


@guarded
def start_callback_call(callback_id: int, taken_by: str = "", now: datetime | None = None) -> int:
    """Start an outgoing draft call for the callback, pre-filled with the caller; returns its id.

    Counts as an attempt. Ending the call completes the callback (``end_call``);
    discarding it leaves the callback open.
    """
    now = now or utc_now()
    with write_transaction():
        callback = _get(callback_id)
        caller = Caller.get_by_id(callback.caller_id)
        phones = phone_displays(caller.id)
        form = prefill(CallForm(phone=phones[0] if phones else ""), caller)
        call = Call.create(
            caller=caller.id, direction="out", status="draft", started_at=now, updated_at=now,
            taken_by=taken_by, draft_form=form_to_json(form),
            phone_e164=normalize_phone(form.phone) if form.phone else None,
        )
        Callback.update(attempts=Callback.attempts + 1, done_call=call.id,
                        **_next_version(now)).where(Callback.id == callback_id).execute()
        announce("callback", callback_id)
        announce("call", call.id)
        return int(call.id)


def callbacks_kept_by(call_id: int) -> list[int]:
    """Open callbacks whose call-back call is ``call_id``."""
    query = Callback.select(Callback.id).where(Callback.done_call == call_id,
                                               Callback.done_at.is_null())
    return [row[0] for row in query.tuples()]

