"""How much of what was typed a document's title, or one of its keyword phrases, holds.

bm25 alone misjudges the receptionist's plain questions: it ignores the small
words ("hvordan får jeg mine billeder" is all small words but one), and in a
corpus of ~100 texts a word found in half of them weighs nothing at all. FAQ
titles and their caller phrasings are written as questions, so the share of
typed words they hold is a strong, cheap second opinion on the best few hits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from reception.search.documents import SearchDoc
from reception.search.normalize import words

Typed = Sequence[tuple[str, ...]]  # per typed word: the beginnings that count for it


class Headlines:
    def __init__(self, docs: Sequence[SearchDoc], split: Callable[[str], tuple[str, ...]]) -> None:
        self._docs = docs
        self._split = split
        self._fields: dict[int, tuple[str, list[int]]] = {}

    def coverage(self, row: int, typed: Typed) -> tuple[float, float]:
        """The largest share of typed words that the title or one keyword phrase holds,
        and the share the title alone holds (to order equal scores)."""
        if not typed:
            return 0.0, 0.0
        text, starts = self._fields_of(row)
        if len(typed) == 1:  # the most common case, while the first word is typed
            pattern = _beginning(typed[0])
            title_end = starts[1] if len(starts) > 1 else len(text)
            if pattern.search(text, 0, title_end):
                return 1.0, 1.0
            return (1.0 if pattern.search(text, title_end) else 0.0), 0.0
        held: Counter[int] = Counter()
        for beginnings in typed:  # one scan of all fields per typed word
            found = {bisect_right(starts, m.start()) for m in _beginning(beginnings).finditer(text)}
            held.update(found)
        return max(held.values(), default=0) / len(typed), held[1] / len(typed)

    def _fields_of(self, row: int) -> tuple[str, list[int]]:
        """Title and keyword phrases, each as its words and their compound parts, in one
        text; and where each field begins, to tell which field a match fell in."""
        fields = self._fields.get(row)
        if fields is None:
            doc = self._docs[row]
            text, starts = "", []
            for field in (doc.title, *doc.keywords):
                starts.append(len(text))
                text += "\n " + " ".join(f for w in words(field) for f in (w, *self._split(w)))
            fields = self._fields[row] = (text, starts)
        return fields


@lru_cache(maxsize=1024)
def _beginning(beginnings: tuple[str, ...]) -> re.Pattern[str]:
    """Finds, in fields of space-led words, a word that begins with one of them."""
    return re.compile(" (?:" + "|".join(map(re.escape, beginnings)) + ")")
