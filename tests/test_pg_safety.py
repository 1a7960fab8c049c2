"""Safety on a clinic's PostgreSQL server: ``backup`` writes a checked SQLite snapshot
(encrypted with a passphrase) that ``restore`` lays back into the server or onto a PC's
file; ``check`` says the server is reachable, its schema version and its rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reception.database_target import DATABASE_URL_ENV
from reception.paths import resolve_data_paths
from reception.store import db, open_store
from reception.store.models import Call, Caller

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "korrekt hest batteri hæfteklamme"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop(DATABASE_URL_ENV, None)
    return subprocess.run([sys.executable, "-m", "reception", *args], capture_output=True,
                          text=True, cwd=ROOT, env=environment, timeout=300, check=False)


def counts(target: str | Path, passphrase: str | None = None) -> tuple[int, int, list[str]]:
    database = open_store(target, passphrase)
    try:
        return (Caller.select().count(), Call.select().count(),
                [c.name for c in Caller.select().order_by(Caller.id)])
    finally:
        database.close_all() if hasattr(database, "close_all") else database.close()
        db.initialize(None)


def test_backup_check_and_restore_on_the_server_and_onto_a_pc(pg_url: str,
                                                              tmp_path: Path) -> None:
    from reception.store.cipher import file_kind

    desk = tmp_path / "desk"
    env = {"RECEPTION_PASSPHRASE": PASSPHRASE}
    filled = run("--data-dir", str(desk), "--database", pg_url, "demo-data", "--callers", "60",
                 "--seed", "3")
    assert filled.returncode == 0, filled.stderr
    before = counts(pg_url)

    checked = run("--data-dir", str(desk), "check")
    assert checked.returncode == 0, checked.stderr
    assert "kan nås, skema" in checked.stdout and "caller " in checked.stdout
    assert f"{before[0]}" in checked.stdout

    backed_up = run("--data-dir", str(desk), "backup", env=env)
    assert backed_up.returncode == 0, backed_up.stderr
    assert "krypteret" in backed_up.stdout and "ikke krypteret" not in backed_up.stdout
    backups = sorted((desk / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and file_kind(backups[0]) == "encrypted"
    assert not (desk / "reception.sqlite3").exists()

    with_backups = run("--data-dir", str(desk), "check", "--backups", env=env)
    assert with_backups.returncode == 0, with_backups.stderr
    assert "kan nås, skema" in with_backups.stdout
    assert f"{backups[0].name}: i orden" in with_backups.stdout
    wrong = run("--data-dir", str(desk), "check", "--backups",
                env={"RECEPTION_PASSPHRASE": "forkert"})
    assert wrong.returncode == 1 and f"{backups[0].name}: i orden" not in wrong.stdout

    database = open_store(pg_url)  # a change after the backup: a caller erased
    from reception.privacy import erase_person

    erase_person(Caller.select().order_by(Caller.id).first().id, by="test")
    database.close_all()
    assert counts(pg_url)[0] == before[0] - 1

    import psycopg

    from reception.changes import CHANNEL

    with psycopg.connect(pg_url, autocommit=True) as desk_listening:
        desk_listening.execute(f"LISTEN {CHANNEL}")
        restored = run("--data-dir", str(desk), "restore", "nyeste", "--yes", env=env)
        heard = [json.loads(n.payload)["kind"]
                 for n in desk_listening.notifies(timeout=2, stop_after=1)]
    assert restored.returncode == 0, restored.stderr
    assert counts(pg_url) == before
    from test_pg_prefixes import mismatched_prefixes

    server = open_store(pg_url)
    try:  # the search's word prefixes written again for every caller restored
        assert mismatched_prefixes(server) == 0
        assert server.execute_sql("SELECT count(DISTINCT caller_id) FROM caller_fts_prefix"
                                  ).fetchone()[0] == before[0]
    finally:
        server.close_all()
        db.initialize(None)
    assert heard == ["all"]  # the desks running read every screen afresh
    assert len(list((desk / "backups").glob("*.sqlite3"))) == 2  # what it held, kept first

    pc = tmp_path / "pc"
    onto_a_pc = run("--data-dir", str(pc), "restore", str(backups[0]), "--yes", env=env)
    assert onto_a_pc.returncode == 0, onto_a_pc.stderr
    assert counts(resolve_data_paths(pc).database, PASSPHRASE) == before
    from reception.calls.lookup import search_callers

    open_store(resolve_data_paths(pc).database, PASSPHRASE)
    try:
        assert search_callers(before[2][5])  # the search index is there on the PC too
    finally:
        db.close()


def test_check_says_when_the_server_cannot_be_reached(tmp_path: Path) -> None:
    url = f"postgresql://reception@/reception?host={tmp_path}&port=1"
    result = run("--data-dir", str(tmp_path / "d"), "--database", url, "check")
    assert result.returncode == 1
    assert "Databaseserveren kan ikke nås" in result.stderr
