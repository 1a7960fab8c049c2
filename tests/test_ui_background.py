"""Slow jobs beside the window: events keep flowing, a notice only when it takes a while."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from ui.background import run_beside_the_window


def notices() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.objectName() == "backgroundNotice"
            and w.isVisible()]


def test_a_slow_job_gets_a_notice_and_the_loop_keeps_running(qtbot) -> None:
    seen: list[int] = []
    QTimer.singleShot(150, lambda: seen.append(len(notices())))

    def slow() -> str:
        time.sleep(0.4)
        return "færdig"

    assert run_beside_the_window(slow, notice="Tager sikkerhedskopi …", notice_after_ms=50) \
        == "færdig"
    assert seen == [1]  # the notice was up while the job ran
    qtbot.waitUntil(lambda: not notices(), timeout=2000)


def test_a_quick_job_shows_nothing_and_errors_come_through(qtbot) -> None:
    assert run_beside_the_window(lambda: 7, notice="Tager sikkerhedskopi …") == 7
    qtbot.wait(600)
    assert notices() == []

    def broken() -> None:
        raise ValueError("disken er fuld")

    with pytest.raises(ValueError, match="disken er fuld"):
        run_beside_the_window(broken)
