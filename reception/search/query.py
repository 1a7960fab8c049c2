"""From what the receptionist typed to FTS5 expressions.

Each typed word becomes a *unit*: an OR-group of the word as a prefix, its
synonyms, its compound parts and, for a typo, its nearest corrections. The
engine first asks for all units (AND), then for any of them (OR). Alternatives
that cannot match (no word of the index starts so) or that another alternative
already covers ("røntgen"* covers "røntgenbilleder"*) are left out: every term
costs FTS5 time on every matching row.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reception.search.compounds import CompoundSplitter
from reception.search.expression import AllOf, Expr, Term, all_of, any_of, render, terms
from reception.search.normalize import words
from reception.search.stemming import stem
from reception.search.synonyms import Phrase, SynonymTable
from reception.search.vocabulary import Vocabulary

MAX_TOKENS = 24  # a pasted page is cut here; nobody types more on the phone
MAX_TOKEN_LENGTH = 40
MAX_COMPLETIONS = 3
MIN_COMPLETED = 3  # "x" is no beginning of "xarelto" worth searching for
MIN_TAIL = 5  # "dysplasi" finds "hofteledsdysplasi"; shorter tails are endings, not words
MAX_TAILS = 3
MAX_ENDING = 3  # letters: "-ene", "-ne", "-en", "-et", "-s" of a Danish noun
LINKS = ("", "s", "e")  # "ryg smerter" -> "rygsmerter", "behandling former" -> "behandlingsformer"


@dataclass(frozen=True)
class QueryPlan:
    units: tuple[Expr, ...]
    typed: tuple[tuple[str, ...], ...] = ()  # per typed word (small ones too): it and its fixes

    @property
    def match_all(self) -> str:
        return render(AllOf(self.units) if len(self.units) > 1 else self.units[0])

    @property
    def match_any(self) -> str | None:
        """The OR query, or None when it would be the same as :attr:`match_all`."""
        expr = any_of(self.units) if len(self.units) > 1 else None
        return None if expr is None else render(expr)

    def highlight(self) -> frozenset[str]:
        """The folded word beginnings a snippet marks."""
        return frozenset(w for unit in self.units for t in terms(unit) for w in t.words)


@dataclass(frozen=True)
class _Token:
    text: str  # folded, as typed
    forms: tuple[str, ...]  # itself if the index knows it, else its corrections

    @property
    def primary(self) -> str:
        return self.forms[0] if self.forms else self.text


class QueryBuilder:
    def __init__(
        self,
        vocabulary: Vocabulary,
        splitter: CompoundSplitter,
        synonyms: SynonymTable,
        stems: Collection[str] = frozenset(),
        parts: Collection[str] = frozenset(),
        forms: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self._vocabulary = vocabulary
        self._splitter = splitter
        self._synonyms = synonyms
        self._stems = stems
        self._parts = parts  # words that are already a compound's part in the index
        self._forms = forms or {}  # stem -> the index's words with that stem
        self._reversed = sorted(w[::-1] for w in vocabulary.corpus if w.isalpha())

    def plan(self, query: str) -> QueryPlan | None:
        """The units for ``query``, or None when nothing in it can match."""
        typed = words(query)
        raw = [w[:MAX_TOKEN_LENGTH] for w in typed[:MAX_TOKENS]]
        if not raw:
            return None
        # The last word is still being typed unless a space or a full stop ended it.
        typing = query[-1].isalnum() and len(typed) <= MAX_TOKENS
        tokens = [self._resolve(t, typing and i == len(raw) - 1) for i, t in enumerate(raw)]
        content = [not self._synonyms.is_stopword(t.text) for t in tokens]
        if not any(content):
            content = [True] * len(tokens)  # "hvad er det": search the small words after all

        units: list[Expr] = []
        i = 0
        while i < len(tokens):
            span = self._synonym_span(tokens, i)
            unit: Expr | None = None
            if span > 1:
                unit = self._phrase_unit(tokens[i : i + span], content[i : i + span])
                i += span
            elif content[i]:
                glued = self._glue(tokens, content, i)
                unit = glued if glued is not None else self._word_unit(tokens[i])
                i += 2 if glued is not None else 1
            else:
                i += 1
            if unit is not None:
                units.append(unit)
        typed_words = tuple(self._headline_forms(t) for t in tokens)
        return QueryPlan(tuple(units), typed_words) if units else None

    def _resolve(self, text: str, typing: bool) -> _Token:
        """Keep a word the index knows (or a compound of known words); correct the rest."""
        if self._vocabulary.has_prefix(text) or self._splitter.split(text) or self._tails(text):
            return _Token(text, (text, *self._shorter_forms(text)))
        if not text.isalpha():
            return _Token(text, ())
        return _Token(text, tuple(self._vocabulary.corrections(text, typing=typing)))

    def _headline_forms(self, token: _Token) -> tuple[str, ...]:
        """The word beginnings that count for ``token`` in a title: it, its fixes and its
        one-word synonyms ("pain" is held by a title that says "smerter")."""
        found = dict.fromkeys((token.text, *token.forms))
        for form in token.forms:
            found.update((m[0], None) for m in self._synonyms.others((form,)) if len(m) == 1)
        return tuple(found)

    def _synonym_span(self, tokens: list[_Token], start: int) -> int:
        """How many tokens from ``start`` form a multi-word synonym ("køre bil"), or 0."""
        longest = min(self._synonyms.longest, len(tokens) - start)
        for length in range(longest, 1, -1):
            phrase = tuple(t.primary for t in tokens[start : start + length])
            if self._synonyms.knows(phrase):
                return length
        return 0

    def _phrase_unit(self, tokens: list[_Token], content: list[bool]) -> Expr | None:
        phrase = tuple(t.primary for t in tokens)
        loose = all_of(Term((t.primary,)) for t, c in zip(tokens, content, strict=True) if c)
        others = [self._member(m) for m in self._synonyms.others(phrase)]
        return self._either([loose, *others] if loose is not None else others)

    def _word_unit(self, token: _Token) -> Expr | None:
        alternatives: list[Expr] = []
        for form in token.forms:
            alternatives.append(Term((form,)))
            members = [(form,)]
            if (len(form) >= MIN_COMPLETED and not self._vocabulary.found_prefix(form)
                    and not self._synonyms.knows((form,))):  # "pain" is not "painkillers"
                members += self._synonyms.completions(form)[:MAX_COMPLETIONS]  # "mareva"
            for member in members:
                alternatives.extend(self._member(m) for m in self._synonyms.others(member))
            split = all_of(Term((p,)) for p in self._splitter.split(form))
            if split is not None:
                alternatives.append(split)
            alternatives.extend(Term((word,), prefix=False) for word in self._tails(form))
        root = _stem(token.text)  # the typed word's, never a correction's: "hofterne" ≠ "oftere"
        if root is not None and root in self._stems:
            alternatives.append(Term((root,), prefix=False, column="stems"))
        return self._either(alternatives)

    def _shorter_forms(self, typed: str) -> list[str]:
        """The index's words with the typed word's stem that it lengthens by an ending
        ("slidgigten" → "slidgigt", "hofterne" → "hofter"): matched like the typed word,
        not only through the lightly weighted stems. A short ending only, so that
        over-stemming ("daglige" → "dag") stays in the stems column."""
        root = _stem(typed)
        if root is None:
            return []
        return [
            w for w in self._forms.get(root, ())
            if w != typed and typed.startswith(w) and len(typed) - len(w) <= MAX_ENDING
        ]

    def _tails(self, word: str) -> list[str]:
        """Compounds of the index that end in ``word`` ("dysplasi" → "hofteledsdysplasi"),
        when the index does not already hold ``word`` as a part of them."""
        if len(word) < MIN_TAIL or word in self._parts or not word.isalpha():
            return []
        end = word[::-1]
        found: list[str] = []
        for reversed_word in self._reversed[bisect_left(self._reversed, end) :]:
            if not reversed_word.startswith(end):
                break
            if len(reversed_word) >= len(end) + 3:
                found.append(reversed_word[::-1])
        found.sort(key=lambda w: -self._vocabulary.frequency.get(w, 0))
        return found[:MAX_TAILS]

    def _member(self, member: Phrase) -> Expr:
        """A synonym as a query: "køre bil" as køre* AND bil* (a phrase would make FTS5
        read the huge lists of small words like "i"); "mr" and "ct" as whole words, for as
        prefixes they would match every word that happens to start so."""
        if len(member) == 1:
            return Term(member, prefix=len(member[0]) >= 3)
        content = [w for w in member if not self._synonyms.is_stopword(w)]
        loose = all_of(Term((w,)) for w in content)
        return loose if loose is not None else Term(member)

    def _glue(self, tokens: list[_Token], content: list[bool], i: int) -> Expr | None:
        """Also try "ryg smerter" as "rygsmerter": two typed words that form a known word.

        Tried even when the second word alone is unknown ("guld implantation").
        """
        if i + 1 >= len(tokens) or not (content[i] and content[i + 1]):
            return None
        first, second = tokens[i], tokens[i + 1]
        pairs = dict.fromkeys([(first.text, second.text), (first.primary, second.primary)])
        glued: list[Expr] = []
        for head, tail in pairs:
            for link in LINKS:
                word = head + link + tail
                if self._vocabulary.found_prefix(word):
                    glued.append(Term((word,)))
                elif self._synonyms.knows((word,)):  # "hofte dysplasi" → "hoftedysplasi"
                    glued.extend(self._member(m) for m in self._synonyms.others((word,)))
        if not any(self._either([g]) for g in glued):
            return None
        apart = [self._word_unit(first), self._word_unit(second)]
        both = all_of(u for u in apart if u is not None) if None not in apart else None
        return self._either([*glued, *([both] if both is not None else [])])

    def _either(self, alternatives: list[Expr]) -> Expr | None:
        """The OR of the alternatives that can match and are not covered by another."""
        possible = [a for a in alternatives if all(map(self._can_match, terms(a)))]
        prefixes = [t.words[0] for t in possible if isinstance(t, Term) and _single_prefix(t)]

        def covered(term: Term) -> bool:
            word = term.words[0]
            return len(term.words) == 1 and any(word.startswith(p) for p in prefixes)

        kept: list[Expr] = []
        for alternative in possible:
            if isinstance(alternative, Term) and _single_prefix(alternative):
                word = alternative.words[0]
                if any(word.startswith(p) and word != p for p in prefixes):
                    continue
            elif isinstance(alternative, AllOf) and any(
                isinstance(item, Term) and covered(item) for item in alternative.items
            ):
                continue  # ("blodfortyndende" AND "medicin") when "blodfortyndende"* is there
            kept.append(alternative)
        return any_of(kept)

    def _can_match(self, term: Term) -> bool:
        if term.column == "stems":
            return all(w in self._stems for w in term.words)
        if term.prefix and len(term.words) == 1:
            return self._vocabulary.found_prefix(term.words[0])
        return all(w in self._vocabulary for w in term.words)


def _single_prefix(term: Term) -> bool:
    return term.prefix and len(term.words) == 1 and term.column is None


@lru_cache(maxsize=4096)
def _stem(word: str) -> str | None:
    return stem(word) if word.isalpha() else None
