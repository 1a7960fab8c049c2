"""Dates as a Danish letter writes them: "22. november 2026"."""

from __future__ import annotations

from datetime import date

from reception.formats import MONTHS, long_date

__all__ = ["MONTHS", "SCAN_VALID_YEARS", "add_years", "danish_date", "scan_detail"]

SCAN_VALID_YEARS = 2  # steps.toml: an earlier scan "nyere end 2 år" can often be used


def danish_date(day: date) -> str:
    """``date(2026, 11, 22)`` → ``"22. november 2026"``."""
    return long_date(day)


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def scan_detail(taken: date, what: str = "Scanning") -> str:
    """``"Scanning taget 3. marts 2025 – kan bruges til 3. marts 2027"``."""
    until = add_years(taken, SCAN_VALID_YEARS)
    return f"{what} taget {danish_date(taken)} – kan bruges til {danish_date(until)}"
