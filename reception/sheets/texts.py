"""The fixed Danish sentences of a sheet, apart from the clinic's content files."""

from __future__ import annotations

from datetime import datetime

from reception.sheets.dates import danish_date

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

PERSONAL_TITLE = "Information fra {clinic}"
PLAIN_TITLE = "Guldbehandling mod kroniske smerter"


def personal_intro(clinic: str, has_steps: bool) -> str:
    text = (f"Tak for din henvendelse til {clinic}. Her er de oplysninger, vi talte om i "
            "telefonen, samlet ét sted")
    if has_steps:
        return text + " – og en oversigt over, hvor langt du er før din guldbehandling."
    return text + "."


def closing(phone: str) -> str:
    return (f"Har du spørgsmål, er du altid velkommen til at ringe til os på {phone}."
            if phone else "Har du spørgsmål, er du altid velkommen til at kontakte os.")


def plain_next_steps(phone: str) -> str:
    return (f"Vil du vide mere, eller vil du bestille tid? Ring til os på {phone}. "
            "Du er også velkommen til at ringe for en uforpligtende samtale.")


def consultation_text(when: datetime, phone: str = "") -> str:
    """``"Du har tid til konsultation tirsdag den 1. december 2026 kl. 10.30."``, and how to
    move it when ``phone`` is given."""
    text = (f"Du har tid til konsultation {WEEKDAYS[when.weekday()]} den {danish_date(when)} "
            f"kl. {when:%H.%M}.")
    if phone:
        text += f" Kan du ikke komme, så ring til os på {phone}, så finder vi en ny tid."
    return text


def not_booked_text(phone: str) -> str:
    return ("Når du har det, der mangler ovenfor, kan du ringe til os"
            + (f" på {phone}" if phone else "") + " og bestille tid til en konsultation.")
