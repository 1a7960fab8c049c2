"""Logging to a rotating file in the user's log folder.

A start logs from its first moment, through a plain file handler when it asks for
``rotating=False``; ``rotate_log`` later puts a rotating handler (5 × 1 MB) on the
same file. The app does that after its first paint: ``logging.handlers`` brings
socket, pickle and queue along, milliseconds the first window need not wait for.

The log holds no personal data: nothing logs a name, a number or a note, and as a
safety net every run of eight or more digits (a phone number, however written
with spaces) is written as ``[nummer]`` and an e-mail address as ``[e-mail]``
(``PrivateFormatter``), tracebacks too.
The file is readable by the user alone (``reception.private_files``).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from reception.private_files import create_private

LOG_FILE_NAME = "reception.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PHONE_LIKE = re.compile(r"(?<![\w])\+?\d(?: ?\d){7,}(?![\w])")
_EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class PrivateFormatter(logging.Formatter):
    """Writes what could be a phone number or an e-mail address as ``[nummer]``/``[e-mail]``."""

    def format(self, record: logging.LogRecord) -> str:
        text = _EMAIL_LIKE.sub("[e-mail]", super().format(record))
        return _PHONE_LIKE.sub("[nummer]", text)


def configure_logging(log_dir: Path, level: int = logging.INFO, *,
                      rotating: bool = True) -> Path:
    """Send all log records to ``log_dir/reception.log``. Returns the path."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE_NAME
    create_private(path)  # readable by the user alone, whatever the umask
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
    handler.setFormatter(PrivateFormatter(FORMAT))
    root.addHandler(handler)
