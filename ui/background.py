"""Run a slow, Qt-free job on a worker thread while Qt goes on handling events.

For the integrity check at start and the backup on exit: both read the database
through their own connection and can take seconds on a large encrypted file.
Meanwhile the window repaints and answers; with ``notice`` a small window says
what is going on, but only when the job takes longer than ``notice_after_ms``.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

POLL_MS = 30


def run_beside_the_window(job: Callable[[], T], *, notice: str = "",
                          notice_after_ms: int = 500, parent: QWidget | None = None) -> T:
    """``job()`` on a worker thread; returns its result (or raises its exception)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="beside") as pool:
        running = pool.submit(job)
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(POLL_MS)
        poll.timeout.connect(lambda: running.done() and loop.quit())
        poll.start()
        shown: list[QProgressDialog] = []
        if notice:
            def show_notice() -> None:
                if running.done():
                    return
                dialog = QProgressDialog(notice, "", 0, 0, parent)
                dialog.setObjectName("backgroundNotice")
                dialog.setCancelButton(None)
                dialog.setWindowTitle("Guldklinikken Reception")
                dialog.setMinimumDuration(0)
                dialog.show()
                shown.append(dialog)

            QTimer.singleShot(notice_after_ms, show_notice)
        if not running.done():
            loop.exec()  # also ends when the app is told to quit meanwhile
        poll.stop()
        try:
            return running.result()  # waits if the loop ended early
        finally:
            for dialog in shown:
                dialog.close()
                dialog.deleteLater()
