"""File names for sheets and e-mail drafts, and the data folder's outbox.

Names carry no patient data beyond what the user sees in the save dialog: the
draft e-mails in the outbox are named by date, caller id and a counter
(``reception.outbox``, which also removes them again).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from reception import outbox
from reception.paths import DataPaths

OUTBOX = outbox.OUTBOX
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def outbox_dir(paths: DataPaths) -> Path:
    """``<data folder>/udbakke``: the e-mail drafts the app wrote (created on demand)."""
    return outbox.outbox_folder(paths.root)


def safe_name(text: str) -> str:
    """Text usable as a file name on Windows, macOS and Linux."""
    cleaned = _UNSAFE.sub(" ", text)
    return " ".join(cleaned.split()).strip(" .") or "informationsark"


def pdf_name(clinic: str, person: str, day: date) -> str:
    """``"Informationsark Guldklinikken Jens Hansen 2026-11-22.pdf"``."""
    parts = ["Informationsark", clinic, person, day.isoformat()]
    return safe_name(" ".join(p for p in parts if p)) + ".pdf"


def attachment_name(clinic: str, day: date) -> str:
    """The PDF's name inside the e-mail: ``"Informationsark-Guldklinikken-2026-11-22.pdf"``."""
    return safe_name(f"Informationsark-{clinic}-{day.isoformat()}").replace(" ", "-") + ".pdf"


def new_draft_path(paths: DataPaths, caller_id: int, now: datetime) -> Path:
    """A fresh ``.eml`` path in the outbox (created, user-only), never one that exists."""
    return outbox.new_draft_path(paths.root, caller_id, now)
