"""Finding the words a query matched in the original text, æøå and all, with one regex.

The index holds folded text ("paaroerende"); the receptionist must see "pårørende"
marked. Rather than fold every word of every hit on every keystroke, each folded
term is turned back into a pattern for all its original spellings ("paa" →
p, then "aa" or "å", …) and one regex finds them in C, in the lower-cased text
(small character classes compile ten times faster than case-insensitive ones).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from reception.search.normalize import fold

MAX_BRANCHES = 4  # two-letter folds per term spelled both ways; beyond, only as letters


def _spelling_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Character classes: letters folding to c, letters folding to a pair, letters
    whose fold begins with c (the last letter typed may be half of "å" → "aa")."""
    single: dict[str, set[str]] = {c: {c} for c in string.ascii_lowercase + string.digits}
    pairs: dict[str, set[str]] = {}
    starts: dict[str, set[str]] = {c: {c} for c in single}
    for code in range(0xDF, 0x100):  # the lower-case letters of Latin-1: æøå, é, ü, …
        char = chr(code)
        folded = fold(char)
        if not char.islower():
            continue
        if not folded.isascii() or not folded.isalnum():
            continue
        if len(folded) == 1:
            single[folded].add(char)
        elif len(folded) == 2:
            pairs.setdefault(folded, set()).add(char)
        starts[folded[0]].add(char)

    def classes(table: dict[str, set[str]]) -> dict[str, str]:
        return {k: _char_class(v) for k, v in table.items()}

    return classes(single), classes(pairs), classes(starts)


def _char_class(chars: set[str]) -> str:
    if len(chars) == 1:
        return re.escape(next(iter(chars)))
    return "[" + "".join(map(re.escape, sorted(chars))) + "]"


_SINGLE, _PAIRS, _STARTS = _spelling_tables()


@lru_cache(maxsize=4096)
def spelling(term: str) -> str:
    """A regex for every original spelling whose fold begins with the folded ``term``."""

    def spell(i: int, branches: int) -> str:
        if i >= len(term):
            return ""
        char = term[i]
        if i == len(term) - 1:
            return _STARTS.get(char, re.escape(char))
        one = _SINGLE.get(char, re.escape(char)) + spell(i + 1, branches)
        pair = _PAIRS.get(term[i : i + 2])
        if pair is None or branches >= MAX_BRANCHES:
            return one
        return f"(?:{one}|{pair}{spell(i + 2, branches + 1)})"

    return spell(0, 0)


class Highlighter:
    """Finds, in original text, the words whose fold begins with one of the terms,
    and the compounds that have such a word as a part ("rygsmerter" for "smerter")."""

    def __init__(
        self,
        terms: Collection[str],
        compounds_with: Callable[[str], Iterable[str]] = lambda part: (),
    ) -> None:
        alternatives = {spelling(t) for t in terms if t}
        # A part of compounds is found inside a word, not by listing each compound
        # (twenty compounds of "smerter" made one pattern 20 times dearer to compile).
        inside = {spelling(t) for t in terms if t and next(iter(compounds_with(t)), None)}
        if alternatives:
            body = "|".join(sorted(alternatives, key=len, reverse=True))
            if inside:
                parts = "|".join(sorted(inside, key=len, reverse=True))
                body = f"{body}|[^\\W_]+?(?:{parts})"
            self._pattern: re.Pattern[str] | None = _compiled(rf"(?<![^\W_])(?:{body})[^\W_]*")
        else:
            self._pattern = None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Start and end of every marked word in ``text``."""
        if self._pattern is None:
            return []
        return [m.span() for m in self._pattern.finditer(lower(text))]


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def lower(text: str) -> str:
    """``text`` in lower case, letter for letter (so positions still fit the original)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" -> "i̇"
