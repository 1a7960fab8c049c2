"""Phone numbers: one canonical form (E.164) for storage and lookup, the national form for show.

Any way the receptionist types a number gives the same E.164 string, so the same
caller is found: ``23394977``, ``23 39 49 77``, ``+45 23 39 49 77``,
``0045 2339 4977`` and ``tel:+4523394977`` all become ``+4523394977``.

- ``normalize_phone(text, region="DK") -> str | None``: E.164, or None when the
  text is not a complete number (wrong length, letters, empty).
- ``format_national(e164) -> str``: ``23 39 49 77`` for Danish numbers, the
  international form (``+47 41 23 45 67``) for foreign ones.
- ``validate_phone(text, region="DK") -> str | None``: a Danish message for the
  field, None when the number is fine (or empty).
- ``phone_search_digits(text) -> str | None``: the digits of a partly typed
  number, for prefix search; None when the text is not number-like.
- ``phone_search_tokens(e164) -> str``: the digit words the search index holds.

A number counts as complete when its length is possible for its country
(``phonenumbers.is_possible_number``); a number outside the known numbering plan
still normalises (new ranges appear before the library knows them), and
``validate_phone`` warns about it. Nothing here raises on any text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, ValidationResult

from reception.errors import QT_TR_NOOP, Text

DEFAULT_REGION = "DK"

# Digits, spaces and the usual separators, optionally after a "tel:" scheme.
_NUMBER_LIKE = re.compile(r"^\s*(?:tel:)?[\d\s\-./()+]*$", re.IGNORECASE)
_TEL_PREFIX = re.compile(r"^\s*tel:", re.IGNORECASE)
_MAX_INPUT = 64  # longer text is never a phone number; bounds the parser's work


def _strip_tel(text: str) -> str:
    """Drop an RFC 3966 ``tel:`` scheme and any ``;parameters`` after the number."""
    if _TEL_PREFIX.match(text):
        text = _TEL_PREFIX.sub("", text, count=1).split(";", 1)[0]
    return text.strip()


def _parse(text: str, region: str) -> PhoneNumber | None:
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        return None
    text = _strip_tel(text)
    if not text or not _NUMBER_LIKE.match(text) or not any(c.isdigit() for c in text):
        return None
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException:
        return None


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The E.164 form of ``text`` (``"+4523394977"``), or None if it is not a complete number."""
    number = _parse(text, region)
    if number is None or not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


@lru_cache(maxsize=8192)  # lists show the same numbers again and again; parsing costs ~15 µs
def format_national(e164: str) -> str:
    """How a stored number is shown: ``23 39 49 77`` at home, ``+46 70 123 45 67`` abroad.

    Text that is not E.164 is returned unchanged (numbers stored as typed).
    """
    number = _parse(e164, DEFAULT_REGION) if e164.startswith("+") else None
    if number is None:
        return e164
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def validate_phone(text: str, region: str = DEFAULT_REGION) -> Text | None:
    """A Danish message when ``text`` is not a usable phone number; None when fine or empty."""
    if not text or not text.strip():
        return None
    stripped = _strip_tel(text)
    if len(stripped) > _MAX_INPUT or not _NUMBER_LIKE.match(stripped):
        return Text(QT_TR_NOOP(
            "Telefonnummeret må kun indeholde cifre, mellemrum, bindestreger og +."))
    number = _parse(text, region)
    if number is None:
        if stripped.startswith("+") or stripped.startswith("00"):
            return Text(QT_TR_NOOP("Landekoden er ukendt – tjek cifrene efter +."))
        return Text(QT_TR_NOOP("Det ligner ikke et telefonnummer."))
    danish = phonenumbers.region_code_for_number(number) == DEFAULT_REGION
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return Text(QT_TR_NOOP("Landekoden er ukendt – tjek cifrene efter +."))
    if reason in (ValidationResult.TOO_SHORT, ValidationResult.INVALID_LENGTH):
        if danish:
            return Text(QT_TR_NOOP(
                "Telefonnummeret er ufuldstændigt: et dansk nummer har 8 cifre."))
        return Text(QT_TR_NOOP("Telefonnummeret er ufuldstændigt – der mangler cifre."))
    if reason == ValidationResult.TOO_LONG:
        if danish:
            return Text(QT_TR_NOOP(
                "Telefonnummeret har for mange cifre: et dansk nummer har 8 cifre."))
        return Text(QT_TR_NOOP("Telefonnummeret har for mange cifre."))
    if not phonenumbers.is_valid_number(number):
        return Text(QT_TR_NOOP("Nummeret findes ikke i nummerplanen – tjek cifrene."))
    return None


def phone_search_digits(text: str) -> str | None:
    """The digits of a (partly) typed number, for a prefix search; None if not number-like.

    ``"23 39 4"`` → ``"23394"``; ``"+45 23 39"`` and ``"0045 2339"`` → ``"452339"``
    (the index holds both the national digits and the digits with country code).
    """
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        return None
    stripped = _strip_tel(text)
    if not _NUMBER_LIKE.match(stripped):
        return None
    digits = "".join(c for c in stripped if c.isdigit() and c.isascii())
    if not digits:
        return None
    if stripped.lstrip("(").startswith("00") and len(digits) > 2:
        digits = digits[2:]
    return digits


def phone_search_tokens(e164: str) -> str:
    """The words the search index holds for one stored number.

    ``"+4523394977"`` → ``"4523394977 23394977"``; a Swedish ``+46701234567`` also
    gets its national digits with trunk zero (``0701234567``). Numbers stored as
    typed contribute their digits.
    """
    number = _parse(e164, DEFAULT_REGION) if e164.startswith("+") else None
    if number is None:
        return "".join(c for c in e164 if c.isdigit() and c.isascii())
    words = [e164.lstrip("+"), phonenumbers.national_significant_number(number)]
    national = "".join(
        c for c in phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL) if c.isdigit()
    )
    if national not in words:
        words.append(national)
    return " ".join(words)
