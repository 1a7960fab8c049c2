"""A receptionist's day in one process, for the memory figures of ``bench.memory``.

    python -m bench.day_child app|bare CALLS DATA_DIR

``app`` builds the real window on a demo database of 2,000 callers and takes
CALLS calls through it: a returning caller's number typed, their history shown,
notes typed, two knowledge searches with a page read, the call ended with an
outcome ticked in the end-call dialog, and after every fourth call the sheet's
dialog opened with its preview; a call that does not end stops the run, as
calls left on hold would pile up and measure the strip rather than a day. Between
calls the objects handed to ``deleteLater`` are deleted, as the app's event loop
does each time it gets control back (this loop runs outside ``exec``, where they
would otherwise never go). Resident memory is read after a warm-up of 20 calls and
after the rest.
``bare`` shows a plain QMainWindow and keeps processing events for as long as the
app run took, reading memory at the same two points: the floor. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from bench.rss import resident_mb

WARM_UP = 20
SEARCHES = ("nakk", "piskesmeld", "koere bil", "blodfortyndende", "hvor lang tid", "MR scanning")
NOTES = "Ondt i nakken siden foråret, værre om morgenen. Har prøvet fysioterapi og massage. "


def end_through_dialog(panel, outcome: str) -> None:
    """»Afslut opkald« as at the desk: the dialog, the outcome ticked, saved."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def save() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.choose(outcome)  # a callback is dated tomorrow, a booking in a week
        dialog.accept()

    QTimer.singleShot(0, save)
    panel.end_call()
    if panel.session is not None:
        raise RuntimeError(f"the call did not end: {panel.status_label.text()}")


def app_day(calls: int, data_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reception.calls import find_callers_by_phone, search_callers
    from reception.demo_data import fill_demo_data
    from reception.paths import resolve_data_paths
    from reception.store import open_database
    from ui.app import create_main_window

    app = QApplication.instance() or QApplication([sys.argv[0]])
    paths = resolve_data_paths(data_dir).ensure()
    fill_demo_data(open_database(paths.database), 2_000, seed=7)
    # numbers that find one named caller: the call links at once and every outcome can end it
    phones = [c.phones[0] for c in search_callers("a", limit=400)
              if c.phones and c.name and c.postcode and c.town
              and len(find_callers_by_phone(c.phones[0])) == 1]
    window = create_main_window(paths)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    panel = window.call_panel
    readings: dict[str, float] = {}
    began = time.perf_counter()
    for number in range(calls):
        if number == WARM_UP:
            readings["after_warm_up_mb"] = resident_mb()
            readings["warm_up_seconds"] = time.perf_counter() - began
        panel.new_call(phones[number % len(phones)])
        app.processEvents()
        QTest.keyClicks(panel.form.notes_edit, NOTES[: 30 + number % 50])
        search = window.knowledge.search_edit
        for query in (SEARCHES[number % len(SEARCHES)], SEARCHES[(number + 3) % len(SEARCHES)]):
            search.clear()
            QTest.keyClicks(search, query)
            QTest.keyClick(search, "\r")
            app.processEvents()
        panel.flush()
        outcome = ("no_action", "send_sheet", "call_back", "booked")[number % 4]
        end_through_dialog(panel, outcome)
        app.processEvents()
        if outcome == "send_sheet":  # the sheet's dialog, its preview painted, then closed
            panel.send_sheet()
            app.processEvents()
            window.workspace.sheet_dialog.reject()
            app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    readings["end_mb"] = resident_mb()
    readings["seconds"] = time.perf_counter() - began
    window.close()
    return readings


def bare_day(seconds: float, warm_up_seconds: float) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    readings: dict[str, float] = {}
    began = time.perf_counter()
    while (elapsed := time.perf_counter() - began) < seconds:
        if "after_warm_up_mb" not in readings and elapsed >= warm_up_seconds:
            readings["after_warm_up_mb"] = resident_mb()
        app.processEvents()
        time.sleep(0.005)
    readings.setdefault("after_warm_up_mb", resident_mb())
    readings["end_mb"] = resident_mb()
    readings["seconds"] = time.perf_counter() - began
    return readings


def main(mode: str, calls: str, data_dir: str, seconds: str = "0", warm_up: str = "0") -> None:
    if mode == "app":
        report = app_day(int(calls), Path(data_dir))
    else:
        report = bare_day(float(seconds), float(warm_up))
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(*sys.argv[1:])
