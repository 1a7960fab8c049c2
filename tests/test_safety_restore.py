"""Restore brings back exactly what was backed up; a corrupt file leads to the restore offer."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from safety_helpers import (
    data_paths,
    file_digest,
    fill,
    make_database,
    plain_integrity,
    rows,
)

from reception.calls import search_callers
from reception.safety import (
    DatabaseDamaged,
    RestoreFailed,
    backup_now,
    check_at_start,
    list_backups,
    make_backup,
    restore_backup,
)
from reception.safety.manifest import write_manifest
from reception.store import open_database

TABLES = ("caller", "caller_phone", "call", "note", "callback", "audit_entry", "setting")


def snapshot(path: Path) -> dict[str, list[tuple]]:
    return {table: rows(path, table) for table in TABLES}


def test_restore_brings_back_exactly_what_was_backed_up(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    fill(8)
    info = backup_now(paths)
    database.close()
    backed_up = snapshot(info.path)
    database = open_database(paths.database)
    fill(4, start=50)  # work after the backup …
    database.execute_sql("DELETE FROM note WHERE id <= 3")  # … and a mistake
    database.close()
    before_restore = file_digest(paths.database)

    result = restore_backup(paths.database, info)

    assert snapshot(paths.database) == backed_up
    assert plain_integrity(paths.database) == "ok"
    assert result.aside is not None and result.aside.parent.name == "gemt-til-side"
    kept = result.aside / paths.database.name
    assert file_digest(kept) == before_restore  # the replaced database is kept, unchanged
    assert len(rows(kept, "call")) == 12
    open_database(paths.database)  # and the app works on it
    assert len(search_callers("søren", limit=50)) == 8
    fill(1, start=200)
    assert len(rows(paths.database, "call")) == 9


def test_restore_moves_the_wal_aside_too(tmp_path: Path) -> None:
    """A -wal left next to the restored file would be replayed into it."""
    paths = data_paths(tmp_path / "data")
    make_database(paths, 3)
    info = make_backup(paths.database, tmp_path / "backups")
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from reception.store import open_database\n"
        "from safety_helpers import fill\n"
        "open_database(Path(sys.argv[1])); fill(5, start=10); os._exit(0)\n"
    )
    import os
    import subprocess
    import sys

    here = Path(__file__).parent  # this checkout's code, not an installed copy
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(here.parent), str(here)])}
    subprocess.run([sys.executable, "-c", script, str(paths.database)], check=True,
                   cwd=here, env=env)
    assert Path(f"{paths.database}-wal").stat().st_size > 0  # crashed: commits in the -wal
    result = restore_backup(paths.database, info)
    assert not Path(f"{paths.database}-wal").exists()
    assert len(rows(paths.database, "call")) == 3
    assert result.aside is not None
    assert (result.aside / f"{paths.database.name}-wal").exists()
    assert len(rows(result.aside / paths.database.name, "call")) == 8  # nothing lost aside


def test_a_backup_from_a_newer_version_or_a_changed_one_is_refused(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 2)
    info = make_backup(paths.database, tmp_path / "backups")
    digest = file_digest(paths.database)
    from dataclasses import replace

    newer = replace(info, schema_version=info.schema_version + 1)
    with pytest.raises(RestoreFailed, match="nyere version"):
        restore_backup(paths.database, newer)
    raw = sqlite3.connect(info.path)
    raw.execute("DELETE FROM call")
    raw.commit()
    raw.close()
    with pytest.raises(RestoreFailed, match="ikke i orden"):
        restore_backup(paths.database, info)
    assert file_digest(paths.database) == digest
    assert not (paths.root / "gemt-til-side").exists()


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as handle:
        for number in range(2, size // page - 1, 2):
            handle.seek(number * page + 8)
            handle.write(b"\xde\xad\xbe\xef" * 200)
        handle.flush()
        os.fsync(handle.fileno())


def test_a_corrupt_database_leads_to_the_restore_offer_and_not_to_data_loss(
        tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    fill(30)
    older = backup_now(paths)
    fill(2, start=100)
    newest = backup_now(paths, now=older.created_at.replace(year=older.created_at.year + 1))
    database.close()
    assert check_at_start(paths) == "plain"
    corrupt(paths.database)
    damaged = file_digest(paths.database)

    with pytest.raises(DatabaseDamaged) as raised:
        check_at_start(paths)
    offer = raised.value
    assert offer.problems and "beskadiget" in offer.message
    assert offer.newest_good_backup is not None
    assert offer.newest_good_backup.path == newest.path
    assert newest.local_time_text in offer.message
    assert file_digest(paths.database) == damaged  # checked read-only: not touched
    left = set(paths.root.iterdir()) - {paths.database, paths.logs, newest.path.parent}
    assert {p.name for p in left} <= {"reception.sqlite3-wal", "reception.sqlite3-shm"}
    assert all(p.stat().st_size == 0 for p in left if p.name.endswith("-wal"))

    result = restore_backup(paths.database, offer.newest_good_backup)
    assert result.aside is not None
    assert file_digest(result.aside / paths.database.name) == damaged  # kept for forensics
    assert check_at_start(paths) == "plain"
    assert len(rows(paths.database, "call")) == 32
    assert [b.path for b in list_backups(newest.path.parent)] == [newest.path, older.path]


def test_the_offer_skips_a_damaged_backup_and_says_when_there_is_none(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    fill(20)
    good = backup_now(paths)
    bad = backup_now(paths, now=good.created_at.replace(year=good.created_at.year + 1))
    database.close()
    corrupt(bad.path)
    write_manifest(bad)  # its manifest still says it was fine when written
    corrupt(paths.database)
    with pytest.raises(DatabaseDamaged) as raised:
        check_at_start(paths)
    assert raised.value.newest_good_backup is not None
    assert raised.value.newest_good_backup.path == good.path
    corrupt(good.path)
    with pytest.raises(DatabaseDamaged) as raised:
        check_at_start(paths)
    assert raised.value.newest_good_backup is None
    assert "ingen god sikkerhedskopi" in raised.value.message


def test_a_file_that_is_no_database_at_all_is_damaged_not_replaced(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"rubbish" * 100)
    with pytest.raises(DatabaseDamaged):
        check_at_start(paths)
    assert paths.database.read_bytes().endswith(b"rubbish")


def test_a_zeroed_header_is_damage_not_a_passphrase_question(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 3)
    make_backup(paths.database, tmp_path / "data" / "backups")
    with paths.database.open("r+b") as handle:
        handle.write(bytes(100))
    with pytest.raises(DatabaseDamaged) as raised:
        check_at_start(paths)
    assert raised.value.newest_good_backup is not None
