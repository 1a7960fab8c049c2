"""The figures of a period, as plain data (for the screen, the command line and the exports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reception.reports.period import Period


@dataclass(frozen=True)
class CallbackFigures:
    """Callbacks: ``agreed`` in the period, ``done`` in it (``done_late`` after their
    day), ``overdue``: due in the period before today and still not done. Hours from
    agreed to done of those done; ``attempts`` made on those done."""

    agreed: int = 0
    done: int = 0
    done_late: int = 0
    overdue: int = 0
    hours_median: float | None = None
    hours_p90: float | None = None
    attempts: int = 0


@dataclass(frozen=True)
class ChecklistFigures:
    """Consultations in the period (by their checklist) and how many had every step
    done (or marked not relevant) at least a week before the day."""

    consultations: int = 0
    ready_week_before: int = 0

    @property
    def share_ready(self) -> float | None:
        return self.ready_week_before / self.consultations if self.consultations else None


@dataclass(frozen=True)
class StaffFigures:
    """One staff member's calls, for planning who sits at the phone when (README: what is
    shown per person and why; ``talk_seconds`` is for the clinic's total, never shown)."""

    name: str
    calls: int = 0
    incoming: int = 0
    outgoing: int = 0
    booked: int = 0
    talk_seconds: int = 0


@dataclass(frozen=True)
class Overview:
    period: Period
    calls_total: int = 0
    calls_by_day: dict[date, int] = field(default_factory=dict)  # every day of the period
    calls_by_hour: dict[int, int] = field(default_factory=dict)  # 0..23, local time
    by_direction: dict[str, int] = field(default_factory=dict)  # in, out
    by_outcome: dict[str, int] = field(default_factory=dict)  # a call counts for each outcome
    talk_seconds: int = 0
    callers: int = 0  # different callers with a call in the period
    new_callers: int = 0  # callers created in the period
    returning_callers: int = 0  # callers with a call in the period, created before it
    new_callers_booked: int = 0  # new callers with a booked call within 30 days
    by_pain_area: dict[str, int] = field(default_factory=dict)  # calls per area
    by_referral: dict[str, int] = field(default_factory=dict)  # new callers per source
    callbacks: CallbackFigures = field(default_factory=CallbackFigures)
    sheets_by_way: dict[str, int] = field(default_factory=dict)  # SentItem.how
    checklists: ChecklistFigures = field(default_factory=ChecklistFigures)
    staff: tuple[StaffFigures, ...] = ()

    @property
    def conversion(self) -> float | None:
        return self.new_callers_booked / self.new_callers if self.new_callers else None
