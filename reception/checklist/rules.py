"""The clinic's rules, as pure functions of the data and a day (no database).

The 2-year scan rule (steps.toml: a scan "nyere end 2 år" can often be used):
``usable_until = taken + 2 years`` on the same calendar day; a scan taken on
29 February is usable until 28 February two years later (the last day that is
not yet more than two years on; ``reception.sheets.dates.add_years``). A scan is
too old when the consultation day is *after* that date: exactly two years is
still usable.

Images due: a consultation ``IMAGES_DUE_DAYS`` (7) days away or nearer, today
included, with the images not yet at the clinic (the step is still missing and
no date received) is flagged. A consultation already past is not.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from reception.checklist.model import (
    BloodThinners,
    Booking,
    Flag,
    ImageRequest,
    ImagesReceived,
    Scan,
    StepData,
)
from reception.checklist.vocabulary import IMAGES_DUE_DAYS, StepStatus
from reception.errors import QT_TR_NOOP, Text
from reception.sheets.dates import SCAN_VALID_YEARS, add_years

KEPT = QT_TR_NOOP("Den er gemt som skrevet – ret den, hvis den er forkert.")


def usable_until(taken: date | None) -> date | None:
    """The last consultation day the scan can be used for."""
    return add_years(taken, SCAN_VALID_YEARS) if taken else None


def scan_too_old(taken: date | None, consultation: date | None) -> bool:
    until = usable_until(taken)
    return until is not None and consultation is not None and consultation > until


def images_due(consultation: date | None, today: date) -> bool:
    """The consultation is ``IMAGES_DUE_DAYS`` days away or nearer (and not past)."""
    return consultation is not None and 0 <= (consultation - today).days <= IMAGES_DUE_DAYS


def images_missing(received: ImagesReceived, status: StepStatus) -> bool:
    return status is StepStatus.MISSING and received.received is None


def pause_not_agreed(blood: BloodThinners, status: StepStatus) -> bool:
    """The step is open and does not show an agreed pause or that none is taken."""
    return status is StepStatus.MISSING and blood.takes is not False and not blood.pause_agreed


def _in_days(days: int) -> Text:
    if days == 0:
        return Text(QT_TR_NOOP("i dag"))
    if days == 1:
        return Text(QT_TR_NOOP("i morgen"))
    return Text(QT_TR_NOOP("om {n} dage"), n=days)


def flags(booking: Booking, scan: Scan, received: ImagesReceived, blood: BloodThinners,
          statuses: Mapping[str, StepStatus], today: date) -> tuple[Flag, ...]:
    """What to act on, for ``today`` (``statuses``: step id → status)."""
    found: list[Flag] = []
    consultation = booking.consultation_date
    if consultation is not None and consultation < today:
        found.append(Flag("consultation_past", "booking", Text(
            QT_TR_NOOP("Konsultationsdagen ({date}) er passeret."), date=consultation)))
    if (statuses["scan"] is not StepStatus.NOT_RELEVANT
            and scan_too_old(scan.taken, consultation)):
        until = usable_until(scan.taken)
        assert until is not None
        found.append(Flag("scan_too_old", "scan", Text(QT_TR_NOOP(
            "Scanningen er over 2 år gammel på konsultationsdagen (kunne bruges til {date})."),
            date=until)))
    if images_due(consultation, today) and images_missing(received, statuses["send_images"]):
        assert consultation is not None
        found.append(Flag("images_missing", "send_images", Text(
            QT_TR_NOOP("Konsultationen er {when}, og billederne er ikke kommet."),
            when=_in_days((consultation - today).days))))
    if pause_not_agreed(blood, statuses["blood_thinners"]):
        text = (QT_TR_NOOP("Tager blodfortyndende medicin – pausen er ikke aftalt.")
                if blood.takes
                else QT_TR_NOOP("Ikke afklaret, om patienten tager blodfortyndende medicin."))
        found.append(Flag("pause_not_agreed", "blood_thinners", Text(text)))
    return tuple(found)


def warnings(data: StepData, booking: Booking, request: ImageRequest,
             received: ImagesReceived, today: date) -> list[str]:
    """Danish warnings (``Text``) about ``data`` about to be saved (it is saved all the same).

    ``booking``, ``request`` and ``received`` are what is stored now, to compare with.
    """
    found: list[str] = []

    def future(day: date | None, what: str) -> None:
        if day is not None and day > today:
            found.append(Text(QT_TR_NOOP("{what} {date} ligger i fremtiden. {kept}"),
                              what=Text(what), date=day, kept=Text(KEPT)))

    if isinstance(data, Booking):
        day = data.consultation_date
        if day is not None and day < today:
            found.append(Text(QT_TR_NOOP("Konsultationsdatoen {date} er allerede passeret. "
                                         "{kept}"), date=day, kept=Text(KEPT)))
    elif isinstance(data, Scan):
        future(data.taken, QT_TR_NOOP("Scanningsdatoen"))
    elif isinstance(data, ImageRequest):
        future(data.asked, QT_TR_NOOP("Datoen for bestillingen"))
        if data.asked and received.received and received.received < data.asked:
            found.append(_before(received.received, data.asked))
    elif isinstance(data, ImagesReceived):
        future(data.received, QT_TR_NOOP("Modtagelsesdatoen"))
        if data.received and request.asked and data.received < request.asked:
            found.append(_before(data.received, request.asked))
    elif isinstance(data, BloodThinners):
        consultation = booking.consultation_date
        if data.pause_from and consultation and data.pause_from > consultation:
            found.append(Text(QT_TR_NOOP("Pausen starter {start}, efter konsultationen "
                                         "{consultation}. {kept}"), start=data.pause_from,
                              consultation=consultation, kept=Text(KEPT)))
    return found


def _before(received: date, asked: date) -> Text:
    return Text(QT_TR_NOOP("Billederne er modtaget {received}, før de blev bestilt {asked}. "
                           "Begge datoer er gemt som skrevet – ret den, der er forkert."),
                received=received, asked=asked)
