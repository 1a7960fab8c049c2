"""``python -m reception move-to postgresql://…``: the clinic's data from this PC to its server.

Copies the data folder's SQLite database (encrypted or not) into an empty
PostgreSQL database, compares every table, prints the time, and leaves the file
as it was (``reception/store/move.py``). The data folder then remembers the
server, so this PC's program uses it from its next start; ``--database lokal``
goes back to the file. The program must be closed meanwhile (data-folder lock).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reception.words import count_of


def _move(options: argparse.Namespace) -> int:
    from reception.cli_safety import command_passphrase
    from reception.database_target import DatabaseTargetError, checked_url, remember
    from reception.failures import failure_text
    from reception.safety import DataFolderLock, FolderLocked, PassphraseError
    from reception.store import StorageUnavailable
    from reception.store.move import MoveRefused, move_to_server
    from reception.store.postgres import describe

    paths = options.paths
    try:
        url = checked_url(options.url)
    except DatabaseTargetError as error:
        print(f"fejl: {error.message}", file=sys.stderr)
        return 2
    local = paths.__class__(paths.root, paths.logs)  # the file, whatever the folder remembers
    print(f"Flytter {local.database} til {describe(url)} …")
    try:
        with DataFolderLock(paths.root):
            result = move_to_server(local.database, command_passphrase(local), url,
                                    progress=lambda table: print(f"  {table}", file=sys.stderr))
    except (FolderLocked, MoveRefused, PassphraseError) as error:
        print(f"fejl: {error.message}", file=sys.stderr)
        return 1
    except StorageUnavailable as error:
        print(f"fejl: {failure_text(error, paths.root)}", file=sys.stderr)
        return 1
    for check in result.tables:
        print(f"  {check.table:<24} {count_of(check.rows, 'række', 'rækker'):>16}  ens "
              f"(sha256 {check.digest[:12]})")
    seconds = f"{result.seconds:.1f}".replace(".", ",")
    print(f"Flyttet: {count_of(result.rows, 'række', 'rækker')} i "
          f"{count_of(len(result.tables), 'tabel', 'tabeller')}, alle sammenlignet, "
          f"på {seconds} s.")
    remember(paths.root, url)
    print(f"Databasen på PC'en er uændret. Programmet på denne PC bruger nu serveren; "
          f"de andre PC'er startes med --database {describe(url)} (med brugernavn).")
    return 0


def register(commands: Any) -> None:
    """Add ``move-to`` to ``python -m reception``."""
    move = commands.add_parser(
        "move-to", help="flyt datamappens database til klinikkens PostgreSQL-server "
        "(en tom database); filen på PC'en forbliver uændret")
    move.add_argument("url", metavar="ADRESSE",
                      help="postgresql://bruger@server:5432/database (adgangskoden i "
                      "PGPASSFILE eller PGPASSWORD)")
    move.set_defaults(handler=_move)
