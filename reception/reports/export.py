"""Overblik out of the app: JSON for scripts, CSV for a spreadsheet (Danish Excel)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from reception.reports.model import Overview
from reception.reports.words import decimal, sections


def as_json(o: Overview) -> dict[str, Any]:
    """Plain JSON: codes as keys, ISO dates, raw numbers."""
    c, k = o.callbacks, o.checklists
    return {
        "from": o.period.first.isoformat(), "to": o.period.last.isoformat(),
        "calls_total": o.calls_total,
        "calls_by_day": {day.isoformat(): n for day, n in o.calls_by_day.items()},
        "calls_by_hour": {f"{hour:02d}": n for hour, n in o.calls_by_hour.items()},
        "by_direction": o.by_direction, "by_outcome": o.by_outcome,
        "talk_seconds": o.talk_seconds,
        "callers": o.callers, "new_callers": o.new_callers,
        "returning_callers": o.returning_callers, "new_callers_booked": o.new_callers_booked,
        "by_pain_area": o.by_pain_area, "by_referral": o.by_referral,
        "callbacks_agreed": c.agreed, "callbacks_done": c.done,
        "callbacks_done_late": c.done_late, "callbacks_overdue": c.overdue,
        "callback_hours_median": c.hours_median, "callback_hours_p90": c.hours_p90,
        "callback_attempts": c.attempts,
        "sheets_by_way": o.sheets_by_way,
        "consultations": k.consultations, "consultations_ready_week_before": k.ready_week_before,
        "staff": [{"name": s.name, "calls": s.calls, "incoming": s.incoming,
                   "outgoing": s.outgoing, "booked": s.booked}
                  for s in o.staff],
    }


def _cell(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)  # no thousands separator: a spreadsheet reads it as a number
    return decimal(value, 3).replace(".", "")


def as_csv(o: Overview) -> str:
    """Semicolon-separated rows ``afsnit;emne;tal`` with decimal commas (Danish Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Afsnit", "Emne", "Tal"])
    writer.writerow(["Periode", "Fra", o.period.first.isoformat()])
    writer.writerow(["Periode", "Til", o.period.last.isoformat()])
    for section in sections(o):
        for row in section.rows:
            writer.writerow([section.title, row.label, _cell(row.value)])
    return out.getvalue()


def write_csv(o: Overview, path: Path) -> None:
    """UTF-8 with a byte order mark, so Excel reads æøå right."""
    Path(path).write_text(as_csv(o), encoding="utf-8-sig", newline="")
