"""Overblik: how the phone line is doing over a period, as plain figures (no Qt).

``overview(Period(first, last), today=...)`` → ``Overview`` (model.py): calls per
day and per hour (Danish local time), by direction, outcome, pain area and staff
member; new and returning callers, where they heard of the clinic and how many
booked; callbacks; sheets sent; checklists in place a week before. ``export.py``
writes it as CSV and a one-page PDF.
"""

from reception.reports.compute import overview
from reception.reports.model import (
    CallbackFigures,
    ChecklistFigures,
    Overview,
    StaffFigures,
)
from reception.reports.period import Period, named_period

__all__ = [
    "CallbackFigures", "ChecklistFigures", "Overview", "Period", "StaffFigures", "named_period",
    "overview",
]
