"""The listening connection of a desk on the clinic's PostgreSQL server (no Qt).

A connection of its own, in autocommit, that ``LISTEN``s for the change events
(reception/changes.py); ui/change_events.py watches its socket. Its
``application_name`` marks it, so the server's list of sessions says which desks
are still connected (``listening_backends``).
"""

from __future__ import annotations

from typing import Any

from reception.changes import CHANNEL

APPLICATION_NAME = "reception-desk"
CONNECT_TIMEOUT_S = 5


def connect_listener(url: str) -> Any:
    """A new autocommit psycopg connection to ``url`` listening on the changes channel.

    TCP keepalives make a connection that the network silently dropped fail (its
    socket wakes the watcher) instead of waiting forever.
    """
    import psycopg

    connection = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                 application_name=APPLICATION_NAME, keepalives=1,
                                 keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
    try:
        connection.execute(f"LISTEN {CHANNEL}")
    except Exception:
        connection.close()
        raise
    return connection


def notify(connection: Any, payload: str) -> None:
    """Send ``payload`` on the changes channel over ``connection``."""
    connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))


def listening_backends(connection: Any) -> list[int]:
    """The server processes of every desk's listening connection now."""
    rows = connection.execute("SELECT pid FROM pg_stat_activity WHERE application_name = %s",
                              (APPLICATION_NAME,)).fetchall()
    return [int(row[0]) for row in rows]
