"""The start of the day: what needs doing today, in one tab (»I dag«)."""

from ui.day.today_panel import TodayPanel

__all__ = ["TodayPanel"]
