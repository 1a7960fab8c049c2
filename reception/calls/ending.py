"""Ending a call: ``end_call(call_id, form, outcome, ...) -> EndResult``.

In one transaction: the call is saved as final (status ``saved``, end time,
duration in seconds, outcome, pain areas, duration, treatments, notes,
follow-up); the caller is created from the form, or the known caller updated
with what the form holds (empty fields never blank stored ones); the number is
added to the caller's numbers; a Callback is made for outcome ``call_back``; a
callback this call was started for is completed; audit entries are written.

The form is first saved as a draft, so nothing is lost if ending fails. With
problems (``validate_form(form, outcome=...)``) it raises ``InvalidForm`` unless
``force=True`` (the receptionist confirmed), in which case fields are stored as
typed. A ``call_back`` always needs ``callback_due`` and a name, number or e-mail.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from reception.calls import audit
from reception.calls.callbacks import callbacks_kept_by
from reception.calls.callers import (
    add_phone,
    form_changes,
    new_caller,
    rebased,
    seen_details,
    typed_details,
)
from reception.calls.drafts import UnknownCall, save_draft
from reception.calls.form import CallForm
from reception.calls.outcomes import normalize_outcomes
from reception.calls.validation import validate_form
from reception.changes import announce
from reception.errors import QT_TR_NOOP, ReceptionError, Text
from reception.phone import normalize_phone
from reception.store import versions, write_transaction
from reception.store.errors import guarded
from reception.store.fields import utc_now
from reception.store.models import Call, Callback, Caller


class InvalidForm(ReceptionError, ValueError):
    """The form has problems; ``problems`` maps field name → Danish message (a ``Text``)."""

    code = "invalid_form"
    messages = {"invalid_form": "{problems}"}

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(problems="; ".join(problems.values()))
        self.problems = problems


class CallNotDraft(ReceptionError, ValueError):
    code = "call_not_draft"
    messages = {"call_not_draft": QT_TR_NOOP("Opkaldet er allerede afsluttet (id {call_id}).")}

    def __init__(self, call_id: int) -> None:
        super().__init__(call_id=call_id)
        self.call_id = call_id


@dataclass(frozen=True)
class EndResult:
    call_id: int
    caller_id: int | None  # None: nobody to register (no name, number or e-mail)
    created_caller: bool
    callback_id: int | None
    completed_callbacks: tuple[int, ...]
    duration_seconds: int
    outcomes: tuple[str, ...] = ("no_action",)


def check_ending(form: CallForm, outcomes: tuple[str, ...], *, callback_due: date | None,
                 force: bool, today: date | None = None) -> None:
    """``InvalidForm`` when the call cannot end like this (no storage needed: a desk that
    lost the server checks before it keeps the ending on the PC)."""
    problems = validate_form(form, outcome=outcomes, today=today)
    if "call_back" in outcomes:
        required: dict[str, str] = {}
        if callback_due is None:
            required["callback_due"] = Text(QT_TR_NOOP("Vælg en dato for tilbageringningen."))
        if not form.has_identity():
            required["phone"] = problems.get(
                "phone", Text(QT_TR_NOOP("Skriv det nummer, der skal ringes tilbage til.")))
        if required:
            raise InvalidForm({**problems, **required})
    if problems and not force:
        raise InvalidForm(problems)


def _update_caller(form: CallForm, now: datetime, user: str) -> Caller | None:
    """The known caller updated with the form, unless another desk saved other details
    meanwhile (``ChangedElsewhere``); None when the caller is gone."""
    caller_id = form.caller_id

    def read() -> Caller:
        return Caller.get_or_none(Caller.id == caller_id)

    caller = read()
    if caller is None:
        return None
    if not form_changes(caller, rebased(form, caller), now):
        return caller  # the form agrees with what is stored, whichever version that is
    caller = versions.save_checked(
        Caller, read, form.caller_version,
        lambda row: form_changes(row, rebased(form, row), now),
        lambda row: typed_details(rebased(form, row)), "caller", now, seen_details(form))
    audit.record("caller.update", "caller", caller.id, user=user, at=now)
    return caller


def _resolve_caller(form: CallForm, now: datetime, user: str) -> tuple[Caller | None, bool]:
    if form.caller_id is not None:
        caller = _update_caller(form, now, user)
        if caller is not None:
            return caller, False
    if not form.has_identity():
        return None, False
    caller = new_caller(form, now)
    audit.record("caller.create", "caller", caller.id, user=user, at=now)
    return caller, True


@guarded
def end_call(
    call_id: int,
    form: CallForm,
    outcome: str | Iterable[str],
    *,
    callback_due: date | None = None,
    callback_reason: str = "",
    force: bool = False,
    now: datetime | None = None,
    today: date | None = None,
) -> EndResult:
    """Save the call as final; see the module docstring.

    ``outcome`` is one code or several (``("booked", "send_sheet")``).
    """
    outcomes = normalize_outcomes(outcome)
    form = form.cleaned()
    if not save_draft(call_id, form):
        raise CallNotDraft(call_id)
    check_ending(form, outcomes, callback_due=callback_due, force=force, today=today)
    now = now or utc_now()
    with write_transaction():
        call = Call.get_or_none(Call.id == call_id)
        if call is None:
            raise UnknownCall(call_id)
        if call.status != "draft":
            raise CallNotDraft(call_id)
        user = call.taken_by
        caller, created = _resolve_caller(form, now, user)
        if caller is not None and add_phone(caller.id, form.phone, now) and not created:
            audit.record("caller.add_phone", "caller", caller.id, user=user, at=now)
        duration = max(0, round((now - call.started_at).total_seconds()))
        ended = Call.update(
            status="saved", ended_at=now, duration_seconds=duration,
            outcome=",".join(outcomes),
            caller=caller.id if caller else None,
            phone_e164=normalize_phone(form.phone) if form.phone else call.phone_e164,
            pain_areas=form.pain_areas, duration_value=form.duration_value,
            duration_unit=form.duration_unit if form.duration_value is not None else "",
            treatments_tried=form.treatments_tried, notes=form.notes,
            follow_up=form.follow_up, draft_form="", updated_at=now,
        ).where(Call.id == call_id, Call.status == "draft").execute()
        if not ended:  # another desk ended the same draft a moment ago
            raise CallNotDraft(call_id)
        audit.record("call.end", "call", call_id, user=user, at=now,
                     summary=f"udfald={','.join(outcomes)} varighed={duration}s")
        kept = callbacks_kept_by(call_id)
        if kept:
            Callback.update(done_at=now, version=Callback.version + 1,
                            **versions.stamp(now)).where(
                Callback.id.in_(kept), Callback.done_at.is_null()).execute()
            for callback_id in kept:
                audit.record("callback.complete", "callback", callback_id, user=user, at=now,
                             summary=f"opkald={call_id}")
        announce("call", call_id)
        if caller is not None:
            announce("caller", caller.id)
        if kept:
            announce("callback", kept)
        callback_id = None
        if "call_back" in outcomes and caller is not None and callback_due is not None:
            callback = Callback.create(
                caller=caller.id, call=call_id, due=callback_due, reason=callback_reason,
                created_at=now, created_by=user,
            )
            callback_id = int(callback.id)
            announce("callback", callback_id)
            audit.record("callback.create", "callback", callback_id, user=user, at=now,
                         summary=f"opkald={call_id}")
    return EndResult(
        call_id=call_id, caller_id=caller.id if caller else None, created_caller=created,
        callback_id=callback_id, completed_callbacks=tuple(kept), duration_seconds=duration,
        outcomes=outcomes,
    )
