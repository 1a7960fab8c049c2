"""The knowledge index: what the search does with a keystroke.

Build: fold every document (:mod:`.normalize`), learn the vocabulary and its
compounds, fill an in-memory FTS5 table (:mod:`.fts`). Search: turn the typed
text into FTS5 expressions (:mod:`.query`), rank documents holding every typed
word above those holding some, let the share of typed words in a title or caller
phrasing (:mod:`.headlines`) reorder the best, and cut a marked excerpt from
each (:mod:`.highlight`, :mod:`.snippet`).
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable

from reception.search import stemming
from reception.search.compounds import CompoundSplitter, PartIndex
from reception.search.documents import SearchDoc
from reception.search.fts import FtsTable
from reception.search.headlines import Headlines
from reception.search.highlight import Highlighter
from reception.search.normalize import words
from reception.search.query import QueryBuilder, QueryPlan
from reception.search.snippet import flatten, make_snippet
from reception.search.stemming import MIN_STEMMED, stems
from reception.search.synonyms import FALLBACK, SynonymTable
from reception.search.vocabulary import Vocabulary

CACHE_SIZE = 256
RERANK_EXTRA = 10
TIE_DIGITS = 4  # scores closer than this are a tie


class SearchHit:
    """One found document. Its ``snippet`` is cut when first read: a keystroke finds 20
    hits, and the list shows three or four of them."""

    __slots__ = ("_make_snippet", "_snippet", "id", "kind", "score", "text", "title")

    def __init__(self, kind: str, id: str, title: str, snippet: str | Callable[[], str],
                 text: str, score: float) -> None:
        self.kind = kind
        self.id = id
        self.title = title
        self.text = text  # the document's whole text
        self.score = score  # higher is better; every all-words hit scores above every some-words
        self._snippet = snippet if isinstance(snippet, str) else None
        self._make_snippet = None if isinstance(snippet, str) else snippet

    @property
    def snippet(self) -> str:
        """HTML-escaped excerpt, matched words in <b>…</b>."""
        if self._snippet is None:
            assert self._make_snippet is not None
            self._snippet, self._make_snippet = self._make_snippet(), None
        return self._snippet

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchHit):
            return NotImplemented
        return (self.key, self.score, self.snippet) == (other.key, other.score, other.snippet)

    def __hash__(self) -> int:
        return hash((self.key, self.score))

    def __repr__(self) -> str:
        return f"SearchHit({self.key!r}, {self.score:.3f})"


class KnowledgeIndex:
    """Search over the clinic's texts, tolerant of æøå spellings, compounds and typos.

    ``synonyms=None`` searches without synonyms (e.g. when the synonym file is
    broken), dropping only a built-in handful of stopwords.
    """

    def __init__(self, docs: Iterable[SearchDoc], synonyms: SynonymTable | None = None) -> None:
        self._docs = list(docs)
        self._synonyms = FALLBACK if synonyms is None else synonyms
        rows = [_folded(doc) for doc in self._docs]
        distinct = [set(title).union(keywords, body) for title, keywords, body in rows]

        frequency: Counter[str] = Counter()
        for seen in distinct:
            frequency.update(seen)
        self._vocabulary = Vocabulary(frequency, self._synonyms.vocabulary())
        self._splitter = CompoundSplitter(frequency, self._synonyms.stopwords)
        compounds = {w: p for w in frequency if len(w) >= 6 and (p := self._splitter.split(w))}
        stemmed = stems(frequency)
        doc_stems = [
            " ".join(sorted({stemmed.get(w, w) for w in seen if len(w) >= MIN_STEMMED}))
            for seen in distinct
        ]
        self._stems = frozenset(w for text in doc_stems for w in text.split())
        parts = frozenset(p for found in compounds.values() for p in found)
        forms: dict[str, list[str]] = {}  # stem -> the index's words with that stem
        for word, root in stemmed.items():
            forms.setdefault(root, []).append(word)
        self._builder = QueryBuilder(
            self._vocabulary, self._splitter, self._synonyms, self._stems, parts, forms
        )

        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, int], list[SearchHit]] = OrderedDict()
        self._flat: dict[int, str] = {}  # snippet text, filled as documents turn up in hits
        self._highlighters: OrderedDict[frozenset[str], Highlighter] = OrderedDict()
        self._parts = PartIndex(compounds)
        self._headlines = Headlines(self._docs, self._splitter.split)
        self._table = FtsTable(
            (
                (" ".join(title), " ".join(keywords), _parts(seen, compounds), " ".join(body), st)
                for (title, keywords, body), seen, st in zip(rows, distinct, doc_stems, strict=True)
            ),
            stemming.STEMMER_VERSION,  # read now: the stemmer that filled the stems column
        )
        self._order = [_tie_order(doc) for doc in self._docs]

    @property
    def stemmer_version(self) -> str:
        """The stemmer (name/version) the index was built with."""
        return self._table.stemmer()

    def __len__(self) -> int:
        return len(self._docs)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best ``limit`` documents for ``query``, best first; blank -> []."""
        if limit <= 0 or not query.strip():
            return []
        with self._lock:
            cached = self._cache.get((query, limit))
            if cached is None:
                cached = self._search(query, limit)
                self._cache[(query, limit)] = cached
                if len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end((query, limit))
        return list(cached)

    def _search(self, query: str, limit: int) -> list[SearchHit]:
        plan = self._builder.plan(query)
        if plan is None:
            return []
        # Documents with every word first (tier 1), then those with some (tier 0); a
        # few more than asked for, so the headline re-ranking can lift one into view.
        wanted = limit + RERANK_EXTRA
        found = [(row, 1.0, r) for row, r in self._table.ranked(plan.match_all, wanted)]
        # Every some-words hit scores below every all-words hit: when the all-words hits
        # fill the list, the some-words query could not change it.
        if len(found) < limit and plan.match_any is not None:
            seen = {row for row, _, _ in found}
            more = self._table.ranked(plan.match_any, wanted - len(found), seen)
            found += [(row, 0.0, r) for row, r in more]
        scored = []
        for row, tier, relevance in found:
            best, title = self._headlines.coverage(row, plan.typed)
            scored.append((row, tier + (relevance + best) / 2, title))
        # Equal scores (the typed words in most entries, where bm25 weighs them next to
        # nothing) in a stable, meaningful order rather than the order of storage: the
        # typed words in the title before in a caller's phrasing, then by kind and title.
        scored.sort(key=lambda hit: (-round(hit[1], TIE_DIGITS), -hit[2], self._order[hit[0]]))
        return self._hits(plan, [(row, score) for row, score, _ in scored[:limit]])

    def _hits(self, plan: QueryPlan, found: list[tuple[int, float]]) -> list[SearchHit]:
        highlighter = self._highlighter(plan.highlight())
        hits = []
        for row, score in found:
            doc = self._docs[row]
            snippet = _Snippet(self, row, highlighter)
            hits.append(SearchHit(doc.kind, doc.id, doc.title, snippet, doc.text, score))
        return hits

    def _highlighter(self, terms: frozenset[str]) -> Highlighter:
        """One compiled pattern per set of marked words, reused while the receptionist types."""
        highlighter = self._highlighters.get(terms)
        if highlighter is None:
            highlighter = Highlighter(terms, self._parts.compounds_with)
            self._highlighters[terms] = highlighter
            if len(self._highlighters) > CACHE_SIZE:
                self._highlighters.popitem(last=False)
        else:
            self._highlighters.move_to_end(terms)
        return highlighter

    def flat_text(self, row: int) -> str:
        flat = self._flat.get(row)
        if flat is None:
            doc = self._docs[row]
            flat = self._flat[row] = flatten(doc.text or doc.title)
        return flat


class _Snippet:
    """Cuts one hit's excerpt when the list first shows the hit."""

    __slots__ = ("_highlighter", "_index", "_row")

    def __init__(self, index: KnowledgeIndex, row: int, highlighter: Highlighter) -> None:
        self._index, self._row, self._highlighter = index, row, highlighter

    def __call__(self) -> str:
        flat = self._index.flat_text(self._row)
        return make_snippet(flat, self._highlighter.spans(flat))


def _tie_order(doc: SearchDoc) -> tuple[int, str]:
    """Between equal scores: a condition's definition, then an FAQ answer, then the
    condition's other sections and the steps; by title within each."""
    if doc.kind == "condition" and doc.id.endswith("/hvad-er-det"):
        rank = 0
    else:
        rank = {"faq": 1, "condition": 2}.get(doc.kind, 3)
    return rank, doc.title.casefold()


def _folded(doc: SearchDoc) -> tuple[list[str], list[str], list[str]]:
    return words(doc.title), words(" ".join(doc.keywords)), words(doc.text)


def _parts(seen: set[str], compounds: dict[str, tuple[str, ...]]) -> str:
    """The compound parts of a document's words, for the ``parts`` column."""
    found = {part for word in seen.intersection(compounds) for part in compounds[word]}
    return " ".join(sorted(found))
