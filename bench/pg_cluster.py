"""A throwaway local PostgreSQL cluster for ``python -m bench --only pg``.

As tests/pg_server.py does for the tests: a cluster in a temp folder under /tmp,
a unix socket in that folder and no TCP, started as the ``postgres`` user when
run as root (``initdb`` and ``pg_ctl`` refuse root). Unlike the tests' cluster it
keeps ``fsync`` on; ``synchronous_commit=off`` matches SQLite's WAL with
``synchronous=NORMAL`` (the app's setting): a crash can lose the last commits,
never the database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PORT = 5441  # names the socket file only
SETTINGS = "-c listen_addresses='' -c synchronous_commit=off -c shared_buffers=256MB"


class ClusterUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                        key=lambda p: int(p.parent.parent.name)
                        if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


@dataclass
class Cluster:
    folder: Path
    bin_dir: Path
    as_postgres: list[str]

    def url(self, name: str) -> str:
        return f"postgresql://postgres@/{name}?host={self.folder}&port={PORT}"

    def create_database(self, name: str = "bench") -> str:
        import psycopg

        with psycopg.connect(host=str(self.folder), port=PORT, user="postgres",
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run([*self.as_postgres, str(self.bin_dir / "pg_ctl"), "-D",
                        str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
                       capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster:
    """A running cluster in a new temp folder; ``ClusterUnavailable`` says why not."""
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise ClusterUnavailable("psycopg is not installed") from error
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise ClusterUnavailable("no initdb/pg_ctl (Debian package »postgresql«)")
    as_postgres: list[str] = []
    root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="bench-pg-", dir="/tmp" if root else None))
    if root:
        shutil.chown(folder, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(folder, bin_dir, as_postgres)
    data = folder / "data"
    for step in (
        [*as_postgres, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
         "-E", "UTF8", "--locale=C.UTF-8"],
        [*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
         "-o", f"-p {PORT} -k {folder} {SETTINGS}", "-w", "start"],
    ):
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = (folder / "log").read_text() if (folder / "log").exists() else ""
            cluster.stop()
            raise ClusterUnavailable(f"{Path(step[len(as_postgres)]).name} failed: "
                                     f"{done.stderr.strip()} {log[-1000:]}")
    return cluster
