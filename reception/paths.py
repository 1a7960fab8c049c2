"""Where the app keeps things: shipped resources, user data, logs.

All user data goes to one folder: ``--data-dir`` if given, else the environment
variable ``RECEPTION_DATA_DIR``, else the platform's user data folder. Nothing is
ever written next to the code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from reception import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "RECEPTION_DATA_DIR"
LOCK_FILE = "reception.lock"  # held by the running program (reception.safety.lock)


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (content, fonts, icons).

    In the frozen program (packaging/reception.spec) it sits in the folder PyInstaller
    unpacks to, ``sys._MEIPASS`` (``_internal/`` beside the executable).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


class DataPaths(NamedTuple):
    """The folders of one data location. ``ensure()`` creates them.

    A named tuple rather than a frozen dataclass: a start builds it before its first
    paint, and the dataclass machinery (its module and the generated methods) costs
    more than the whole class is worth there."""

    root: Path
    logs: Path
    server: str | None = None  # a clinic's PostgreSQL URL (reception.database_target), else None

    @property
    def target(self) -> str | Path:
        """What ``door.open_store`` opens: the server's URL, else the SQLite file."""
        return self.server or self.database

    @property
    def target_text(self) -> str:
        """The database for messages and logs (a URL without user or password)."""
        if self.server:
            from reception.database_target import describe

            return describe(self.server)
        return str(self.database)

    @property
    def database(self) -> Path:
        return self.root / "reception.sqlite3"

    @property
    def content_cache(self) -> Path:
        """Parsed clinic texts (no patient data; safe to delete): content/parse_cache.py."""
        return self.root / "cache" / "content.json"

    @property
    def lock_file(self) -> Path:
        return self.root / LOCK_FILE

    @property
    def ui_settings(self) -> Path:
        return self.root / "ui-settings.ini"

    def with_server(self, server: str | None) -> DataPaths:
        """These folders with ``server`` as the database (None: the SQLite file)."""
        return self._replace(server=server)

    def ensure(self) -> DataPaths:
        """Create the data and log folders, readable by the user alone (0700)."""
        from reception.private_files import private_folder

        private_folder(self.root)
        private_folder(self.logs)
        return self


def with_database(paths: DataPaths, given: str | None = None) -> DataPaths:
    """``paths`` with the database this desk uses (``--database``, environment, remembered).

    Raises ``reception.database_target.DatabaseTargetError`` for an unusable address.
    """
    from reception.database_target import choose_server

    return paths.with_server(choose_server(paths.root, given))


def resolve_data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Pick the data folder: explicit argument, then environment, then platform default.

    With an explicit folder the logs live inside it too, so a test or a second
    clinic location keeps everything in one place.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(root=root, logs=root / "logs")
    import platformdirs  # only here: ~7 ms of a start that is given its folder

    return DataPaths(
        root=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
