"""The part of a start that needs no Qt: data folder, log file and the clinic texts.

``main.py`` imports this module before anything from PySide6 and runs
:func:`prepare_start` before the window is built. The order is deliberate:
PySide6 reads the source of every module imported after it has loaded (to honour
its ``from __feature__ import …`` switches), so the pure-Python modules a start
needs (logging, json, platformdirs) load measurably faster before it than after it.
The clinic's texts are read right after the window's first paint (ui/app.py), from
a parse cache when unchanged (reception/content/parse_cache.py).
``python -m bench`` times the whole start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reception.logging_setup import configure_logging
from reception.os_lock import is_locked
from reception.outbox import remove_old_drafts
from reception.paths import DataPaths, resolve_data_paths, with_database
from reception.private_files import restrict_new_files, tighten_data_folder

if TYPE_CHECKING:  # the texts are read after the first paint
    from reception.content import Content

log = logging.getLogger(__name__)


class Prepared(NamedTuple):
    """What the window needs from the pre-Qt phase of a start (a named tuple: cheaper
    to define than a dataclass, on the way to the first paint)."""

    paths: DataPaths
    log_path: Path
    folder_in_use: bool  # a running program on this PC holds the data folder


def load_clinic_content(root: Path | None = None, cache_file: Path | None = None) -> Content:
    """The clinic texts; every problem found is logged (the window shows them too)."""
    from reception.content import load_content
    from reception.content.loader import default_content_dir
    from reception.content.parse_cache import ParseCache

    cache = ParseCache(cache_file) if cache_file is not None else None
    content = load_content(root or default_content_dir(), cache)
    for problem in content.problems:
        log.warning("Indholdsfejl: %s", problem)
    return content


def prepare_start(data_dir: str | None, database: str | None = None) -> Prepared:
    """Create the data folder, start the log, see if the folder is in use.

    Everything written from here on is readable by the user alone, and what an
    older version left readable to others is tightened (``reception.private_files``).
    E-mail drafts older than a day leave the outbox (``reception.outbox``).

    The log starts as a plain file; call ``reception.logging_setup.rotate_log``
    once the window is up. ``database`` is ``--database`` (``reception.database_target``);
    an unusable address raises ``DatabaseTargetError`` (a ``ValueError``).
    """
    restrict_new_files()  # before the first file is made: see reception/private_files.py
    paths = with_database(resolve_data_paths(data_dir).ensure(), database)
    tighten_data_folder(paths.root, paths.logs)
    log_path = configure_logging(paths.logs, rotating=False)  # the app rotates it later
    remove_old_drafts(paths.root)  # plain copies of sheets: a day in the outbox at most
    return Prepared(paths, log_path, is_locked(paths.lock_file))
