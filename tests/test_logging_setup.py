"""The log file: written from the first moment of a start, rotated once the app says so."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from reception.logging_setup import BACKUP_COUNT, configure_logging, rotate_log


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_plain_start_and_the_rotating_handler_write_one_file(
    tmp_path: Path, root_handlers: None
) -> None:
    path = configure_logging(tmp_path / "logs", rotating=False)
    logging.getLogger("start").info("før første tegning")
    rotate_log(path)
    logging.getLogger("start").info("efter første tegning")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_reception", False)]
    assert len(ours) == 1 and type(ours[0]).__name__ == "RotatingFileHandler"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["før første tegning",
                                                          "efter første tegning"]


def test_a_full_log_moves_aside_and_old_ones_are_dropped(
    tmp_path: Path, root_handlers: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reception.logging_setup.MAX_BYTES", 2_000)
    path = configure_logging(tmp_path, rotating=False)
    rotate_log(path)
    for number in range(200):
        logging.getLogger("fyld").info("linje %d %s", number, "x" * 80)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["reception.log", *(f"reception.log.{n}" for n in range(1, BACKUP_COUNT + 1))]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "linje 199" in path.read_text(encoding="utf-8")
