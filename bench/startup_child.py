"""One cold start, run by :mod:`bench.startup` in a fresh interpreter.

    python -m bench.startup_child bare|app|app-phases|bare-paint|app-paint DATA_DIR

``bare`` shows a plain QMainWindow; ``app`` starts the real app through
``main.main(["--data-dir", DATA_DIR])``. Both create the QApplication first, watch
every QMainWindow as it is shown, quit on the first Paint one receives, and leave with
``os._exit`` so that interpreter teardown (which no user waits for) is not timed.
``app-phases`` also times the steps of ``ui.app`` and prints them as JSON; it is
never among the timed runs. Every mode prints one JSON line on stdout.
``bare-paint`` and ``app-paint`` leave at the first paint itself, so that a timer of
whole processes from outside (``/usr/bin/time``, or any tool that alternates two
commands) times spawn to first paint; pair ``app-paint`` with ``bare-paint``.
"""

from __future__ import annotations

import time

STARTED_WALL = time.time()  # the parent subtracts its spawn time: interpreter start-up
STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402


def since_start() -> float:
    return time.perf_counter() - STARTED


def time_phases(phases: list[tuple[str, float, float]]) -> None:
    """Wrap the steps of a start, recording when each starts and ends."""
    import main as entry
    import ui.app

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = since_start()
            try:
                return function(*args, **kwargs)
            finally:
                phases.append((name, start, since_start()))

        return wrapper

    entry.prepare_start = timed("prepare_start", entry.prepare_start)
    for name in ("install_excepthook", "build_search_index", "open_store", "MainWindow"):
        setattr(ui.app, name, timed(name, getattr(ui.app, name)))


def main(mode: str, data_dir: str) -> int:
    exit_at_paint = mode.endswith("-paint")
    mode = mode.removesuffix("-paint")
    phases: list[tuple[str, float, float]] = []
    if mode != "bare":
        mark = since_start()
        import main  # noqa: F401  (its pre-Qt imports load before PySide6, as in a real start)

        phases.append(("import main (modules needed before Qt)", mark, since_start()))
    mark = since_start()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    phases.append(("import PySide6.QtWidgets", mark, since_start()))
    mark = since_start()
    app = QApplication([sys.argv[0]])
    phases.append(("QApplication()", mark, since_start()))
    from bench.rss import resident_mb  # light: both modes import it alike

    painted: list[float] = []
    ready: list[float] = []
    memory: dict[str, float] = {}

    def quit_when_ready(window: QMainWindow) -> None:
        """The bare window is ready when painted; the app when its call screens are built."""
        if getattr(window, "store_ready", True):
            ready.append(since_start())
            memory["ready_mb"] = resident_mb()
            app.quit()
        else:
            QTimer.singleShot(1, lambda: quit_when_ready(window))

    class QuitOnFirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (not painted and event.type() == QEvent.Type.Paint
                    and isinstance(watched, QMainWindow)):
                painted.append(since_start())
                memory["first_paint_mb"] = resident_mb()  # read after the time is taken
                if exit_at_paint:
                    sys.stdout.write(json.dumps({"mode": mode, "first_paint": painted[0],
                                                "started_wall": STARTED_WALL, **memory})
                                     + "\n")
                    sys.stdout.flush()
                    os._exit(0)
                QTimer.singleShot(0, lambda w=watched: quit_when_ready(w))
            return False

    # Watch each main window, not the whole application: an application-wide filter
    # sees events of Qt's private classes, and converting those makes PySide build
    # all its lazily created types (~15 ms) in the middle of the app's start.
    quitter = QuitOnFirstPaint()
    show = QMainWindow.show

    def show_watched(window: QMainWindow) -> None:
        window.installEventFilter(quitter)
        show(window)

    QMainWindow.show = show_watched  # type: ignore[method-assign]

    if mode == "bare":
        window = QMainWindow()
        window.show()
        code = app.exec()
    else:
        if mode == "app-phases":
            mark = since_start()
            import ui.app  # noqa: F401

            phases.append(("import ui.app (all its imports)", mark, since_start()))
            time_phases(phases)
        import main as entry

        code = entry.main(["--data-dir", data_dir])
    report = {
        "mode": mode, "started_wall": STARTED_WALL,
        "first_paint": painted[0] if painted else None,
        "ready": ready[0] if ready else None,
        "exit": since_start(), "code": code, "phases": phases, **memory,
    }
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main(*sys.argv[1:3])
