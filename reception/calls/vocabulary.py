"""Fixed vocabularies of the call form: code → Danish label, in the order the form shows them.

Codes are what the database stores; labels are what the receptionist sees. The
labels are marked for translation (``QT_TR_NOOP``): the command line and the PDFs
show them as they are, the UI through ``tr()`` (``ui.messages.label``).
"""

from __future__ import annotations

from reception.errors import QT_TR_NOOP

PAIN_AREAS: dict[str, str] = {
    "nakke": QT_TR_NOOP("Nakke"),
    "ryg": QT_TR_NOOP("Ryg"),
    "skulder": QT_TR_NOOP("Skulder"),
    "hofte": QT_TR_NOOP("Hofte"),
    "knae": QT_TR_NOOP("Knæ"),
    "haender": QT_TR_NOOP("Hænder/fingre"),
    "andet": QT_TR_NOOP("Andet"),
}

# Which condition of the knowledge base (resources/content/conditions/<id>.toml)
# to bring up when a pain area is chosen.
PAIN_AREA_CONDITION: dict[str, str] = {
    "nakke": "nakkesmerter",
    "ryg": "kroniske-smerter",
    "skulder": "kroniske-smerter",
    "hofte": "kroniske-smerter",
    "knae": "kroniske-smerter",
    "haender": "kroniske-smerter",
    "andet": "kroniske-smerter",
}

# From the clinic's pages (Trin 1 and Trin 2 treatments).
TREATMENTS: dict[str, str] = {
    "smertestillende": QT_TR_NOOP("Smertestillende medicin"),
    "fysioterapi": QT_TR_NOOP("Fysioterapi"),
    "kiropraktik": QT_TR_NOOP("Kiropraktik"),
    "akupunktur": QT_TR_NOOP("Akupunktur"),
    "massage": QT_TR_NOOP("Massage"),
    "tens": QT_TR_NOOP("TENS"),
    "steroidinjektioner": QT_TR_NOOP("Steroidinjektioner"),
    "operation": QT_TR_NOOP("Operation"),
    "afspaendingsoevelser": QT_TR_NOOP("Afspændingsøvelser"),
    "oevelsesterapi": QT_TR_NOOP("Øvelsesterapi"),
    "blokadebehandling": QT_TR_NOOP("Blokadebehandling"),
    "andet": QT_TR_NOOP("Andet"),
}

OUTCOMES: dict[str, str] = {
    "booked": QT_TR_NOOP("Konsultation booket"),
    "send_sheet": QT_TR_NOOP("Informationsark sendes"),
    "call_back": QT_TR_NOOP("Ring tilbage"),
    "no_action": QT_TR_NOOP("Ingen handling"),
}

DURATION_UNITS: dict[str, str] = {
    "weeks": QT_TR_NOOP("uger"),
    "months": QT_TR_NOOP("måneder"),
    "years": QT_TR_NOOP("år"),
}

PREFERRED_CONTACT: dict[str, str] = {
    "phone": QT_TR_NOOP("Telefon"),
    "sms": QT_TR_NOOP("SMS"),
    "email": QT_TR_NOOP("E-mail"),
    "letter": QT_TR_NOOP("Brev"),
}

DIRECTIONS: dict[str, str] = {
    "in": QT_TR_NOOP("Indgående"),
    "out": QT_TR_NOOP("Udgående"),
}

DEFAULT_COUNTRY = "Danmark"


def labels(codes: tuple[str, ...] | list[str], vocabulary: dict[str, str]) -> list[str]:
    """Danish labels for ``codes``; an unknown code is shown as itself."""
    return [vocabulary.get(code, code) for code in codes]
