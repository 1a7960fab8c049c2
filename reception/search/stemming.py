"""Danish word forms: the Snowball stemmer, the same at index and at query time.

"danskere" and "dansker" share the stem "dansk". Stems go into their own,
lightly weighted FTS5 column and a typed word is also looked up by its stem, as
an *extra* way to match: over-stemming ("daglige" → "dag") then only adds hits
below those that hold the typed word itself.

PyStemmer (Snowball in C) is used when it is installed; without it the search
simply has no stems. :data:`STEMMER_VERSION` goes with every index, so an index
built by another stemmer is never queried with this one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reception.search.normalize import fold

MIN_STEMMED = 4  # shorter words are left alone: their stems say too little


def _load() -> tuple[str, Callable[[list[str]], list[str]] | None]:
    try:
        import Stemmer  # PyStemmer
    except ImportError:
        return "none", None
    return f"snowball-danish/{Stemmer.version()}", Stemmer.Stemmer("danish").stemWords


STEMMER_VERSION, _STEM_WORDS = _load()

# The index holds folded words ("traening"); Snowball's Danish rules need æøå back.
_UNFOLD = (("ae", "æ"), ("oe", "ø"), ("aa", "å"))


def stems(folded_words: Iterable[str]) -> dict[str, str]:
    """Folded word → folded stem, for the words the stemmer shortens."""
    candidates = [w for w in dict.fromkeys(folded_words) if len(w) >= MIN_STEMMED and w.isalpha()]
    if _STEM_WORDS is None or not candidates:
        return {}
    out: dict[str, str] = {}
    for word, stem in zip(candidates, _STEM_WORDS([_unfold(w) for w in candidates]), strict=True):
        folded = fold(stem)
        if folded != word and len(folded) >= 3:
            out[word] = folded
    return out


def stem(folded_word: str) -> str | None:
    """The folded stem of one folded word, or None when it has none of its own."""
    return stems((folded_word,)).get(folded_word)


def _unfold(word: str) -> str:
    for plain, letter in _UNFOLD:
        if plain in word:
            word = word.replace(plain, letter)
    return word
