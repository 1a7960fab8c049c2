"""Danish compounds: "rygsmerter" is "ryg" + "smerter", "nakkesmerter" is "nakke" + "smerter".

A word is split when it is A + [s|e] + B, where A and B are words of the corpus
(at least three letters, not stopwords); B may be split again. The longest A
wins. Parts go into the index's ``parts`` column, so "smerter" finds a text that
only says "rygsmerter"; at query time a typed compound is also tried as its parts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping

MIN_PART = 3
LINKS = "se"  # the Danish linking letters: "behandling-s-former", "nakk-e-smerter"

# Endings that are also words somewhere but only ever inflect or derive here
# ("undersøg-else", "lindr-ende"): never a compound's last part.
_SUFFIXES = frozenset(
    "ende ene erne ere else elser hed heder ning ninger lig lige ligt ste tion ion ive ise "
    "ing ske isk iske".split()
)


class CompoundSplitter:
    def __init__(self, words: Iterable[str], stopwords: Collection[str] = ()) -> None:
        self._parts = {w for w in words if len(w) >= MIN_PART and w.isalpha()}
        self._parts.difference_update(stopwords)
        self._tails = self._parts - _SUFFIXES
        self._memo: dict[str, tuple[str, ...]] = {}

    def split(self, word: str) -> tuple[str, ...]:
        """The parts of ``word``, or ``()`` when it is no compound of known words."""
        parts = self._memo.get(word)
        if parts is None:
            parts = self._memo[word] = self._split(word)
        return parts

    def _split(self, word: str) -> tuple[str, ...]:
        if len(word) < 2 * MIN_PART or not word.isalpha():
            return ()
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head = word[:cut]
            if head not in self._parts:
                continue
            rest = word[cut:]
            tails = (rest, rest[1:]) if rest[0] in LINKS else (rest,)
            for tail in tails:
                if tail in self._tails:
                    return (head, tail)
            for tail in tails:
                deeper = self.split(tail)
                if deeper:
                    return (head, *deeper)
        return ()


class PartIndex:
    """Which compounds have a part that begins so: "smerter" → "rygsmerter", "ledsmerter".

    Used to mark a compound in a snippet when the query matched one of its parts.
    """

    def __init__(self, compounds: Mapping[str, tuple[str, ...]]) -> None:
        self._pairs = sorted((part, word) for word, parts in compounds.items() for part in parts)

    def compounds_with(self, prefix: str, limit: int = 24) -> list[str]:
        if len(prefix) < MIN_PART:
            return []
        found: list[str] = []
        for part, word in self._pairs[bisect_left(self._pairs, (prefix,)) :]:
            if not part.startswith(prefix) or len(found) >= limit:
                break
            if not word.startswith(prefix):  # a compound that begins so is marked anyway
                found.append(word)
        return found
