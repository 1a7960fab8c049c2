"""The outbox: e-mail drafts (.eml, plain text with the sheet PDF) in the data folder.

A draft is a hand-over to the PC's mail program, which opens it the moment it is
written; the sheet itself is kept in the database (``SentSheet``). So drafts are
short-lived plain copies of health data, and the app removes them:

- a person's drafts when the person is erased or anonymised (``drafts_of``);
- every draft older than a day at each start (``remove_old_drafts``);
- every draft when the database is encrypted (``python -m reception encrypt``).

Removing means overwriting, then deleting (``safety.files.wipe_file``).

Whose a draft is shows in its name, ``informationsark-2026-11-22-101500-person42.eml``:
the caller's id, which means nothing outside the database, and no name or number.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reception.private_files import private_folder

if TYPE_CHECKING:  # a start removes old drafts before its first paint, without datetime
    from datetime import datetime

log = logging.getLogger(__name__)

OUTBOX = "udbakke"
DRAFT_LIFETIME_SECONDS = 24 * 60 * 60
_DRAFT = re.compile(r"^informationsark-.*-person(\d+)(?:-\d+)?\.eml$")
_UNFINISHED = re.compile(r"^\.informationsark-.*\.tmp$")  # write_atomic's temp file


def outbox_folder(data_root: Path) -> Path:
    """``<data folder>/udbakke`` (not created)."""
    return data_root / OUTBOX


def new_draft_path(data_root: Path, caller_id: int, now: datetime) -> Path:
    """A fresh ``.eml`` path in the outbox (created, user-only), never one that exists."""
    folder = private_folder(outbox_folder(data_root))
    stem = f"informationsark-{now:%Y-%m-%d-%H%M%S}-person{caller_id}"
    candidate = folder / f"{stem}.eml"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}.eml"
        counter += 1
    return candidate


def all_drafts(folder: Path) -> list[Path]:
    """Every draft in ``folder`` (also a half-written one), oldest name first."""
    try:
        names = [p for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []
    return sorted(p for p in names if _DRAFT.match(p.name) or _UNFINISHED.match(p.name))


def drafts_of(folder: Path, caller_id: int) -> list[Path]:
    """The drafts written for ``caller_id``."""
    found = []
    for path in all_drafts(folder):
        match = _DRAFT.match(path.name)
        if match and int(match.group(1)) == caller_id:
            found.append(path)
    return found


def old_drafts(folder: Path, now: datetime | None = None,
               lifetime_seconds: float = DRAFT_LIFETIME_SECONDS) -> list[Path]:
    """Drafts last written more than ``lifetime_seconds`` before ``now`` (default: now)."""
    limit = (time.time() if now is None else now.timestamp()) - lifetime_seconds
    old = []
    for path in all_drafts(folder):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                old.append(path)
    return old


def remove_drafts(paths: Iterable[Path]) -> int:
    """Overwrite and delete each draft; how many went (one that cannot is logged)."""
    doomed = list(paths)
    if not doomed:
        return 0  # and a start does not import the safety package before its first paint
    from reception.safety.files import wipe_file

    removed = 0
    for path in doomed:
        try:
            wipe_file(path)
        except OSError as error:
            log.warning("En e-mail-kladde kunne ikke slettes: %s (%s)", path.name, error.strerror)
            continue
        removed += 1
    return removed


def remove_old_drafts(data_root: Path, now: datetime | None = None) -> int:
    """At start: remove the drafts older than a day; how many went."""
    removed = remove_drafts(old_drafts(outbox_folder(data_root), now))
    if removed:
        log.info("%s gamle e-mail-kladder slettet fra udbakken", removed)
    return removed
