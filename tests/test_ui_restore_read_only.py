"""Restoring in the app when the data folder has become read-only: a Danish message in
the backup dialog, the database in use untouched and still open, no "Uventet fejl"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).resolve().parent / "read_only_restore_worker.py"


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder outside root's private pytest folder, so another user can work in it."""
    path = Path(tempfile.mkdtemp(prefix="gk-ro-", dir="/tmp"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def as_a_user_bound_by_file_modes(folder: Path) -> list[str]:
    """Root writes anywhere, so as root the worker runs as ``nobody``."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root without runuser: a read-only folder cannot be made")
    shutil.chown(folder, "nobody")
    return [runuser, "-u", "nobody", "--"]


def test_restore_into_a_read_only_data_folder_says_so_in_danish(folder: Path) -> None:
    prefix = as_a_user_bound_by_file_modes(folder)
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(folder),
           "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([*prefix, "env", *(f"{k}={v}" for k, v in env.items()),
                           sys.executable, str(WORKER), str(folder / "data")],
                          cwd=folder, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    assert "escaped" not in lines, done.stdout
    assert "Programmet må ikke skrive i datamappen" in lines["status"]
    assert "ikke ændret" in lines["status"]
    assert lines["calls"] == "4"  # the database in use is untouched and open again
