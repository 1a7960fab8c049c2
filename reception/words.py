"""Danish words that depend on a number: one place for singular and plural.

Danish has two forms, written out in full ("1 person", "2 personer"), never
"person(er)". The core and the command line call ``plural`` directly; the UI passes
both forms through ``tr()`` first (``ui.translations.plural`` is this function).
"""

from __future__ import annotations

from collections.abc import Mapping

from reception import formats

# Tables of the database as a reader counts their rows: (one, more).
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "caller": ("person", "personer"),
    "caller_phone": ("telefonnummer", "telefonnumre"),
    "call": ("opkald", "opkald"),
    "call_summary": ("optælling af opkald", "optællinger af opkald"),
    "call_faq_tick": ("afkrydset spørgsmål", "afkrydsede spørgsmål"),
    "note": ("note", "noter"),
    "callback": ("tilbageringning", "tilbageringninger"),
    "sent_item": ("sendt ark", "sendte ark"),
    "sent_sheet": ("kopi af et ark", "kopier af ark"),
    "checklist": ("tjekliste", "tjeklister"),
    "checklist_step": ("tjeklistetrin", "tjeklistetrin"),
    "audit_entry": ("logpost", "logposter"),
    "setting": ("indstilling", "indstillinger"),
    "schema_version": ("versionsnummer", "versionsnumre"),
    "clinic_text": ("tekstændring", "tekstændringer"),
}


def number(count: int) -> str:
    """``1234`` → ``"1.234"`` (Danish thousands separator)."""
    return formats.number(count)


def plural(count: int, one: str, more: str) -> str:
    """``one`` or ``more`` for ``count``, with ``{n}`` filled in (thousands with a dot).

    ``plural(1, "{n} person", "{n} personer")`` → ``"1 person"``. Without ``{n}`` the
    word alone is returned: ``plural(2, "person", "personer")`` → ``"personer"``.
    """
    return (one if count == 1 else more).format(n=number(count))


def count_of(count: int, one: str, more: str) -> str:
    """``count_of(1, "person", "personer")`` → ``"1 person"``."""
    return plural(count, "{n} " + one, "{n} " + more)


def count_rows(counts: Mapping[str, int]) -> str:
    """``{"call": 3, "note": 1}`` → ``"3 opkald, 1 note"``; empty tables are left out."""
    return ", ".join(count_of(n, *TABLE_WORDS.get(table, (table, table)))
                     for table, n in counts.items() if n)
