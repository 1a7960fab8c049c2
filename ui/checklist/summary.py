"""One line per step for the receptionist: what is stored, short."""

from __future__ import annotations

from datetime import date

from reception.calls.vocabulary import PAIN_AREAS
from reception.checklist import SCAN_KINDS, Checklist
from ui.formats import clock, date_text, weekday_date
from ui.messages import label, labels_of
from ui.translations import tr


def _day(day: date | None) -> str:
    return date_text(day)


def step_summary(checklist: Checklist, step: str) -> str:
    """What the step holds, e.g. ``"MR-scanning · Knæ · taget 24.11.2024 · AUH"``."""
    parts: list[str] = []
    if step == "booking":
        b = checklist.booking
        if b.consultation_date:
            when = weekday_date(b.consultation_date)
            if b.consultation_time:
                when += tr(" kl. {time}").format(time=clock(b.consultation_time))
            parts.append(when)
        else:
            parts.append(tr("Ingen dato endnu"))
        parts.append(", ".join(labels_of(b.areas, PAIN_AREAS)))
    elif step == "scan":
        s = checklist.scan
        parts += [label(SCAN_KINDS, s.kind, ""), label(PAIN_AREAS, s.area, "")]
        if s.taken:
            parts.append(tr("taget {date}").format(date=_day(s.taken)))
        parts.append(s.place)
        if checklist.scan_usable_until:
            parts.append(tr("kan bruges til og med {date}").format(
                date=_day(checklist.scan_usable_until)))
    elif step == "request_images":
        r = checklist.request
        parts.append(r.department)
        if r.asked:
            parts.append(tr("bestilt {date}").format(date=_day(r.asked)))
    elif step == "send_images":
        if checklist.received.received:
            parts.append(tr("Modtaget {date}").format(date=_day(checklist.received.received)))
    elif step == "blood_thinners":
        bt = checklist.blood_thinners
        if bt.takes is True:
            parts.append(tr("Tager {which}").format(which=bt.which) if bt.which
                         else tr("Tager blodfortyndende"))
        elif bt.takes is False:
            parts.append(tr("Tager ingen"))
        if bt.pause_agreed:
            parts.append(tr("pause fra {date}").format(date=_day(bt.pause_from))
                         if bt.pause_from else tr("pause aftalt"))
    elif step == "companion":
        c = checklist.companion
        if c.arranged is True:
            parts.append(tr("{name} kører hjem").format(name=c.name) if c.name
                         else tr("Kørsel hjem aftalt"))
        elif c.arranged is False:
            parts.append(tr("Ingen kørsel aftalt endnu"))
    return " · ".join(p for p in parts if p)
