"""``--self-test``: the installed program proves that its parts work, on a throwaway folder.

A frozen build can miss a data file or a native library that the source checkout
has (a font, phonenumbers' metadata, SQLCipher's library). Each check here uses the
real code path a receptionist's day uses, in a fresh temporary data folder that is
deleted afterwards; the user's own data folder is never opened.

    run_checks(checks) -> [CheckResult]     every check runs, also after a failure
    report_lines(results) -> [str]          one Danish line per check, then a summary
    main(extra=()) -> exit code             prints the lines; 1 when any check failed

The checks share a ``SelfTestContext`` (the folder, the content, the call made);
a check returns a short Danish detail, or raises when something is wrong.
The UI adds a check that Qt's platform and plugins load (``ui/self_test_qt.py``).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reception.errors import QT_TR_NOOP, ReceptionError
from reception.paths import DataPaths, resolve_data_paths

SEARCH_WORD = "piskesmæld"  # a word the clinic's texts answer (tests/test_search_quality.py)
TEST_PHONE = "+4523394977"
TEST_NAME = "Søren Ærø Selvtest"  # Danish letters: the PDF fonts must carry them
TEST_PASSPHRASE = "selvtest-guld-1996"


class SelfTestFailed(ReceptionError):
    """A check saw something wrong; ``what`` is Danish and ends up in the report (the
    self-test speaks to whoever installs the program, on the command line)."""

    code = "self_test_failed"
    messages = {"self_test_failed": QT_TR_NOOP("{what}")}

    def __init__(self, what: str) -> None:
        super().__init__(what=what)


@dataclass
class SelfTestContext:
    """What the checks share: the temporary folder and what earlier checks made."""

    root: Path
    paths: DataPaths
    content: Any = None
    caller_id: int | None = None
    pdf: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


Check = tuple[str, Callable[[SelfTestContext], str]]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def check_database(context: SelfTestContext) -> str:
    from reception.store import open_store
    from reception.store.migrations import SCHEMA_VERSION

    context.extra["store"] = open_store(context.paths.database)
    _require(context.paths.database.is_file(), "databasefilen blev ikke oprettet")
    return f"skema {SCHEMA_VERSION}"


def check_search(context: SelfTestContext) -> str:
    from reception.content import load_content
    from reception.search import KnowledgeIndex, documents_from_content, load_synonyms

    content = load_content()
    _require(not content.problems, "; ".join(str(p) for p in content.problems[:3]))
    context.content = content
    index = KnowledgeIndex(documents_from_content(content), load_synonyms())
    hits = index.search(SEARCH_WORD, limit=5)
    _require(bool(hits), f"ingen resultater for »{SEARCH_WORD}«")
    return f"»{SEARCH_WORD}« → »{hits[0].title}«"


def check_call(context: SelfTestContext) -> str:
    from reception.calls import CallForm, end_call, find_callers_by_phone, start_call
    from reception.phone import format_national

    result = end_call(start_call(TEST_PHONE), CallForm(
        phone=TEST_PHONE, name=TEST_NAME, street="Guldgade 1", postcode="8000",
        town="Aarhus C", notes="selvtest"), "no_action")
    found = find_callers_by_phone(TEST_PHONE)
    _require(result.caller_id is not None and [c.id for c in found] == [result.caller_id],
             "opkaldet blev ikke fundet igen på nummeret")
    context.caller_id = result.caller_id
    return f"opkald nr. {result.call_id} fra {format_national(TEST_PHONE)}"


def check_sheet(context: SelfTestContext) -> str:
    import io

    from pypdf import PdfReader

    from reception.sheets import (
        caller_facts,
        clinic_letterhead,
        default_selection,
        load_sheet_settings,
        personal_sheet_for,
        render_sheet,
    )

    _require(context.caller_id is not None and context.content is not None,
             "kræver opkaldet og teksterne fra kontrollerne før")
    settings = load_sheet_settings()
    facts = caller_facts(context.caller_id)
    selection = default_selection(facts, context.content)
    data = personal_sheet_for(facts, context.content, date.today(), selection,
                              clinic_letterhead(context.content, settings))
    context.pdf = render_sheet(data, settings.window())
    reader = PdfReader(io.BytesIO(context.pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    _require(TEST_NAME in " ".join(text.split()),
             f"navnet »{TEST_NAME}« står ikke i PDF'en")
    from reception.words import count_of

    return f"{count_of(len(reader.pages), 'side', 'sider')}, {len(context.pdf) // 1024} kB"


def check_backup(context: SelfTestContext) -> str:
    from reception.safety import make_backup, verify_backup

    info = make_backup(context.paths.database, context.root / "sikkerhedskopier")
    problems = verify_backup(info, full=True)
    _require(not problems, "; ".join(problems))
    return f"{info.path.name}, kontrolleret"


def check_encryption(context: SelfTestContext) -> str:
    from reception.calls import find_callers_by_phone
    from reception.safety import encrypt_database
    from reception.store import open_database
    from reception.store.cipher import file_kind

    copy = context.root / "krypteret" / "reception.sqlite3"
    copy.parent.mkdir()
    if "store" in context.extra:
        context.extra["store"].close()  # a closed file copies whole (no WAL beside it)
    shutil.copy2(context.paths.database, copy)
    encrypt_database(copy, TEST_PASSPHRASE)
    _require(file_kind(copy) == "encrypted", "kopien er ikke krypteret")
    database = open_database(copy, TEST_PASSPHRASE)
    try:
        _require(len(find_callers_by_phone(TEST_PHONE)) == 1,
                 "opkaldet kan ikke læses i den krypterede kopi")
    finally:
        database.close()
    return "SQLCipher, åbnet igen med adgangskoden"


def check_holidays(context: SelfTestContext) -> str:
    from reception.clinic_days import holiday_name

    day = date(date.today().year, 12, 26)
    name = holiday_name(day)
    _require(name is not None, "helligdagene kunne ikke læses (pakken holidays)")
    return f"{day.isoformat()} er »{name}«"


def check_server_driver(context: SelfTestContext) -> str:
    import psycopg

    _require(psycopg.pq.__impl__ in ("binary", "c"),
             f"psycopg bruger »{psycopg.pq.__impl__}« i stedet for den indbyggede driver")
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"


CORE_CHECKS: list[Check] = [
    ("Database oprettet og opdateret", check_database),
    ("Søgning i klinikkens tekster", check_search),
    ("Opkald gemt og fundet", check_call),
    ("Informationsark (PDF læst igen)", check_sheet),
    ("Sikkerhedskopi lavet og kontrolleret", check_backup),
    ("Krypteret kopi", check_encryption),
    ("Helligdage til bookingadvarsler", check_holidays),
    ("Driver til klinikkens databaseserver", check_server_driver),
]


def run_checks(checks: Sequence[Check], root: Path) -> list[CheckResult]:
    """Run every check on a fresh data folder under ``root``; a failure never stops the rest."""
    context = SelfTestContext(root=root, paths=resolve_data_paths(root / "data").ensure())
    results = []
    try:
        for name, check in checks:
            try:
                results.append(CheckResult(name, True, check(context)))
            except Exception as error:  # the report names it; the next check still runs
                detail = str(error) or type(error).__name__
                results.append(CheckResult(name, False, detail if isinstance(
                    error, SelfTestFailed) else f"{type(error).__name__}: {detail}"))
    finally:
        if "store" in context.extra:
            context.extra["store"].close()  # before the temporary folder goes
    return results


def report_lines(results: Iterable[CheckResult]) -> list[str]:
    from reception.words import count_of

    results = list(results)
    lines = [f"{'i orden' if r.ok else 'FEJL':>7}  {r.name}: {r.detail}" for r in results]
    failed = sum(not r.ok for r in results)
    total = count_of(len(results), "kontrol", "kontroller")
    lines.append(f"Selvtest: {total}, " + ("alle i orden." if not failed else
                                          f"{count_of(failed, 'fejl', 'fejl')}."))
    return lines


def main(extra: Sequence[Check] = (), write: Callable[[str], Any] = print,
         core: Sequence[Check] = tuple(CORE_CHECKS)) -> int:
    """Run the ``core`` checks and ``extra``, print the report; 0 when all passed, else 1."""
    from reception import __version__

    write(f"Guldklinikken Reception {__version__}, selvtest ({sys.executable})")
    with tempfile.TemporaryDirectory(prefix="reception-selvtest-") as folder:
        results = run_checks([*core, *extra], Path(folder))
    for line in report_lines(results):
        write(line)
    return 0 if all(r.ok for r in results) else 1
