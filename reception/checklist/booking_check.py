"""Warnings about a consultation date and time before they are saved.

``booking_warnings(consultation_date, consultation_time, caller_id, today, settings=None)``
returns a list of ``BookingWarning(code, params)``, in this order:

- ``holiday`` {date, name}: a Danish public holiday (the clinic is closed); ``name`` is a
  ``HolidayName``, so another language can name it in its own words;
- ``closed_weekday`` {date, weekday}: a weekday the clinic does not open
  (the ``opening_weekdays`` clinic setting, default Monday to Friday); ``weekday`` is a
  ``Weekday`` (a number) that each language names in its own words;
- ``past`` {date}: the day is before ``today``;
- ``time_taken`` {date, time, caller_id, name}: another caller's checklist has a
  consultation at the same date and time (one warning per such caller).

Each warning's ``message`` is one Danish sentence. Nothing is refused: the
receptionist confirms or changes the booking.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any, NamedTuple

from reception.checklist.records import stored_time
from reception.clinic_days import OpeningDays, closed_reason, load_opening_days
from reception.errors import QT_TR_NOOP, Text
from reception.formats import HolidayName, Weekday, clock
from reception.store.errors import guarded
from reception.store.models import Caller
from reception.store.models import Checklist as Row


class BookingWarning(NamedTuple):
    code: str
    params: dict[str, Any]

    @property
    def message(self) -> str:
        return booking_warning_text(self.code, self.params)


WARNINGS = {
    "holiday": QT_TR_NOOP("{date} er helligdag ({name}) – klinikken har lukket."),
    "closed_weekday": QT_TR_NOOP(
        "{date} er en {weekday} – klinikken holder lukket om {weekday}en."),
    "past": QT_TR_NOOP("{date} er allerede passeret."),
    "time_taken": QT_TR_NOOP("Kl. {time} den {date} er allerede booket til {name}."),
}
ANOTHER_PATIENT = QT_TR_NOOP("en anden patient")


def booking_warning_text(code: str, params: dict[str, Any]) -> Text:
    """The Danish sentence for a warning code and its parameters (a ``Text``)."""
    if code not in WARNINGS:
        raise ValueError(f"unknown booking warning {code!r}")
    shown = {key: params[key] for key in ("date", "name", "weekday") if key in params}
    if code == "time_taken":
        shown["time"] = clock(params["time"])
        shown["name"] = params["name"] or Text(ANOTHER_PATIENT)
    return Text(WARNINGS[code], **shown)


@guarded
def booking_warnings(
    consultation_date: date | None,
    consultation_time: time | None,
    caller_id: int | None,
    today: date,
    settings: OpeningDays | None = None,
) -> list[BookingWarning]:
    """What to tell the receptionist about this booking before it is saved."""
    if consultation_date is None:
        return []
    found: list[BookingWarning] = []
    closed = closed_reason(consultation_date, settings or load_opening_days())
    if closed is not None and closed.code == "holiday":
        found.append(BookingWarning("holiday", {
            "date": consultation_date, "name": HolidayName(closed.name, consultation_date)}))
    elif closed is not None:
        found.append(BookingWarning("closed_weekday",
                                    {"date": consultation_date,
                                     "weekday": Weekday(consultation_date.weekday())}))
    if consultation_date < today:
        found.append(BookingWarning("past", {"date": consultation_date}))
    if consultation_time is not None:
        others = (Row.select(Row.caller, Caller.name).join(Caller)
                  .where(Row.consultation_date == consultation_date,
                         Row.consultation_time == stored_time(consultation_time))
                  .order_by(Row.id))
        if caller_id is not None:
            others = others.where(Row.caller != caller_id)
        for other_id, name in others.tuples():
            found.append(BookingWarning("time_taken", {
                "date": consultation_date, "time": consultation_time,
                "caller_id": other_id, "name": name}))
    return found
