"""A throwaway PostgreSQL server for the tests: one cluster per session, one database per test.

The cluster lives in a temp folder, listens on a unix socket in that folder only
(no TCP), trusts local connections and runs without fsync: it holds nothing but
test data and is deleted at the end. ``initdb`` and ``pg_ctl`` refuse to run as
root, so as root they run as the ``postgres`` user (``runuser``).

Where PostgreSQL (or psycopg) is missing the PostgreSQL tests skip, except when
the environment variable ``CI`` is set: there they fail, so that CI never passes
by silently leaving a backend out.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PORT = 5439  # names the socket file only: nothing listens on TCP
SERVER_SETTINGS = ("-c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")


def _bin_dir() -> Path | None:
    """The folder of initdb/pg_ctl: PATH first, then Debian's versioned folders."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                        else 0)
    return candidates[-1].parent if candidates else None


def unavailable(reason: str) -> None:
    """Skip the test, or fail it loudly on CI."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL-testene kan ikke køre på CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL er ikke tilgængelig: {reason}")


@dataclass
class PgServer:
    """A running throwaway cluster; ``create_database`` hands out empty databases."""

    folder: Path
    bin_dir: Path
    as_postgres: list[str]

    _counter = itertools.count(1)

    @property
    def host(self) -> str:
        return str(self.folder)

    def url(self, name: str) -> str:
        return f"postgresql://postgres@/{name}?host={self.folder}&port={PORT}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=self.host, port=PORT, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(sql)

    def create_database(self, template: str = "template0") -> str:
        """A new database, empty or a copy of ``template`` (which must have no connections)."""
        name = f"test_{os.getpid()}_{next(self._counter)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY WAL_LOG')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def pause(self) -> None:
        """Stop the server as a crash or a restart would (clients cut off); ``resume`` after."""
        subprocess.run([*self.as_postgres, str(self.bin_dir / "pg_ctl"), "-D",
                        str(self.folder / "data"), "-m", "fast", "-w", "stop"],
                       capture_output=True, check=True)

    def resume(self) -> None:
        """Start the stopped server again on the same folder and socket."""
        subprocess.run([*self.as_postgres, str(self.bin_dir / "pg_ctl"), "-D",
                        str(self.folder / "data"), "-l", str(self.folder / "log"),
                        "-o", f"-p {PORT} -k {self.folder} {SERVER_SETTINGS}", "-w", "start"],
                       capture_output=True, check=True)

    def stop(self) -> None:
        subprocess.run([*self.as_postgres, str(self.bin_dir / "pg_ctl"), "-D",
                        str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
                       capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PgServer:
    """Start a cluster in a new temp folder (``unavailable`` when that cannot be done)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg er ikke installeret")
    bin_dir = _bin_dir()
    if bin_dir is None:
        unavailable("initdb/pg_ctl findes ikke (Debian-pakken »postgresql«)")
    as_postgres: list[str] = []
    # As root the cluster runs as postgres, who must reach the folder: /tmp, not a
    # TMPDIR that may lie in root's home.
    base = "/tmp" if os.geteuid() == 0 and Path("/tmp").is_dir() else None
    folder = Path(tempfile.mkdtemp(prefix="reception-pg-", dir=base))
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            unavailable("runuser mangler, og pg_ctl nægter at køre som root")
        shutil.chown(folder, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    server = PgServer(folder, bin_dir, as_postgres)
    data = folder / "data"
    steps = [
        [*as_postgres, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        [*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
         "-o", f"-p {PORT} -k {folder} {SERVER_SETTINGS}", "-w", "start"],
    ]
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            log = (folder / "log").read_text() if (folder / "log").exists() else ""
            server.stop()
            unavailable(f"{Path(step[len(as_postgres)]).name} fejlede: "
                        f"{result.stderr.strip()} {log[-2000:]}")
    return server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL cluster, started on first use and stopped at the end."""
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A URL of a fresh, empty database on the session's cluster, dropped after the test."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)
