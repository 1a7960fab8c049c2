"""Command line: ``python -m reception <command>``, for scripts, checks and scheduled tasks.

Every command accepts ``--data-dir`` (or ``RECEPTION_DATA_DIR``) like the app.
"""

from __future__ import annotations

import argparse
import json
import sys

from reception.paths import resolve_data_paths


def _search(options: argparse.Namespace) -> int:
    from reception.content import load_content
    from reception.search import KnowledgeIndex, documents_from_content, load_synonyms

    content = load_content()
    for problem in content.problems:
        print(f"advarsel: {problem}", file=sys.stderr)
    index = KnowledgeIndex(documents_from_content(content), load_synonyms())
    hits = index.search(options.query, limit=options.limit)
    if options.json:
        rows = [
            {"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet,
             "text": h.text, "score": round(h.score, 4)}
            for h in hits
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for n, hit in enumerate(hits, 1):
            print(f"{n:2}. [{hit.kind}] {hit.title}  ({hit.key})")
        if not hits:
            print("Intet fundet.")
    return 0


def _demo_data(options: argparse.Namespace) -> int:
    import time
    from datetime import date

    from reception.demo_data import fill_demo_data
    from reception.store import StorageUnavailable, open_database
    from reception.words import count_of, count_rows, number

    path = options.paths.database
    started = time.perf_counter()
    try:
        database = open_database(path)
        today = date.fromisoformat(options.today) if options.today else None
        result = fill_demo_data(
            database, options.callers, options.calls_per_caller, seed=options.seed, today=today,
            progress=lambda done, total: print(
                f"  {number(done)}/{count_of(total, 'person', 'personer')}", file=sys.stderr),
        )
    except StorageUnavailable as error:
        print(f"fejl: {error.message}", file=sys.stderr)
        return 1
    database.close()
    counts = {"caller": result.callers, "caller_phone": result.phones, "call": result.calls,
              "callback": result.callbacks, "note": result.notes, "sent_item": result.sent_items}
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(f"{path}: {count_rows(counts)} ({seconds} s)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reception",
                                     description="Guldklinikken Reception fra kommandolinjen.")
    parser.add_argument(
        "--data-dir", metavar="MAPPE", help="datamappe (ellers $RECEPTION_DATA_DIR)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    search = commands.add_parser("search", help="søg i klinikkens viden")
    search.add_argument("query", help="søgeord, fx »piskesmæld« eller »må jeg køre bil«")
    search.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    search.add_argument("--limit", type=int, default=20, help="højst så mange resultater")
    search.set_defaults(handler=_search)

    demo = commands.add_parser("demo-data", help="fyld datamappens database med testdata")
    demo.add_argument("--callers", type=int, required=True, help="antal personer, fx 1000")
    demo.add_argument("--calls-per-caller", type=int, default=10,
                      help="opkald pr. person i gennemsnit (standard 10)")
    demo.add_argument("--seed", type=int, default=1, help="samme tal giver samme data")
    demo.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", help="dato data regnes ud fra (i dag)")
    demo.set_defaults(handler=_demo_data)
    from reception import cli_privacy, cli_safety, cli_sheet

    for module in (cli_sheet, cli_safety, cli_privacy):
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    options.paths = resolve_data_paths(options.data_dir)
    return int(options.handler(options))


if __name__ == "__main__":
    sys.exit(main())
