"""Fixed vocabularies of the call form: code → Danish label, in the order the form shows them.

Codes are what the database stores; labels are what the receptionist sees.
"""

from __future__ import annotations

PAIN_AREAS: dict[str, str] = {
    "nakke": "Nakke",
    "ryg": "Ryg",
    "skulder": "Skulder",
    "hofte": "Hofte",
    "knae": "Knæ",
    "haender": "Hænder/fingre",
    "andet": "Andet",
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
    "smertestillende": "Smertestillende medicin",
    "fysioterapi": "Fysioterapi",
    "kiropraktik": "Kiropraktik",
    "akupunktur": "Akupunktur",
    "massage": "Massage",
    "tens": "TENS",
    "steroidinjektioner": "Steroidinjektioner",
    "operation": "Operation",
    "afspaendingsoevelser": "Afspændingsøvelser",
    "oevelsesterapi": "Øvelsesterapi",
    "blokadebehandling": "Blokadebehandling",
    "andet": "Andet",
}

OUTCOMES: dict[str, str] = {
    "booked": "Konsultation booket",
    "send_sheet": "Informationsark sendes",
    "call_back": "Ring tilbage",
    "no_action": "Ingen handling",
}

DURATION_UNITS: dict[str, str] = {
    "weeks": "uger",
    "months": "måneder",
    "years": "år",
}

PREFERRED_CONTACT: dict[str, str] = {
    "phone": "Telefon",
    "sms": "SMS",
    "email": "E-mail",
    "letter": "Brev",
}

DIRECTIONS: dict[str, str] = {
    "in": "Indgående",
    "out": "Udgående",
}

DEFAULT_COUNTRY = "Danmark"


def labels(codes: tuple[str, ...] | list[str], vocabulary: dict[str, str]) -> list[str]:
    """Danish labels for ``codes``; an unknown code is shown as itself."""
    return [vocabulary.get(code, code) for code in codes]
