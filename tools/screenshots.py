"""Render the README's screenshots from the real widgets (offscreen).

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

from reception.paths import resolve_data_paths  # noqa: E402
from ui.app import create_main_window  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as data:
        window = create_main_window(resolve_data_paths(data).ensure())
        window.resize(1280, 800)
        window.show()
        window.knowledge.splitter.setSizes([480, 800])
        app.processEvents()
        QTest.keyClicks(window.knowledge.search_edit, "piskesmeld")
        QTest.keyClick(window.knowledge.search_edit, "\r")
        app.processEvents()
        window.grab().save(str(out / "knowledge-search.png"))
        window.knowledge.search_edit.clear()
        window.knowledge.show_page("step:scan")
        app.processEvents()
        window.grab().save(str(out / "knowledge-browse.png"))
        window.close()
    print(f"Skærmbilleder gemt i {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
