"""A data folder that cannot be made stops the start with a Danish message, writing nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import main as entry


def test_an_unusable_data_folder_is_explained_and_nothing_is_written(
    qtbot, tmp_path: Path, capsys
) -> None:
    blocker = tmp_path / "en-fil"
    blocker.write_text("ikke en mappe", encoding="utf-8")
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "startFailure":
            QTimer.singleShot(20, answer)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(20, answer)
    assert entry.main(["--data-dir", str(blocker / "data")]) == 2
    assert shown and "datamappe kan ikke bruges" in shown[0] and str(blocker) in shown[0]
    assert "--data-dir" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["en-fil"]
