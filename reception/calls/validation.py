"""Checking the call form: field name → Danish message, shown inline beside the field.

``validate_form(form)`` never refuses anything: drafts are stored as typed, and
``end_call`` asks for confirmation (``force=True``) before saving with problems.
Field names are CallForm's: phone, name, email, street, postcode, town, notes,
pain_since, duration_value, duration_unit. With ``outcome`` the messages also say
what that outcome needs (a name to book, an address or e-mail to send a sheet,
a number to call back).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from reception.calls.form import CallForm
from reception.errors import QT_TR_NOOP, Text
from reception.phone import validate_phone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_DANISH_COUNTRY = {"", "danmark", "denmark", "dk"}
MAX_NOTES = 10_000_000  # characters; far beyond any call, but bounded
_MAX_DURATION = {"weeks": 52 * 100, "months": 12 * 100, "years": 100}

_MONTHS = {
    "jan": 1, "januar": 1, "feb": 2, "februar": 2, "mar": 3, "marts": 3, "apr": 4, "april": 4,
    "maj": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_DMY = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})$")
_MY = re.compile(r"^(\d{1,2})[-./ ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NAMED = re.compile(r"^(?:(\d{1,2})\.?\s+)?([a-zæøå]+)\.?\s+(\d{4})$")


def _year(text: str, today: date) -> int:
    if len(text) == 4:
        return int(text)
    two = int(text)
    return 2000 + two if 2000 + two <= today.year else 1900 + two


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_pain_since(text: str, today: date | None = None) -> date | None:
    """The date in "pain since", or None if not understood.

    Accepts 1-5-2023, 1.5.23, 1/5/2023, 2023-05-01, 5-2023 and "maj 2023" (the
    1st of the month), 2023 (1 January), "3. maj 2023".
    """
    today = today or date.today()
    text = text.strip().lower()
    if not text or len(text) > 40:
        return None
    if re.fullmatch(r"\d{4}", text):
        return _safe_date(int(text), 1, 1)
    if match := _ISO.match(text):
        return _safe_date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DMY.match(text):
        return _safe_date(_year(match[3], today), int(match[2]), int(match[1]))
    if match := _MY.match(text):
        return _safe_date(int(match[2]), int(match[1]), 1)
    if (match := _NAMED.match(text)) and match[2] in _MONTHS:
        return _safe_date(int(match[3]), _MONTHS[match[2]], int(match[1] or 1))
    return None


def is_danish_address(country: str) -> bool:
    return country.strip().lower() in _DANISH_COUNTRY


def _field_problems(form: CallForm, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if message := validate_phone(form.phone):
        problems["phone"] = message
    name = form.name.strip()
    if name and not any(c.isalpha() for c in name):
        problems["name"] = Text(QT_TR_NOOP("Navnet skal indeholde bogstaver."))
    email = form.email.strip()
    if email and "@" not in email:
        problems["email"] = Text(QT_TR_NOOP("E-mailadressen mangler @, fx navn@domæne.dk."))
    elif email and not _EMAIL.match(email):
        problems["email"] = Text(QT_TR_NOOP("E-mailadressen skal have formen navn@domæne.dk."))
    street = form.street.strip()
    if street and not any(c.isdigit() for c in street):
        problems["street"] = Text(QT_TR_NOOP("Husk husnummeret, fx Guldvej 12."))
    postcode = form.postcode.strip()
    if postcode and is_danish_address(form.country):
        if not re.fullmatch(r"(?:DK-?\s?)?\d{4}", postcode, re.IGNORECASE):
            problems["postcode"] = Text(QT_TR_NOOP("Postnummeret skal være 4 cifre, fx 8000."))
    town = form.town.strip()
    if town and not any(c.isalpha() for c in town):
        problems["town"] = Text(QT_TR_NOOP("Bynavnet skal indeholde bogstaver."))
    if len(form.notes) > MAX_NOTES:
        problems["notes"] = Text(QT_TR_NOOP(
            "Noterne er for lange (over 10 millioner tegn) – del dem op."))
    if form.pain_since.strip():
        since = parse_pain_since(form.pain_since, today)
        if since is None:
            problems["pain_since"] = Text(QT_TR_NOOP(
                "Skriv datoen som dd-mm-åååå, mm-åååå eller åååå."))
        elif since > today:
            problems["pain_since"] = Text(QT_TR_NOOP(
                "Datoen ligger i fremtiden – hvornår begyndte smerterne?"))
    if form.duration_value is not None:
        limit = _MAX_DURATION.get(form.duration_unit)
        if form.duration_value < 0 or (limit is not None and form.duration_value > limit):
            problems["duration_value"] = Text(QT_TR_NOOP(
                "Varigheden skal være et tal mellem 0 og 100 år."))
        elif form.duration_unit not in _MAX_DURATION:
            problems["duration_unit"] = Text(QT_TR_NOOP("Vælg uger, måneder eller år."))
    return problems


_NEEDED_TO_SEND = {
    "street": QT_TR_NOOP("Skriv adressen eller en e-mail, så arket kan sendes."),
    "postcode": QT_TR_NOOP("Skriv postnummeret eller en e-mail, så arket kan sendes."),
    "town": QT_TR_NOOP("Skriv byen eller en e-mail, så arket kan sendes."),
}


def _outcome_problems(form: CallForm, outcome: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    has_email = bool(form.email.strip())
    if outcome in ("booked", "send_sheet") and not form.name.strip():
        problems["name"] = (
            Text(QT_TR_NOOP("Skriv navnet – det skal bruges for at booke konsultationen."))
            if outcome == "booked"
            else Text(QT_TR_NOOP("Skriv navnet – det skal bruges for at sende arket.")))
    if outcome == "booked" and not form.phone.strip() and not has_email:
        problems["phone"] = Text(QT_TR_NOOP(
            "Skriv et telefonnummer eller en e-mail, så klinikken kan svare."))
    if outcome == "send_sheet" and not has_email:
        for field, text in _NEEDED_TO_SEND.items():
            if not getattr(form, field).strip():
                problems[field] = Text(text)
    if outcome == "call_back" and not form.phone.strip():
        problems["phone"] = Text(QT_TR_NOOP("Skriv det nummer, der skal ringes tilbage til."))
    return problems


def validate_form(
    form: CallForm, *, outcome: str | Iterable[str] | None = None, today: date | None = None
) -> dict[str, str]:
    """Field name → Danish message for every field that is invalid or incomplete.

    An empty field is fine unless ``outcome`` needs it: one code, several (a call may
    be booked and get the sheet), or codes joined by commas. Never raises.
    """
    today = today or date.today()
    problems = _field_problems(form, today)
    codes = [outcome] if isinstance(outcome, str) else list(outcome or ())
    for code in (c for part in codes for c in part.split(",") if c):
        for field, message in _outcome_problems(form, code).items():
            problems.setdefault(field, message)
    return problems
