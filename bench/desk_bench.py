"""The desk's lists at clinic scale: the Før behandling overview and the callers register.

On a copy of the call benchmark's database (default 100,000 callers), in real
widgets shown at the main window's first-start size: each refresh is timed from
the call to after ``processEvents()``, so the query, the model reset, the layout
and the paint are all inside. The floors are the same rows read with raw sqlite3
in the same run: what no widget can beat.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.calls_bench import _copy, cached_database
from bench.stats import Measurement, Summary, Target
from reception.store import db, open_database

OVERVIEW_TARGET = Target("p95", 0.100)
REGISTER_TARGET = Target("p95", 0.030)
SIZE = (1200, 760)
REPEAT = 15


def _timed(step: Callable[[], object], app: object, repeat: int,
           cpu: list[float] | None = None) -> list[float]:
    """Wall times of ``step`` plus the events it leaves; its CPU times into ``cpu``
    (on a loaded machine the difference is waiting for a core)."""
    times = []
    for _ in range(repeat):
        start, started_cpu = time.perf_counter(), time.process_time()
        step()
        app.processEvents()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - started_cpu)
    return times


def _later_chunks(widget: object, method: str, done: Callable[[], bool],
                  app: object) -> list[float]:
    """Wall times of each chunk ``widget`` reads after its first paint (``method``, called
    by a timer), until ``done()``: each is an event pass of its own, so the longest is how
    long typing or scrolling can wait behind the rest of the list."""
    times: list[float] = []
    inner = getattr(widget, method)

    def timed(*args: object) -> None:
        start = time.perf_counter()
        inner(*args)
        times.append(time.perf_counter() - start)

    setattr(widget, method, timed)
    deadline = time.perf_counter() + 120
    while not done() and time.perf_counter() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    setattr(widget, method, inner)
    return times


def _raw(raw: sqlite3.Connection, sql: str, args: tuple[object, ...], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        raw.execute(sql, args).fetchall()
        times.append(time.perf_counter() - start)
    return times


OVERVIEW_FLOOR = (  # the soonest dated rows, as the overview's first query reads them
    "SELECT k.caller_id, c.name, k.consultation_date FROM checklist k "
    "JOIN caller c ON c.id = k.caller_id WHERE k.consultation_date >= ? "
    "ORDER BY k.consultation_date, k.consultation_time, c.name, k.id LIMIT ?"
)


def desk_measurements(callers: int, progress: Callable[[str], None]) -> list[Measurement]:
    from PySide6.QtTest import QTest

    from bench.ui_bench import application
    from reception.content import load_content
    from ui.call.callers_panel import CallersPanel
    from ui.checklist.overview import SHOWN, ChecklistOverview

    source = cached_database(callers, progress)
    app = application()
    content = load_content()
    with tempfile.TemporaryDirectory(prefix="bench-desk-") as folder:
        path = Path(folder) / "reception.sqlite3"
        progress("copying the call database for the overview and the register")
        _copy(source, path)
        database = open_database(path)
        raw = sqlite3.connect(path)
        try:
            overview = ChecklistOverview(content)
            overview.resize(*SIZE)
            overview.show()
            QTest.qWaitForWindowExposed(overview)
            upcoming = raw.execute(
                "SELECT count(*) FROM checklist WHERE consultation_date >= ? "
                "OR consultation_date IS NULL", (date.today(),)).fetchone()[0]
            overview.refresh()  # warm-up
            app.processEvents()
            overview_cpu: list[float] = []
            refreshes = _timed(overview.refresh, app, REPEAT, overview_cpu)
            QTest.qWait(100)  # the timed refreshes' timers fire (and stop) first
            overview.refresh()
            overview_chunks = _later_chunks(
                overview, "_read_more", lambda: not overview.status.text().endswith("…"), app)
            overview_floor = _raw(raw, OVERVIEW_FLOOR, (date.today(), SHOWN + 1), REPEAT)
            overview.close()

            register = CallersPanel(content)
            register.resize(*SIZE)
            register.show()
            QTest.qWaitForWindowExposed(register)
            register.refresh()  # warm-up
            app.processEvents()
            register_cpu: list[float] = []
            opens = _timed(register.refresh, app, REPEAT, register_cpu)
            shown = register.model.rowCount()
            QTest.qWait(100)
            register.refresh()
            register_chunks = _later_chunks(
                register, "_load_more", lambda: not register.count_label.text().endswith("…"),
                app)
            register_floor = _raw(raw, "SELECT id FROM caller ORDER BY name, id", (), REPEAT)
            register.close()
        finally:
            raw.close()
            database.close()
            db.initialize(None)
    return [
        Measurement(
            name=f"desk ({callers:,} callers): Før behandling overview refresh, painted "
                 f"({upcoming:,} upcoming, {SHOWN} shown; {REPEAT})",
            value=Summary.of(refreshes), floor=Summary.of(overview_floor),
            floor_name="raw sqlite3: the soonest upcoming checklists with names, LIMIT",
            target=OVERVIEW_TARGET,
            notes={"cpu_median_ms": Summary.of(overview_cpu).median * 1000,
                   **_chunk_notes(overview_chunks)}),
        Measurement(
            name=f"desk ({callers:,} callers): callers register open, painted "
                 f"({shown:,} rows read by then; {REPEAT})",
            value=Summary.of(opens), floor=Summary.of(register_floor),
            floor_name="raw sqlite3: every caller id by name",
            target=REGISTER_TARGET,
            notes={"cpu_median_ms": Summary.of(register_cpu).median * 1000,
                   **_chunk_notes(register_chunks)}),
    ]


def _chunk_notes(times: list[float]) -> dict[str, object]:
    if not times:
        return {"later_chunks": 0}
    return {"later_chunks": len(times), "later_chunk_median_ms": Summary.of(times).median * 1000,
            "later_chunk_max_ms": max(times) * 1000}
