"""What needs doing today, gathered for the start-of-day view (»I dag«).

``day_overview(today=None, days_ahead=14) -> DayOverview`` with four lists:

- ``callbacks``: open callbacks due today or overdue (today's first, then the overdue);
- ``sheets``: information sheets promised and not sent (``reception.sheets.pending``);
- ``consultations``: consultations from today to ``today + days_ahead`` whose images
  have not come or whose blood-thinner pause is not agreed (the overview's filters
  ``missing_images`` and ``pause_not_agreed``), soonest first, one row per patient;
- ``drafts``: calls not ended (parked or left behind), newest first.

Five small queries; a few milliseconds with thousands of patients.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from reception.calls.callbacks import CallbackEntry, due_callbacks
from reception.calls.drafts import DraftSummary, unfinished_drafts
from reception.checklist.model import OverviewRow
from reception.checklist.overview import upcoming_consultations
from reception.sheets.pending import PendingSheet, sheets_to_send

DAYS_AHEAD = 14
_MIDNIGHT = time(0, 0)


@dataclass(frozen=True)
class ConsultationTodo:
    row: OverviewRow
    missing_images: bool
    pause_not_agreed: bool


@dataclass(frozen=True)
class DayOverview:
    today: date
    callbacks: list[CallbackEntry]
    sheets: list[PendingSheet]
    consultations: list[ConsultationTodo]
    drafts: list[DraftSummary]

    @property
    def total(self) -> int:
        """Everything listed: the count on the »I dag« tab."""
        return (len(self.callbacks) + len(self.sheets) + len(self.consultations)
                + len(self.drafts))


def consultations_to_prepare(today: date, days_ahead: int = DAYS_AHEAD) -> list[ConsultationTodo]:
    """Consultations in the coming days that still miss images or a blood-thinner agreement."""
    last = today + timedelta(days=days_ahead)
    found: dict[int, set[str]] = {}
    rows: dict[int, OverviewRow] = {}
    for code in ("missing_images", "pause_not_agreed"):
        for row in upcoming_consultations(today, (code,), include_undated=False):
            if row.consultation_date is None or row.consultation_date > last:
                break  # soonest first: the rest are later
            rows.setdefault(row.caller_id, row)
            found.setdefault(row.caller_id, set()).add(code)
    ordered = sorted(rows.values(), key=lambda r: (r.consultation_date, r.consultation_time
                                                   or _MIDNIGHT, r.name, r.caller_id))
    return [ConsultationTodo(r, "missing_images" in found[r.caller_id],
                             "pause_not_agreed" in found[r.caller_id]) for r in ordered]


def day_overview(today: date | None = None, days_ahead: int = DAYS_AHEAD) -> DayOverview:
    today = today or date.today()
    return DayOverview(
        today=today,
        callbacks=due_callbacks(today),
        sheets=sheets_to_send(today),
        consultations=consultations_to_prepare(today, days_ahead),
        drafts=unfinished_drafts(),
    )

