"""Everything known about a caller, for the panel beside the call form.

``caller_history(caller_id, today=None) -> CallerHistory``: the caller's details,
earlier (saved) calls newest first with date and outcome, notes, what was sent,
open callbacks and a badge such as ``"3. opkald · tilbageringning forfalden"``.
The badge counts the call in progress: two earlier calls make this the 3rd.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import fn

from reception.calls.callbacks import CallbackEntry, open_callbacks
from reception.calls.outcomes import outcome_labels
from reception.errors import QT_TR_NOOP, ReceptionError, Text
from reception.formats import day_month
from reception.phone import format_national
from reception.store.errors import guarded
from reception.store.models import Call, Caller, CallerPhone, Note, SentItem


class UnknownCaller(ReceptionError, LookupError):
    code = "unknown_caller"
    messages = {"unknown_caller": QT_TR_NOOP("Personen findes ikke (id {caller_id}).")}

    def __init__(self, caller_id: int) -> None:
        super().__init__(caller_id=caller_id)
        self.caller_id = caller_id


@dataclass(frozen=True)
class PhoneEntry:
    e164: str | None  # None for a number stored as typed
    display: str  # "23 39 49 77"
    label: str


@dataclass(frozen=True)
class CallerDetails:
    id: int
    name: str
    phones: tuple[PhoneEntry, ...]
    email: str
    street: str
    postcode: str
    town: str
    country: str
    preferred_contact: str
    consent_to_contact: bool
    consent_at: datetime | None
    pain_areas: tuple[str, ...]
    pain_since: str
    pain_duration_value: int | None
    pain_duration_unit: str
    treatments_tried: tuple[str, ...]
    referral_source: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CallEntry:
    id: int
    started_at: datetime
    ended_at: datetime | None
    direction: str
    outcome: str | None
    outcome_label: str
    duration_seconds: int | None
    taken_by: str
    pain_areas: tuple[str, ...]
    notes: str
    follow_up: str


@dataclass(frozen=True)
class NoteEntry:
    id: int
    call_id: int | None
    text: str
    created_at: datetime
    author: str


@dataclass(frozen=True)
class SentEntry:
    id: int
    call_id: int | None
    what: str
    how: str
    sent_at: datetime
    sent_by: str


@dataclass(frozen=True)
class CallerHistory:
    caller: CallerDetails
    calls: list[CallEntry]  # newest first, at most ``calls_limit``
    call_count: int  # all saved calls
    notes: list[NoteEntry]  # newest first
    sent_items: list[SentEntry]  # newest first
    open_callbacks: list[CallbackEntry]  # soonest first
    badge: str


def badge_text(call_count: int, callbacks: list[CallbackEntry], today: date) -> Text:
    """``"3. opkald · tilbageringning forfalden"``; the call in progress counts."""
    nth = Text(QT_TR_NOOP("{n}. opkald"), n=call_count + 1)
    if any(cb.due < today for cb in callbacks):
        callback = Text(QT_TR_NOOP("tilbageringning forfalden"))
    elif any(cb.due == today for cb in callbacks):
        callback = Text(QT_TR_NOOP("tilbageringning i dag"))
    elif callbacks:
        callback = Text(QT_TR_NOOP("tilbageringning {day}"),
                        day=day_month(min(cb.due for cb in callbacks)))
    else:
        return nth
    return Text("{first} · {second}", first=nth, second=callback)


def _details(caller: Caller) -> CallerDetails:
    phones = tuple(
        PhoneEntry(e164=p.e164, display=format_national(p.e164) if p.e164 else p.raw,
                   label=p.label)
        for p in CallerPhone.select().where(CallerPhone.caller == caller.id)
        .order_by(CallerPhone.id)
    )
    return CallerDetails(
        id=caller.id, name=caller.name, phones=phones, email=caller.email,
        street=caller.street, postcode=caller.postcode, town=caller.town,
        country=caller.country, preferred_contact=caller.preferred_contact,
        consent_to_contact=caller.consent_to_contact, consent_at=caller.consent_at,
        pain_areas=tuple(caller.pain_areas), pain_since=caller.pain_since,
        pain_duration_value=caller.pain_duration_value,
        pain_duration_unit=caller.pain_duration_unit,
        treatments_tried=tuple(caller.treatments_tried),
        referral_source=caller.referral_source,
        created_at=caller.created_at, updated_at=caller.updated_at,
    )


@guarded
def caller_history(
    caller_id: int, today: date | None = None, calls_limit: int = 200
) -> CallerHistory:
    today = today or date.today()
    caller = Caller.get_or_none(Caller.id == caller_id)
    if caller is None:
        raise UnknownCaller(caller_id)
    saved = (Call.caller == caller_id) & (Call.status == "saved")
    calls = [
        CallEntry(
            id=c.id, started_at=c.started_at, ended_at=c.ended_at, direction=c.direction,
            outcome=c.outcome, outcome_label=outcome_labels(c.outcome),
            duration_seconds=c.duration_seconds, taken_by=c.taken_by,
            pain_areas=tuple(c.pain_areas), notes=c.notes, follow_up=c.follow_up,
        )
        for c in Call.select().where(saved)
        .order_by(Call.started_at.desc(), Call.id.desc()).limit(calls_limit)
    ]
    call_count = Call.select(fn.COUNT(Call.id)).where(saved).scalar()
    notes = [
        NoteEntry(id=n.id, call_id=n.call_id, text=n.text, created_at=n.created_at,
                  author=n.author)
        for n in Note.select().where(Note.caller == caller_id)
        .order_by(Note.created_at.desc(), Note.id.desc())
    ]
    sent = [
        SentEntry(id=s.id, call_id=s.call_id, what=s.what, how=s.how, sent_at=s.sent_at,
                  sent_by=s.sent_by)
        for s in SentItem.select().where(SentItem.caller == caller_id)
        .order_by(SentItem.sent_at.desc(), SentItem.id.desc())
    ]
    callbacks = open_callbacks(caller_id, today)
    return CallerHistory(
        caller=_details(caller), calls=calls, call_count=call_count, notes=notes,
        sent_items=sent, open_callbacks=callbacks,
        badge=badge_text(call_count, callbacks, today),
    )
