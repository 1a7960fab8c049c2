"""Word forms (the Danish stemmer), compound tails, short synonyms and the order of
equal scores, on a small hand-made corpus (issue 14)."""

from __future__ import annotations

import pytest

from reception.search import KnowledgeIndex, SearchDoc, SynonymTable
from reception.search.stemming import STEMMER_VERSION

pytest.importorskip("Stemmer", reason="PyStemmer gives the search its Danish word forms")

DOCS = [
    SearchDoc("faq", "dansk", "Hvor mange har ondt?", "Hver femte dansker har ondt i ryggen."),
    SearchDoc("faq", "dag", "Hvor længe varer det?", "Det tager en dag. Mange dage er gode."),
    SearchDoc("faq", "daglig", "Daglige gener", "Daglige smerter er almindelige."),
    SearchDoc("condition", "hofte/aarsager", "Hofte – Årsager", "Hofteledsdysplasi er medfødt."),
    SearchDoc("faq", "hofte", "Hofte", "Hoften og hofter."),
    SearchDoc("step", "medicin", "Trin 5: Medicin", "Pause med blodfortyndende medicin."),
]
TABLE = SynonymTable.build(
    [["blodfortyndende", "xarelto"], ["hoftedysplasi", "hofteledsdysplasi"]], ["i", "er"]
)


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return KnowledgeIndex(DOCS, TABLE)


def keys(index: KnowledgeIndex, query: str) -> list[str]:
    return [hit.key for hit in index.search(query)]


def test_a_word_form_finds_its_stem(index: KnowledgeIndex) -> None:
    # "danskernes" begins no word of the corpus and is three edits from "dansker";
    # its stem "dansk" is the stem of "dansker".
    assert keys(index, "danskernes") == ["faq:dansk"]


def test_over_stemming_stays_below_the_typed_word(index: KnowledgeIndex) -> None:
    # "daglige" stems to "dag": the entry with "dag"/"dage" is found too, but below.
    assert keys(index, "daglige") == ["faq:daglig", "faq:dag"]


def test_the_index_carries_its_stemmer_version(index: KnowledgeIndex) -> None:
    assert index.stemmer_version == STEMMER_VERSION
    assert STEMMER_VERSION.startswith("snowball-danish/")


def test_one_letter_is_never_completed_to_a_synonym(index: KnowledgeIndex) -> None:
    assert "step:medicin" not in keys(index, "x")  # not "xarelto"
    assert keys(index, "xar") == ["step:medicin"]  # three letters are


def test_a_compound_tail_finds_the_compound(index: KnowledgeIndex) -> None:
    assert keys(index, "dysplasi") == ["condition:hofte/aarsager"]


def test_two_words_that_make_a_synonym(index: KnowledgeIndex) -> None:
    assert keys(index, "hofte dysplasi")[0] == "condition:hofte/aarsager"


# Same text, stored in the worst order; a word in every entry scores the same everywhere.
TEXT = "Stikkende smerter i ryggen."
SAME = [
    SearchDoc("step", "zeta", "Trin 1: Zeta", TEXT),
    SearchDoc("condition", "zeta/behandling", "Zeta – Behandling", TEXT),
    SearchDoc("condition", "zeta/hvad-er-det", "Zeta – Hvad er det?", TEXT),
    SearchDoc("faq", "zeta", "Zeta?", TEXT),
]


def test_equal_scores_keep_a_meaningful_order() -> None:
    # Definition and FAQ first (by title), then the condition's other section, the step last.
    assert keys(KnowledgeIndex(SAME, TABLE), "stikkende") == [
        "condition:zeta/hvad-er-det",
        "faq:zeta",
        "condition:zeta/behandling",
        "step:zeta",
    ]


def test_a_definite_form_is_matched_as_its_word() -> None:
    # "slidgigten" lengthens "slidgigt" by an ending: the entry about slidgigt comes
    # first, not the long one that happens to hold the typed form once.
    docs = [
        SearchDoc("condition", "gigt/forloeb", "Gigt – Forløb",
                  "Med tiden kan slidgigten give stivhed. " + "Mange har gode dage. " * 8),
        SearchDoc("condition", "gigt/aarsager", "Gigt – Årsager",
                  "Slidgigt i knæet. Slidgigt i hoften er almindelig."),
        *DOCS,  # without slidgigt: so the word weighs something
    ]
    assert keys(KnowledgeIndex(docs, TABLE), "slidgigten")[0] == "condition:gigt/aarsager"


def test_a_known_synonym_is_not_completed_to_a_longer_one() -> None:
    table = SynonymTable.build([["smerter", "pain"], ["smertestillende", "painkillers"]])
    docs = [
        SearchDoc("faq", "ondt", "Ondt?", "Kroniske smerter varer længe."),
        SearchDoc("faq", "piller", "Piller?", "Tag smertestillende efter behov."),
    ]
    index = KnowledgeIndex(docs, table)
    assert keys(index, "pain") == ["faq:ondt"]  # not also "painkillers"
    assert "faq:piller" in keys(index, "painki")  # still completed while typed


def test_equal_scores_put_the_typed_word_in_a_title_first() -> None:
    docs = [
        SearchDoc("faq", "alfa", "Alfa?", TEXT, ("stikkende smerter",)),
        SearchDoc("faq", "zeta", "Zeta med stikkende smerter?", TEXT),
    ]
    assert keys(KnowledgeIndex(docs, TABLE), "stikkende") == ["faq:zeta", "faq:alfa"]


def test_a_new_index_is_built_by_the_running_stemmer(monkeypatch) -> None:
    """The index is built in memory at every start and when the texts change, never
    loaded: an index always holds the stems of the stemmer that runs, and says which."""
    from reception.search import query, stemming

    def cut(words: list[str]) -> list[str]:
        return [w[:4] for w in words]

    monkeypatch.setattr(stemming, "STEMMER_VERSION", "test-stemmer/1")
    monkeypatch.setattr(stemming, "_STEM_WORDS", cut)
    query._stem.cache_clear()
    try:
        index = KnowledgeIndex(DOCS, TABLE)
        assert index.stemmer_version == "test-stemmer/1"
        # "dagligt" is in no text; only the test stemmer's "dagl" joins it to "daglige".
        assert "faq:daglig" in keys(index, "dagligt")
    finally:
        query._stem.cache_clear()
    monkeypatch.undo()
    assert KnowledgeIndex(DOCS, TABLE).stemmer_version == STEMMER_VERSION
