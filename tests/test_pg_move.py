"""``python -m reception move-to``: a clinic's SQLite database onto its PostgreSQL server."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reception.database_target import DATABASE_URL_ENV, remembered
from reception.paths import resolve_data_paths
from reception.store import db, open_store
from reception.store.fields import utc_now
from reception.store.models import Call, Caller, SentItem, SentSheet

ROOT = Path(__file__).resolve().parent.parent
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop(DATABASE_URL_ENV, None)
    return subprocess.run([sys.executable, "-m", "reception", *args], capture_output=True,
                          text=True, cwd=ROOT, env=environment, timeout=300, check=False)


def demo_folder(data: Path, passphrase: str | None) -> Path:
    from reception.demo_data import fill_demo_data

    path = resolve_data_paths(data).database
    database = open_store(path, passphrase)
    fill_demo_data(database, 200, seed=3)
    item = SentItem.select().first()
    SentSheet.create(sent_item=item, content_keys=("condition:whiplash",), pdf=PDF,
                     pdf_sha256=hashlib.sha256(PDF).hexdigest(), to_post=True)
    Caller.update(name="Ærø Åse\x00Nul").where(Caller.id == 7).execute()  # a pasted NUL
    database.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("passphrase", [None, "korrekt hest batteri hæfteklamme"])
def test_move_to_copies_every_table_and_leaves_the_file_as_it_was(
        pg_url: str, tmp_path: Path, passphrase: str | None) -> None:
    if passphrase:
        from reception.store.cipher import sqlcipher_module

        try:
            sqlcipher_module()
        except Exception:
            pytest.skip("SQLCipher-driveren mangler")
    data = tmp_path / "data"
    path = demo_folder(data, passphrase)
    before = digest(path)
    files_before = sorted(p.name for p in data.iterdir())
    env = {"RECEPTION_PASSPHRASE": passphrase} if passphrase else {}
    moved = run("--data-dir", str(data), "move-to", pg_url, env=env)
    assert moved.returncode == 0, moved.stderr
    assert "alle sammenlignet" in moved.stdout and " s." in moved.stdout
    assert "sent_sheet" in moved.stdout and "caller_phone" in moved.stdout
    assert digest(path) == before  # the file untouched
    new_files = {p.name for p in data.iterdir()} - set(files_before)
    # the lock while it ran, the address remembered, SQLite's read-only WAL index (empty)
    assert new_files <= {"reception.lock", "database.json", "reception.sqlite3-wal",
                         "reception.sqlite3-shm"}
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert remembered(data) == pg_url

    server = open_store(pg_url)
    try:
        assert Caller.select().count() == 200
        assert Call.select().count() > 200
        sheet = SentSheet.get()
        assert bytes(sheet.pdf) == PDF and sheet.to_post is True
        assert Caller.get_by_id(7).name == "Ærø Åse\ufffdNul"
        from reception.calls.lookup import search_callers

        name = Caller.get_by_id(42).name
        assert 42 in [hit.id for hit in search_callers(name)]  # the search index rebuilt
        from test_pg_prefixes import mismatched_prefixes

        assert mismatched_prefixes(server) == 0  # and its word prefixes, every caller's
        assert server.execute_sql("SELECT count(DISTINCT caller_id) FROM caller_fts_prefix"
                                  ).fetchone()[0] == 200
        from test_call_summary import counted_from_calls, summary_rows

        assert summary_rows() == counted_from_calls() != {}  # Overblik's counts: the trigger
        new = Caller.create(name="Ny Efter Flytning", created_at=utc_now(), updated_at=utc_now())
        assert new.id == 201
        assert [hit.id for hit in search_callers("efter flytning")] == [new.id]
    finally:
        server.close_all()
        db.initialize(None)

    again = run("--data-dir", str(data), "move-to", pg_url, env=env)
    assert again.returncode == 1 and "ikke tom" in again.stderr


def test_move_to_refuses_a_password_in_the_address(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "move-to",
                 "postgresql://reception:hemmelig@server/reception")
    assert result.returncode == 2 and "hemmelig" not in result.stderr


def test_move_to_without_a_database_says_so(pg_url: str, tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "move-to", pg_url)
    assert result.returncode == 1 and "ingen database at flytte" in result.stderr
