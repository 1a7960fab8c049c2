"""Danish folding, shared by the index and the query so that both meet.

FTS5's ``unicode61 remove_diacritics 2`` folds å→a but leaves æ and ø alone,
so "træning" would never meet "traening". We fold ourselves, the Danish way:
æ→ae, ø→oe, å→aa (also ä and ö, which callers type for æ and ø), then drop
every other diacritic (é→e, ü→u).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word is a run of letters and digits: the same notion as FTS5's unicode61.
WORD_RE = re.compile(r"[^\W_]+")

_DANISH = (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ä", "ae"), ("ö", "oe"))


def fold(text: str) -> str:
    """Lower-case ``text`` and spell it with plain letters (æ→ae, ø→oe, å→aa, é→e)."""
    text = unicodedata.normalize("NFC", text).casefold()
    if text.isascii():
        return text
    for letter, spelled in _DANISH:  # str.replace is far quicker than str.translate here
        if letter in text:
            text = text.replace(letter, spelled)
    return _NON_ASCII.sub(_plain, text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _plain(match: re.Match[str]) -> str:
    return _plain_char(match.group())


@lru_cache(maxsize=4096)
def _plain_char(char: str) -> str:
    """``char`` without its diacritics ("é"→"e"); compatibility forms too ("ｎ"→"n")."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    out: list[str] = []
    cache = _CHUNKS
    for chunk in text.split():  # whitespace never splits a word; folding a chunk is cached
        folded = cache.get(chunk)
        if folded is None:
            folded = WORD_RE.findall(fold(chunk))  # "nakken," -> ["nakken"]; "½" -> ["1", "2"]
            if len(cache) < 200_000:
                cache[chunk] = folded
        out += folded
    return out


# Texts repeat their words, so each distinct chunk is folded once per process.
_CHUNKS: dict[str, list[str]] = {}
