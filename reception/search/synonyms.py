"""Synonym groups and stopwords: the words callers use, kept as data the clinic can edit.

The file is ``resources/search/synonyms.toml``::

    stopwords = ["jeg", "du", "må", …]

    [[groups]]
    words = ["whiplash", "piskesmæld"]     # a member may be several words: "køre bil"

Everything is folded (see :mod:`reception.search.normalize`) when loaded, so the
file may be written with or without æøå.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

from reception.errors import QT_TR_NOOP, ReceptionError
from reception.search.normalize import words

Phrase = tuple[str, ...]  # a folded member: one word, or several for "køre bil"

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "resources" / "search" / "synonyms.toml"


class SynonymError(ReceptionError, ValueError):
    """The synonym file cannot be read or is not in the expected shape."""

    messages = {
        "synonyms_unreadable": QT_TR_NOOP("{path}: kan ikke læses ({why})"),
        "synonyms_not_utf8": QT_TR_NOOP("{path}: filen er ikke gemt som UTF-8"),
        "synonyms_not_toml": QT_TR_NOOP("{path}: ugyldig TOML: {why}"),
        "synonyms_stopwords": QT_TR_NOOP("{path}: »stopwords« skal være en liste af ord"),
        "synonyms_groups": QT_TR_NOOP("{path}: »groups« skal skrives som [[groups]]"),
        "synonyms_group_words": QT_TR_NOOP(
            "{path}: gruppe nr. {number} skal have words = [mindst to ord]"),
    }


@dataclass(frozen=True)
class SynonymTable:
    """Folded groups and stopwords; :meth:`build` folds plain text. Empty: no synonyms."""

    groups: tuple[tuple[Phrase, ...], ...] = ()
    stopwords: frozenset[str] = frozenset()
    _by_member: dict[Phrase, tuple[int, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _longest: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_member: dict[Phrase, list[int]] = {}
        for number, group in enumerate(self.groups):
            for member in group:
                by_member.setdefault(member, []).append(number)
        object.__setattr__(self, "_by_member", {m: tuple(g) for m, g in by_member.items()})
        object.__setattr__(self, "_longest", max(map(len, by_member), default=0))

    @classmethod
    def build(cls, groups: Iterable[Iterable[str]], stopwords: Iterable[str] = ()) -> SynonymTable:
        """A table from plain (unfolded) text, e.g. ``[["whiplash", "piskesmæld"]]``."""
        folded: list[tuple[Phrase, ...]] = []
        for group in groups:
            members = tuple(dict.fromkeys(p for p in (tuple(words(m)) for m in group) if p))
            if len(members) > 1:
                folded.append(members)
        stop = frozenset(w for text in stopwords for w in words(text))
        return cls(tuple(folded), stop)

    @property
    def longest(self) -> int:
        """The most words any member has."""
        return self._longest

    def is_stopword(self, word: str) -> bool:
        return word in self.stopwords

    def knows(self, member: Phrase) -> bool:
        return member in self._by_member

    def others(self, member: Phrase) -> list[Phrase]:
        """The other members of every group ``member`` belongs to."""
        found: dict[Phrase, None] = {}
        for number in self._by_member.get(member, ()):
            for other in self.groups[number]:
                if other != member:
                    found[other] = None
        return list(found)

    def completions(self, prefix: str) -> list[Phrase]:
        """One-word members that begin with ``prefix`` ("mareva" → "marevan")."""
        return [m for m in self._by_member if len(m) == 1 and m[0].startswith(prefix)]

    def vocabulary(self) -> set[str]:
        """Every word of every member, so a synonym is never "corrected" as a typo."""
        return {w for member in self._by_member for w in member}


# Used only when the synonym file cannot be read: plain questions still work.
FALLBACK = SynonymTable.build(
    (),
    "jeg du man det den de en et og i på at er har hvad hvordan hvorfor hvornår hvor "
    "må kan skal vil min mine mit med til om for af der som ikke".split(),
)


def load_synonyms(path: Path | None = None) -> SynonymTable:
    """Read the synonym file (default: the shipped ``resources/search/synonyms.toml``)."""
    path = path or DEFAULT_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SynonymError("synonyms_unreadable", path=path, why=exc.strerror or exc) from exc
    except UnicodeDecodeError as exc:
        raise SynonymError("synonyms_not_utf8", path=path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SynonymError("synonyms_not_toml", path=path, why=exc) from exc

    stopwords = data.get("stopwords", [])
    if not _is_text_list(stopwords):
        raise SynonymError("synonyms_stopwords", path=path)
    groups = data.get("groups", [])
    if not isinstance(groups, list):
        raise SynonymError("synonyms_groups", path=path)
    plain: list[list[str]] = []
    for number, group in enumerate(groups, start=1):
        members = group.get("words") if isinstance(group, dict) else None
        if not _is_text_list(members) or len(members) < 2:
            raise SynonymError("synonyms_group_words", path=path, number=number)
        plain.append(members)
    return SynonymTable.build(plain, stopwords)


def _is_text_list(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)
