"""``CallForm``: what the call form shows, as plain data the UI fills and the services store.

Text fields hold exactly what was typed (valid or not). ``caller_id`` is the
known caller the form is about, None for a caller not yet in the register.
Pain areas, treatments, preferred contact and duration unit hold vocabulary
codes (``reception.calls.vocabulary``). The form is frozen: make a changed copy
with ``dataclasses.replace(form, name="…")``.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from reception.calls.vocabulary import DEFAULT_COUNTRY

# Text cannot hold an unpaired UTF-16 surrogate in UTF-8 (SQLite's encoding); a
# paste can contain one. It becomes U+FFFD instead of failing the save.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text)


@dataclass(frozen=True)
class CallForm:
    caller_id: int | None = None
    phone: str = ""
    name: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    country: str = DEFAULT_COUNTRY
    preferred_contact: str = ""  # phone, sms, email, letter, or ""
    consent_to_contact: bool = False
    pain_areas: tuple[str, ...] = ()
    pain_since: str = ""  # as typed: 1-5-2023, 5-2023, 2023, 2023-05-01 …
    duration_value: int | None = None  # how long it has hurt …
    duration_unit: str = ""  # … weeks, months, years
    pain_increasing: bool = False  # new or increasing pain areas (triage: own doctor)
    pain_returns_quickly: bool = False  # returns soon after other treatment (triage)
    treatments_tried: tuple[str, ...] = ()
    referral_source: str = ""
    notes: str = ""
    follow_up: str = ""
    # The version of the caller's details the form started from (store.versions):
    # ending the call never writes over a newer version another desk saved.
    caller_version: int | None = None
    # The caller's details as shown then (JSON of column → value), so that only what
    # another desk changed since counts as a conflict, not what was typed here.
    caller_seen: str = ""

    def cleaned(self) -> CallForm:
        """The same form with every text storable (see ``clean_text``)."""
        changes = {
            f.name: clean_text(value)
            for f in fields(self)
            if isinstance(value := getattr(self, f.name), str) and _LONE_SURROGATE.search(value)
        }
        for name in ("pain_areas", "treatments_tried"):
            codes = getattr(self, name)
            if any(_LONE_SURROGATE.search(c) for c in codes):
                changes[name] = tuple(clean_text(c) for c in codes)
        return replace(self, **changes) if changes else self

    def has_identity(self) -> bool:
        """Enough to create a caller: a name, a phone number or an e-mail."""
        return any(s.strip() for s in (self.name, self.phone, self.email))


_FIELDS = {f.name: f for f in fields(CallForm)}


def form_to_json(form: CallForm) -> str:
    """The form without its notes (stored in their own column), as JSON."""
    data = asdict(form)
    del data["notes"]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _coerce(name: str, value: Any) -> Any:
    default = _FIELDS[name].default
    if name in ("caller_id", "duration_value", "caller_version"):
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(default, bool):
        return bool(value)
    if isinstance(default, tuple):
        return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()
    return value if isinstance(value, str) else default


def form_from_json(text: str, notes: str = "") -> CallForm:
    """Read a stored form back; unknown keys and wrong types fall back to defaults."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    values = {k: _coerce(k, v) for k, v in data.items() if k in _FIELDS and k != "notes"}
    return CallForm(**values, notes=notes)
