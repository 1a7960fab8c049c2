"""The index's words: prefix look-up by bisect, and typo correction with rapidfuzz."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping

MIN_FUZZY_LENGTH = 4  # shorter tokens are never corrected: too many neighbours
MAX_CORRECTIONS = 3


def max_typos(length: int) -> int:
    """How many edits a token of ``length`` letters may be away from a correction."""
    if length < MIN_FUZZY_LENGTH:
        return 0
    return 1 if length <= 6 else 2


class Vocabulary:
    """The corpus's folded words with their document frequency, sorted for prefix checks,
    plus ``extra`` words (the synonyms) that are known but found in no document."""

    def __init__(self, frequency: Mapping[str, int], extra: Iterable[str] = ()) -> None:
        self.frequency = dict(frequency)
        self.corpus = sorted(self.frequency)
        self.words = sorted(set(self.corpus).union(extra))
        self._prefixes: dict[int, tuple[list[str], dict[str, int]]] = {}

    def __contains__(self, word: object) -> bool:
        """Whether a document holds ``word``."""
        return word in self.frequency

    def __len__(self) -> int:
        return len(self.words)

    def has_prefix(self, prefix: str) -> bool:
        """Whether some known word, found or synonym, starts with ``prefix`` (or is it)."""
        return _has_prefix(self.words, prefix)

    def found_prefix(self, prefix: str) -> bool:
        """Whether some document holds a word that starts with ``prefix``."""
        return _has_prefix(self.corpus, prefix)

    def corrections(self, token: str, *, typing: bool = False) -> list[str]:
        """The nearest words to a token that is no word's prefix, most frequent first.

        Only the closest distance found counts, and at most a few words, so a typo
        never floods the results. With ``typing`` (the word still being typed) a
        correction may also be a prefix of a word: "diskospro" → "diskuspro".
        """
        limit = max_typos(len(token))
        if not limit:
            return []
        found = self._nearest(token, self.words, self.frequency, limit)
        if typing:  # one slip only: a word's beginning has too many neighbours at two
            prefixes, weight = self._prefixes_of(len(token))
            found.extend(self._nearest(token, prefixes, weight, 1))
        if not found:
            return []
        best = min(distance for distance, _, _ in found)
        ranked = sorted({c for c in found if c[0] == best})
        return list(dict.fromkeys(word for _, _, word in ranked))[:MAX_CORRECTIONS]

    @staticmethod
    def _nearest(
        token: str, choices: list[str], weight: Mapping[str, int], limit: int
    ) -> list[tuple[int, int, str]]:
        # Imported on the first typo, not at start-up: most searches never need it.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        matches = process.extract(token, choices, scorer=OSA.distance, score_cutoff=limit, limit=20)
        return [(int(distance), -weight.get(word, 0), word) for word, distance, _ in matches]

    def _prefixes_of(self, length: int) -> tuple[list[str], dict[str, int]]:
        """Every word cut to ``length`` letters, with the summed frequency (built once)."""
        if length not in self._prefixes:
            weight: dict[str, int] = {}
            for word in self.corpus:
                if len(word) > length:
                    cut = word[:length]
                    weight[cut] = weight.get(cut, 0) + self.frequency[word]
            self._prefixes[length] = (sorted(weight), weight)
        return self._prefixes[length]


def _has_prefix(ordered: list[str], prefix: str) -> bool:
    i = bisect_left(ordered, prefix)
    return i < len(ordered) and ordered[i].startswith(prefix)
