"""The collected rows made readable in Danish: sections of entries of (label, value) lines.

Known tables and columns get Danish titles, labels and formatted values (codes as
their labels, UTC times as local Danish times); a table or column this module has
never heard of is still shown, under its own name, so nothing held is left out
of the readable copy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reception.calls.vocabulary import (
    DIRECTIONS,
    DURATION_UNITS,
    OUTCOMES,
    PAIN_AREAS,
    PREFERRED_CONTACT,
    TREATMENTS,
)
from reception.phone import format_national
from reception.privacy.collect import PersonData
from reception.store.fields import from_utc_text

TABLE_TITLES = {
    "caller": "Personoplysninger",
    "caller_phone": "Telefonnumre",
    "call": "Opkald",
    "note": "Noter",
    "callback": "Aftaler om tilbageringning",
    "sent_item": "Sendt materiale",
    "sent_sheet": "Kopier af sendte informationsark",
    "call_faq_tick": "Spørgsmål afkrydset under opkald",
    "checklist": "Tjekliste før guldbehandling",
    "checklist_step": "Tjeklistens trin",
}
TABLE_ENTRY = {"caller_phone": "Nummer", "call": "Opkald", "note": "Note",
               "callback": "Tilbageringning", "sent_item": "Sendt", "sent_sheet": "Kopi",
               "call_faq_tick": "Spørgsmål", "checklist": "Tjekliste",
               "checklist_step": "Trin"}

COLUMN_LABELS = {
    "name": "Navn", "email": "E-mail", "street": "Adresse", "postcode": "Postnummer",
    "town": "By", "country": "Land", "preferred_contact": "Foretrækker kontakt via",
    "consent_to_contact": "Samtykke til at blive kontaktet", "consent_at": "Samtykke givet",
    "pain_areas": "Smerteområder", "pain_since": "Smerter siden",
    "pain_duration_value": "Smerternes varighed", "pain_duration_unit": "Varighed i",
    "treatments_tried": "Behandlinger prøvet", "referral_source": "Hørt om klinikken via",
    "created_at": "Oprettet", "updated_at": "Senest ændret",
    "e164": "Nummer", "raw": "Som skrevet", "label": "Betegnelse",
    "direction": "Retning", "status": "Status", "started_at": "Start", "ended_at": "Slut",
    "duration_seconds": "Samtalens længde", "taken_by": "Taget af",
    "phone_e164": "Ringede fra/til", "outcome": "Udfald", "duration_value": "Varighed",
    "duration_unit": "Varighed i", "notes": "Noter", "follow_up": "Aftalt",
    "draft_form": "Kladde (ikke afsluttet)", "text": "Tekst", "author": "Skrevet af",
    "call_id": "Hører til opkald nr.", "due": "Ring tilbage", "reason": "Årsag",
    "attempts": "Forsøg", "done_at": "Udført", "done_call_id": "Udført ved opkald nr.",
    "created_by": "Oprettet af", "what": "Hvad", "how": "Hvordan", "sent_at": "Sendt",
    "sent_by": "Sendt af",
    # sheets (schema v4)
    "sent_item_id": "Sendt nr.", "content_keys": "Indhold", "pdf": "Brevet", "pdf_sha256":
    "Kontrolsum (SHA-256)", "to_post": "Venter på at blive postet", "posted_on": "Postet",
    "posted_at": "Postet", "posted_by": "Postet af", "faq_key": "Spørgsmål",
    "position": "Rækkefølge", "ticked_at": "Afkrydset",
    # checklist (schema v3)
    "checklist_id": "Tjekliste nr.", "consultation_date": "Konsultation",
    "consultation_time": "Klokken", "treat_areas": "Områder der skal behandles",
    "scan_kind": "Scanning", "scan_area": "Scannet område", "scan_taken": "Scanning taget",
    "scan_place": "Scannet hos", "scan_usable_until": "Scanning kan bruges til",
    "request_department": "Billeder bestilt hos", "request_date": "Billeder bestilt",
    "images_received": "Billeder modtaget", "takes_blood_thinners": "Tager blodfortyndende",
    "blood_thinner_names": "Blodfortyndende medicin", "pause_agreed": "Pause aftalt",
    "pause_from": "Pause fra", "companion_arranged": "Ledsager aftalt",
    "companion_name": "Ledsager", "step": "Trin", "changed_at": "Ændret",
    "changed_by": "Ændret af",
}
CODE_COLUMNS = {
    "pain_areas": PAIN_AREAS, "treatments_tried": TREATMENTS, "outcome": OUTCOMES,
    "direction": DIRECTIONS, "preferred_contact": PREFERRED_CONTACT,
    "pain_duration_unit": DURATION_UNITS, "duration_unit": DURATION_UNITS,
    "status": {"draft": "Kladde (ikke afsluttet)", "saved": "Gemt", "missing": "Mangler",
               "done": "Klaret", "not_relevant": "Ikke relevant"},
    "treat_areas": PAIN_AREAS, "scan_area": PAIN_AREAS,
    "scan_kind": {"rontgen": "Røntgen", "ct": "CT-scanning", "mr": "MR-scanning"},
    "step": {"booking": "Bestil tid", "scan": "Røntgen eller scanning",
             "request_images": "Bed om billederne", "send_images": "Send billederne",
             "blood_thinners": "Pause med blodfortyndende medicin",
             "companion": "Tag en pårørende med"},
    "how": {"print": "Udskrevet", "post": "Med posten", "email": "E-mail",
            "pdf": "Gemt som PDF", "letter": "Brev"},
}
HIDDEN = {"id", "caller_id", "search_digits", "checklist_id"}
PHONE_COLUMNS = {"e164", "phone_e164"}
BOOLEAN_COLUMNS = {"consent_to_contact", "to_post", "takes_blood_thinners", "pause_agreed",
                   "companion_arranged"}
MOMENT_KEYS = ("started_at", "sent_at", "created_at", "due", "at", "ticked_at")
LONG_TEXT = {"notes", "text", "follow_up", "reason", "draft_form"}

_MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass(frozen=True)
class Line:
    label: str
    value: str
    long: bool = False  # free text, shown as a paragraph of its own


@dataclass(frozen=True)
class Entry:
    heading: str
    lines: list[Line]


@dataclass(frozen=True)
class Section:
    title: str
    entries: list[Entry]
    tabular: bool = False  # one table of label/value lines instead of entries


def local_time(moment: datetime) -> str:
    return f"{moment.astimezone():%d.%m.%Y kl. %H:%M}"


def format_value(column: str, value: Any) -> str:
    """A stored value as the reader should see it; "" for nothing."""
    if value is None or value == "":
        return ""
    if isinstance(value, dict) and "fil" in value:  # a stored file
        return f"Fil {value['fil']} ({value['bytes']:,} byte)".replace(",", ".")
    if column in BOOLEAN_COLUMNS:
        return "Ja" if value else "Nej"
    if column in CODE_COLUMNS:
        vocabulary = CODE_COLUMNS[column]
        return ", ".join(vocabulary.get(code, code) for code in str(value).split(",") if code)
    if column == "duration_seconds" and isinstance(value, int):
        minutes, seconds = divmod(value, 60)
        return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
    if column in PHONE_COLUMNS:
        return format_national(str(value))
    if column == "draft_form":
        return _draft(str(value))
    if isinstance(value, str) and _MOMENT.match(value):
        return local_time(from_utc_text(value))
    if isinstance(value, str) and _DAY.match(value):
        return f"{date.fromisoformat(value):%d.%m.%Y}"
    return str(value)


def _draft(text: str) -> str:
    try:
        form = json.loads(text)
    except ValueError:
        return text
    if not isinstance(form, dict):
        return text
    parts = []
    for key, value in form.items():
        if value in (None, "", [], False):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(f"{COLUMN_LABELS.get(key, key)}: {shown}")
    return "; ".join(parts)


def _title(table: str) -> str:
    return TABLE_TITLES.get(table, table.replace("_", " ").capitalize())


def _heading(table: str, row: dict[str, Any]) -> str:
    name = TABLE_ENTRY.get(table, _title(table))
    row_id = row.get("id")
    if table == "caller_phone":
        return f"{name}: {row.get('raw') or row.get('e164') or ''}"
    if table == "checklist_step":
        return f"{name}: {format_value('step', row.get('step'))}"
    moment = next((format_value(k, row[k]) for k in MOMENT_KEYS if row.get(k)), "")
    number = f"nr. {row_id}" if row_id is not None else ""
    return " ".join(p for p in (name, moment, f"({number})" if number else "") if p)


def _lines(row: dict[str, Any]) -> list[Line]:
    lines = []
    for column, value in row.items():
        if column in HIDDEN:
            continue
        shown = format_value(column, value)
        if shown:
            lines.append(Line(COLUMN_LABELS.get(column, column), shown, column in LONG_TEXT))
    return lines


def sections(data: PersonData) -> list[Section]:
    """The person's details first, then every other table, then the audit trail."""
    result = [Section(_title("caller"), [Entry("", _lines(data.caller))], tabular=True)]
    shown = [t for t in TABLE_TITLES if t != "caller"]
    shown += [t for t in data.tables if t not in TABLE_TITLES]
    for table in shown:
        rows = data.tables.get(table, [])
        result.append(Section(_title(table), [Entry(_heading(table, r), _lines(r))
                                              for r in rows]))
    audit = [Line(local_time(r.at), f"{r.label} · {r.user or 'ukendt medarbejder'}")
             for r in data.audit]
    result.append(Section("Hvem har set og ændret oplysningerne", [Entry("", audit)],
                          tabular=True))
    return result
