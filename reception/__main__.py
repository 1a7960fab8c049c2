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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reception",
                                     description="Guldklinikken Reception fra kommandolinjen.")
    parser.add_argument(
        "--data-dir", metavar="MAPPE", help="datamappe (ellers $RECEPTION_DATA_DIR)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    search = commands.add_parser("search", help="søg i klinikkens viden")
    search.add_argument("query", help="søgeord, fx 'piskesmæld' eller 'må jeg køre bil'")
    search.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    search.add_argument("--limit", type=int, default=20, help="højst så mange resultater")
    search.set_defaults(handler=_search)
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    options.paths = resolve_data_paths(options.data_dir)
    return int(options.handler(options))


if __name__ == "__main__":
    sys.exit(main())
