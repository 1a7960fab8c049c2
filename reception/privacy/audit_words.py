"""The audit trail's details in Danish: ``udfald=call_back`` reads ``udfald: ring tilbage``.

Entries store ids and codes (``trin=blood_thinners felter=takes,which``), never what
was typed; this module words them for the Revisionslog. Every key the code writes
has a label in ``KEY_LABELS`` (or is a table name, counted in words); a value list
(``udfald=booked,send_sheet``) is split on commas and each code labelled. An unknown
key or code is shown as stored, so nothing is hidden.

Each word is also a ``Text`` (``describe_parts``) built from marked templates, so the
UI can show the same details in English; the Danish string is the same either way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from reception.checklist.vocabulary import FIELD_LABELS, STEP_LABELS
from reception.errors import PLURAL, QT_TR_NOOP, Text
from reception.formats import Count
from reception.sheets.selection import CONDITION_PREFIX, FAQ_PREFIX, STEPS_KEY
from reception.words import TABLE_WORDS

# Every ``key=`` the code writes into an entry's summary → its Danish label.
KEY_LABELS: dict[str, str] = {
    "udfald": QT_TR_NOOP("udfald"),  # calls.ending: call.end
    "varighed": QT_TR_NOOP("varighed"),
    "opkald": QT_TR_NOOP("opkald"),  # callbacks, sheets
    "person": QT_TR_NOOP("person"),  # notes, checklists
    "trin": QT_TR_NOOP("trin"),  # checklist.data, checklist.status
    "felter": QT_TR_NOOP("felter"),
    "status": QT_TR_NOOP("status"),
    "måde": QT_TR_NOOP("måde"),  # sheet.send
    "indhold": QT_TR_NOOP("indhold"),
    "dag": QT_TR_NOOP("dag"),  # sheet.posted
    "personer": QT_TR_NOOP("personer"),  # demo.load
    "seed": QT_TR_NOOP("startværdi"),
    "rækker": QT_TR_NOOP("rækker"),  # caller.export
    "filer": QT_TR_NOOP("filer"),
}
EMPTIED_PREFIX = "tømt_"  # caller.anonymise: tømt_<table>=<rows emptied>

# The labels in lower case, written out so that each is a marked text of its own
# (tests/test_privacy_audit_words.py checks they match the vocabularies).
OUTCOME_WORDS: dict[str, str] = {
    "booked": QT_TR_NOOP("konsultation booket"),
    "send_sheet": QT_TR_NOOP("informationsark sendes"),
    "call_back": QT_TR_NOOP("ring tilbage"),
    "no_action": QT_TR_NOOP("ingen handling"),
}
STATUS_WORDS: dict[str, str] = {
    "missing": QT_TR_NOOP("mangler"),
    "done": QT_TR_NOOP("klaret"),
    "not_relevant": QT_TR_NOOP("ikke relevant"),
}
HOW_WORDS: dict[str, str] = {
    "print": QT_TR_NOOP("udskrevet"),
    "post": QT_TR_NOOP("med posten"),
    "email": QT_TR_NOOP("e-mail"),
    "pdf": QT_TR_NOOP("gemt som pdf"),
}

# Rows per table counted in words: (one, more), the same words as ``TABLE_WORDS``.
TABLE_COUNTS: dict[str, tuple[str, str]] = {
    "caller": (QT_TR_NOOP("{n} person"), QT_TR_NOOP("{n} personer")),
    "caller_phone": (QT_TR_NOOP("{n} telefonnummer"), QT_TR_NOOP("{n} telefonnumre")),
    "call": (QT_TR_NOOP("{n} opkald", "", PLURAL), QT_TR_NOOP("{n} opkald", "", PLURAL)),
    "call_summary": (QT_TR_NOOP("{n} optælling af opkald"),
                     QT_TR_NOOP("{n} optællinger af opkald")),
    "call_faq_tick": (QT_TR_NOOP("{n} afkrydset spørgsmål"),
                      QT_TR_NOOP("{n} afkrydsede spørgsmål")),
    "note": (QT_TR_NOOP("{n} note"), QT_TR_NOOP("{n} noter")),
    "callback": (QT_TR_NOOP("{n} tilbageringning"), QT_TR_NOOP("{n} tilbageringninger")),
    "sent_item": (QT_TR_NOOP("{n} sendt ark"), QT_TR_NOOP("{n} sendte ark")),
    "sent_sheet": (QT_TR_NOOP("{n} kopi af et ark"), QT_TR_NOOP("{n} kopier af ark")),
    "checklist": (QT_TR_NOOP("{n} tjekliste"), QT_TR_NOOP("{n} tjeklister")),
    "checklist_step": (QT_TR_NOOP("{n} tjeklistetrin", "", PLURAL),
                       QT_TR_NOOP("{n} tjeklistetrin", "", PLURAL)),
    "audit_entry": (QT_TR_NOOP("{n} logpost"), QT_TR_NOOP("{n} logposter")),
    "setting": (QT_TR_NOOP("{n} indstilling"), QT_TR_NOOP("{n} indstillinger")),
    "schema_version": (QT_TR_NOOP("{n} versionsnummer"), QT_TR_NOOP("{n} versionsnumre")),
    "clinic_text": (QT_TR_NOOP("{n} tekstændring"), QT_TR_NOOP("{n} tekstændringer")),
}


def as_is(value: str) -> Text:
    """``value`` shown as stored (an unknown code or key): the same in every language."""
    return Text(QT_TR_NOOP("{value}"), value=value)


def _label(labels: dict[str, str], code: str) -> Text:
    return Text(labels[code]) if code in labels else as_is(code)


def _list(items: list[Text]) -> Text:
    """``[a, b, c]`` → ``"a, b, c"`` as nested texts."""
    if not items:
        return as_is("")
    if len(items) == 1:
        return items[0]
    return Text(QT_TR_NOOP("{first}, {rest}"), first=items[0], rest=_list(items[1:]))


def _count(count: int, one: str, more: str) -> Text:
    """``one`` or ``more`` (both ``{n}`` templates) for ``count`` (a ``Count``: »1.234« in
    Danish, "1,234" in English).

    Where Danish has one form for both (»{n} opkald«), the template is marked ``PLURAL``
    and the translation picks its own form for the count ("1 call", "2 calls")."""
    if one == more:
        return Text.counted(count, one, n=Count(count))
    return Text(one if count == 1 else more, n=Count(count))


def table_count(table: str, count: int) -> Text:
    """``"3 opkald"``: rows of a table counted in words (the table's name if unknown)."""
    if table in TABLE_COUNTS:
        return _count(count, *TABLE_COUNTS[table])
    return Text(QT_TR_NOOP("{n} {table}"), n=Count(count), table=as_is(table))


def _codes(value: str, labels: dict[str, str]) -> Text:
    return _list([_label(labels, code) for code in value.split(",") if code])


def _number(value: str) -> Text:
    """``"17"`` → ``"nr. 17"``; ``"-"`` (none) → ``"intet"``."""
    if value == "-":
        return Text(QT_TR_NOOP("intet"))
    return Text(QT_TR_NOOP("nr. {n}"), n=value) if value.isdigit() else as_is(value)


def _duration(value: str) -> Text:
    """``"125s"`` → ``"2 min 5 s"``."""
    found = re.fullmatch(r"(\d+)s?", value)
    if not found:
        return as_is(value)
    minutes, seconds = divmod(int(found.group(1)), 60)
    if minutes:
        return Text(QT_TR_NOOP("{minutes} min {seconds} s"), minutes=minutes, seconds=seconds)
    return Text(QT_TR_NOOP("{seconds} s"), seconds=seconds)


def _day(value: str) -> Text:
    """``"2026-11-22"`` → ``"22. november 2026"`` (a date param: the UI writes it its way)."""
    try:
        return Text(QT_TR_NOOP("{day}"), day=date.fromisoformat(value))
    except ValueError:
        return as_is(value)


def _content(value: str) -> Text:
    """``"condition:nakkesmerter,faq:a,faq:b,steps"`` → ``"1 emne, 2 svar, de 6 trin"``."""
    keys = [k for k in value.split(",") if k]
    conditions = sum(1 for k in keys if k.startswith(CONDITION_PREFIX))
    answers = sum(1 for k in keys if k.startswith(FAQ_PREFIX))
    parts = []
    if conditions:
        parts.append(_count(conditions, QT_TR_NOOP("{n} emne"), QT_TR_NOOP("{n} emner")))
    if answers:
        parts.append(_count(answers, QT_TR_NOOP("{n} svar", "", PLURAL),
                            QT_TR_NOOP("{n} svar", "", PLURAL)))
    if STEPS_KEY in keys:
        parts.append(Text(QT_TR_NOOP("de 6 trin")))
    return _list(parts) if parts else Text(QT_TR_NOOP("intet"))


VALUE_WORDS: dict[str, Callable[[str], Text]] = {
    "udfald": lambda v: _codes(v, OUTCOME_WORDS),
    "varighed": _duration,
    "opkald": _number,
    "person": _number,
    "trin": lambda v: _codes(v, STEP_LABELS),
    "felter": lambda v: _codes(v, FIELD_LABELS),
    "status": lambda v: _codes(v, STATUS_WORDS),
    "måde": lambda v: _codes(v, HOW_WORDS),
    "indhold": _content,
    "dag": _day,
    "personer": as_is,
    "seed": as_is,
    "rækker": as_is,
    "filer": as_is,
}


def _table_count(table: str, value: str) -> Text:
    if value.isdigit():
        return _count(int(value), *TABLE_COUNTS[table])
    return Text(QT_TR_NOOP("{key}: {value}"), key=as_is(TABLE_WORDS[table][1]),
                value=as_is(value))


def describe_part(word: str) -> Text:
    """One ``key=value`` word of a summary as a text the UI can translate."""
    key, sep, value = word.partition("=")
    if not sep:
        return as_is(word)
    if key in KEY_LABELS:
        return Text(QT_TR_NOOP("{key}: {value}"), key=Text(KEY_LABELS[key]),
                    value=VALUE_WORDS[key](value))
    if key.startswith(EMPTIED_PREFIX) and key.removeprefix(EMPTIED_PREFIX) in TABLE_COUNTS:
        return Text(QT_TR_NOOP("tømt: {count}"),
                    count=_table_count(key.removeprefix(EMPTIED_PREFIX), value))
    if key in TABLE_COUNTS:  # caller.erase, caller.anonymise: rows per table
        return _table_count(key, value)
    return as_is(word)


def describe_word(word: str) -> str:
    """One ``key=value`` word of a summary in Danish."""
    return str(describe_part(word))


def describe_parts(summary: str) -> tuple[Text, ...]:
    """The summary's words as texts (``describe_summary`` joins them with ``"; "``)."""
    return tuple(describe_part(word) for word in summary.split())


def describe_summary(summary: str) -> str:
    """``"trin=blood_thinners felter=takes,which"`` →
    ``"trin: Blodfortyndende; felter: tager, hvilket"``."""
    return "; ".join(describe_parts(summary))
