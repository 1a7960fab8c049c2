"""``python -m reception overblik``: how the phone line did over a period.

    overblik --from 2026-11-01 --to 2026-11-30            a readable Danish table
    overblik --from … --to … --json                       one JSON object
    overblik --from … --to … --csv FIL.csv --pdf FIL.pdf  the exports (also combined)

Without ``--from``/``--to``: the current month. ``--today`` decides what counts as
overdue (for scripts and tests). Exit codes: 0 done, 1 a problem, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from reception import cli_argparse


def register(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "overblik", help="tal for en periode: opkald, nye personer, tilbageringninger …",
        description="Overblik over en periode: opkald pr. dag og time, udfald, nye personer "
                    "og hvor mange der bookede, tilbageringninger, sendte ark og tjeklister.")
    parser.add_argument("--from", dest="first", metavar="ÅÅÅÅ-MM-DD", type=cli_argparse.iso_date,
                        help="første dag (ellers den 1. i denne måned)")
    parser.add_argument("--to", dest="last", metavar="ÅÅÅÅ-MM-DD", type=cli_argparse.iso_date,
                        help="sidste dag, medregnet (ellers månedens sidste)")
    parser.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", type=cli_argparse.iso_date,
                        help="dato forfaldne tilbageringninger regnes ud fra (i dag)")
    parser.add_argument("--json", action="store_true", help="skriv tallene som JSON")
    parser.add_argument("--csv", metavar="FIL.csv", help="gem tallene som CSV (til regneark)")
    parser.add_argument("--pdf", metavar="FIL.pdf", help="gem en rapport på én side som PDF")
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    from reception.cli_safety import command_passphrase
    from reception.reports import Period, named_period, overview
    from reception.reports.export import as_json, write_csv
    from reception.reports.words import as_text
    from reception.store import open_database

    today = options.today or date.today()
    month = named_period("this_month", today)
    first, last = options.first or month.first, options.last or month.last
    if last < first:
        print(f"fejl: --to ({last.isoformat()}) ligger før --from ({first.isoformat()}).",
              file=sys.stderr)
        return 2
    open_database(options.paths.database, command_passphrase(options.paths))
    figures = overview(Period(first, last), today=today)
    if options.csv:
        write_csv(figures, Path(options.csv).expanduser())
    if options.pdf:
        from reception.reports.pdf_report import write_pdf

        write_pdf(figures, Path(options.pdf).expanduser())
    if options.json:
        json.dump(as_json(figures), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not (options.csv or options.pdf):
        sys.stdout.write(as_text(figures))
    for label, given in (("CSV", options.csv), ("PDF", options.pdf)):
        if given:
            print(f"{label} gemt: {given}", file=sys.stderr)
    return 0
