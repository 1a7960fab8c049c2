"""The date the clinic's texts were last revised, for the line at the end of every sheet.

The content loader has no revision date field, so the date is taken from the files
themselves: the newest modification time of the ``.toml`` files under
``resources/content`` (recursively), as a local calendar date. Editing and saving a
content file moves it forward. A fresh checkout or a copy that does not preserve
modification times also moves it (to the day of the checkout), so an installer
should keep the files' times.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reception.content.loader import default_content_dir


def content_revised(root: Path | None = None) -> date | None:
    """The newest modification date of the content files, or None if there are none."""
    root = root or default_content_dir()
    newest: float | None = None
    for path in root.rglob("*.toml"):
        try:
            mtime = path.stat().st_mtime
        except OSError:
            continue
        newest = mtime if newest is None else max(newest, mtime)
    return None if newest is None else date.fromtimestamp(newest)
