"""What a start loads before its first paint: the cold-start target (issue 2) rests on it.

The times live in ``python -m bench``; these tests hold the causes, which do not
depend on a noisy machine: what is imported, and whether PySide6's ``Qt``
namespace (~90 enums, 12–20 ms) has been built, when the main window first paints.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from ui.item_roles import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import json, os, sys
    import main as entry  # as a real start: its pre-Qt modules first
    import PySide6.QtCore
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    class AtFirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                import PySide6.QtGui, PySide6.QtWidgets
                built = [name for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
                         for name, value in vars(module).items() if isinstance(value, type)]
                report = {"qt_built": "Qt" in vars(PySide6.QtCore), "types": built,
                          "modules": sorted(sys.modules),
                          "browse_items": watched.knowledge.browse.topLevelItemCount()}
                sys.stdout.write(json.dumps(report) + "\\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    watcher = AtFirstPaint()
    show = QMainWindow.show
    def show_watched(window):
        window.installEventFilter(watcher)
        show(window)
    QMainWindow.show = show_watched
    entry.main(["--data-dir", sys.argv[1]])
    sys.exit("the window never painted")
""")

LOADED_AFTER_THE_FIRST_PAINT = [
    "peewee", "sqlite3", "reportlab", "phonenumbers", "rapidfuzz", "tomllib", "hashlib",
    "logging.handlers", "PySide6.QtNetwork", "reception.search", "reception.store",
    "reception.safety", "ui.call", "ui.app_session", "ui.knowledge.result_delegate",
    "platformdirs",  # a start given its data folder never needs it
    "html",  # its table of entities, for a placeholder
    "ui.texts.live", "reception.changes", "platform",  # following the texts: a store first
    "ui.icon",  # eight image files; the title bar takes the icon a moment later
    # The clinic's texts (eight frozen dataclasses, ~40 M instructions, and their parse
    # cache): the first paint shows nothing of them; the banner, the clinic's phone and
    # the browse list follow right after it.
    "reception.content", "reception.content.model", "reception.content.parse_cache",
    "ui.messages", "ui.formats",  # for a problem's text only
    "ui.knowledge.results_model",  # the results list is made after the paint
    "datetime", "dataclasses",  # nothing before the paint needs a date or a dataclass
]

# PySide6 builds a class's Python type, enums and all, when it is first used. These
# have big enums (QIcon's theme icons, QKeySequence's standard keys, QMessageBox's
# buttons) and are not needed for the first paint: QAction(text, parent) alone builds
# QIcon (ui/actions.py), a shortcut builds QKeySequence (set in ``finish_start``).
TYPES_BUILT_AFTER_THE_FIRST_PAINT = ["QIcon", "QPixmap", "QKeySequence", "QShortcut", "QPalette",
                                     "QMessageBox", "QDialog", "QDesktopServices",
                                     "QTreeWidgetItem", "QListView"]


def first_paint_state(data_dir: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_paint_waits_for_none_of_the_later_parts(tmp_path: Path) -> None:
    for start in ("first start", "next start, texts cached"):
        state = first_paint_state(tmp_path / "data")
        assert state["qt_built"] is False, f"{start}: something used PySide6's Qt namespace"
        loaded = set(state["modules"])  # type: ignore[arg-type]
        parsing = {"tomllib"} if start == "first start" else set()  # no cache yet
        early = [name for name in LOADED_AFTER_THE_FIRST_PAINT
                 if name in loaded and name not in parsing]
        assert early == [], f"{start}: loaded before the first paint: {early}"
        assert state["browse_items"] == 0, f"{start}: the browse tree was filled before it"
        types = set(state["types"])  # type: ignore[arg-type]
        built = [name for name in TYPES_BUILT_AFTER_THE_FIRST_PAINT if name in types]
        assert built == [], f"{start}: PySide6 types built before the first paint: {built}"


def test_the_plain_role_numbers_are_qts() -> None:
    assert DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert USER_ROLE == Qt.ItemDataRole.UserRole.value
