"""Callers from forms and forms from callers (used by the draft and end-of-call services).

A form updates a caller only with what it holds: an empty field never blanks a
stored one, so nothing typed earlier is lost. Pain areas and treatments tried
accumulate over calls. Consent is granted from the form (with its time) but
never withdrawn by an unticked box: withdrawing belongs to the GDPR tools.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from reception.calls.form import CallForm
from reception.calls.validation import parse_pain_since
from reception.phone import format_national, normalize_phone, phone_search_tokens
from reception.store.fields import join_codes
from reception.store.models import Caller, CallerPhone

_TEXT_FIELDS = ("name", "email", "street", "postcode", "town", "country", "preferred_contact",
                "referral_source")
_DETAILS = (*_TEXT_FIELDS, "pain_since", "pain_duration_value", "pain_duration_unit")


def caller_ids_for_e164(e164: str) -> list[int]:
    query = (CallerPhone.select(CallerPhone.caller)
             .where(CallerPhone.e164 == e164).order_by(CallerPhone.caller))
    return [row[0] for row in query.tuples()]


def _stored_pain_since(text: str) -> str:
    since = parse_pain_since(text)
    return since.isoformat() if since else text.strip()


def apply_form(caller: Caller, form: CallForm, now: datetime) -> bool:
    """Copy the form's non-empty fields onto ``caller`` (not saved); True if anything changed."""
    before = caller.__data__.copy()
    for name in _TEXT_FIELDS:
        value = getattr(form, name).strip()
        if value:
            setattr(caller, name, value)
    if form.consent_to_contact and not caller.consent_to_contact:
        caller.consent_to_contact = True
        caller.consent_at = now
    caller.pain_areas = tuple(join_codes([*caller.pain_areas, *form.pain_areas]))
    caller.treatments_tried = tuple(join_codes([*caller.treatments_tried,
                                                *form.treatments_tried]))
    if form.pain_since.strip():
        caller.pain_since = _stored_pain_since(form.pain_since)
    if form.duration_value is not None:
        caller.pain_duration_value = form.duration_value
        caller.pain_duration_unit = form.duration_unit
    changed = caller.__data__ != before
    if changed:
        caller.updated_at = now
    return changed


def typed_details(form: CallForm) -> dict[str, object]:
    """The caller columns the form sets, as they would be stored (an empty field sets none).

    Pain areas and treatments are left out: they accumulate, so another desk's
    are never written over.
    """
    typed: dict[str, object] = {name: getattr(form, name).strip() for name in _TEXT_FIELDS
                                if getattr(form, name).strip()}
    if form.pain_since.strip():
        typed["pain_since"] = _stored_pain_since(form.pain_since)
    if form.duration_value is not None:
        typed["pain_duration_value"] = form.duration_value
        typed["pain_duration_unit"] = form.duration_unit
    return typed


def details_seen(caller: Caller) -> str:
    """The caller's details a form is filled with, as ``CallForm.caller_seen``."""
    return json.dumps({name: getattr(caller, name) for name in _DETAILS}, ensure_ascii=False)


def seen_details(form: CallForm) -> dict[str, object] | None:
    """``CallForm.caller_seen`` read back; None when the form does not say."""
    try:
        seen = json.loads(form.caller_seen) if form.caller_seen else None
    except ValueError:
        return None
    return seen if isinstance(seen, dict) else None


_FORM_FIELD = {"pain_duration_value": "duration_value", "pain_duration_unit": "duration_unit"}


def rebased(form: CallForm, caller: Caller) -> CallForm:
    """``form`` with the details it did not change since ``caller_seen`` taken from
    ``caller`` as stored now: what another desk saved meanwhile is not written back."""
    seen = seen_details(form)
    if seen is None:
        return form
    typed = typed_details(form)
    taken = {}
    for name in _DETAILS:
        stored = getattr(caller, name)
        if name in seen and seen[name] != stored and typed.get(name, seen[name]) == seen[name]:
            taken[_FORM_FIELD.get(name, name)] = stored
    if not taken:
        return form
    if "duration_value" in taken or "duration_unit" in taken:
        taken["duration_value"] = caller.pain_duration_value
        taken["duration_unit"] = caller.pain_duration_unit
    return replace(form, **taken)


def form_changes(caller: Caller, form: CallForm, now: datetime) -> dict[str, object]:
    """The columns ``apply_form`` would change on ``caller`` (nothing is changed)."""
    probe = Caller(**caller.__data__)
    apply_form(probe, form, now)
    return {name: value for name, value in probe.__data__.items()
            if caller.__data__.get(name) != value}


def new_caller(form: CallForm, now: datetime) -> Caller:
    caller = Caller(created_at=now, updated_at=now)
    apply_form(caller, form, now)
    caller.save()
    return caller


def add_phone(caller_id: int, typed: str, now: datetime) -> bool:
    """Add ``typed`` to the caller's numbers unless already there; invalid ones as typed."""
    typed = typed.strip()
    if not typed:
        return False
    e164 = normalize_phone(typed)
    if e164 is not None:
        exists = CallerPhone.select().where(CallerPhone.caller == caller_id,
                                            CallerPhone.e164 == e164).exists()
    else:
        exists = CallerPhone.select().where(CallerPhone.caller == caller_id,
                                            CallerPhone.raw == typed).exists()
    if exists:
        return False
    # Another desk may add the same number in the same moment (both saw none): the
    # unique (caller, e164) index keeps one, and this insert is then no error.
    added = (CallerPhone.insert(caller=caller_id, e164=e164, raw=typed,
                                search_digits=phone_search_tokens(e164 or typed),
                                created_at=now)
             .on_conflict_ignore().as_rowcount().execute())
    return bool(added)


def phone_displays(caller_id: int) -> list[str]:
    rows = (CallerPhone.select(CallerPhone.e164, CallerPhone.raw)
            .where(CallerPhone.caller == caller_id).order_by(CallerPhone.id).tuples())
    return [format_national(e164) if e164 else raw for e164, raw in rows]


def prefill(form: CallForm, caller: Caller) -> CallForm:
    """``form`` showing ``caller``'s stored details; the call's own fields are kept."""
    phones = phone_displays(caller.id)
    return replace(
        form,
        caller_id=caller.id,
        caller_version=caller.version,
        caller_seen=details_seen(caller),
        phone=form.phone or (phones[0] if phones else ""),
        name=caller.name, email=caller.email, street=caller.street,
        postcode=caller.postcode, town=caller.town, country=caller.country,
        preferred_contact=caller.preferred_contact,
        consent_to_contact=caller.consent_to_contact,
        pain_areas=tuple(join_codes([*caller.pain_areas, *form.pain_areas])),
        pain_since=form.pain_since or caller.pain_since,
        duration_value=(form.duration_value if form.duration_value is not None
                        else caller.pain_duration_value),
        duration_unit=form.duration_unit or caller.pain_duration_unit,
        treatments_tried=tuple(join_codes([*caller.treatments_tried, *form.treatments_tried])),
        referral_source=form.referral_source or caller.referral_source,
    )
