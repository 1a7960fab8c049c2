"""Atomic writes: the whole file or the old one, and a Danish message when it cannot be."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reception.sheets import FileWriteError, write_atomic
from reception.sheets.files import write_failure

ROOT = Path(__file__).resolve().parents[1]
PDF = b"%PDF-1.4\n" + b"x" * 20_000 + b"\n%%EOF\n"

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions and limits")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable even for root (immutable flag), or skip if that cannot be done."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)],
                                        capture_output=True).returncode != 0:
        pytest.skip("running as root where the immutable flag is not available")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "ark.pdf"
    assert write_atomic(target, b"first") == target
    write_atomic(target, PDF)
    assert target.read_bytes() == PDF
    assert leftovers(tmp_path) == []


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    target = tmp_path / "findes-ikke" / "ark.pdf"
    with pytest.raises(FileWriteError) as caught:
        write_atomic(target, PDF)
    assert "findes ikke" in str(caught.value) and "findes-ikke" in str(caught.value)
    assert caught.value.path == target
    assert not target.parent.exists()


@posix_only
def test_a_read_only_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "skrivebeskyttet"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(FileWriteError) as caught:
            write_atomic(folder / "ark.pdf", PDF)
        assert list(folder.iterdir()) == []
    assert "skrivebeskyttet" in str(caught.value)


@posix_only
def test_a_locked_target_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "ark.pdf"
    target.write_bytes(b"old letter")
    with read_only(target):
        with pytest.raises(FileWriteError) as caught:
            write_atomic(target, PDF)
        assert target.read_bytes() == b"old letter"
        assert leftovers(tmp_path) == []
    assert "ark.pdf" in str(caught.value)


@posix_only
def test_a_full_disk_leaves_the_old_file_and_no_half_written_one(tmp_path: Path) -> None:
    """The child process may write at most 4 KB per file (RLIMIT_FSIZE): the disk is 'full'."""
    target = tmp_path / "ark.pdf"
    target.write_bytes(b"old letter")
    code = (
        "import json, resource, sys\n"
        "from reception.sheets import FileWriteError, write_atomic\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "try:\n"
        "    write_atomic(sys.argv[1], b'x' * 100_000)\n"
        "    print(json.dumps({'raised': False}))\n"
        "except FileWriteError as exc:\n"
        "    print(json.dumps({'raised': True, 'message': str(exc)}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(target)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    result = json.loads(done.stdout)
    assert result["raised"] and "ikke plads nok" in result["message"]
    assert target.read_bytes() == b"old letter"
    assert leftovers(tmp_path) == []


def test_messages_are_danish_for_every_kind_of_failure(tmp_path: Path) -> None:
    target = tmp_path / "ark.pdf"
    def message(error: OSError) -> str:
        return write_failure(error, target).message

    assert "ikke plads nok" in message(OSError(errno.ENOSPC, "No space"))
    assert "skrivebeskyttet" in message(PermissionError(errno.EACCES, "denied"))
    assert "skrivebeskyttet" in message(OSError(errno.EROFS, "read-only"))
    assert "findes ikke" in message(FileNotFoundError(errno.ENOENT, "nope"))
    assert "kunne ikke gemmes" in message(OSError(errno.EIO, "I/O error"))
    assert write_failure(OSError(errno.ENOSPC, "No space"), target).code == "no_space"
