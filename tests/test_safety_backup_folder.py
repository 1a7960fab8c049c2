"""A backup folder on a full disk or a read-only one says so, not that the database is bad."""

from __future__ import annotations

from pathlib import Path

import disk_helpers
import pytest
from safety_helpers import close_db, data_paths, make_database
from test_sheets_files import read_only

from reception.calls import add_note
from reception.safety import BackupFailed, make_backup
from reception.store import open_database

MISLEADING = "ikke kunne læses"


small_disk = disk_helpers.small_disk


def big_database(root: Path) -> Path:
    paths = data_paths(root)
    make_database(paths, 3)
    open_database(paths.database)
    add_note(1, "Ondt i knæet. " * 60_000)  # ≈ 840 KB: more than the small disk holds
    close_db()
    return paths.database


def test_a_full_backup_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    database = big_database(tmp_path / "data")
    with small_disk(tmp_path / "backups", "size=256k") as folder:
        with pytest.raises(BackupFailed) as caught:
            make_backup(database, folder)
        message = caught.value.message
        assert "ikke plads nok i backupmappen" in message and str(folder) in message
        assert MISLEADING not in message
        assert list(folder.iterdir()) == []  # the half copy is gone again


@pytest.mark.parametrize("how", ["immutable folder", "read-only disk"])
def test_a_read_only_backup_folder_says_so(tmp_path: Path, how: str) -> None:
    database = big_database(tmp_path / "data")
    folder = tmp_path / "backups"
    if how == "immutable folder":
        folder.mkdir()
        unwritable = read_only(folder)  # also for root: chattr +i
    else:
        unwritable = small_disk(folder, "ro,size=1m")
    with unwritable:
        with pytest.raises(BackupFailed) as caught:
            make_backup(database, folder)
        message = caught.value.message
        assert "må ikke skrive i backupmappen" in message and MISLEADING not in message
