"""``python -m reception backup | restore | check | encrypt``, run as a scheduled task would."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from safety_helpers import PASSPHRASE, data_paths, make_database, rows
from test_safety_restore import corrupt

from reception.safety import DataFolderLock, list_backups, make_backup
from reception.store.cipher import file_kind

ROOT = Path(__file__).resolve().parents[1]

# reception/__main__.py gets ``register`` from the lead; until then this wraps it the same way.
WRAPPER = (
    "import argparse, sys\n"
    "import reception.__main__ as cli\n"
    "from reception.cli_safety import register\n"
    "from reception.paths import resolve_data_paths\n"
    "parser = cli.build_parser()\n"
    "sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))\n"
    "if 'backup' not in sub.choices:\n"
    "    register(sub)\n"
    "options = parser.parse_args(sys.argv[1:])\n"
    "options.paths = resolve_data_paths(options.data_dir)\n"
    "sys.exit(int(options.handler(options)))\n"
)


def run_cli(*args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RECEPTION_PASSPHRASE"}
    if passphrase is not None:
        env["RECEPTION_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-c", WRAPPER, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          stdin=subprocess.DEVNULL)


def test_backup_check_and_restore_from_the_command_line(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 7)
    data = ["--data-dir", str(paths.root)]

    done = run_cli(*data, "backup")
    assert done.returncode == 0, done.stderr
    assert "7 personer" in done.stdout and "kontrolleret" in done.stdout
    [info] = list_backups(paths.root / "backups")

    done = run_cli(*data, "check", "--full", "--backups")
    assert done.returncode == 0, done.stderr
    assert "i orden" in done.stdout and info.path.name in done.stdout

    done = run_cli(*data, "restore", "--list")
    assert done.returncode == 0 and info.path.stem in done.stdout

    done = run_cli(*data, "restore", info.path.stem)
    assert done.returncode == 2 and "--yes" in done.stderr  # no terminal: must confirm
    done = run_cli(*data, "restore", "findes-ikke", "--yes")
    assert done.returncode == 1 and "findes ikke" in done.stderr

    lock = DataFolderLock(paths.root).acquire()  # the app is running
    done = run_cli(*data, "restore", "nyeste", "--yes")
    assert done.returncode == 1 and "kører allerede" in done.stderr
    lock.release()

    done = run_cli(*data, "restore", info.path.stem, "--yes")
    assert done.returncode == 0, done.stderr
    assert "gemt-til-side" in done.stdout
    assert len(rows(paths.database, "call")) == 7


def test_check_finds_a_corrupt_database_and_names_the_backup(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 30)
    data = ["--data-dir", str(paths.root)]
    assert run_cli(*data, "backup").returncode == 0
    corrupt(paths.database)
    done = run_cli(*data, "check")
    assert done.returncode == 1
    assert "beskadiget" in done.stderr and "restore reception-" in done.stderr
    assert run_cli(*data, "backup").returncode == 1  # never a backup of a damaged file
    assert len(list_backups(paths.root / "backups")) == 1


def test_encrypt_from_the_command_line(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    make_database(paths, 4)
    data = ["--data-dir", str(paths.root)]
    last_week = datetime.now(UTC) - timedelta(days=7)
    plain = make_backup(paths.database, paths.root / "backups", now=last_week)
    done = run_cli(*data, "encrypt")
    assert done.returncode == 1 and "RECEPTION_PASSPHRASE" in done.stderr
    done = run_cli(*data, "encrypt", passphrase="kort")
    assert done.returncode == 1 and "mindst 8" in done.stderr
    assert file_kind(paths.database) == "plain"

    done = run_cli(*data, "encrypt", passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert file_kind(paths.database) == "encrypted"
    assert "1 ukrypteret kopi findes stadig" in done.stdout  # the older plain backup
    assert str(plain.path) in done.stdout
    done = run_cli(*data, "check")
    assert done.returncode == 1 and "krypteret" in done.stderr  # no passphrase given
    done = run_cli(*data, "check", passphrase=PASSPHRASE)
    assert done.returncode == 0 and "(krypteret)" in done.stdout
    done = run_cli(*data, "encrypt", "--remove-plain-copies", passphrase=PASSPHRASE)
    assert done.returncode == 0 and "allerede krypteret" in done.stdout
    assert "1 ukrypteret kopi er overskrevet og slettet" in done.stdout
    assert not plain.path.exists() and not plain.manifest_path.exists()
    done = run_cli(*data, "backup", passphrase=PASSPHRASE)
    assert done.returncode == 0 and ", krypteret," in done.stdout
    assert all(b.encrypted for b in list_backups(paths.root / "backups"))
