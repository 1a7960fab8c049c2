"""A call's outcomes: several at once ("booked" and "send_sheet"), stored comma-joined.

``Call.outcome`` is one text column; it holds the codes of ``OUTCOMES`` joined by
commas in the order the end dialog lists them (``"booked,send_sheet"``). A call
saved before several outcomes were possible holds one code, which reads the same.
``no_action`` stands alone: with any other outcome it is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import ColumnBase, Value

from reception.calls.vocabulary import OUTCOMES


def normalize_outcomes(outcomes: str | Iterable[str]) -> tuple[str, ...]:
    """Known codes in the dialog's order, no duplicates; ``("no_action",)`` when none.

    Raises ``ValueError`` for an unknown code.
    """
    codes = [outcomes] if isinstance(outcomes, str) else list(outcomes)
    codes = [code for part in codes for code in part.split(",") if code]
    unknown = [code for code in codes if code not in OUTCOMES]
    if unknown:
        raise ValueError(f"unknown outcome {unknown[0]!r}; one of {sorted(OUTCOMES)}")
    chosen = [code for code in OUTCOMES if code in codes and code != "no_action"]
    return tuple(chosen) or ("no_action",)


def stored_outcomes(value: str | None) -> tuple[str, ...]:
    """The codes of a stored ``Call.outcome`` (empty for a draft); unknown codes kept."""
    return tuple(code.strip() for code in (value or "").split(",") if code.strip())


def outcome_labels(value: str | None) -> str:
    """Danish labels of a stored outcome, joined: "Konsultation booket, Ring tilbage"."""
    return ", ".join(OUTCOMES.get(code, code) for code in stored_outcomes(value))


def has_outcome(value: str | None, code: str) -> bool:
    """Whether a stored ``Call.outcome`` holds ``code`` (a whole code, never a part)."""
    return code in stored_outcomes(value)


def outcome_has(code: str, column: ColumnBase | None = None) -> ColumnBase:
    """SQL: the call's outcome holds ``code`` exactly (``',' || outcome || ','`` holds
    ``',code,'``; a plain text search, not LIKE, whose ``_`` in ``send_sheet`` would be
    a wildcard)."""
    from reception.store.door import text_position
    from reception.store.models import Call

    if "," in code or not code:
        raise ValueError(f"not an outcome code: {code!r}")
    wrapped = Value(",").concat(column if column is not None else Call.outcome).concat(",")
    return text_position(wrapped, f",{code},") > 0
