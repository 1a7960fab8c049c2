"""Render the README's screenshots from the real widgets (offscreen), on demo data.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reception.demo_data import fill_demo_data  # noqa: E402
from reception.paths import resolve_data_paths  # noqa: E402
from reception.phone import format_national  # noqa: E402
from reception.store import open_database  # noqa: E402
from reception.store.models import Call, CallerPhone  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def returning_caller_number() -> str:
    """A demo caller with several earlier calls and a number only they have."""
    for phone in CallerPhone.select().where(CallerPhone.e164.is_null(False)):
        shared = CallerPhone.select().where(CallerPhone.e164 == phone.e164).count()
        calls = Call.select().where(Call.caller == phone.caller_id).count()
        if shared == 1 and calls >= 4:
            return format_national(phone.e164)
    raise SystemExit("no suitable demo caller")


def shoot(window: MainWindow, app: QApplication, path: Path) -> None:
    app.processEvents()
    window.grab().save(str(path))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as data:
        paths = resolve_data_paths(data).ensure()
        fill_demo_data(open_database(paths.database), 300, seed=3)
        number = returning_caller_number()
        window = create_main_window(paths)
        window.resize(1600, 940)
        window.show()
        window.main_splitter.setSizes([900, 700])
        window.knowledge.splitter.setSizes([260, 440])

        panel = window.call_panel
        panel.new_call()
        QTest.keyClicks(panel.form.phone_edit, number)
        panel.form.area_buttons["nakke"].setChecked(True)
        panel.form.duration_spin.setValue(2)
        panel.form.duration_unit.setCurrentIndex(2)
        panel.form.treatment_buttons["fysioterapi"].setChecked(True)
        QTest.keyClicks(panel.form.notes_edit, "Nakken er blevet værre siden sommer. "
                        "Spørger om guldbehandling og om hun selv må køre hjem.")
        QTest.keyClicks(window.knowledge.search_edit, "koere bil")
        QTest.keyClick(window.knowledge.search_edit, "\r")
        shoot(window, app, out / "call-returning-caller.png")

        window.knowledge.search_edit.clear()
        QTest.keyClicks(window.knowledge.search_edit, "piskesmeld")
        QTest.keyClick(window.knowledge.search_edit, "\r")
        window.main_splitter.setSizes([0, 1600])
        window.knowledge.splitter.setSizes([600, 1000])
        shoot(window, app, out / "knowledge-search.png")

        window.main_splitter.setSizes([900, 700])
        window.knowledge.splitter.setSizes([260, 440])
        window.tabs.setCurrentWidget(window.callbacks)
        shoot(window, app, out / "callbacks.png")
        panel.flush()
        window.close()
    print(f"Skærmbilleder gemt i {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
