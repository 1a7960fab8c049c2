"""The audit trail's details in Danish: ``udfald=call_back`` reads ``udfald: ring tilbage``.

Entries store ids and codes (``trin=blood_thinners felter=takes,which``), never what
was typed; this module words them for the Revisionslog. Every key the code writes
has a label in ``KEY_LABELS`` (or is a table name, counted in words); a value list
(``udfald=booked,send_sheet``) is split on commas and each code labelled. An unknown
key or code is shown as stored, so nothing is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from reception.calls.vocabulary import OUTCOMES
from reception.checklist.vocabulary import FIELD_LABELS, STATUS_LABELS, STEP_LABELS
from reception.sheets.dates import danish_date
from reception.sheets.log import HOWS
from reception.sheets.selection import CONDITION_PREFIX, FAQ_PREFIX, STEPS_KEY
from reception.words import TABLE_WORDS, count_of

# Every ``key=`` the code writes into an entry's summary → its Danish label.
KEY_LABELS: dict[str, str] = {
    "udfald": "udfald",  # calls.ending: call.end
    "varighed": "varighed",
    "opkald": "opkald",  # callbacks, sheets
    "person": "person",  # notes, checklists
    "trin": "trin",  # checklist.data, checklist.status
    "felter": "felter",
    "status": "status",
    "måde": "måde",  # sheet.send
    "indhold": "indhold",
    "dag": "dag",  # sheet.posted
    "personer": "personer",  # demo.load
    "seed": "startværdi",
    "rækker": "rækker",  # caller.export
    "filer": "filer",
}
EMPTIED_PREFIX = "tømt_"  # caller.anonymise: tømt_<table>=<rows emptied>

STATUS_WORDS = {status.value: label.lower() for status, label in STATUS_LABELS.items()}
HOW_WORDS = {how: label.lower() for how, label in HOWS.items()}


def _lower(label: str) -> str:
    """``"Ring tilbage"`` → ``"ring tilbage"``; ``"E-mail"`` and ``"MR"`` stay."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _codes(value: str, labels: dict[str, str]) -> str:
    return ", ".join(labels.get(code, code) for code in value.split(",") if code)


def _number(value: str) -> str:
    """``"17"`` → ``"nr. 17"``; ``"-"`` (none) → ``"intet"``."""
    if value == "-":
        return "intet"
    return f"nr. {value}" if value.isdigit() else value


def _duration(value: str) -> str:
    """``"125s"`` → ``"2 min 5 s"``."""
    found = re.fullmatch(r"(\d+)s?", value)
    if not found:
        return value
    minutes, seconds = divmod(int(found.group(1)), 60)
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


def _day(value: str) -> str:
    try:
        return danish_date(date.fromisoformat(value))
    except ValueError:
        return value


def _content(value: str) -> str:
    """``"condition:nakkesmerter,faq:a,faq:b,steps"`` → ``"1 emne, 2 svar, de 6 trin"``."""
    keys = [k for k in value.split(",") if k]
    conditions = sum(1 for k in keys if k.startswith(CONDITION_PREFIX))
    answers = sum(1 for k in keys if k.startswith(FAQ_PREFIX))
    parts = []
    if conditions:
        parts.append(count_of(conditions, "emne", "emner"))
    if answers:
        parts.append(count_of(answers, "svar", "svar"))
    if STEPS_KEY in keys:
        parts.append("de 6 trin")
    return ", ".join(parts) or "intet"


VALUE_WORDS: dict[str, Callable[[str], str]] = {
    "udfald": lambda v: _codes(v, {k: _lower(label) for k, label in OUTCOMES.items()}),
    "varighed": _duration,
    "opkald": _number,
    "person": _number,
    "trin": lambda v: _codes(v, STEP_LABELS),
    "felter": lambda v: _codes(v, FIELD_LABELS),
    "status": lambda v: _codes(v, STATUS_WORDS),
    "måde": lambda v: _codes(v, HOW_WORDS),
    "indhold": _content,
    "dag": _day,
    "personer": str,
    "seed": str,
    "rækker": str,
    "filer": str,
}


def _table_count(table: str, value: str) -> str:
    words = TABLE_WORDS.get(table, (table, table))
    return count_of(int(value), *words) if value.isdigit() else f"{words[1]}: {value}"


def describe_word(word: str) -> str:
    """One ``key=value`` word of a summary in Danish."""
    key, sep, value = word.partition("=")
    if not sep:
        return word
    if key in KEY_LABELS:
        return f"{KEY_LABELS[key]}: {VALUE_WORDS[key](value)}"
    if key.startswith(EMPTIED_PREFIX) and key.removeprefix(EMPTIED_PREFIX) in TABLE_WORDS:
        return "tømt: " + _table_count(key.removeprefix(EMPTIED_PREFIX), value)
    if key in TABLE_WORDS:  # caller.erase, caller.anonymise: rows per table
        return _table_count(key, value)
    return word


def describe_summary(summary: str) -> str:
    """``"trin=blood_thinners felter=takes,which"`` →
    ``"trin: Blodfortyndende; felter: tager, hvilket"``."""
    return "; ".join(describe_word(word) for word in summary.split())
