"""Overblik at clinic scale: last month and this year on the call benchmark's database
(100,000 callers, about 1,000,000 calls), computed and shown in the real screen,
each beside the raw SQL aggregate the figures rest on, timed in the same run.

The issue asks for a month under 1 s and a year under 3 s. The demo data puts most
calls in the recent months (a caller's calls are spread from their first call to
today), so the last month holds about 100,000 calls and this year 650,000: a
harder load than 1,000,000 calls spread evenly over three years. "Today" is the
day after the newest call.

A third row per period reads the floor's own figures from ``call_summary``, the
counts per UTC hour that the triggers on ``call`` keep (schema_call_summary.py).

Screen rows: from choosing the period in the real ``OverblikScreen`` (shown,
1400×1000) to its charts painted (``grab`` renders every chart), the figures
computed beside the window as the app does.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench.calls_bench import _copy, cached_database
from bench.stats import Measurement, Summary, Target
from reception.reports import Period, named_period, overview
from reception.reports.period import LOCAL
from reception.store import db, open_database
from reception.store.fields import from_utc_text

MONTH_TARGET = Target("below", 1.0)
YEAR_TARGET = Target("below", 3.0)
REPEAT = 3
FLOOR_SQL = ("SELECT substr(started_at, 1, 13), direction, count(*) FROM call "
             "WHERE status = 'saved' AND started_at >= ? AND started_at < ? GROUP BY 1, 2")
FLOOR_NAME = "raw sqlite3 calls per UTC hour and direction (GROUP BY, one query)"
SUMMARY_SQL = ("SELECT bucket, direction, sum(calls) FROM call_summary WHERE span = 'h' "
               "AND bucket >= ? AND bucket < ? GROUP BY 1, 2")


def overblik_measurements(callers: int, progress: Callable[[str], None]) -> list[Measurement]:
    source = cached_database(callers, progress)
    with tempfile.TemporaryDirectory(prefix="bench-overblik-") as folder:
        path = Path(folder) / "reception.sqlite3"
        progress("copying the call database for Overblik")
        _copy(source, path)
        return measure(path, callers, progress)


def measure(path: Path, callers: int,
            progress: Callable[[str], None] = lambda text: None) -> list[Measurement]:
    """Computed and screen rows on the database at ``path`` (opened here, closed after)."""
    open_database(path)
    raw = sqlite3.connect(path)
    try:
        newest = raw.execute("SELECT max(started_at) FROM call").fetchone()[0]
        today = from_utc_text(newest).astimezone(LOCAL).date() + timedelta(days=1)
        rows = []
        for code, label, target in (("last_month", "last month", MONTH_TARGET),
                                    ("this_year", "this year", YEAR_TARGET)):
            period = named_period(code, today)
            progress(f"Overblik, {label}")
            floor = [_floor(raw, period) for _ in range(REPEAT)]
            summed = [_summed(raw, period) for _ in range(REPEAT)]
            computed, total = [], 0
            for _ in range(REPEAT):
                began = time.perf_counter()
                total = overview(period, today=today).calls_total
                computed.append(time.perf_counter() - began)
            screen = _screen_times(today, code)
            floor += [_floor(raw, period) for _ in range(REPEAT)]  # before and after
            name = f"overblik ({callers:,} callers): {label}, {total:,} calls"
            rows.append(Measurement(name=f"{name}, the same aggregate from call_summary",
                                    value=Summary.of(summed), floor=Summary.of(floor),
                                    floor_name=FLOOR_NAME))
            rows.append(Measurement(name=f"{name}, computed", value=Summary.of(computed),
                                    floor=Summary.of(floor), floor_name=FLOOR_NAME,
                                    target=target))
            rows.append(Measurement(name=f"{name}, chosen → charts painted",
                                    value=Summary.of(screen), floor=Summary.of(floor),
                                    floor_name=FLOOR_NAME, target=target))
        return rows
    finally:
        raw.close()
        db.close()
        db.initialize(None)


def _floor(raw: sqlite3.Connection, period: Period) -> float:
    began = time.perf_counter()
    raw.execute(FLOOR_SQL, period.bounds_text()).fetchall()
    return time.perf_counter() - began


def _summed(raw: sqlite3.Connection, period: Period) -> float:
    """The floor's figures read from the summary the triggers keep (schema_call_summary)."""
    start, end = period.bounds_text()
    began = time.perf_counter()
    raw.execute(SUMMARY_SQL, (start[:13], end[:13])).fetchall()
    return time.perf_counter() - began


def _screen_times(today: date, code: str) -> list[float]:
    """Seconds from choosing ``code`` in the period box to the charts painted."""
    from PySide6.QtWidgets import QApplication

    from ui.overblik.screen import OverblikScreen

    app = QApplication.instance() or QApplication([])
    screen = OverblikScreen(today=lambda: today)
    screen.resize(1400, 1000)
    screen.show()
    app.processEvents()
    other = screen.choice.findData("this_week")
    chosen = screen.choice.findData(code)
    times = []
    try:
        for _ in range(REPEAT):
            screen.choice.setCurrentIndex(other)  # a short period in between
            app.processEvents()
            began = time.perf_counter()
            screen.choice.setCurrentIndex(chosen)  # computes beside the window, shows
            app.processEvents()
            screen.grab()  # paints every chart
            times.append(time.perf_counter() - began)
            assert screen.figures is not None and screen.figures.period == named_period(
                code, today)
    finally:
        screen.close()
        screen.deleteLater()
        app.processEvents()
    return times
