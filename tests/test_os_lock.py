"""Is the data folder held? Asked by every start before it loads Qt's network module."""

from __future__ import annotations

from pathlib import Path

from reception.os_lock import is_locked
from reception.paths import resolve_data_paths
from reception.safety.lock import DataFolderLock


def test_a_held_folder_is_seen_and_asking_takes_nothing(tmp_path: Path) -> None:
    paths = resolve_data_paths(tmp_path / "data").ensure()
    assert is_locked(paths.lock_file) is False and not paths.lock_file.exists()
    lock = DataFolderLock(paths.root).acquire()
    try:
        assert is_locked(paths.lock_file) is True
        assert is_locked(paths.lock_file) is True  # asking did not take it either
    finally:
        lock.release()
    assert is_locked(paths.lock_file) is False
    DataFolderLock(paths.root).acquire().release()  # free to take after the question
