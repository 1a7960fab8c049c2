"""Text made safe for a font and for paragraph markup.

A character the font has no glyph for (an emoji, Chinese) would print as an
invisible box or nothing at all; it is replaced by a visible ``□``. Invisible
format and control characters (zero-width joiners, variation selectors) are
dropped, text is NFC-normalised so "José" typed with a combining accent prints as
one letter, and ``<``, ``>``, ``&`` are escaped for reportlab's paragraph markup.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

SUBSTITUTE = "□"
_INVISIBLE = {"Cc", "Cf"}  # controls and format characters: nothing to see
# Variation selectors ask for emoji or text style; without colour emoji they do nothing.
_SELECTORS = dict.fromkeys([*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])


def printable(text: str, coverage: frozenset[int]) -> str:
    """``text`` with every character the font lacks replaced by ``□``."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.translate(_SELECTORS)
    if all(ord(ch) in coverage for ch in text):
        return text
    return _printable(text, coverage)


@lru_cache(maxsize=8192)
def _printable(text: str, coverage: frozenset[int]) -> str:
    out = []
    for ch in text:
        if ord(ch) in coverage:
            out.append(ch)
        elif ch in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(ch) in _INVISIBLE:
            continue
        else:
            out.append(SUBSTITUTE)
    return "".join(out)


def markup(text: str, coverage: frozenset[int]) -> str:
    """``text`` as paragraph markup: printable, with ``<``, ``>`` and ``&`` escaped."""
    return escape(printable(text, coverage))
