"""Logging to a rotating file in the user's log folder.

A start logs from its first moment, through a plain file handler when it asks for
``rotating=False``; ``rotate_log`` later puts a rotating handler (5 × 1 MB) on the
same file. The app does that after its first paint: ``logging.handlers`` brings
socket, pickle and queue along, milliseconds the first window need not wait for.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE_NAME = "reception.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path, level: int = logging.INFO, *,
                      rotating: bool = True) -> Path:
    """Send all log records to ``log_dir/reception.log``. Returns the path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = _rotating_handler(path) if rotating else logging.FileHandler(path, encoding="utf-8")
    _use(handler)
    logging.getLogger().setLevel(level)
    return path


def rotate_log(path: Path) -> None:
    """Keep ``path`` small from now on: 1 MB, then it moves to ``.1`` … ``.5``."""
    _use(_rotating_handler(path))


def _rotating_handler(path: Path) -> logging.Handler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )


def _use(handler: logging.Handler) -> None:
    """Make ``handler`` the app's one file handler, closing the one before it."""
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_reception", False):
            root.removeHandler(old)
            old.close()
    handler._reception = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
