"""``python -m reception`` fed what a tired user or a broken PC feeds it: a Danish
message and a non-zero exit code, never a traceback.

Each case runs the real command in a subprocess. The full-disk and read-only cases
need a small tmpfs, which only root can mount (CI runs as root); elsewhere they skip.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import disk_helpers
import pytest

from reception.demo_data import fill_demo_data
from reception.paths import resolve_data_paths
from reception.safety import backup_now
from reception.store import open_database

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("RECEPTION_PASSPHRASE", "RECEPTION_DATA_DIR")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "reception", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 30 people, their calls and one backup (copied by each case)."""
    root = tmp_path_factory.mktemp("seeded") / "data"
    paths = resolve_data_paths(root).ensure()
    database = open_database(paths.database)
    fill_demo_data(database, 30, 3, seed=4)
    database.close()
    backup_now(paths, None)
    return root


def copy_of(seeded: Path, where: Path) -> Path:
    shutil.copytree(seeded, where)
    return where


def single_person(data: Path) -> tuple[str, str]:
    """A phone number that one person alone has, and that person's id."""
    connection = sqlite3.connect(data / "reception.sqlite3")
    try:
        phone, caller = connection.execute(
            "SELECT e164, caller_id FROM caller_phone WHERE e164 IN "
            "(SELECT e164 FROM caller_phone GROUP BY e164 HAVING count(*) = 1) LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return str(phone), str(caller)


# --- arguments and folders that cannot work --------------------------------------------------

Case = Callable[[Path, Path], list[str]]  # (seeded data, a scratch folder) -> arguments


def data_dir_is_a_file(seeded: Path, tmp: Path) -> list[str]:
    (tmp / "fil").write_text("ikke en mappe")
    return ["--data-dir", str(tmp / "fil"), "check"]


def data_dir_is_dev_null(seeded: Path, tmp: Path) -> list[str]:
    return ["--data-dir", os.devnull, "check"]


def data_dir_name_too_long(seeded: Path, tmp: Path) -> list[str]:
    return ["--data-dir", str(tmp / ("x" * 300)), "check"]


def database_is_a_folder(seeded: Path, tmp: Path) -> list[str]:
    (tmp / "data" / "reception.sqlite3").mkdir(parents=True)
    return ["--data-dir", str(tmp / "data"), "check"]


def sheet_on_an_encrypted_looking_database(seeded: Path, tmp: Path) -> list[str]:
    (tmp / "data").mkdir()
    (tmp / "data" / "reception.sqlite3").write_bytes(os.urandom(8192))
    return ["--data-dir", str(tmp / "data"), "sheet", "--plain", "--out", str(tmp / "a.pdf")]


def search_limit_too_large(seeded: Path, tmp: Path) -> list[str]:
    return ["search", "ryg", "--limit", "99999999999999999999999"]


def restore_name_of_5000_characters(seeded: Path, tmp: Path) -> list[str]:
    data = copy_of(seeded, tmp / "data")
    return ["--data-dir", str(data), "restore", "y" * 5000, "--yes"]


def demo_data_on_a_date_that_does_not_exist(seeded: Path, tmp: Path) -> list[str]:
    return ["--data-dir", str(tmp / "data"), "demo-data", "--callers", "2",
            "--today", "2024-02-30"]


def unknown_command(seeded: Path, tmp: Path) -> list[str]:
    return ["--data-dir", str(tmp / "data"), "gendan"]


def missing_argument(seeded: Path, tmp: Path) -> list[str]:
    return ["search"]


@pytest.mark.parametrize(("case", "code", "danish"), [
    pytest.param(data_dir_is_a_file, 2, "er ikke en mappe", id="data-dir-file"),
    pytest.param(data_dir_is_dev_null, 2, "er ikke en mappe", id="data-dir-dev-null"),
    pytest.param(data_dir_name_too_long, 2, "Navnet er for langt", id="data-dir-too-long"),
    pytest.param(database_is_a_folder, 1, "er en mappe, men skulle være en fil",
                 id="database-is-a-folder"),
    pytest.param(sheet_on_an_encrypted_looking_database, 1, "Databasen er krypteret",
                 id="sheet-encrypted-looking"),
    pytest.param(search_limit_too_large, 2, "er ikke et helt tal fra 1 til 1.000",
                 id="search-limit-huge"),
    pytest.param(restore_name_of_5000_characters, 1, "findes ikke", id="restore-long-name"),
    pytest.param(demo_data_on_a_date_that_does_not_exist, 2,
                 "»2024-02-30« er ikke en dato", id="demo-data-2024-02-30"),
    pytest.param(unknown_command, 2, "ukendt valg: 'gendan'", id="unknown-command"),
    pytest.param(missing_argument, 2, "fejl: mangler: SØGEORD", id="missing-argument"),
])
def test_bad_input_gets_a_danish_message(case: Case, code: int, danish: str, seeded: Path,
                                         tmp_path: Path) -> None:
    done = run_cli(*case(seeded, tmp_path))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, done.stderr
    assert danish in done.stderr, done.stderr
    assert len(done.stderr) < 2000  # a 5,000-character name is not echoed in full


def test_data_dir_is_accepted_after_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_cli("demo-data", "--callers", "2", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert (data / "reception.sqlite3").is_file()
    done = run_cli("check", "--data-dir", str(data))
    assert done.returncode == 0 and str(data) in done.stdout, done.stderr


def test_the_app_refuses_unknown_arguments_in_danish() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "main.py", "--ukendt"], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 2
    assert "brug:" in done.stderr and "fejl: ukendte argumenter: --ukendt" in done.stderr


# --- a full disk and a read-only folder (a small tmpfs; root only) ------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with disk_helpers.small_disk(tmp_path / "disk", "size=3m") as mount_point:
        yield mount_point


def fill(disk: Path) -> None:
    """Write until the disk is full."""
    block = b"\0" * 65536
    with (disk / "fyld").open("wb", buffering=0) as handle:  # closing has nothing to write
        try:
            while True:
                handle.write(block)
        except OSError:
            pass
    for n in range(1000):  # the last few bytes too
        try:
            (disk / f"fyld-{n}").write_bytes(b"\0" * 512)
        except OSError:
            break


def erase_one_person(data: Path) -> list[str]:
    phone, caller = single_person(data)
    return ["erase", phone, "--id", caller, "--yes"]


def restore_newest(data: Path) -> list[str]:
    return ["restore", "nyeste", "--yes"]


def more_demo_data(data: Path) -> list[str]:
    return ["demo-data", "--callers", "500", "--seed", "9"]


@pytest.mark.parametrize("command", [
    pytest.param(erase_one_person, id="erase"),
    pytest.param(restore_newest, id="restore"),
    pytest.param(more_demo_data, id="demo-data"),
])
def test_a_full_disk_gets_a_danish_message(command: Callable[[Path], list[str]],
                                           seeded: Path, small_disk: Path) -> None:
    data = copy_of(seeded, small_disk / "data")
    args = command(data)
    fill(small_disk)
    done = run_cli("--data-dir", str(data), *args)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    assert "Disken er fuld" in done.stderr, done.stderr
    assert not (data / ".reception.lock.json.partial").exists()


def test_restore_into_a_read_only_folder_gets_a_danish_message(seeded: Path,
                                                                small_disk: Path) -> None:
    data = copy_of(seeded, small_disk / "data")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    done = run_cli("--data-dir", str(data), "restore", "nyeste", "--yes")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    assert "Der kan ikke skrives i" in done.stderr and "skrivebeskyttet" in done.stderr
