"""``python -m reception sheet``: information sheets from the command line.

    sheet PHONE --out FILE.pdf          the caller's personal sheet, as the app makes it
    sheet --id N --out FILE.pdf         the same for caller id N (several share a number)
    sheet --plain --out FILE.pdf        the desk variant without personal data
    sheet --calibration --out FILE.pdf  the envelope-window calibration page

``--by NAME`` signs a personal sheet (above the clinic's name); ``--log
print|post|email|pdf`` also logs it on the caller, as the app does when it sends one.
A warning goes to stderr when the clinic's own address is empty (Filer → Klinikkens
oplysninger): the letter is then printed without it. Exit codes: 0 written, 1 failed (message
on stderr, no file written), 2 the phone number is shared (``--id`` lists the choices).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from reception.errors import QT_TR_NOOP, ReceptionError

EXIT_SHARED_NUMBER = 2


class CommandError(ReceptionError):
    """A Danish message for stderr (``code`` names it), and the exit code."""

    messages = {
        "not_a_date": QT_TR_NOOP("»{text}« er ikke en dato på formen ÅÅÅÅ-MM-DD."),
        "plain_and_person": QT_TR_NOOP(
            "--plain og --calibration laver ark uden personoplysninger: "
            "angiv ikke også et telefonnummer eller --id."),
        "nothing_chosen": QT_TR_NOOP("Angiv et telefonnummer, --id, --plain eller --calibration."),
        "log_needs_person": QT_TR_NOOP("--log gælder kun et personligt ark."),
        "not_pdf_name": QT_TR_NOOP("»{out}« skal ende på .pdf."),
        "no_such_person": QT_TR_NOOP("Der er ingen person med id {id}."),
        "not_a_phone": QT_TR_NOOP("»{phone}« er ikke et helt telefonnummer."),
        "nobody_has_phone": QT_TR_NOOP("Ingen person har telefonnummeret {phone}."),
        "person_lacks_phone": QT_TR_NOOP("Person {id} har ikke telefonnummeret {phone}."),
        "shared_number": QT_TR_NOOP(
            "{count} personer har telefonnummeret {phone}. Vælg den rigtige med --id:\n"
            "{people}"),
    }

    def __init__(self, code: str, exit_code: int = 1, **params: object) -> None:
        super().__init__(code, **params)
        self.exit_code = exit_code


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``sheet`` command to ``build_parser()``'s subparsers."""
    parser = subparsers.add_parser(
        "sheet", help="lav et informationsark som PDF",
        description="Lav informationsarket som PDF: det personlige ark til personen med "
                    "telefonnummeret, det neutrale ark uden personoplysninger (--plain) "
                    "eller kalibreringssiden til rudekuverter (--calibration).")
    parser.add_argument("phone", nargs="?", metavar="TELEFON",
                        help="personens telefonnummer, fx 23394977 eller +45 23 39 49 77")
    parser.add_argument("--id", type=int, dest="caller_id", metavar="N",
                        help="personens id (når flere deler telefonnummeret)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--plain", action="store_true",
                      help="arket uden personoplysninger, til at give med i skranken")
    kind.add_argument("--calibration", action="store_true",
                      help="kalibreringssiden for rudekuverter")
    parser.add_argument("--out", required=True, metavar="FIL.pdf", help="hvor PDF'en gemmes")
    parser.add_argument("--date", dest="today", metavar="ÅÅÅÅ-MM-DD",
                        help="brevets dato (ellers i dag)")
    parser.add_argument("--log", dest="log_how", choices=["print", "post", "email", "pdf"],
                        help="skriv også arket i personens log som sendt på denne måde")
    parser.add_argument("--by", default="", metavar="NAVN",
                        help="hvem der sender: underskriver brevet og står i loggen")
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """The ``sheet`` command's handler (``options.paths`` is set by ``reception.__main__``)."""
    from reception.sheets import FileWriteError
    from reception.store import StorageUnavailable
    from reception.store.cipher import PassphraseError

    try:
        return _run(options)
    except CommandError as error:
        print(f"fejl: {error.message}", file=sys.stderr)
        return error.exit_code
    except (StorageUnavailable, PassphraseError) as error:
        from reception.failures import failure_text

        print(f"fejl: {failure_text(error, options.paths.root)}", file=sys.stderr)
        return 1
    except FileWriteError as error:
        print(f"fejl: {error}", file=sys.stderr)
        return 1


def _today(options: argparse.Namespace) -> date:
    if not options.today:
        return date.today()
    try:
        return date.fromisoformat(options.today)
    except ValueError:
        raise CommandError("not_a_date", text=options.today) from None


def _check(options: argparse.Namespace) -> None:
    personal = options.phone or options.caller_id is not None
    if (options.plain or options.calibration) and personal:
        raise CommandError("plain_and_person")
    if not (options.plain or options.calibration or personal):
        raise CommandError("nothing_chosen")
    if options.log_how and not personal:
        raise CommandError("log_needs_person")
    if not str(options.out).lower().endswith(".pdf"):
        raise CommandError("not_pdf_name", out=options.out)


def _run(options: argparse.Namespace) -> int:
    from reception.cli_safety import command_passphrase
    from reception.clinic_settings import ADDRESS_MISSING_WARNING, clinic_address_missing
    from reception.content.clinic_texts import approved_content
    from reception.sheets import (
        clinic_letterhead,
        load_sheet_settings,
        plain_sheet,
        render_calibration,
        render_sheet,
        write_atomic,
    )
    from reception.store import open_store

    _check(options)
    today = _today(options)
    out = Path(options.out).expanduser()
    open_store(options.paths.target, command_passphrase(options.paths))
    settings = load_sheet_settings()
    if options.calibration:
        pdf = render_calibration(settings.window())
        write_atomic(out, pdf)
        print(f"{out}: kalibreringsside ({settings.window_left_mm:g} mm fra venstre, "
              f"{settings.window_top_mm:g} mm fra toppen)")
        return 0
    content = approved_content()  # the shipped texts with the clinic's own changes
    for problem in content.problems:
        print(f"advarsel: {problem}", file=sys.stderr)
    letterhead = clinic_letterhead(content, settings)
    if options.plain:
        write_atomic(out, render_sheet(plain_sheet(content, letterhead, today),
                                       settings.window()))
        print(f"{out}: informationsark uden personoplysninger")
    else:
        caller_id = _caller_id(options.phone, options.caller_id)
        _personal(options, caller_id, content, letterhead, settings, today, out)
    if clinic_address_missing():
        print(f"advarsel: {ADDRESS_MISSING_WARNING}", file=sys.stderr)
    return 0


def _personal(options: argparse.Namespace, caller_id: int, content: Any, letterhead: Any,
              settings: Any, today: date, out: Path) -> None:
    from reception.sheets import (
        caller_facts,
        default_selection,
        has_checklist,
        log_sent_sheet,
        personal_sheet_for,
        render_sheet,
        write_atomic,
    )

    facts = caller_facts(caller_id)
    selection = default_selection(facts, content)
    data = personal_sheet_for(facts, content, today, selection, letterhead, signer=options.by)
    pdf = render_sheet(data, settings.window())
    write_atomic(out, pdf)
    name = facts.recipient.name or "(uden navn)"
    print(f"{out}: informationsark til {name} (id {caller_id})")
    if not facts.recipient.street:
        print("advarsel: personen har ingen postadresse – arket kan ikke sendes i rudekuvert.",
              file=sys.stderr)
    if not has_checklist():
        print("bemærk: tjeklisten er ikke installeret; de 6 trin står uden status.",
              file=sys.stderr)
    if options.log_how:
        sent_id = log_sent_sheet(caller_id, facts.call_id, selection.keys(), options.log_how,
                                 options.by, pdf, content=content)
        print(f"logget som sendt ({options.log_how}), nr. {sent_id}")


def _caller_id(phone: str | None, caller_id: int | None) -> int:
    from reception.calls import find_callers_by_phone
    from reception.phone import format_national, normalize_phone
    from reception.store.models import Caller

    if phone is None:
        assert caller_id is not None
        if not Caller.select().where(Caller.id == caller_id).exists():
            raise CommandError("no_such_person", id=caller_id)
        return caller_id
    e164 = normalize_phone(phone)
    if e164 is None:
        raise CommandError("not_a_phone", phone=phone)
    shown = format_national(e164)
    found = find_callers_by_phone(e164)
    if not found:
        raise CommandError("nobody_has_phone", phone=shown)
    if caller_id is not None:
        if caller_id not in {c.id for c in found}:
            raise CommandError("person_lacks_phone", id=caller_id, phone=shown)
        return caller_id
    if len(found) > 1:
        lines = []
        for person in found:
            place = " ".join(p for p in (person.postcode, person.town) if p)
            details = ", ".join(p for p in (person.name or "(uden navn)", place) if p)
            lines.append(f"  --id {person.id}  {details}")
        raise CommandError("shared_number", EXIT_SHARED_NUMBER, count=len(found), phone=shown,
                           people="\n".join(lines))
    return found[0].id
