"""Dates, numbers and colours in the UI come from one place each, and Danish reads as before."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from reception import formats as core
from ui import formats

ROOT = Path(__file__).resolve().parents[1]
HAND_WRITTEN_DATE = re.compile(r"strftime|:%[dmyYHMS]")
COLOUR_CODES = ("#a11", "#7a4b00", "#fff4d6", "#2e6b30", "#1b7f3b")


def _ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def test_no_hand_written_date_formats_in_the_ui() -> None:
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in _ui_sources() if path.name != "formats.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if HAND_WRITTEN_DATE.search(line)]
    assert found == [], "format dates with ui.formats (QLocale)"


def test_the_meaningful_colours_are_written_once() -> None:
    found = [f"{path.relative_to(ROOT)}: {code}" for path in _ui_sources()
             if path.name != "colours.py"
             for code in COLOUR_CODES if code in path.read_text(encoding="utf-8")]
    assert found == [], "use ui.colours"


@pytest.mark.parametrize("day", [date(2026, 1, 1), date(2026, 5, 3), date(2026, 12, 31),
                                 date(2024, 2, 29)])
def test_qlocale_writes_danish_dates_as_the_core_does(day: date) -> None:
    assert formats.date_text(day) == core.short_date(day)
    assert formats.day_month(day) == core.day_month(day)
    assert formats.long_date(day) == core.long_date(day)
    assert formats.weekday_date(day) == core.weekday_date(day)
    assert formats.weekday_short_date(day) == (
        f"{core.WEEKDAYS[day.weekday()][:3]} {core.short_date(day)}")


def test_times_and_numbers_read_as_before() -> None:
    moment = datetime(2026, 5, 3, 7, 5, 9, tzinfo=UTC)
    local = moment.astimezone()
    assert formats.clock(time(9, 5)) == core.clock(time(9, 5)) == "09.05"
    assert formats.date_time(moment) == local.strftime("%d.%m.%Y %H:%M")
    assert formats.date_time(moment, seconds=True) == local.strftime("%d.%m.%Y %H:%M:%S")
    assert formats.day_month_time(moment) == local.strftime("%d.%m. %H:%M")
    assert formats.value_text(moment) == core.long_date_time(moment)
    for count in (0, 7, 999, 1000, 1234567):
        assert formats.number(count) == core.number(count)
    assert formats.date_text(None) == formats.clock(None) == ""
