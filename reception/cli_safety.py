"""Command-line tools for data safety: ``backup``, ``restore``, ``check``, ``encrypt``.

``register(subparsers)`` adds them to ``python -m reception``. Every command takes
``--data-dir`` like the app. The passphrase of an encrypted database comes from
``RECEPTION_PASSPHRASE``, else it is asked for when a terminal is attached.
Exit codes: 0 ok, 1 a problem was found (message on stderr), 2 wrong usage.

``backup`` and ``check`` only read, so a scheduled task may run them while the
app is open; ``restore`` and ``encrypt`` need the app closed (data-folder lock).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from reception.paths import DataPaths
from reception.words import count_of, plural


def _fail(message: str, detail: str = "") -> int:
    print(f"fejl: {message}", file=sys.stderr)
    if detail:
        print(f"  ({detail})", file=sys.stderr)
    return 1


NOT_ON_SERVER = ("Databasen ligger på klinikkens server ({where}); kryptering og adgangskode "
                 "er serverens sag der (diskkryptering, sslmode=verify-full), ikke programmets.")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def command_passphrase(paths: DataPaths) -> str | None:
    """The passphrase when the database is encrypted: environment, else a prompt."""
    from reception.safety import needs_passphrase, passphrase_from_environment

    if paths.server or not needs_passphrase(paths.database):
        return None
    given = passphrase_from_environment()
    if given is None and _interactive():
        given = getpass.getpass("Adgangskode til databasen: ") or None
    return given


def _backup(options: argparse.Namespace) -> int:
    from reception.safety import BackupFailed, PassphraseError, backup_now

    paths: DataPaths = options.paths
    try:
        if paths.server:
            info = _server_backup(paths, options.full)
        else:
            info = backup_now(paths, command_passphrase(paths), full=options.full)
    except (BackupFailed, PassphraseError) as error:
        return _fail(error.message, getattr(error, "detail", ""))
    locked = "krypteret" if info.encrypted else "ikke krypteret"
    print(f"{info.path}: {info.size_text}, {info.holds_text}, skema {info.schema_version}, "
          f"{locked}, kontrolleret ({info.check})")
    return 0


def _server_backup(paths: DataPaths, full: bool) -> Any:
    """A SQLite snapshot of the server, SQLCipher-encrypted when RECEPTION_PASSPHRASE is set."""
    from reception.safety import passphrase_from_environment, resolve_backup_folder
    from reception.safety.server_backup import snapshot_server

    passphrase = passphrase_from_environment()
    assert paths.server is not None
    return snapshot_server(paths.server, resolve_backup_folder(paths, passphrase), passphrase,
                           full=full)


def _find_backup(paths: DataPaths, name: str, passphrase: str | None) -> Any:
    from reception.safety import list_backups, newest_good_backup, resolve_backup_folder
    from reception.safety.manifest import read_manifest

    folder = resolve_backup_folder(paths, passphrase)
    if name in ("nyeste", "newest", "latest"):
        return newest_good_backup(folder, passphrase)
    candidate = Path(name)
    if candidate.suffix != ".sqlite3":
        candidate = candidate.with_name(candidate.name + ".sqlite3")
    for path in (candidate, folder / candidate.name):
        try:
            found = path.is_file()
        except OSError:  # a name too long for the file system: no such backup
            found = False
        if found:
            return read_manifest(path.resolve())
    return next((b for b in list_backups(folder) if b.path.stem == Path(name).stem), None)


def _list_backups(paths: DataPaths, passphrase: str | None) -> int:
    from reception.safety import list_backups, resolve_backup_folder

    folder = resolve_backup_folder(paths, passphrase)
    backups = list_backups(folder)
    print(f"Sikkerhedskopier i {folder}:")
    for info in backups:
        locked = "krypteret" if info.encrypted else "ikke krypteret"
        print(f"  {info.path.stem}  {info.local_time_text}  {info.size_text}  "
              f"{info.holds_text}  ({locked})")
    if not backups:
        print("  (ingen)")
    return 0


def _restore(options: argparse.Namespace) -> int:
    from reception.safety import (
        DataFolderLock,
        FolderLocked,
        PassphraseError,
        RestoreFailed,
        passphrase_from_environment,
        restore_backup,
    )

    paths: DataPaths = options.paths
    passphrase = passphrase_from_environment()
    if options.list:
        return _list_backups(paths, passphrase)
    if not options.backup:
        print("fejl: angiv en sikkerhedskopi (navn, sti eller »nyeste«), "
              "eller --list for at se dem", file=sys.stderr)
        return 2
    info = _find_backup(paths, options.backup, passphrase)
    if info is None:
        name = options.backup if len(options.backup) <= 80 else options.backup[:77] + "…"
        return _fail(f"Sikkerhedskopien »{name}« findes ikke (se restore --list).")
    if info.encrypted and passphrase is None and _interactive():
        passphrase = getpass.getpass("Adgangskode til sikkerhedskopien: ") or None
    print(f"Lægger sikkerhedskopien fra {info.local_time_text} tilbage ({info.holds_text}).")
    if paths.server:
        print(f"Alt på {paths.target_text} erstattes (for alle PC'er); det, der er der nu, "
              "gemmes først som en sikkerhedskopi.")
    else:
        print("Den nuværende database flyttes til side i datamappen og slettes ikke.")
    if not options.yes:
        if not _interactive():
            print("fejl: bekræft med --yes, når der ikke er en terminal", file=sys.stderr)
            return 2
        if input("Skriv ja for at fortsætte: ").strip().lower() != "ja":
            print("Afbrudt; intet er ændret.")
            return 1
    if paths.server:
        return _restore_to_server(paths, info, passphrase)
    try:
        with DataFolderLock(paths.root):
            result = restore_backup(paths.database, info, passphrase)
    except (FolderLocked, RestoreFailed, PassphraseError) as error:
        return _fail(error.message, getattr(error, "detail", ""))
    print(f"Lagt tilbage. Den tidligere database ligger i {result.aside}."
          if result.aside else "Lagt tilbage.")
    return 0


def _restore_to_server(paths: DataPaths, info: Any, passphrase: str | None) -> int:
    from reception.safety import BackupFailed, PassphraseError, RestoreFailed, resolve_backup_folder
    from reception.safety.server_backup import restore_to_server

    assert paths.server is not None
    try:
        result = restore_to_server(paths.server, info, resolve_backup_folder(paths, passphrase),
                                   passphrase)
    except (RestoreFailed, BackupFailed, PassphraseError) as error:
        return _fail(error.message, getattr(error, "detail", ""))
    print(f"Lagt tilbage på {paths.target_text}. Det, serveren havde før, er gemt som "
          f"sikkerhedskopien {result.before.path.stem}.")
    return 0


def _check_server(paths: DataPaths, backups: bool, full: bool) -> int:
    """Reachability, schema and rows; with ``backups`` each snapshot in the backup folder
    checked as on a PC (they are SQLite files, SQLCipher with RECEPTION_PASSPHRASE)."""
    from reception.safety import passphrase_from_environment, resolve_backup_folder

    status = _check_server_rows(paths)
    if backups:
        passphrase = passphrase_from_environment()
        status = _check_backups(paths, resolve_backup_folder(paths, passphrase), passphrase,
                                full) or status
    return status


def _check_server_rows(paths: DataPaths) -> int:
    from reception.safety.server_backup import server_report
    from reception.store.migrations import SCHEMA_VERSION

    assert paths.server is not None
    report = server_report(paths.server)  # StorageUnavailable: main words it
    if report.schema_version == 0:
        print(f"{report.where}: kan nås, men har ingen database fra programmet endnu.")
        return 1
    if report.schema_version > SCHEMA_VERSION:
        return _fail(f"{report.where}: skema {report.schema_version} er nyere end "
                     f"programmets ({SCHEMA_VERSION}); opdater programmet.")
    rows = sum(report.counts.values())
    print(f"{report.where}: kan nås, skema {report.schema_version}, "
          f"{count_of(rows, 'række', 'rækker')} i "
          f"{count_of(len(report.counts), 'tabel', 'tabeller')}.")
    for table, count in report.counts.items():
        print(f"  {table:<24} {count}")
    return 0


def _check(options: argparse.Namespace) -> int:
    from reception.safety import (
        DatabaseDamaged,
        DataElsewhere,
        PassphraseError,
        check_at_start,
        check_file,
        resolve_backup_folder,
    )

    paths: DataPaths = options.paths
    if paths.server:  # no file to check: the server's reachability, schema and rows
        return _check_server(paths, options.backups, options.full)
    passphrase = command_passphrase(paths)
    try:
        kind = check_at_start(paths, passphrase)
        if options.full and kind != "missing":
            problems = check_file(paths.database, passphrase, full=True)
            if problems:
                from reception.safety import newest_good_backup

                folder = resolve_backup_folder(paths, None)
                raise DatabaseDamaged(paths.database, problems,
                                      newest_good_backup(folder, passphrase))
    except (PassphraseError, DataElsewhere) as error:
        _fail(error.message, getattr(error, "detail", ""))
        if options.backups:
            _report_leftovers(paths, resolve_backup_folder(paths, None))
        return 1
    except DatabaseDamaged as error:
        print(f"fejl: {error.message}", file=sys.stderr)
        for problem in error.problems[:10]:
            print(f"  {problem}", file=sys.stderr)
        if error.newest_good_backup is not None:
            print(f"Læg den tilbage med: python -m reception restore "
                  f"{error.newest_good_backup.path.stem}", file=sys.stderr)
        if options.backups:
            _report_leftovers(paths, resolve_backup_folder(paths, None))
        return 1
    if kind == "missing":
        print(f"{paths.database}: ingen database endnu.")
    else:
        state = "krypteret" if kind == "encrypted" else "ikke krypteret"
        print(f"{paths.database}: i orden ({state}).")
    if options.backups:
        return _check_backups(paths, resolve_backup_folder(paths, passphrase), passphrase,
                              options.full)
    return 0


def _check_backups(paths: DataPaths, folder: Path, passphrase: str | None, full: bool) -> int:
    """Every backup in ``folder`` verified, then the leftovers; 1 when anything is wrong."""
    from reception.safety import list_backups, verify_backup

    status = 0
    backups = list_backups(folder)
    if not backups:
        print(f"  Ingen sikkerhedskopier i {folder}.")
    for info in backups:
        problems = verify_backup(info, passphrase, full=full)
        print(f"  {info.path.name}: {'i orden' if not problems else '; '.join(problems)}")
        status = status or (1 if problems else 0)
    return _report_leftovers(paths, folder) or status


def _report_leftovers(paths: DataPaths, folder: Path) -> int:
    """Hidden copies and journals of interrupted operations still there: 1 when any."""
    from reception.safety.journal import journal_files
    from reception.safety.leftovers import hidden_copies

    left = journal_files(paths.root) + hidden_copies(paths.database, folder)
    if not left:
        return 0
    print("Skjulte kopier og journaler fra afbrudte handlinger (ikke slettet, fordi de kan "
          "være den sidste kopi):")
    for path in left:
        print(f"  {path}")
    return 1


NEW_PASSPHRASE_ENV = "RECEPTION_NEW_PASSPHRASE"


def _new_passphrase(given: str | None, env_name: str) -> tuple[str, str | None]:
    """A new passphrase: ``given`` (read from ``env_name``), else asked twice in a
    terminal; with the Danish reason it may not be used, or None."""
    from reception.safety import problem_with_new_passphrase

    if given is not None:
        return given, problem_with_new_passphrase(given)
    if not _interactive():
        return "", f"Sæt {env_name}, eller kør kommandoen i en terminal."
    chosen = getpass.getpass("Ny adgangskode: ")
    return chosen, problem_with_new_passphrase(chosen, getpass.getpass("Gentag den: "))


def _encrypt(options: argparse.Namespace) -> int:
    if options.paths.server:
        return _fail(NOT_ON_SERVER.format(where=options.paths.target_text))
    from reception.safety import (
        BackupFailed,
        DataFolderLock,
        EncryptionFailed,
        FolderLocked,
        backup_now,
        encrypt_database,
        needs_passphrase,
        passphrase_from_environment,
    )
    from reception.store.cipher import file_kind

    paths: DataPaths = options.paths
    if file_kind(paths.database) == "missing":
        return _fail(f"Der er ingen database i {paths.root}.")
    passphrase = passphrase_from_environment()
    if needs_passphrase(paths.database):
        print("Databasen er allerede krypteret.")
        if options.remove_plain_copies:
            _report_plain_copies(paths, passphrase, remove=True)
            _remove_email_drafts(paths)
        return 0
    passphrase, problem = _new_passphrase(passphrase, "RECEPTION_PASSPHRASE")
    if problem:
        return _fail(problem)
    try:
        with DataFolderLock(paths.root):
            result = encrypt_database(paths.database, passphrase)
            info = backup_now(paths, passphrase)
    except (FolderLocked, EncryptionFailed, BackupFailed) as error:
        return _fail(error.message, error.detail)
    print(f"{result.path}: krypteret, "
          f"{count_of(sum(result.counts.values()), 'række', 'rækker')} i "
          f"{count_of(len(result.counts), 'tabel', 'tabeller')} bevaret.")
    print(f"Ny krypteret sikkerhedskopi: {info.path}")
    print("Husk adgangskoden: uden den kan hverken databasen eller sikkerhedskopierne læses.")
    _report_plain_copies(paths, passphrase, remove=options.remove_plain_copies)
    _remove_email_drafts(paths)
    return 0


def _remove_email_drafts(paths: DataPaths) -> None:
    """E-mail drafts are plain copies of sheets: encrypting the data removes them."""
    from reception.outbox import all_drafts, outbox_folder, remove_drafts

    removed = remove_drafts(all_drafts(outbox_folder(paths.root)))
    if removed == 1:
        print("1 ukrypteret e-mail-kladde i udbakken er overskrevet og slettet.")
    elif removed:
        print(f"{removed} ukrypterede e-mail-kladder i udbakken er overskrevet og slettet.")




def _change_passphrase(options: argparse.Namespace) -> int:
    if options.paths.server:
        return _fail(NOT_ON_SERVER.format(where=options.paths.target_text))
    from reception.safety import (
        DataFolderLock,
        EncryptionFailed,
        FolderLocked,
        needs_passphrase,
        resolve_backup_folder,
    )
    from reception.safety.rekey import change_passphrase

    paths: DataPaths = options.paths
    if not needs_passphrase(paths.database):
        return _fail("Databasen er ikke krypteret. Kryptér den med: python -m reception encrypt")
    old = command_passphrase(paths)
    if old is None:
        return _fail("Sæt RECEPTION_PASSPHRASE, eller kør kommandoen i en terminal.")
    new, problem = _new_passphrase(os.environ.get(NEW_PASSPHRASE_ENV) or None,
                                   NEW_PASSPHRASE_ENV)
    if problem:
        return _fail(problem)
    try:
        with DataFolderLock(paths.root):
            folder = resolve_backup_folder(paths, old)
            result = change_passphrase(paths.database, old, new, folder)
    except (FolderLocked, EncryptionFailed) as error:
        return _fail(error.message, error.detail)
    print(f"{result.path}: ny adgangskode, "
          + plural(result.tables, "{n} tabel", "alle {n} tabeller") + " bevaret.")
    converted = len(result.backups_converted)
    print(f"{count_of(converted, 'sikkerhedskopi', 'sikkerhedskopier')} i "
          f"{folder} har fået den nye adgangskode.")
    for path, why in result.backups_left:
        print(f"  Ikke ændret: {path.name}: {why}")
    print("Kopier, der er taget ud af PC'en før i dag, kan stadig læses med den gamle "
          "adgangskode. Husk at give den nye til dem, der skal starte programmet.")
    return 0


def _report_plain_copies(paths: DataPaths, passphrase: str | None, *, remove: bool) -> None:
    from reception.safety import resolve_backup_folder, unencrypted_copies, wipe_copies
    from reception.safety.encryption import removable_plain_copies

    folder = resolve_backup_folder(paths, passphrase)
    if remove:
        removable, kept = removable_plain_copies(paths.database, folder, passphrase)
        wipe_copies(removable)
        if removable:
            print(plural(len(removable), "{n} ukrypteret kopi er overskrevet og slettet.",
                         "{n} ukrypterede kopier er overskrevet og slettet."))
        for path, why in kept:
            print(f"Ikke slettet: {path}: {why}.")
        return
    copies = unencrypted_copies(paths.root, folder)
    if copies:
        print("Advarsel: " + plural(len(copies), "{n} ukrypteret kopi findes",
                                    "{n} ukrypterede kopier findes")
              + " stadig (ældre sikkerhedskopier eller databaser gemt til side):")
        for path in copies:
            print(f"  {path}")
        print("Slet dem med: python -m reception encrypt --remove-plain-copies")


def register(commands: Any) -> None:
    """Add ``backup``, ``restore``, ``check``, ``encrypt`` and ``passphrase`` to the CLI."""
    backup = commands.add_parser(
        "backup", help="tag en kontrolleret sikkerhedskopi af databasen (roterer de gamle)")
    backup.add_argument("--full", action="store_true",
                        help="fuld integrity_check af kopien (langsommere end quick_check)")
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser(
        "restore", help="læg en sikkerhedskopi tilbage (den nuværende database gemmes til side)")
    restore.add_argument("backup", nargs="?", metavar="BACKUP",
                         help="sikkerhedskopiens navn eller sti, eller »nyeste«")
    restore.add_argument("--list", action="store_true", help="vis sikkerhedskopierne")
    restore.add_argument("--yes", action="store_true", help="spørg ikke om bekræftelse")
    restore.set_defaults(handler=_restore)

    check = commands.add_parser("check", help="kontrollér databasens integritet")
    check.add_argument("--full", action="store_true", help="fuld integrity_check")
    check.add_argument("--backups", action="store_true",
                       help="kontrollér også hver sikkerhedskopi")
    check.set_defaults(handler=_check)

    encrypt = commands.add_parser(
        "encrypt", help="kryptér databasen (adgangskode fra RECEPTION_PASSPHRASE eller spørges)")
    encrypt.add_argument("--remove-plain-copies", action="store_true",
                         help="overskriv og slet ukrypterede sikkerhedskopier bagefter")
    encrypt.set_defaults(handler=_encrypt)

    passphrase = commands.add_parser(
        "passphrase", help="skift databasens adgangskode (også sikkerhedskopiernes); den "
        f"gamle fra RECEPTION_PASSPHRASE, den nye fra {NEW_PASSPHRASE_ENV}, ellers spørges")
    passphrase.set_defaults(handler=_change_passphrase)
