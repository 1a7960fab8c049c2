"""A small disk for the full-disk tests: a tmpfs, which only root can mount (CI runs
as root); elsewhere the test that asks for one skips."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(folder: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted at ``folder`` (made here) with ``options`` (``size=4m``, ``ro,…``)."""
    folder.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"no tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, block: int = 4096) -> Path:
    """Write ``folder``'s disk full (to within ``block`` bytes); the file that did it."""
    filler = folder / "fyld"
    with open(filler, "wb", buffering=0) as out:  # unbuffered: closing has nothing to write
        try:
            while True:
                out.write(b"\0" * block)
        except OSError:
            pass
    return filler
