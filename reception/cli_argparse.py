"""argparse in Danish, for ``python -m reception`` and ``main.py``.

argparse words its messages through the module-level ``_``/``ngettext`` it got
from ``gettext``; :func:`install` replaces them with a lookup in ``DANISH`` (a
message argparse adds in a later Python stays English rather than failing).
Install it before building a parser: the help option's text is fetched then.

``whole_number`` and ``iso_date`` are argument types whose errors are Danish too:
argparse would otherwise name the Python type (``invalid int value``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # main.py builds its parser before the first paint: no dates needed
    from datetime import date

DANISH = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "optional arguments": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "værdien %r bruges ikke",
    "the following arguments are required: %s": "mangler: %s",
    "one of the arguments %s is required": "angiv et af disse: %s",
    "expected one argument": "skal have en værdi",
    "expected at most one argument": "højst én værdi",
    "expected at least one argument": "mindst én værdi",
    "ambiguous option: %(option)s could match %(matches)s":
        "tvetydigt tilvalg: %(option)s kan være %(matches)s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ukendt valg: %(value)r (vælg mellem %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "ukendt kommando %(parser_name)r (vælg mellem %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne »%(filename)s«: %(error)s",
}
DANISH_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("skal have %s værdi",
                                                        "skal have %s værdier"),
}


def _gettext(message: str) -> str:
    return DANISH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    one, many = DANISH_PLURAL.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def install() -> None:
    """Make every argparse parser in this process speak Danish."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argument type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"»{text[:40]}« er ikke et helt tal fra {low:,} til {high:,}"
                .replace(",", "."))
        return value

    parse.__name__ = "heltal"
    return parse


def iso_date(text: str) -> date:
    """An argument type: a date written ÅÅÅÅ-MM-DD that exists (not 2024-02-30)."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"»{text[:40]}« er ikke en dato på formen ÅÅÅÅ-MM-DD") from None
