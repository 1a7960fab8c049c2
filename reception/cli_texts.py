"""``python -m reception tekster``: the clinic's texts as files, out and in.

    tekster export MAPPE          the content files as the clinic has them now
    tekster import MAPPE          check the folder and show what would change
    tekster import MAPPE --yes    … and save it in the database (never the program folder)

Exit codes: 0 done, 1 a problem (a file the loader rejects: nothing is saved), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "tekster", help="klinikkens tekster som filer: eksport og import",
        description="Klinikkens tekster (spørgsmål og svar, sygdomme, trin) som TOML-filer.")
    actions = parser.add_subparsers(dest="texts_action", required=True, metavar="HANDLING")
    out = actions.add_parser("export", help="skriv teksterne, som klinikken har dem nu")
    out.add_argument("folder", metavar="MAPPE", help="mappen filerne skrives i")
    out.set_defaults(handler=run_export)
    into = actions.add_parser("import", help="læs tekster fra en mappe ind i databasen")
    into.add_argument("folder", metavar="MAPPE", help="mappen med TOML-filerne")
    into.add_argument("--yes", action="store_true", help="gem ændringerne (ellers vises de kun)")
    into.add_argument("--udkast", action="store_true",
                      help="gem dem som udkast, der venter på lægens godkendelse")
    into.set_defaults(handler=run_import)
    for action in actions.choices.values():
        for option, metavar in (("--data-dir", "MAPPE"), ("--database", "ADRESSE")):
            action.add_argument(option, metavar=metavar, default=argparse.SUPPRESS,
                                help=argparse.SUPPRESS)
    return parser


def _open(options: argparse.Namespace) -> None:
    from reception.cli_safety import command_passphrase
    from reception.store import open_store

    open_store(options.paths.target, command_passphrase(options.paths))


def run_export(options: argparse.Namespace) -> int:
    from reception.content.exchange import ExportRefused, export
    from reception.content.loader import read_files

    _open(options)
    try:
        written = export(read_files(), Path(options.folder))
    except ExportRefused as refused:
        print(f"fejl: {refused}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def run_import(options: argparse.Namespace) -> int:
    from reception.content.exchange import apply_import, plan_import
    from reception.content.loader import read_files
    from reception.words import count_of

    folder = Path(options.folder)
    if not folder.is_dir():
        print(f"fejl: »{folder}« er ikke en mappe.", file=sys.stderr)
        return 1
    _open(options)
    shipped = read_files()
    plan = plan_import(shipped, folder)
    if not plan.ok:
        print("Teksterne i mappen kan ikke indlæses; intet er gemt:", file=sys.stderr)
        for problem in plan.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for line in plan.lines:
        print(line)
    if plan.untouched:
        print(f"Bliver stående (findes ikke i mappen): "
              f"{count_of(len(plan.untouched), 'tekst', 'tekster')}")
    if not plan.changes:
        print("Ingen ændringer.")
        return 0
    if not options.yes:
        print(f"{count_of(len(plan.changes), 'ændring', 'ændringer')} ville blive gemt; "
              "kør igen med --yes for at gemme.")
        return 0
    saved = apply_import(shipped, plan) if not options.udkast else _as_drafts(shipped, plan)
    print(f"Gemt: {count_of(len(saved), 'ændring', 'ændringer')}.")
    return 0


def _as_drafts(shipped: Any, plan: Any) -> list[Any]:
    from reception.content import clinic_texts

    return clinic_texts.save(shipped, list(plan.changes), draft=True, note="importeret")
