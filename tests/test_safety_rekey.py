"""A new passphrase: the database and its backups move to it without losing a row."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import PASSPHRASE, data_paths, file_digest, make_database, rows

from reception.safety import (
    EncryptionFailed,
    backup_now,
    list_backups,
    make_backup,
    verify_backup,
)
from reception.safety.rekey import change_passphrase
from reception.store.cipher import PassphraseError, connect

NEW = "ny-hemmelig-2026-guld"
ROOT = Path(__file__).resolve().parents[1]


def opens_with(path: Path, passphrase: str) -> bool:
    try:
        connect(path, passphrase, read_only=True).close()
    except PassphraseError:
        return False
    return True


def test_the_database_and_its_backups_move_to_the_new_passphrase(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 20, PASSPHRASE)
    before = {table: rows(paths.database, table, PASSPHRASE) for table in ("caller", "note")}
    backups = paths.root / "backups"
    backup_now(paths, PASSPHRASE)
    older = data_paths(tmp_path / "older")  # a backup under an even older passphrase
    make_database(older, 2, "en-helt-anden-gammel-kode")
    stray = make_backup(older.database, backups, "en-helt-anden-gammel-kode",
                        now=datetime.now(UTC) - timedelta(days=40))

    result = change_passphrase(paths.database, PASSPHRASE, NEW, backups)

    assert opens_with(paths.database, NEW) and not opens_with(paths.database, PASSPHRASE)
    assert {t: rows(paths.database, t, NEW) for t in before} == before
    assert len(result.backups_converted) == 1
    converted = next(b for b in list_backups(backups) if b.path == result.backups_converted[0])
    assert verify_backup(converted, NEW) == [] and not opens_with(converted.path, PASSPHRASE)
    assert [path.name for path, _ in result.backups_left] == [stray.path.name]
    leftovers = [p.name for p in paths.root.rglob("*") if "converting" in p.name
                 or "gammel-adgangskode" in str(p)]
    assert leftovers == []


def test_a_wrong_passphrase_or_a_weak_new_one_changes_nothing(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 3, PASSPHRASE)
    digest = file_digest(paths.database)
    with pytest.raises(EncryptionFailed, match="passer ikke"):
        change_passphrase(paths.database, "forkert-kode-123456", NEW)
    with pytest.raises(EncryptionFailed):
        change_passphrase(paths.database, PASSPHRASE, "kort")
    with pytest.raises(EncryptionFailed, match="samme"):
        change_passphrase(paths.database, PASSPHRASE, PASSPHRASE)
    assert file_digest(paths.database) == digest


def test_a_failure_after_the_swap_puts_the_old_database_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reception.safety.conversion as conversion

    paths = data_paths(tmp_path / "data")
    make_database(paths, 5, PASSPHRASE)
    digest = file_digest(paths.database)
    real_check = conversion.check_file
    calls: list[str | None] = []

    def check_failing_after_the_swap(path: Path, passphrase: str | None = None,
                                     full: bool = False) -> list[str]:
        calls.append(passphrase)
        if path == paths.database and passphrase == NEW:
            return ["simuleret fejl efter ombytningen"]
        return real_check(path, passphrase, full)

    monkeypatch.setattr(conversion, "check_file", check_failing_after_the_swap)
    with pytest.raises(EncryptionFailed, match="nye adgangskode"):
        change_passphrase(paths.database, PASSPHRASE, NEW)
    assert NEW in calls
    assert file_digest(paths.database) == digest and opens_with(paths.database, PASSPHRASE)
    assert not [p for p in paths.root.iterdir() if "converting" in p.name]


def test_the_command_line_changes_it_and_says_what_it_did(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 4, PASSPHRASE)
    backup_now(paths, PASSPHRASE)
    env = {**os.environ, "RECEPTION_PASSPHRASE": PASSPHRASE, "RECEPTION_NEW_PASSPHRASE": NEW}
    done = subprocess.run([sys.executable, "-m", "reception", "--data-dir", str(paths.root),
                           "passphrase"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ny adgangskode" in done.stdout and "1 sikkerhedskopi" in done.stdout
    assert opens_with(paths.database, NEW)
