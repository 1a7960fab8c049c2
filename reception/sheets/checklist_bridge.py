"""The patient's pre-treatment checklist, when the checklist package is installed.

``reception.checklist`` (issue 4) provides ``step_lines_for(caller_id, content, today)``:
the six steps with this patient's status, dates and the scan's usable-until date, and
``consultation_at(caller_id)``: the booked consultation. Without the package a personal
sheet lists the six steps without a status. Errors inside the checklist itself are not
hidden: only its absence is.
"""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date, datetime
from typing import Any

from reception.content.model import Content
from reception.sheets.build import step_lines
from reception.sheets.model import StepLine

CHECKLIST_MODULE = "reception.checklist"


def _checklist() -> Any | None:
    try:
        if importlib.util.find_spec(CHECKLIST_MODULE) is None:
            return None
    except ModuleNotFoundError:
        return None
    return importlib.import_module(CHECKLIST_MODULE)


def has_checklist() -> bool:
    module = _checklist()
    return module is not None and callable(getattr(module, "step_lines_for", None))


def checklist_steps(caller_id: int, content: Content, today: date) -> list[StepLine]:
    """The six steps with the patient's status, or without any status (no checklist)."""
    module = _checklist()
    step_lines_for = getattr(module, "step_lines_for", None) if module else None
    if not callable(step_lines_for):
        return step_lines(content)
    return list(step_lines_for(caller_id, content, today))


def next_consultation(caller_id: int, today: date) -> datetime | date | None:
    """The patient's next consultation, if the checklist knows one: with its time, or the
    day alone when no time is agreed yet (never one in the past)."""
    module = _checklist()
    find = getattr(module, "consultation_at", None) if module else None
    if not callable(find):
        return None
    found = find(caller_id)
    if isinstance(found, datetime):
        return found if found.date() >= today else None  # one in the past is not "next"
    find_day = getattr(module, "consultation_day", None)
    day = find_day(caller_id) if callable(find_day) else None
    return day if isinstance(day, date) and day >= today else None
