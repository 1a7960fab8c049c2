"""The date the clinic's texts were last revised, for the line at the end of every sheet.

The clinic sets it as ``revised = "YYYY-MM-DD"`` in ``clinic.toml`` whenever it
corrects a text (:func:`texts_revised`). Without that field the date is taken from
the files themselves: the newest modification time of the ``.toml`` files under
``resources/content``, as a local calendar date, which a fresh checkout or a copy
that does not keep modification times moves to the day of the copy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reception.content.loader import default_content_dir
from reception.content.model import Content


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


def texts_revised(content: Content, root: Path | None = None) -> date | None:
    """``revised`` from clinic.toml, else the files' newest modification date."""
    if content.clinic is not None and content.clinic.revised is not None:
        return content.clinic.revised
    return content_revised(root)
