"""Command line: ``python -m reception <command>``, for scripts, checks and scheduled tasks.

Every command accepts ``--data-dir`` (or ``RECEPTION_DATA_DIR``) like the app, and
``--database postgresql://bruger@server/database`` (or ``RECEPTION_DATABASE_URL``, else
the address the data folder remembers: ``reception/database_target.py``), before or
after the command's name. Exit codes: 0 done, 1 a problem (a Danish message on
stderr, never a traceback for a full disk, a read-only folder and the like:
``reception/failures.py``), 2 wrong usage (Danish too: ``reception/cli_argparse.py``).
"""

from __future__ import annotations

import argparse
import json
import sys

from reception import cli_argparse
from reception.paths import DataPaths, resolve_data_paths

SEARCH_LIMIT_MAX = 1000
DEMO_CALLERS_MAX = 10_000_000


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

    from reception.demo_data import fill_demo_data
    from reception.store import StorageUnavailable, open_store
    from reception.words import count_of, count_rows, number

    path = options.paths.target_text
    started = time.perf_counter()
    try:
        database = open_store(options.paths.target)
        result = fill_demo_data(
            database, options.callers, options.calls_per_caller, seed=options.seed,
            today=options.today,
            progress=lambda done, total: print(
                f"  {number(done)}/{count_of(total, 'person', 'personer')}", file=sys.stderr),
        )
    except StorageUnavailable as error:
        from reception.failures import failure_text

        print(f"fejl: {failure_text(error, options.paths.root)}", file=sys.stderr)
        return 1
    database.close()
    counts = {"caller": result.callers, "caller_phone": result.phones, "call": result.calls,
              "callback": result.callbacks, "note": result.notes, "sent_item": result.sent_items}
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(f"{path}: {count_rows(counts)} ({seconds} s)")
    return 0


DATA_DIR_HELP = "datamappe (ellers $RECEPTION_DATA_DIR)"
DATABASE_HELP = ("klinikkens databaseserver, postgresql://bruger@server:5432/database "
                 "(ellers $RECEPTION_DATABASE_URL, ellers den datamappen husker; "
                 "»lokal« for datamappens egen); adgangskoden i PGPASSFILE eller PGPASSWORD")


def build_parser() -> argparse.ArgumentParser:
    cli_argparse.install()
    parser = argparse.ArgumentParser(prog="python -m reception",
                                     description="Guldklinikken Reception fra kommandolinjen.")
    parser.add_argument("--data-dir", metavar="MAPPE", help=DATA_DIR_HELP)
    parser.add_argument("--database", metavar="ADRESSE", help=DATABASE_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    search = commands.add_parser("search", help="søg i klinikkens viden")
    search.add_argument("query", metavar="SØGEORD",
                        help="søgeord, fx »piskesmæld« eller »må jeg køre bil«")
    search.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    search.add_argument("--limit", type=cli_argparse.whole_number(1, SEARCH_LIMIT_MAX),
                        default=20, help="højst så mange resultater")
    search.set_defaults(handler=_search)

    demo = commands.add_parser("demo-data", help="fyld datamappens database med testdata")
    demo.add_argument("--callers", type=cli_argparse.whole_number(1, DEMO_CALLERS_MAX),
                      required=True, help="antal personer, fx 1000")
    demo.add_argument("--calls-per-caller", type=cli_argparse.whole_number(0, 1000), default=10,
                      help="opkald pr. person i gennemsnit (standard 10)")
    demo.add_argument("--seed", type=cli_argparse.whole_number(0, 2**62), default=1,
                      help="samme tal giver samme data")
    demo.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", type=cli_argparse.iso_date,
                      help="dato data regnes ud fra (i dag)")
    demo.set_defaults(handler=_demo_data)
    from reception import cli_move, cli_overblik, cli_privacy, cli_safety, cli_sheet, cli_texts

    for module in (cli_sheet, cli_safety, cli_privacy, cli_overblik, cli_move, cli_texts):
        module.register(commands)
    for command in commands.choices.values():  # also accepted after the command's name
        command.add_argument("--data-dir", metavar="MAPPE", default=argparse.SUPPRESS,
                             help=DATA_DIR_HELP)
        command.add_argument("--database", metavar="ADRESSE", default=argparse.SUPPRESS,
                             help=DATABASE_HELP)
    return parser


def data_folder_problem(paths: DataPaths) -> str | None:
    """Why ``--data-dir`` cannot be a data folder (a file, /dev/null, a name too long)."""
    from reception.failures import describe_failure

    try:
        if paths.root.exists() and not paths.root.is_dir():
            return f"--data-dir: »{paths.root}« er ikke en mappe."
        paths.root.stat()
    except FileNotFoundError:
        return None  # made when first needed
    except OSError as error:
        failure = describe_failure(error)
        return f"--data-dir: {failure.message}" if failure else str(error)
    return None


def main(argv: list[str] | None = None) -> int:
    from reception.private_files import restrict_new_files, tighten_data_folder

    restrict_new_files()  # files with patient data readable by the user alone
    parser = build_parser()
    options = parser.parse_args(argv)
    options.paths = resolve_data_paths(options.data_dir)
    problem = data_folder_problem(options.paths)
    if problem:
        parser.exit(2, f"fejl: {problem}\n")
    tighten_data_folder(options.paths.root, options.paths.logs)
    if options.command != "search":  # the only command that never touches the data
        from reception.database_target import DatabaseTargetError
        from reception.paths import with_database

        try:
            options.paths = with_database(options.paths, options.database)
        except DatabaseTargetError as error:
            parser.exit(2, f"fejl: {error.message}\n")
    try:
        if options.command != "search":  # the only command that never touches the data
            settle_interrupted(options.paths)
        return int(options.handler(options))
    except KeyboardInterrupt:
        print("Afbrudt.", file=sys.stderr)
        return 130
    except Exception as error:
        from reception.failures import describe_failure

        failure = describe_failure(error, options.paths.root)
        if failure is None:  # a bug: the traceback is what a developer needs
            raise
        print(f"fejl: {failure.message}", file=sys.stderr)
        return 1


def settle_interrupted(paths: DataPaths) -> None:
    """Finish or roll back an interrupted restore/encrypt/passphrase/backup first, and say so."""
    from reception.safety.recovery import recover_if_free

    for line in recover_if_free(paths):
        print(f"Bemærk: {line}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
