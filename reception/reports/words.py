"""Overblik in Danish words: labels, numbers ("1.234", "42,5 %") and the figures as
titled sections of (label, value) rows, shared by the command line, CSV, PDF and screen.

Titles, labels and a row's text are ``Text`` marked ``QT_TR_NOOP``, their numbers and
days values (``Count``, ``OneDecimal``, ``ShortDay``): the screen shows them through
``ui.messages.message_of`` (English words and number format under Filer → Sprog); the
command line, CSV and PDF stay Danish."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reception.calls.vocabulary import DIRECTIONS, OUTCOMES, PAIN_AREAS
from reception.errors import QT_TR_NOOP, Text
from reception.formats import Count, OneDecimal, ShortDay
from reception.formats import decimal as decimal
from reception.reports.model import Overview
from reception.sheets.dates import danish_date

WAYS: dict[str, str] = {
    "email": QT_TR_NOOP("E-mail"), "post": QT_TR_NOOP("Post"), "letter": QT_TR_NOOP("Brev"),
    "print": QT_TR_NOOP("Udskrevet"), "pdf": QT_TR_NOOP("PDF"),
}
WEEKDAY_SHORT = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
UNKNOWN = QT_TR_NOOP("(ikke angivet)")


@dataclass(frozen=True)
class Row:
    label: str
    value: float | int | None  # the raw figure (CSV, charts)
    text: str  # the figure as a Dane reads it


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    rows: tuple[Row, ...]


VALUE = QT_TR_NOOP("{value}")


def percent(share: float | None) -> str:
    """``"33,3 %"`` (a ``Text``: the screen writes it in its language)."""
    return "–" if share is None else Text(QT_TR_NOOP("{share} %"),
                                          share=OneDecimal(share * 100))


def hours(value: float | None) -> str:
    return "–" if value is None else Text(QT_TR_NOOP("{hours} t"), hours=OneDecimal(value))


def one_decimal(value: float | None) -> str:
    return "–" if value is None else Text(VALUE, value=OneDecimal(value))


def short_date(day: date) -> str:
    """``"søn 25.10."``: the weekday and the day, for the axis and the day table."""
    return f"{WEEKDAY_SHORT[day.weekday()]} {day:%d.%m.}"


def period_text(overview: Overview) -> str:
    p = overview.period
    return f"{danish_date(p.first)} – {danish_date(p.last)}"


def _count(label: str, value: int) -> Row:
    return Row(label, value, Text(VALUE, value=Count(value)))


def _label(code: str, labels: dict[str, str]) -> str:
    """A code's label as a ``Text`` the screen translates; a free text (a staff member's
    name, how a caller heard of the clinic) as itself."""
    if labels.get(code):
        return Text(labels[code])
    return code if code else Text(UNKNOWN)


def _counts(pairs: dict[str, int], labels: dict[str, str]) -> tuple[Row, ...]:
    ordered = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
    return tuple(_count(_label(code, labels), count) for code, count in ordered)


def sections(o: Overview) -> list[Section]:
    """Every figure of ``o``, in the order the report reads."""
    c, k = o.callbacks, o.checklists
    talk_minutes = o.talk_seconds / 60 / o.calls_total if o.calls_total else None
    return [
        Section("calls", Text(QT_TR_NOOP("Opkald")), (
            _count(Text(QT_TR_NOOP("Opkald i alt")), o.calls_total),
            *(_count(_label(d, DIRECTIONS), o.by_direction.get(d, 0)) for d in DIRECTIONS),
            Row(Text(QT_TR_NOOP("Samtaletid i snit (min.)")), talk_minutes,
                one_decimal(talk_minutes)),
        )),
        Section("outcomes", Text(QT_TR_NOOP("Udfald")), _counts(o.by_outcome, OUTCOMES)),
        Section("callers", Text(QT_TR_NOOP("Personer")), (
            _count(Text(QT_TR_NOOP("Forskellige personer")), o.callers),
            _count(Text(QT_TR_NOOP("Nye personer")), o.new_callers),
            _count(Text(QT_TR_NOOP("Kendte personer")), o.returning_callers),
            _count(Text(QT_TR_NOOP("Nye, der bookede inden 30 dage")), o.new_callers_booked),
            Row(Text(QT_TR_NOOP("Andel nye, der bookede")), o.conversion, percent(o.conversion)),
        )),
        Section("pain_areas", Text(QT_TR_NOOP("Smerteområder (opkald)")),
                _counts(o.by_pain_area, PAIN_AREAS)),
        Section("referral", Text(QT_TR_NOOP("Hørt om klinikken (nye personer)")),
                _counts(o.by_referral, {"": UNKNOWN})),
        Section("callbacks", Text(QT_TR_NOOP("Tilbageringninger")), (
            _count(Text(QT_TR_NOOP("Aftalt")), c.agreed),
            _count(Text(QT_TR_NOOP("Klaret")), c.done),
            _count(Text(QT_TR_NOOP("Klaret efter aftalt dag")), c.done_late),
            _count(Text(QT_TR_NOOP("Forfaldne, ikke klaret")), c.overdue),
            Row(Text(QT_TR_NOOP("Tid til klaret, median")), c.hours_median, hours(c.hours_median)),
            Row(Text(QT_TR_NOOP("Tid til klaret, 90 %")), c.hours_p90, hours(c.hours_p90)),
            _count(Text(QT_TR_NOOP("Forsøg på de klarede")), c.attempts),
        )),
        Section("sheets", Text(QT_TR_NOOP("Informationsark sendt")),
                _counts(o.sheets_by_way, WAYS)),
        Section("checklists", Text(QT_TR_NOOP("Tjeklister")), (
            _count(Text(QT_TR_NOOP("Konsultationer")), k.consultations),
            _count(Text(QT_TR_NOOP("Alt på plads en uge før")), k.ready_week_before),
            Row(Text(QT_TR_NOOP("Andel på plads en uge før")), k.share_ready,
                percent(k.share_ready)),
        )),
        Section("staff", Text(QT_TR_NOOP("Opkald pr. medarbejder")), tuple(
            Row(s.name or Text(UNKNOWN), s.calls,
                Text(QT_TR_NOOP("{calls} ({incoming} ind, {outgoing} ud, {booked} booket)"),
                     calls=Count(s.calls), incoming=Count(s.incoming),
                     outgoing=Count(s.outgoing), booked=Count(s.booked)))
            for s in o.staff)),
        Section("by_hour", Text(QT_TR_NOOP("Opkald pr. time")), tuple(
            _count(Text(QT_TR_NOOP("kl. {hour}"), hour=f"{h:02d}"), n)
            for h, n in o.calls_by_hour.items() if n)),
        Section("by_day", Text(QT_TR_NOOP("Opkald pr. dag")), tuple(
            _count(Text(QT_TR_NOOP("{day}"), day=ShortDay.of(d)), n)
            for d, n in o.calls_by_day.items())),
    ]


def as_text(o: Overview) -> str:
    """The figures as a readable table for a terminal."""
    lines = [f"Overblik {period_text(o)}", ""]
    for section in sections(o):
        lines.append(section.title)
        width = max((len(r.label) for r in section.rows), default=0)
        lines += [f"  {r.label:<{width}}  {r.text:>8}" for r in section.rows] or ["  –"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
