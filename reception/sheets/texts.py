"""The fixed Danish sentences of a sheet, apart from the clinic's content files."""

from __future__ import annotations

from datetime import date, datetime

from reception.sheets.dates import danish_date

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

PERSONAL_TITLE = "Information fra {clinic}"
PLAIN_TITLE = "Guldbehandling mod kroniske smerter"

# Section headings of a personal letter: each says what the section is.
STEPS_HEADING = "Før din guldbehandling"
CONSULTATION_HEADING = "Din konsultation"
BOOKING_HEADING = "Sådan bestiller du tid"
NEXT_HEADING = "Det næste skridt"  # when the builder gave no heading

# What is still needed for a step, written to the patient after "Vi mangler: "
# (the six steps of the clinic's pages, "Før en guldbehandling").
STEP_NEEDS: dict[str, str] = {
    "booking": "en tid til konsultation.",
    "scan": "en røntgen eller scanning af det led eller område, der gør ondt.",
    "request_images": "at du beder røntgenafdelingen om at sende billederne til dig.",
    "send_images": "billederne fra din undersøgelse.",
    "blood_thinners": "at vide, om du tager blodfortyndende medicin.",
    "companion": "at vide, hvem der kører dig hjem efter behandlingen.",
}
PAUSE_NEEDED = ("en aftale om pausen med din blodfortyndende medicin. Ring til os, så aftaler "
                "vi, hvor mange dage den skal være.")
NEW_BOOKING_NEEDED = ("en ny tid til konsultation, for den tid, vi havde aftalt, er passeret. "
                      "Ring til os, så finder vi en ny.")


def _in_sentence(what: str) -> str:
    """``"Røntgen"`` → ``"røntgenundersøgelse"``, ``"Scanning"`` → ``"scanning"``;
    ``"MR-scanning"`` stays as it is."""
    if what.casefold() == "røntgen":
        return "røntgenundersøgelse"
    return what[:1].lower() + what[1:] if what[1:2].islower() else what


def new_scan_needed(what: str, taken: date, consultation: date | None) -> str:
    """The scan is too old: a newer one is needed (the date it was taken, no "usable until")."""
    when = (f", når du kommer til konsultationen {danish_date(consultation)}"
            if consultation else "")
    return (f"en nyere scanning. Din {_in_sentence(what)} fra {danish_date(taken)} er mere "
            f"end 2 år gammel{when}. En scanning, der er nyere end 2 år, kan ofte bruges – "
            "tal med os om en ny.")


def steps_progress(ready: int, total: int) -> str:
    """``"3 af de 6 trin er på plads. Herunder kan du se, hvad vi mangler."``"""
    if ready >= total:
        return f"Alle {total} trin er på plads. Tak for hjælpen."
    if ready <= 0:
        return f"Herunder kan du se de {total} trin, og hvad vi mangler ved hvert af dem."
    return f"{ready} af de {total} trin er på plads. Herunder kan du se, hvad vi stadig mangler."


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


def consultation_text(when: datetime | date, phone: str = "") -> str:
    """``"Du har tid til konsultation tirsdag den 1. december 2026 kl. 10.30."``, and how to
    move it when ``phone`` is given. A date alone (no time agreed yet) has no "kl."."""
    text = f"Du har tid til konsultation {WEEKDAYS[when.weekday()]} den {danish_date(when)}"
    text += f" kl. {when:%H.%M}." if isinstance(when, datetime) else "."
    if phone:
        text += f" Kan du ikke komme, så ring til os på {phone}, så finder vi en ny tid."
    return text


def not_booked_text(phone: str) -> str:
    return ("Når du er klar, kan du ringe til os" + (f" på {phone}" if phone else "")
            + " og bestille tid til en konsultation. Du er også velkommen til at ringe for en "
            "uforpligtende samtale.")
