"""The GDPR tools from the command line: ``export``, ``erase`` and ``retention``.

``register(subparsers)`` adds the commands to ``python -m reception``; handlers get
``options.paths`` (the data folder) like every other command. Exit codes: 0 done,
1 a problem (nobody has the number, the database or the folder cannot be used, the
erasure was not confirmed), 2 usage (several people share the number: choose one
with ``--id``; ``erase`` without a terminal and without ``--yes``).

    python -m reception export 23394977 --out D:\\Indsigt [--id 17] [--by Mette]
    python -m reception erase 23394977 [--id 17] [--yes] [--by Mette]
    python -m reception retention [--months 24] [--json]

Two people may share a number (a couple): ``export`` and ``erase`` then list them,
with their ids, and do nothing until ``--id`` says which one.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING, Any

from reception.failures import failure_text
from reception.words import count_of, count_rows

if TYPE_CHECKING:  # imported when a command runs: the other commands start faster
    from reception.calls.lookup import CallerSummary

CONFIRM_WORD = "SLET"


def _by(options: argparse.Namespace) -> str:
    if options.by:
        return str(options.by)
    try:
        login = getpass.getuser()
    except Exception:  # no login name on some service accounts
        login = "ukendt"
    return f"{login} (kommandolinje)"


def _open(options: argparse.Namespace) -> bool:
    """Open the data folder's database; an encrypted one with ``RECEPTION_PASSPHRASE``
    or, on a terminal, a typed passphrase (as the other commands do)."""
    from reception.safety import needs_passphrase, passphrase_from_environment
    from reception.store import StorageUnavailable, open_store
    from reception.store.cipher import PassphraseError

    path = options.paths.database
    passphrase = None
    if not options.paths.server and needs_passphrase(path):
        passphrase = passphrase_from_environment()
        if passphrase is None and sys.stdin is not None and sys.stdin.isatty():
            passphrase = getpass.getpass("Adgangskode til databasen: ") or None
    try:
        open_store(options.paths.target, passphrase)
    except (StorageUnavailable, PassphraseError) as error:
        print(f"fejl: {failure_text(error, options.paths.root)}", file=sys.stderr)
        return False
    return True


def _describe(person: CallerSummary) -> str:
    place = " ".join(p for p in (person.postcode, person.town) if p)
    parts = [person.name or "(uden navn)", ", ".join(person.phones), place,
             f"{person.call_count} opkald"]
    return f"  --id {person.id:<6} " + " · ".join(p for p in parts if p)


def choose_person(phone: str, chosen_id: int | None) -> tuple[CallerSummary | None, int]:
    """The one person with ``phone`` (and ``--id``); else a message and the exit code."""
    from reception.calls import find_callers_by_phone
    from reception.phone import normalize_phone

    if normalize_phone(phone) is None:
        print(f"fejl: »{phone}« er ikke et helt telefonnummer.", file=sys.stderr)
        return None, 2
    people = find_callers_by_phone(phone)
    if not people:
        print(f"Ingen person har nummeret {phone}.", file=sys.stderr)
        return None, 1
    if chosen_id is not None:
        match = [p for p in people if p.id == chosen_id]
        if not match:
            print(f"fejl: person {chosen_id} har ikke nummeret {phone}. Personer med nummeret:",
                  file=sys.stderr)
            for person in people:
                print(_describe(person), file=sys.stderr)
            return None, 2
        return match[0], 0
    if len(people) > 1:
        print(f"{len(people)} personer deler nummeret {phone}. Vælg én med --id:",
              file=sys.stderr)
        for person in people:
            print(_describe(person), file=sys.stderr)
        return None, 2
    return people[0], 0


def _export(options: argparse.Namespace) -> int:
    from reception.privacy import export_person
    from reception.sheets.files import FileWriteError
    from reception.store import StorageUnavailable

    if not _open(options):
        return 1
    try:
        person, code = choose_person(options.phone, options.id)
        if person is None:
            return code
        options.out.mkdir(parents=True, exist_ok=True, mode=0o700)
        result = export_person(person.id, options.out, by=_by(options))
    except (StorageUnavailable, FileWriteError) as error:
        print(f"fejl: {failure_text(error, options.paths.root)}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"fejl: mappen {options.out} kan ikke bruges ({error.strerror}).", file=sys.stderr)
        return 1
    rows = sum(result.counts.values())
    print(f"{person.name or 'Personen'}: {count_of(rows, 'række', 'rækker')}, "
          f"{count_of(result.audit_entries, 'logpost', 'logposter')}, "
          f"{count_of(len(result.files), 'fil', 'filer')}")
    print(f"  {result.pdf}")
    print(f"  {result.json}")
    for path in result.files:
        print(f"  {path}")
    return 0


def _confirmed(person: CallerSummary, rows: int) -> bool:
    print(f"Sletter {person.name or 'personen'} (id {person.id}) og alt om personen: "
          f"{count_of(rows, 'række', 'rækker')} i databasen. Det kan ikke fortrydes.")
    print("Sikkerhedskopier fra før sletningen indeholder stadig personen, indtil de "
          "udskiftes.")
    try:
        answer = input(f"Skriv {CONFIRM_WORD} for at slette: ")
    except EOFError:
        return False
    return answer.strip() == CONFIRM_WORD


def _erase(options: argparse.Namespace) -> int:
    from reception.privacy import erase_person, person_rows
    from reception.store import StorageUnavailable, db

    if not options.yes and not sys.stdin.isatty():
        print("fejl: erase spørger om bekræftelse på en terminal; brug --yes i scripts.",
              file=sys.stderr)
        return 2
    if not _open(options):
        return 1
    try:
        person, code = choose_person(options.phone, options.id)
        if person is None:
            return code
        rows = sum(len(ids) for ids in person_rows(db, person.id).values())
        if not options.yes and not _confirmed(person, rows):
            print("Intet slettet.")
            return 1
        result = erase_person(person.id, _by(options))
    except StorageUnavailable as error:
        print(f"fejl: {failure_text(error, options.paths.root)}", file=sys.stderr)
        return 1
    print(f"Slettet: {count_of(result.total, 'række', 'rækker')} ("
          + count_rows(dict(sorted(result.rows.items()))) + ").")
    if result.drafts_removed:
        drafts = count_of(result.drafts_removed, "e-mail-kladde", "e-mail-kladder")
        print(f"Slettet fra udbakken: {drafts}.")
    if not result.scrubbed:
        print("Bemærk: et andet program læste databasen, så loggen (-wal) er ikke tømt endnu; "
              "den tømmes ved næste sletning eller når programmet lukkes.", file=sys.stderr)
    return 0


def _retention(options: argparse.Namespace) -> int:
    from reception.privacy import inactive_callers, retention_months
    from reception.store import StorageUnavailable

    if not _open(options):
        return 1
    try:
        months = options.months or retention_months()
        people = inactive_callers(months)
    except StorageUnavailable as error:
        print(f"fejl: {failure_text(error, options.paths.root)}", file=sys.stderr)
        return 1
    if options.json:
        rows: list[dict[str, Any]] = [
            {"id": p.id, "name": p.name, "phones": list(p.phones), "postcode": p.postcode,
             "town": p.town, "calls": p.call_count, "last_activity": p.last_activity.isoformat()}
            for p in people
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{count_of(len(people), 'person', 'personer')} uden aktivitet i "
          f"{count_of(months, 'måned', 'måneder')} "
          "(intet er ændret; slet eller anonymisér dem i programmet):")
    for p in people:
        print(f"  {p.last_activity:%d.%m.%Y}  id {p.id:<6} {p.name or '(uden navn)'}"
              f"  {', '.join(p.phones)}")
    return 0


def _months(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 240:
        raise argparse.ArgumentTypeError("mellem 1 og 240 måneder")
    return value


def register(subparsers: Any) -> None:
    """Add ``export``, ``erase`` and ``retention`` to ``python -m reception``."""
    from pathlib import Path

    export = subparsers.add_parser(
        "export", help="udlevér alt om én person (GDPR art. 15) som PDF og JSON")
    export.add_argument("phone", metavar="TELEFON", help="personens telefonnummer")
    export.add_argument("--out", metavar="MAPPE", type=Path, required=True,
                        help="mappe filerne skrives i (oprettes om nødvendigt)")
    export.add_argument("--id", type=int, help="vælg personen, når flere deler nummeret")
    export.add_argument("--by", metavar="NAVN", help="hvem der udleverer (til loggen)")
    export.set_defaults(handler=_export)

    erase = subparsers.add_parser(
        "erase", help="slet alt om én person (GDPR art. 17); spørger først")
    erase.add_argument("phone", metavar="TELEFON", help="personens telefonnummer")
    erase.add_argument("--id", type=int, help="vælg personen, når flere deler nummeret")
    erase.add_argument("--yes", action="store_true", help="slet uden at spørge (til scripts)")
    erase.add_argument("--by", metavar="NAVN", help="hvem der sletter (til loggen)")
    erase.set_defaults(handler=_erase)

    retention = subparsers.add_parser(
        "retention", help="vis personer uden aktivitet i opbevaringsperioden (ændrer intet)")
    retention.add_argument("--months", type=_months,
                           help="måneder uden aktivitet (ellers indstillingen, standard 24)")
    retention.add_argument("--json", action="store_true", help="skriv listen som JSON")
    retention.set_defaults(handler=_retention)
