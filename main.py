"""Starts Guldklinikken Reception. Parses arguments, builds the app, nothing else."""

from __future__ import annotations

import argparse
import sys

# Before anything from Qt, on purpose: see reception/startup.py.
from reception.startup import prepare_start


def parse_args(argv: list[str]) -> argparse.Namespace:
    from reception import cli_argparse

    cli_argparse.install()
    parser = argparse.ArgumentParser(
        prog="guldklinikken-reception", description="Guldklinikken – receptionens program."
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAPPE",
        help="læg alle data (database, log, indstillinger) i MAPPE "
        "(ellers $RECEPTION_DATA_DIR, ellers brugerens datamappe)",
    )
    parser.add_argument(
        "--database",
        metavar="ADRESSE",
        help="klinikkens databaseserver, postgresql://bruger@server:5432/database (huskes i "
        "datamappen; ellers $RECEPTION_DATABASE_URL; »lokal« for datamappens egen). "
        "Adgangskoden i PGPASSFILE eller PGPASSWORD, aldrig her",
    )
    parser.add_argument(
        "--call",
        metavar="NUMMER",
        help="åbn et nyt opkald for NUMMER i det kørende vindue (til telefonsystemet)",
    )
    parser.add_argument(
        "uri", nargs="?", metavar="tel:NUMMER",
        help="det samme som --call, som link: tel:NUMMER eller guldklinik-opkald:NUMMER",
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="kontroller programmets dele i en midlertidig datamappe og skriv resultatet",
    )
    parser.add_argument(
        "--install-desktop-entry", action="store_true",
        help="Linux: læg programmet i menuen og lad tel:- og guldklinik-opkald:-links åbne et "
        "opkald (~/.local/share/applications)",
    )
    options = parser.parse_args(argv)
    if options.uri and not options.call:
        options.call = options.uri
    if options.call:
        from reception.screenpop.link import number_from_link

        options.call = number_from_link(options.call)
    return options


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options = parse_args(argv)
    if options.install_desktop_entry:
        from reception.desktop_entry import install_desktop_entry

        for line in install_desktop_entry():
            print(line)
        return 0
    if options.self_test:
        from ui.self_test_qt import run_self_test

        return run_self_test()
    from reception.database_target import DatabaseTargetError

    try:
        prepared = prepare_start(options.data_dir, options.database)
    except OSError as error:  # the data folder cannot be made or written
        from ui.start_failure import data_folder_message, show_start_failure

        return show_start_failure(data_folder_message(options.data_dir, error))
    except DatabaseTargetError as error:  # an unusable --database (or remembered address)
        from ui.start_failure import show_start_failure

        return show_start_failure(error.message)
    from ui.app import run_app

    return run_app(prepared, [sys.argv[0]], call=options.call)


if __name__ == "__main__":
    sys.exit(main())
