"""A call's outcome as a comma-joined list of codes (``"booked,send_sheet"``), in one place.

``Call.outcome`` holds one code or several joined by commas in the same text column.
Ask whether a call has a code only through these helpers, so a code never matches
inside another one (``"send_sheet"`` is not in ``"resend_sheet"``):

    outcome_codes(text) -> tuple[str, ...]        ``None``/"" → ()
    has_outcome(text, code) -> bool               in Python
    outcome_has(code) -> peewee expression        in a query (exact match on a whole code)
"""

from __future__ import annotations

from peewee import ColumnBase, Value, fn

from reception.store.models import Call


def outcome_codes(text: str | None) -> tuple[str, ...]:
    return tuple(code.strip() for code in (text or "").split(",") if code.strip())


def has_outcome(text: str | None, code: str) -> bool:
    return code in outcome_codes(text)


def outcome_has(code: str, column: ColumnBase = Call.outcome) -> ColumnBase:
    """SQL: ``instr(',' || outcome || ',', ',code,') > 0``: an exact code, no LIKE wildcards
    (``_`` in ``send_sheet`` would be one)."""
    if "," in code or not code:
        raise ValueError(f"not an outcome code: {code!r}")
    wrapped = Value(",").concat(column).concat(",")
    return fn.INSTR(wrapped, f",{code},") > 0
