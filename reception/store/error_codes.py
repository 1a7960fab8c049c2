"""Storage errors classified by the driver's error code rather than its message text.

peewee re-raises a driver's error as its own type with the driver's error as
``__context__``; the codes are on that original. SQLite: the primary result code
(``sqlite_errorcode``, low byte; the stdlib module has it, sqlcipher3 does not,
so ``errors.classify`` keeps reading the text as a fallback). PostgreSQL: the
SQLSTATE, and psycopg's ``OperationalError`` without one (no server answered).
"""

from __future__ import annotations

# SQLite primary result codes (https://sqlite.org/rescode.html)
_SQLITE = {
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "unreadable",  # SQLITE_IOERR
    11: "unreadable",  # SQLITE_CORRUPT
    13: "disk_full",  # SQLITE_FULL
    14: "unreadable",  # SQLITE_CANTOPEN
    26: "unreadable",  # SQLITE_NOTADB
}

# PostgreSQL SQLSTATE codes, exact or by class (first two characters)
_SQLSTATE = {
    "53100": "disk_full",  # disk_full
    "25006": "read_only",  # read_only_sql_transaction
    "55P03": "locked",  # lock_not_available
    "57P01": "server_gone",  # admin_shutdown
    "57P02": "server_gone",  # crash_shutdown
    "57P03": "unreachable",  # cannot_connect_now (starting up)
    "08": "server_gone",  # connection exception
}


def _originals(error: BaseException) -> list[BaseException]:
    """The error and the driver errors behind it (peewee's wrapper first).

    The chain is followed a few links deep: peewee wraps a failed connect twice
    (once in ``connect``, again around the statement that needed the connection).
    """
    found = [error]
    for current in found:
        if len(found) > 8:
            break
        for linked in (current.__cause__, current.__context__):
            if linked is not None and linked not in found:
                found.append(linked)
    return found


def by_code(error: BaseException) -> str | None:
    """The storage reason for ``error`` from its error code, or None when it has none."""
    for original in _originals(error):
        code = getattr(original, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE.get(code & 0xFF)
        module = type(original).__module__ or ""
        if not module.startswith("psycopg"):
            continue
        state = getattr(original, "sqlstate", None)
        if state:
            return _SQLSTATE.get(state) or _SQLSTATE.get(state[:2])
        import psycopg

        if isinstance(original, psycopg.OperationalError):
            # No SQLSTATE: no server answered. A connection that was open and broke
            # says so ("closed", "terminated", "lost"); otherwise none was made.
            text = str(original).lower()
            gone = ("closed" in text or "terminat" in text or "lost" in text
                    or "unexpectedly" in text)
            return "server_gone" if gone else "unreachable"
        if isinstance(original, psycopg.InterfaceError) and "closed" in str(original).lower():
            return "server_gone"
    return None
