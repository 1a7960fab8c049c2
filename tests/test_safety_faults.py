"""Fault test: the app is killed (SIGKILL) at random moments during a long run of calls.

A child process makes scripted calls through ``reception.calls.CallSession``
(start, update, flush, end) and reports each call id once ``end()`` returned.
The test kills it after a random few milliseconds, again and again (at least
200 kills), restarting it on the same database. Then the database must pass
``PRAGMA integrity_check`` (and the search index its own check), and every call
reported saved must be in it as saved. The children are forked by a helper that
has imported the app already (tests/safety_fault_worker.py), so this takes seconds.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from safety_helpers import PASSPHRASE

from reception.safety.checks import reading

HERE = Path(__file__).resolve().parent
pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="fork and SIGKILL are POSIX only")


def kill_repeatedly(database: Path, kills: int, delays: tuple[float, float],
                    passphrase: str | None, seed: int) -> tuple[set[int], int]:
    """Run, kill, restart ``kills`` times; the ids reported saved, and the kills made."""
    chance = random.Random(seed)
    helper = subprocess.Popen(
        [sys.executable, str(HERE / "safety_fault_worker.py"), str(database),
         *([passphrase] if passphrase else [])],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", cwd=HERE,
    )
    assert helper.stdin is not None and helper.stdout is not None
    saved: set[int] = set()
    killed = 0
    try:
        for run in range(kills):
            helper.stdin.write(f"run {run}\n")
            helper.stdin.flush()
            started = helper.stdout.readline().split()
            assert started[0] == "started", started
            pid = int(started[1])
            time.sleep(chance.uniform(*delays))
            os.kill(pid, signal.SIGKILL)
            killed += 1
            while True:
                line = helper.stdout.readline().split(maxsplit=2)
                assert line, "the helper ended unexpectedly"
                if line[0] == "saved":
                    saved.add(int(line[1]))
                elif line[0] == "ended":
                    status = int(line[2])
                    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                        f"run {run} ended by itself (seed {seed})")
                    break
                else:
                    pytest.fail(f"run {run}: {' '.join(line)} (seed {seed})")
    finally:
        helper.stdin.close()
        helper.wait(30)
    return saved, killed


def check_database(database: Path, saved: set[int], passphrase: str | None) -> None:
    with reading(database, passphrase) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in connection.execute(
            "SELECT id FROM call WHERE status = 'saved'")}
    missing = saved - stored
    assert not missing, f"{len(missing)} calls reported saved are missing: {sorted(missing)[:10]}"
    if passphrase is None:  # the search index survived too (FTS5's own check)
        raw = sqlite3.connect(database)
        raw.execute("INSERT INTO caller_fts(caller_fts) VALUES ('integrity-check')")
        raw.close()


def test_killing_the_app_200_times_loses_no_saved_call(tmp_path: Path) -> None:
    database = tmp_path / "reception.sqlite3"
    seed = int.from_bytes(os.urandom(4), "little")
    saved, killed = kill_repeatedly(database, 220, (0.0, 0.06), None, seed)
    # On a loaded machine the children start slower and fewer calls get through
    # before each kill; the kills go on (longer apart) until enough were saved.
    rounds = 0
    while len(saved) <= 200 and rounds < 8:
        stretch = 1 + rounds  # a very loaded machine needs longer lives to save a call
        more, extra = kill_repeatedly(database, 40, (0.03 * stretch, 0.12 * stretch), None,
                                      seed + rounds + 1)
        saved |= more
        killed += extra
        rounds += 1
    assert killed >= 200
    assert len(saved) > 200, f"too few calls got through (seed {seed})"
    check_database(database, saved, None)


def test_killing_the_app_on_an_encrypted_database_loses_no_saved_call(tmp_path: Path) -> None:
    database = tmp_path / "reception.sqlite3"
    seed = int.from_bytes(os.urandom(4), "little")
    saved, killed = kill_repeatedly(database, 25, (0.1, 0.35), PASSPHRASE, seed)
    # Opening with a key takes a key derivation first; on a loaded machine the kills may
    # all land before a call ends: go on, further apart, until some have got through.
    rounds = 0
    while len(saved) < 3 and rounds < 6:
        more, extra = kill_repeatedly(database, 10, (0.4, 1.2), PASSPHRASE, seed + rounds + 1)
        saved |= more
        killed += extra
        rounds += 1
    assert killed >= 25 and saved, f"no call got through (seed {seed})"
    check_database(database, saved, PASSPHRASE)
