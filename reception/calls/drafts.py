"""A call in progress: started as a draft row, saved as typed until it ends.

- ``start_call(phone=None, direction="in", taken_by="") -> int``: a draft Call.
  When exactly one caller has the number, the draft is linked to them and
  pre-filled; when several share it, it is left unlinked for the receptionist
  to choose (``find_callers_by_phone`` lists them, ``choose_caller`` picks one).
- ``save_draft(call_id, form) -> bool``: store everything typed so far, valid
  or not (one UPDATE; safe to call every second and on every focus change).
  False when the call is no longer a draft (ended meanwhile).
- ``load_call_form(call_id) -> CallForm``: the form as last saved (a draft), or
  rebuilt from the saved call and its caller.
- ``choose_caller(call_id, caller_id, form) -> CallForm``: link the call to a
  known caller (or None: a new caller) and return the form showing them.
- ``register_caller(call_id, form, by="") -> CallForm``: make the caller a person
  in the register now, during the call, so that a checklist, a booking or a
  sheet can be made while they are still on the line.
- ``unfinished_drafts() -> list[DraftSummary]``: drafts left behind (the app was
  closed or killed mid-call); offer them back at start.
- ``discard_draft(call_id, by="")``: drop a draft the receptionist does not want.

All raise ``StorageUnavailable`` when the database cannot be written; the form
is then still the UI's to retry with (see ``CallSession``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from peewee import fn

from reception.calls import audit
from reception.calls.callers import (
    add_phone,
    caller_ids_for_e164,
    new_caller,
    phone_displays,
    prefill,
)
from reception.calls.form import CallForm, form_from_json, form_to_json
from reception.calls.history import UnknownCaller
from reception.changes import announce
from reception.desk_identity import desk_name
from reception.errors import QT_TR_NOOP, ReceptionError
from reception.phone import normalize_phone
from reception.store import is_postgres, versions, write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now
from reception.store.models import Call, Callback, Caller, SentItem


class UnknownCall(ReceptionError, LookupError):
    code = "unknown_call"
    messages = {"unknown_call": QT_TR_NOOP("Opkaldet findes ikke (id {call_id}).")}

    def __init__(self, call_id: int) -> None:
        super().__init__(call_id=call_id)
        self.call_id = call_id


@dataclass(frozen=True)
class DraftSummary:
    call_id: int
    started_at: datetime
    updated_at: datetime
    direction: str
    taken_by: str
    phone: str  # as typed
    name: str  # as typed
    caller_id: int | None
    notes_length: int  # characters typed in the notes


@guarded
def start_call(
    phone: str | None = None,
    direction: str = "in",
    taken_by: str = "",
    *,
    now: datetime | None = None,
) -> int:
    """Create the draft Call of a new call; returns its id."""
    if direction not in ("in", "out"):
        raise ValueError(f"direction must be 'in' or 'out', not {direction!r}")
    now = now or utc_now()
    phone = (phone or "").strip()
    e164 = normalize_phone(phone) if phone else None
    form = CallForm(phone=phone)
    with write_transaction():
        matches = caller_ids_for_e164(e164) if e164 else []
        if len(matches) == 1:
            form = prefill(form, Caller.get_by_id(matches[0]))
        call = Call.create(
            caller=form.caller_id, direction=direction, status="draft", started_at=now,
            updated_at=now, taken_by=taken_by, phone_e164=e164, draft_form=form_to_json(form),
            desk=desk_name(),
        )
        announce("call", call.id)
    return int(call.id)


@guarded
def save_draft(call_id: int, form: CallForm, *, now: datetime | None = None) -> bool:
    """Store the form exactly as typed; True when stored, False if the call has ended."""
    form = form.cleaned()
    existing_caller = Caller.select(Caller.id).where(Caller.id == form.caller_id)
    updated = (
        Call.update(
            draft_form=form_to_json(form),
            notes=form.notes,
            caller=existing_caller if form.caller_id is not None else None,
            phone_e164=normalize_phone(form.phone) if form.phone else None,
            updated_at=now or utc_now(),
        )
        .where(Call.id == call_id, Call.status == "draft")
        .execute()
    )
    if updated:
        return True
    if not Call.select().where(Call.id == call_id).exists():
        raise UnknownCall(call_id)
    return False


def _form_of_saved_call(call: Call) -> CallForm:
    form = CallForm(
        phone="", pain_areas=call.pain_areas, duration_value=call.duration_value,
        duration_unit=call.duration_unit, treatments_tried=call.treatments_tried,
        notes=call.notes, follow_up=call.follow_up,
    )
    if call.caller_id is None:
        return form
    caller = Caller.get_by_id(call.caller_id)
    phones = phone_displays(caller.id)
    return prefill(replace(form, phone=phones[0] if phones else ""), caller)


@guarded
def load_call_form(call_id: int) -> CallForm:
    """The form of a call: a draft as last saved, a saved call from its columns and caller."""
    call = Call.get_or_none(Call.id == call_id)
    if call is None:
        raise UnknownCall(call_id)
    if call.status == "draft":
        return form_from_json(call.draft_form, call.notes)
    return _form_of_saved_call(call)


@guarded
def load_call_state(call_id: int) -> tuple[CallForm, datetime, str, str]:
    """A draft's form with when it started, its direction and who took it."""
    call = Call.get_or_none(Call.id == call_id)
    if call is None:
        raise UnknownCall(call_id)
    form = (form_from_json(call.draft_form, call.notes) if call.status == "draft"
            else _form_of_saved_call(call))
    return form, call.started_at, call.direction, call.taken_by


@guarded
def choose_caller(call_id: int, caller_id: int | None, form: CallForm) -> CallForm:
    """Link the draft to ``caller_id`` (None: a new caller); returns the form to show, saved."""
    if caller_id is None:
        chosen = replace(form, caller_id=None)
    else:
        caller = Caller.get_or_none(Caller.id == caller_id)
        if caller is None:
            raise UnknownCaller(caller_id)
        chosen = prefill(replace(form, caller_id=caller_id), caller)
    save_draft(call_id, chosen)
    return chosen


class NoIdentity(ReceptionError, ValueError):
    """A person needs a name, a number or an e-mail before they can be registered."""

    code = "no_identity"
    messages = {"no_identity": QT_TR_NOOP(
        "Skriv personens navn, telefonnummer eller e-mail først.")}


@guarded
def register_caller(call_id: int, form: CallForm, by: str = "", *,
                    now: datetime | None = None) -> CallForm:
    """The form linked to a person: the one already linked, or a new one made from it.

    Creates the Caller (with the number typed) in one transaction with the draft
    saved as linked to them; ending the call later updates the same person.
    Raises ``NoIdentity`` when the form has no name, number or e-mail, and
    ``UnknownCall`` when the call is gone.
    """
    form = form.cleaned()
    if form.caller_id is not None:
        return form
    if not form.has_identity():
        raise NoIdentity()
    now = now or utc_now()
    with write_transaction():
        if not Call.select().where(Call.id == call_id).exists():
            raise UnknownCall(call_id)
        caller = new_caller(form, now)
        add_phone(caller.id, form.phone, now)
        audit.record("caller.create", "caller", caller.id, user=by, at=now,
                     summary=f"opkald={call_id}")
        linked = replace(form, caller_id=caller.id)
        save_draft(call_id, linked, now=now)
        announce("caller", caller.id)
    return linked


@guarded
def unfinished_drafts() -> list[DraftSummary]:
    """Drafts not ended or discarded, newest first.

    On a clinic's server only this desk's own (and those from before desks had names):
    a call open at another desk is on the line there, or that desk takes it back at
    its next start. The one desk of a SQLite file has them all, whatever its name.
    """
    query = (Call.select(Call.id, Call.started_at, Call.updated_at, Call.direction,
                         Call.taken_by, Call.draft_form, Call.caller,
                         fn.LENGTH(Call.notes).coerce(False).alias("notes_length"))
             .where(Call.status == "draft").order_by(Call.started_at.desc()))
    if is_postgres():
        query = query.where(Call.desk.in_((desk_name(), "")))
    drafts = []
    for call in query:
        form = form_from_json(call.draft_form)
        drafts.append(DraftSummary(
            call_id=call.id, started_at=call.started_at, updated_at=call.updated_at,
            direction=call.direction, taken_by=call.taken_by, phone=form.phone, name=form.name,
            caller_id=call.caller_id, notes_length=call.notes_length,
        ))
    return drafts


@guarded
def discard_draft(call_id: int, by: str = "") -> bool:
    """Delete a draft (never a saved call); True if one was deleted."""
    with write_transaction():
        if not Call.select().where(Call.id == call_id, Call.status == "draft").exists():
            return False
        freed = (Callback.update(done_call=None, version=Callback.version + 1,
                                 **versions.stamp())
                 .where(Callback.done_call == call_id, Callback.done_at.is_null()).execute())
        if freed:
            announce("callback")
        # A sheet sent during the call was sent all the same: keep it, without the call.
        SentItem.update(call=None).where(SentItem.call == call_id).execute()
        deleted = Call.delete().where(Call.id == call_id, Call.status == "draft").execute()
        if deleted:
            audit.record("call.discard", "call", call_id, user=by)
            announce("call", call_id)
    return bool(deleted)
