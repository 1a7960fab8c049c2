"""Fault test: restore, encrypt, passphrase and backup killed at every rename and unlink.

Each operation runs as ``python -m reception …`` in a forked child
(tests/safety_interrupt_worker.py) with ``RECEPTION_FAULT_STEP=N``: the child
kills itself (SIGKILL) just before its N-th rename or unlink
(``reception.safety.files.fault_point``), for N = 1, 2, … until a run completes.
After every kill the next start runs, by turns the command line's ``check`` and
the app's start path (``ui.safety.startup.start_safely``, its dialogs replaced),
and must leave a database that holds every row of every table, no operation
journal, no hidden copy and, once encrypted, no plain copy set aside.

The chain of issue 11 item 2 runs with real ``strace`` injection when strace is
installed: encrypt killed at its third and fourth rename, the app started (which
used to create an empty database), then ``encrypt --remove-plain-copies``.

Every encrypted file here is keyed with 4,000 rounds of SQLCipher's key derivation
instead of 256,000 (``PRAGMA cipher_default_kdf_iter``, in this process for the
module's duration and in the worker): opening one then takes milliseconds instead
of a quarter of a second, which keeps the hundred-odd runs within a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import PASSPHRASE, close_db, data_paths, fill

from reception.demo_data import fill_demo_data
from reception.paths import DataPaths
from reception.safety import encrypt_database, list_backups, make_backup, verify_backup
from reception.safety.checks import reading, table_counts
from reception.safety.journal import journal_files
from reception.safety.leftovers import hidden_copies, orphan_manifests, set_aside_files
from reception.store import open_database
from reception.store.cipher import PassphraseError, file_kind

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NEW_PASSPHRASE = "ny-guld-hemmelig-2024"
KEYS = (None, PASSPHRASE, NEW_PASSPHRASE)
pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="fork and SIGKILL are POSIX only")


class Worker:
    """The forking helper: ``run(argv, env)`` gives the raw wait status and the output."""

    def __init__(self, folder: Path) -> None:
        env = {k: v for k, v in os.environ.items()
               if k not in ("RECEPTION_PASSPHRASE", "RECEPTION_NEW_PASSPHRASE",
                            "RECEPTION_FAULT_STEP")}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE)])
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "safety_interrupt_worker.py")], cwd=HERE, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def run(self, argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        out = self.folder / "child-output.txt"
        job = {"argv": argv, "env": env or {}, "out": str(out)}
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline().split()
        assert line and line[0] == "ended", line
        return int(line[1]), out.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(30)


@pytest.fixture(scope="module", autouse=True)
def fast_key_derivation() -> Iterator[None]:
    """New keys use FAST_KDF_ITER rounds while this module runs (as in the worker)."""
    from safety_interrupt_worker import FAST_KDF_ITER
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(":memory:")
    before = connection.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]
    connection.execute(f"PRAGMA cipher_default_kdf_iter = {FAST_KDF_ITER}")
    yield
    connection.execute(f"PRAGMA cipher_default_kdf_iter = {int(before)}")
    connection.close()


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worker]:
    helper = Worker(tmp_path_factory.mktemp("worker"))
    yield helper
    helper.close()


def key_for(path: Path) -> str | None:
    """The one of the test's passphrases that opens ``path`` (None: plain)."""
    if file_kind(path) != "encrypted":
        return None
    for key in KEYS[1:]:
        try:
            with reading(path, key) as connection:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return key
        except PassphraseError:
            continue
    raise AssertionError(f"no test passphrase opens {path}")


def counts_of(path: Path) -> dict[str, int]:
    """Rows per table, read with whichever test passphrase opens ``path``."""
    keys = KEYS[1:] if file_kind(path) == "encrypted" else (None,)
    for key in keys:
        try:
            with reading(path, key) as connection:
                return table_counts(connection)
        except PassphraseError:
            continue
    raise AssertionError(f"no test passphrase opens {path}")


def demo_folder(root: Path, *, encrypted: bool = False) -> DataPaths:
    """50 demo callers and one plain (or encrypted) backup made earlier today."""
    paths = data_paths(root)
    database = open_database(paths.database)
    fill_demo_data(database, 50, 4, seed=3)
    database.close()
    if encrypted:
        encrypt_database(paths.database, PASSPHRASE)
    earlier = datetime.now(UTC) - timedelta(minutes=5)
    make_backup(paths.database, paths.root / "backups", PASSPHRASE if encrypted else None,
                now=earlier)
    return paths


def fresh_copy(template: DataPaths, target: Path) -> DataPaths:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(template.root, target)
    return data_paths(target)


def app_start(paths: DataPaths, *, exit_backup: bool = False) -> tuple[list[str], list[str]]:
    """The app's start path without a window: settle, unlock, check, open, close (with the
    exit backup when asked); (notices, refusals)."""
    from ui.safety.startup import start_safely

    notices: list[str] = []
    refusals: list[str] = []
    session = start_safely(paths, None, ask=lambda p, _parent: key_for(p.database),
                           offer=lambda *_args: False,
                           refuse=lambda message, _parent: refusals.append(message),
                           notice=lambda message, _parent: notices.append(message))
    if session is not None:
        session.open()
        close_db()
        session.finish(backup=exit_backup)
    return notices, refusals


def cli_start(worker: Worker, paths: DataPaths) -> tuple[list[str], list[str]]:
    """``python -m reception check --backups``: (the »Bemærk« lines, the »fejl« lines).

    Which passphrase the database has after the start is only known afterwards
    (a passphrase change finished or rolled back), so a wrong one is tried again
    with the other.
    """
    said: list[str] = []
    for key in (PASSPHRASE, NEW_PASSPHRASE):
        status, output = worker.run(["--data-dir", str(paths.root), "check", "--backups"],
                                    {"RECEPTION_PASSPHRASE": key})
        assert os.WIFEXITED(status), output
        lines = output.splitlines()
        said += [n for n in lines if n.startswith("Bemærk:")]
        refused = [n for n in lines if n.startswith("fejl:")]
        if not any("adgangskode" in n.lower() for n in refused):
            break
    return said, refused


def assert_nothing_lost(paths: DataPaths, original: dict[str, int],
                        accepted: Callable[[DataPaths, dict[str, int]], None] | None = None
                        ) -> None:
    assert journal_files(paths.root) == []
    assert hidden_copies(paths.database, paths.root / "backups") == []
    assert file_kind(paths.database) in ("plain", "encrypted")
    if accepted is None:
        assert counts_of(paths.database) == original
    else:
        accepted(paths, counts_of(paths.database))
    if file_kind(paths.database) == "encrypted":
        assert [p for p in set_aside_files(paths.root) if file_kind(p) == "plain"] == []
    for info in list_backups(paths.root / "backups"):
        assert verify_backup(info, key_for(info.path)) == [], info.path
    assert orphan_manifests(paths.root / "backups") == []


def kill_at_every_step(worker: Worker, template: DataPaths, work: Path, argv: list[str],
                       env: dict[str, str], original: dict[str, int],
                       accepted: Callable[[DataPaths, dict[str, int]], None] | None = None
                       ) -> int:
    """Kill the command at step 1, 2, … and start again after each; the kills made."""
    step = 0
    while True:
        step += 1
        assert step < 60, "the command never completed"
        paths = fresh_copy(template, work)
        status, output = worker.run(["--data-dir", str(paths.root), *argv],
                                    {**env, "RECEPTION_FAULT_STEP": str(step)})
        if os.WIFEXITED(status):
            assert os.WEXITSTATUS(status) == 0, output
            assert_nothing_lost(paths, original, accepted)
            return step - 1
        assert os.WTERMSIG(status) == signal.SIGKILL, output
        interrupted = bool(journal_files(paths.root))
        if step % 2:
            said, refused = cli_start(worker, paths)
        else:
            said, refused = app_start(paths)
        assert not refused, (step, refused)
        assert bool(said) >= interrupted, f"step {step}: the start did not say what it did"
        assert_nothing_lost(paths, original, accepted)


def test_backup_killed_at_every_step(worker: Worker, tmp_path: Path) -> None:
    template = demo_folder(tmp_path / "template")
    original = counts_of(template.database)
    kills = kill_at_every_step(worker, template, tmp_path / "run", ["backup"], {}, original)
    assert kills >= 4  # journal, rename into place, manifest, journal removed, rotation


def test_restore_killed_at_every_step(worker: Worker, tmp_path: Path) -> None:
    template = demo_folder(tmp_path / "template")
    backed_up = counts_of(template.database)
    open_database(template.database)
    fill(3)  # calls made after the backup: they must survive in place or set aside
    close_db()
    original = counts_of(template.database)
    assert original != backed_up

    def accepted(paths: DataPaths, counts: dict[str, int]) -> None:
        if counts == original:
            return  # rolled back
        assert counts == backed_up  # finished: the database in use lies aside, whole
        aside = [p for p in set_aside_files(paths.root) if p.name == paths.database.name]
        assert [counts_of(p) for p in aside] == [original]

    kills = kill_at_every_step(worker, template, tmp_path / "run",
                               ["restore", "nyeste", "--yes"], {}, original, accepted)
    assert kills >= 4


def test_encrypt_killed_at_every_step(worker: Worker, tmp_path: Path) -> None:
    template = demo_folder(tmp_path / "template")
    original = counts_of(template.database)
    kills = kill_at_every_step(worker, template, tmp_path / "run", ["encrypt"],
                               {"RECEPTION_PASSPHRASE": PASSPHRASE}, original)
    assert kills >= 8  # the swap (journal, aside, in place, wipe, journal) and a backup


def test_passphrase_killed_at_every_step(worker: Worker, tmp_path: Path) -> None:
    template = demo_folder(tmp_path / "template", encrypted=True)
    original = counts_of(template.database)
    kills = kill_at_every_step(worker, template, tmp_path / "run", ["passphrase"],
                               {"RECEPTION_PASSPHRASE": PASSPHRASE,
                                "RECEPTION_NEW_PASSPHRASE": NEW_PASSPHRASE}, original)
    assert kills >= 10  # the database's swap and the backup's


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
@pytest.mark.parametrize("rename", [3, 4])
def test_issue_chain_encrypt_killed_then_app_then_remove_plain_copies(
        worker: Worker, tmp_path: Path, rename: int) -> None:
    """Issue 11 item 2: 2,000 patients became »4 rækker … bevaret« this way."""
    paths = demo_folder(tmp_path / "data")
    original = counts_of(paths.database)
    env = {k: v for k, v in os.environ.items() if k != "RECEPTION_FAULT_STEP"}
    env.update(PYTHONPATH=str(ROOT), RECEPTION_PASSPHRASE=PASSPHRASE,
               PYTHONDONTWRITEBYTECODE="1")
    killed = subprocess.run(
        ["strace", "-f", "-o", os.devnull, "-e",
         f"inject=rename,renameat,renameat2:signal=KILL:when={rename}",
         sys.executable, "-m", "reception", "--data-dir", str(paths.root), "encrypt"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL)
    assert killed.returncode != 0, killed.stdout  # killed inside the swap
    assert journal_files(paths.root)

    # The app used to create a new, empty database here, and its exit backup rotated
    # today's good backup out.
    notices, refusals = app_start(paths, exit_backup=True)
    assert notices and not refusals
    assert counts_of(paths.database) == original
    assert hidden_copies(paths.database) == [] and journal_files(paths.root) == []

    status, output = worker.run(["--data-dir", str(paths.root), "encrypt",
                                 "--remove-plain-copies"], {"RECEPTION_PASSPHRASE": PASSPHRASE})
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, output
    assert file_kind(paths.database) == "encrypted"
    assert counts_of(paths.database) == original
    assert "bevaret" in output


# --- the states an older version left behind, and the start's other refusals ----------------


def old_version_killed_encrypt(paths: DataPaths) -> Path:
    """What encrypt killed at its third rename left before journals: the database only
    set aside and in a ``.converting`` copy; the set-aside file."""
    aside = paths.root / "gemt-til-side" / "2024-05-01_08-30-00_ukrypteret-original"
    aside.mkdir(parents=True)
    shutil.copyfile(paths.database, paths.root / ".reception.sqlite3.converting")
    paths.database.replace(aside / paths.database.name)
    return aside / paths.database.name


def test_no_new_database_while_the_data_lies_set_aside(worker: Worker, tmp_path: Path) -> None:
    from reception.store import StorageUnavailable

    paths = demo_folder(tmp_path / "data")
    original = counts_of(paths.database)
    kept = old_version_killed_encrypt(paths)

    status, output = worker.run(["--data-dir", str(paths.root), "check"])
    assert os.WEXITSTATUS(status) == 1, output
    assert "ingen database endnu" not in output and "gemt til side" in output
    notices, refusals = app_start(paths)
    assert refusals and "ny, tom database" in refusals[0]
    with pytest.raises(StorageUnavailable) as refused:
        open_database(paths.database)
    assert refused.value.reason == "data_elsewhere"
    status, output = worker.run(["--data-dir", str(paths.root), "encrypt",
                                 "--remove-plain-copies"], {"RECEPTION_PASSPHRASE": PASSPHRASE})
    assert os.WEXITSTATUS(status) == 1, output
    assert not paths.database.exists()
    assert counts_of(kept) == original  # every copy still there
    assert (paths.root / ".reception.sqlite3.converting").exists()


def test_an_empty_database_file_while_backups_exist_is_not_new(worker: Worker,
                                                                tmp_path: Path) -> None:
    from reception.safety import DatabaseDamaged, check_at_start
    from reception.store import StorageUnavailable

    paths = demo_folder(tmp_path / "data")
    paths.database.write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as damaged:
        check_at_start(paths)
    assert damaged.value.newest_good_backup is not None  # offered for restore
    with pytest.raises(StorageUnavailable) as refused:
        open_database(paths.database)
    assert refused.value.reason == "empty_with_backups"
    assert paths.database.stat().st_size == 0
    status, output = worker.run(["--data-dir", str(paths.root), "check"])
    assert os.WEXITSTATUS(status) == 1 and "restore" in output, output


def test_a_damaged_header_on_a_plain_database_is_damage_not_a_passphrase(
        worker: Worker, tmp_path: Path) -> None:
    from reception.safety import DatabaseDamaged, check_at_start, needs_passphrase

    paths = demo_folder(tmp_path / "data")
    with paths.database.open("r+b") as handle:
        handle.write(os.urandom(16))  # the "SQLite format 3" header gone
    assert file_kind(paths.database) == "encrypted"  # what the header alone suggests
    assert not needs_passphrase(paths.database)
    with pytest.raises(DatabaseDamaged) as damaged:
        check_at_start(paths)
    assert damaged.value.newest_good_backup is not None
    status, output = worker.run(["--data-dir", str(paths.root), "check"])
    assert os.WEXITSTATUS(status) == 1, output
    assert "beskadiget" in output and "adgangskode" not in output.lower()

    encrypted = demo_folder(tmp_path / "encrypted", encrypted=True)
    assert needs_passphrase(encrypted.database)  # a real encrypted file still asks


def test_hidden_copies_are_removed_only_when_the_database_is_in_place(
        worker: Worker, tmp_path: Path) -> None:
    paths = demo_folder(tmp_path / "data")
    backups = paths.root / "backups"
    partial = backups / ".reception-2024-05-01_08-30-00.sqlite3.partial"
    restoring = paths.root / ".reception.sqlite3.restoring"
    for copy in (partial, restoring):
        shutil.copyfile(paths.database, copy)
    good = paths.database.read_bytes()
    with paths.database.open("r+b") as handle:  # damaged: the copies may be all there is
        handle.seek(4096)
        handle.write(b"\xff" * 4096)
    status, output = worker.run(["--data-dir", str(paths.root), "check", "--backups"])
    assert os.WEXITSTATUS(status) == 1, output
    assert str(partial) in output and str(restoring) in output  # listed, not removed
    assert partial.exists() and restoring.exists()

    paths.database.write_bytes(good)
    status, output = worker.run(["--data-dir", str(paths.root), "check", "--backups"])
    assert os.WEXITSTATUS(status) == 0, output
    assert "Bemærk: 2 skjulte kopier" in output
    assert not partial.exists() and not restoring.exists()


def test_remove_plain_copies_keeps_what_the_encrypted_database_lacks(tmp_path: Path) -> None:
    from reception.safety.encryption import removable_plain_copies

    paths = demo_folder(tmp_path / "data")
    aside = paths.root / "gemt-til-side" / "2024-05-01_08-30-00_foer-gendannelse"
    aside.mkdir(parents=True)
    shutil.copyfile(paths.database, aside / "reception.sqlite3")
    open_database(aside / "reception.sqlite3")
    fill(3)  # calls the database in use does not have
    close_db()
    hidden = paths.root / "backups" / ".reception-2024-05-01_08-30-00.sqlite3.partial"
    shutil.copyfile(paths.database, hidden)
    plain_backup = list_backups(paths.root / "backups")[0].path
    encrypt_database(paths.database, PASSPHRASE)
    folder = paths.root / "backups"

    removable, kept = removable_plain_copies(paths.database, folder, None)
    assert removable == [] and len(kept) == 3  # no passphrase: nothing verified, nothing goes
    removable, kept = removable_plain_copies(paths.database, folder, PASSPHRASE)
    assert set(removable) == {plain_backup, hidden}
    assert [path for path, _why in kept] == [aside / "reception.sqlite3"]
