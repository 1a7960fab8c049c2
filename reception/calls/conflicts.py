"""The receptionist's answer when ending a call found the caller changed at another desk.

``end_call`` raises ``ChangedElsewhere`` (store.versions) and saves nothing when
another desk saved other caller details since the form was filled in. The call
stays a draft with everything typed. Then:

- ``keep_theirs(form, conflict)``: the form shows their details; what I had typed
  in those fields is added to the call's notes, so it is still there to read;
- ``keep_mine(form, conflict)``: the form states their version, so ending the call
  again saves mine on top of theirs, knowingly, as the next version.
"""

from __future__ import annotations

import json
from dataclasses import replace

from reception.calls.callers import seen_details
from reception.calls.form import CallForm
from reception.store.versions import ChangedElsewhere

# Caller columns whose form field has another name.
_FORM_FIELD = {"pain_duration_value": "duration_value", "pain_duration_unit": "duration_unit"}

LABELS = {
    "name": "Navn", "email": "E-mail", "street": "Adresse", "postcode": "Postnummer",
    "town": "By", "country": "Land", "preferred_contact": "Foretrukken kontakt",
    "referral_source": "Henvist af", "pain_since": "Ondt siden",
    "pain_duration_value": "Varighed", "pain_duration_unit": "Varighedens enhed",
}


def keep_theirs(form: CallForm, conflict: ChangedElsewhere) -> CallForm:
    """Their values in the form, mine kept in the notes (see the module docstring)."""
    values = {_FORM_FIELD.get(c.field, c.field): c.theirs for c in conflict.changes}
    typed = "; ".join(f"{LABELS.get(c.field, c.field)}: {c.mine}" for c in conflict.changes
                      if c.mine not in (None, ""))
    notes = form.notes
    if typed:
        at = f" kl. {conflict.when}" if conflict.when else ""
        line = (f"[Ikke gemt på personen, fordi {conflict.who} havde gemt andet{at}: "
                f"{typed}]")
        notes = f"{notes.rstrip()}\n{line}" if notes.strip() else line
    return replace(form, **values, notes=notes, caller_version=conflict.version,
                   caller_seen=_seen_now(form, conflict))


def keep_mine(form: CallForm, conflict: ChangedElsewhere) -> CallForm:
    """The form as typed, stating their version: saved on top of theirs when ended again."""
    return replace(form, caller_version=conflict.version, caller_seen=_seen_now(form, conflict))


def _seen_now(form: CallForm, conflict: ChangedElsewhere) -> str:
    """What the form has seen now: what it saw before, with their values just shown."""
    seen = seen_details(form)
    if seen is None:
        return ""
    seen.update(conflict.theirs())
    return json.dumps(seen, ensure_ascii=False)
