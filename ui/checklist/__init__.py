"""The pre-treatment checklist screens: one caller's checklist, and the overview."""

from ui.checklist.overview import ChecklistOverview
from ui.checklist.view import ChecklistView

__all__ = ["ChecklistOverview", "ChecklistView"]
