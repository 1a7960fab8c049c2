"""Backups: a valid, complete database, checked after writing, with a manifest; rotation."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import data_paths, fill, make_database, plain_integrity, rows

from reception.calls import search_callers
from reception.safety import (
    BackupFailed,
    RotationPolicy,
    backup_due,
    backup_now,
    backups_to_keep,
    list_backups,
    make_backup,
    run_daily_backup_if_due,
    set_backup_folder,
    verify_backup,
)
from reception.safety.manifest import BackupInfo
from reception.store import SCHEMA_VERSION, open_database

TABLES = ("caller", "caller_phone", "call", "note", "audit_entry", "caller_fts")


def test_a_backup_is_a_valid_complete_database(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 15)
    info = make_backup(paths.database, tmp_path / "backups")
    assert info.verified and info.check == "quick_check"
    assert plain_integrity(info.path) == "ok"
    for table in TABLES:
        assert rows(info.path, table) == rows(paths.database, table), table
    assert info.counts["caller"] == 15 and info.counts["call"] == 15
    assert info.schema_version == SCHEMA_VERSION and not info.encrypted
    # a single self-contained file: no -wal beside it, not in WAL mode
    assert not Path(f"{info.path}-wal").exists()
    raw = sqlite3.connect(info.path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()
    manifest = json.loads(info.manifest_path.read_text(encoding="utf-8"))
    assert manifest["counts"]["call"] == 15 and manifest["size"] == info.path.stat().st_size
    assert manifest["schema_version"] == SCHEMA_VERSION and manifest["verified"] is True
    assert manifest["created_at"].endswith("+00:00")
    # the copy works as a database of the app: search finds its callers
    open_database(info.path)
    assert len(search_callers("søren", limit=50)) == 15


def test_a_backup_holds_commits_still_in_the_wal_while_the_app_writes(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    fill(5)
    assert Path(f"{paths.database}-wal").stat().st_size > 0  # not checkpointed yet
    info = make_backup(paths.database, tmp_path / "backups")
    fill(2, start=100)  # the app goes on writing after the backup
    database.close()
    assert info.counts["call"] == 5
    assert len(rows(info.path, "call")) == 5 and len(rows(paths.database, "call")) == 7


def test_backup_folder_from_the_setting_and_a_full_check(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    database = open_database(paths.database)
    fill(3)
    elsewhere = set_backup_folder(paths, tmp_path / "other disk" / "kopier")
    info = backup_now(paths, full=True)
    database.close()
    assert info.path.parent == elsewhere and info.check == "integrity_check"
    assert (paths.root / "backup-location.txt").read_text(encoding="utf-8").strip() == str(
        elsewhere)
    assert verify_backup(info, full=True) == []


def test_a_changed_backup_no_longer_verifies(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 3)
    info = make_backup(paths.database, tmp_path / "backups")
    raw = sqlite3.connect(info.path)
    raw.execute("DELETE FROM note")
    raw.commit()
    raw.close()
    assert verify_backup(info) != []


def test_a_backup_that_cannot_be_written_leaves_nothing_and_says_so(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 2)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(BackupFailed) as raised:
        make_backup(paths.database, blocker / "backups")
    assert "backupmappen" in raised.value.message or "kunne ikke" in raised.value.message
    with pytest.raises(BackupFailed, match="ingen database"):
        make_backup(tmp_path / "none.sqlite3", tmp_path / "backups")
    assert list_backups(tmp_path / "backups") == []


def test_daily_backup_runs_once_a_day(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 2)
    morning = datetime(2024, 5, 1, 8, 0, tzinfo=UTC).astimezone()
    morning = morning.replace(hour=8)
    first = run_daily_backup_if_due(paths, morning)
    assert first is not None
    assert run_daily_backup_if_due(paths, morning + timedelta(hours=6)) is None
    assert not backup_due(first.path.parent, morning + timedelta(hours=6))
    second = run_daily_backup_if_due(paths, morning + timedelta(days=1))
    assert second is not None and second.path != first.path
    assert [b.path for b in list_backups(first.path.parent)] == [second.path, first.path]


def _synthetic(moments: list[datetime]) -> list[BackupInfo]:
    return [BackupInfo(path=Path(f"/x/{m.isoformat()}"), created_at=m, size=1,
                       schema_version=1) for m in moments]


def test_rotation_keeps_7_days_4_weeks_12_months() -> None:
    local = datetime(2025, 6, 30, 18, 0).astimezone()
    moments = [local - timedelta(hours=8 * n) for n in range(3 * 800)]  # 3 a day for 800 days
    kept = backups_to_keep(_synthetic(moments))
    days = {b.created_at.astimezone().date() for b in kept}
    newest_per_day = {}
    for m in moments:
        day = m.date()
        newest_per_day[day] = max(newest_per_day.get(day, m), m)
    assert all(b.created_at == newest_per_day[b.created_at.date()] for b in kept)
    last_7 = sorted(newest_per_day)[-7:]
    assert set(last_7) <= days
    weeks = {tuple(b.created_at.isocalendar())[:2] for b in kept}
    months = {(b.created_at.year, b.created_at.month) for b in kept}
    assert len(months) == 12 and len(weeks) >= 4
    # 7 daily + the week-ends before them + 12 month-ends, overlapping: at most 23
    assert 12 <= len(kept) <= 7 + 4 + 12
    assert kept[0].created_at == max(moments)


def test_rotation_with_a_small_policy_and_few_backups() -> None:
    local = datetime(2025, 3, 10, 12, 0).astimezone()
    moments = [local - timedelta(days=n) for n in range(10)]
    kept = backups_to_keep(_synthetic(moments), RotationPolicy(daily=3, weekly=0, monthly=0))
    assert [b.created_at for b in kept] == moments[:3]
    assert len(backups_to_keep(_synthetic(moments[:2]))) == 2
    assert backups_to_keep([]) == []


def test_backups_rotate_on_disk_as_documented(tmp_path: Path) -> None:
    """40 days of backups, two a day: what stays is exactly what the policy keeps."""
    paths = data_paths(tmp_path / "data")
    make_database(paths, 1)
    folder = tmp_path / "backups"
    start = datetime(2025, 1, 1, 9, 0).astimezone()
    made = []
    for day in range(40):
        for hour in (0, 8):
            moment = start + timedelta(days=day, hours=hour)
            made.append(make_backup(paths.database, folder, now=moment).created_at)
    remaining = list_backups(folder)
    expected = backups_to_keep(_synthetic(made))
    assert [b.created_at for b in remaining] == [b.created_at for b in expected]
    newest_days = [b.created_at.astimezone().date() for b in remaining[:7]]
    assert newest_days == [(start + timedelta(days=39 - n)).date() for n in range(7)]
    assert all(b.created_at.astimezone().hour == 17 for b in remaining)  # the day's newest
    months = {(b.created_at.astimezone().year, b.created_at.astimezone().month)
              for b in remaining}
    assert months == {(2025, 1), (2025, 2)}
    assert len(list(folder.glob("*.sqlite3"))) == len(remaining)
    assert len(list(folder.glob("*.json"))) == len(remaining)
