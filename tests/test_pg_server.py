"""The throwaway PostgreSQL server the backend tests run against."""

from __future__ import annotations

import psycopg
import pytest
from pg_server import PgServer


def test_each_test_gets_an_empty_database_of_its_own(pg_server: PgServer, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
        connection.execute("CREATE TABLE marker (id integer)")
        name = connection.execute("SELECT current_database()").fetchone()[0]
    assert tables == (0,)
    assert name.startswith("test_")
    other = pg_server.create_database()
    try:
        with psycopg.connect(pg_server.url(other)) as connection:
            with pytest.raises(psycopg.errors.UndefinedTable):
                connection.execute("SELECT * FROM marker")
    finally:
        pg_server.drop_database(other)


def test_the_server_listens_on_its_socket_only(pg_server: PgServer, pg_url: str) -> None:
    with psycopg.connect(pg_url) as connection:
        listen = connection.execute("SHOW listen_addresses").fetchone()[0]
    assert listen == ""


def test_without_postgresql_tests_skip_but_fail_on_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    import pg_server

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        pg_server.unavailable("initdb findes ikke")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="initdb findes ikke"):
        pg_server.unavailable("initdb findes ikke")
