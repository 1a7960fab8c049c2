"""Try a passphrase on an encrypted database without opening it for use."""

from __future__ import annotations

from pathlib import Path

from reception.store.cipher import PassphraseError, connect


def passphrase_problem(database: Path, passphrase: str) -> str | None:
    """None when ``passphrase`` opens ``database``; otherwise the Danish reason."""
    if not passphrase:
        return PassphraseError("needed").message
    try:
        connection = connect(database, passphrase, read_only=True)
    except PassphraseError as error:
        return error.message
    except Exception as error:  # unreadable file: the start check will say more
        return f"Databasen kunne ikke åbnes ({error})."
    connection.close()
    return None
