"""The knowledge index on a small hand-made corpus: folding, prefixes, compounds,
synonyms, typos, ranking tiers and queries that must never break FTS5."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception.search import KnowledgeIndex, SearchDoc, SynonymTable
from reception.search.fts import MAX_RANKED

DOCS = [
    SearchDoc(
        "faq",
        "koere-bil",
        "Må jeg køre bil efter behandlingen?",
        "Nej. Du må ikke køre bil de første timer, fordi lokalbedøvelsen kan gøre dig sløv.\n\n"
        "Tag en pårørende med, som kan køre dig hjem.",
        ("bil", "transport"),
    ),
    SearchDoc(
        "faq",
        "traening",
        "Må jeg træne efter behandlingen?",
        "Let træning og gåture er fint allerede dagen efter. Undgå hård træning i en uge.",
        ("motion",),
    ),
    SearchDoc(
        "condition",
        "nakkesmerter/hvad-er-det",
        "Nakkesmerter – Hvad er kroniske nakkesmerter?",
        "- Smerterne har varet mindst 6 måneder.\n- Mange har gode og dårlige dage.\n\n"
        "Smerterne sidder i nakken og kan stråle ud i armene. Det er en god idé at søge hjælp.",
        ("nakke",),
    ),
    SearchDoc(
        "condition",
        "kroniske-smerter/aarsager",
        "Kroniske smerter – Årsager",
        "- Slidgigt i et led er hyppigt hos ældre.\n"
        "- Diskusprolaps og piskesmæld kan give varige smerter.\n\n"
        "Også knogleskørhed og skoliose kan overbelaste ryg og hofte.",
    ),
    SearchDoc(
        "faq",
        "hvilke-led",
        "Hvilke led kan behandles?",
        "Alle ledsmerter kan behandles, herunder rygsmerter og problemer i skuldre og knæ. "
        "Behandlingen hedder guldimplantation.",
    ),
    SearchDoc(
        "step",
        "blood_thinners",
        "Trin 5: Pause med blodfortyndende medicin",
        "Tager du blodfortyndende medicin, skal den pauses nogle dage før behandlingen, "
        "efter aftale med klinikken.",
        ("medicin",),
    ),
    SearchDoc(
        "step",
        "companion",
        "Trin 6: Tag en pårørende med",
        "Tag en pårørende med, som kan køre dig hjem: bedøvelsen kan gøre dig døsig.",
    ),
    SearchDoc(
        "faq",
        "guld-i-kroppen",
        "Bliver guldet i kroppen?",
        "Ja. Guldet smelter ikke og bliver liggende, hvor det er lagt.",
    ),
]

NO_SYNONYMS = SynonymTable()
STOPWORDS = "jeg du må kan det en et og i på at er har hvad hvordan man min med til".split()


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return KnowledgeIndex(DOCS, NO_SYNONYMS)


@pytest.fixture(scope="module")
def synonym_index() -> KnowledgeIndex:
    table = SynonymTable.build(
        [
            ["whiplash", "piskesmæld"],
            ["blodfortynder", "marevan", "blodfortyndende medicin"],
            ["bilkørsel", "køre bil"],
            ["hold i nakken", "nakkesmerter"],
            ["ledsager", "pårørende"],
        ],
        STOPWORDS,
    )
    return KnowledgeIndex(DOCS, table)


def keys(index: KnowledgeIndex, query: str, limit: int = 20) -> list[str]:
    return [hit.key for hit in index.search(query, limit)]


# --- Danish folding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("traening", "faq:traening"),
        ("træning", "faq:traening"),
        ("TRÆNING", "faq:traening"),
        ("koere", "faq:koere-bil"),
        ("paaroerende", "step:companion"),
        ("pa\u030arørende", "step:companion"),  # å typed as a + combining ring
        ("ide", "condition:nakkesmerter/hvad-er-det"),  # the text says "idé"
        ("ＮＡＫＫＥ", "condition:nakkesmerter/hvad-er-det"),  # full-width letters
    ],
)
def test_danish_spellings_meet(index: KnowledgeIndex, query: str, expected: str) -> None:
    assert expected in keys(index, query)


def test_folded_index_still_shows_original_letters(index: KnowledgeIndex) -> None:
    hit = index.search("paaroerende")[0]
    assert "pårørende" in hit.title + hit.text


# --- prefixes ---------------------------------------------------------------------------


def test_every_word_is_a_prefix(index: KnowledgeIndex) -> None:
    assert keys(index, "nakk")[0] == "condition:nakkesmerter/hvad-er-det"
    assert keys(index, "blodfort")[0] == "step:blood_thinners"
    assert keys(index, "blodfort medi")[0] == "step:blood_thinners"


def test_single_letter_searches_something(index: KnowledgeIndex) -> None:
    assert index.search("g")


# --- compounds --------------------------------------------------------------------------


def test_part_finds_the_compound(index: KnowledgeIndex) -> None:
    # "smerter" is only inside "ledsmerter" and "rygsmerter" in this FAQ entry.
    assert "faq:hvilke-led" in keys(index, "smerter")


def test_typed_compound_is_tried_as_its_parts(index: KnowledgeIndex) -> None:
    # No text says "hoftesmerter", but one speaks of smerter and hofte.
    assert keys(index, "hoftesmerter") == ["condition:kroniske-smerter/aarsager"]


def test_typed_words_are_tried_glued(index: KnowledgeIndex) -> None:
    # "implantation" alone is no word of the corpus: only the glued form finds it.
    assert keys(index, "guld implantation")[0] == "faq:hvilke-led"
    assert keys(index, "ryg smerter")[0] in {
        "faq:hvilke-led",
        "condition:kroniske-smerter/aarsager",
    }


# --- synonyms and stopwords -------------------------------------------------------------


def test_synonym_finds_the_other_word(synonym_index: KnowledgeIndex) -> None:
    assert keys(synonym_index, "whiplash") == ["condition:kroniske-smerter/aarsager"]
    assert keys(synonym_index, "marevan")[0] == "step:blood_thinners"
    assert set(keys(synonym_index, "ledsager")) == {"step:companion", "faq:koere-bil"}


def test_multi_word_synonyms(synonym_index: KnowledgeIndex) -> None:
    assert keys(synonym_index, "bilkørsel")[0] == "faq:koere-bil"
    assert keys(synonym_index, "hold i nakken")[0] == "condition:nakkesmerter/hvad-er-det"


def test_plain_question_drops_small_words(synonym_index: KnowledgeIndex) -> None:
    assert keys(synonym_index, "må jeg køre bil bagefter")[0] == "faq:koere-bil"
    assert keys(synonym_index, "hvad er guldimplantation")[0] == "faq:hvilke-led"


def test_only_small_words_still_searches_them(synonym_index: KnowledgeIndex) -> None:
    assert synonym_index.search("hvad er det")


def test_without_synonyms_whiplash_is_unknown(index: KnowledgeIndex) -> None:
    assert index.search("whiplash") == []


# --- typos ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "expected"),
    [
        ("piskesmeld", "condition:kroniske-smerter/aarsager"),
        ("slidgit", "condition:kroniske-smerter/aarsager"),
        ("diskosprolaps", "condition:kroniske-smerter/aarsager"),
        ("skolisoe", "condition:kroniske-smerter/aarsager"),  # swapped letters
        ("blodfortyndene", "step:blood_thinners"),
        ("parorende", "step:companion"),  # ø and å typed as o and a
        ("diskospro", "condition:kroniske-smerter/aarsager"),  # a typo while still typing
    ],
)
def test_typos_are_corrected(index: KnowledgeIndex, typo: str, expected: str) -> None:
    assert keys(index, typo)[:1] == [expected]


@pytest.mark.parametrize("nonsense", ["xqzv", "asdfgh", "qwertyuiop", "zzzzzzzz", "ryk"])
def test_nonsense_finds_nothing(index: KnowledgeIndex, nonsense: str) -> None:
    assert index.search(nonsense) == []


def test_a_correct_word_is_not_corrected(index: KnowledgeIndex) -> None:
    # "smerter" and "smelter" are one letter apart; each finds only itself.
    assert "faq:guld-i-kroppen" not in keys(index, "smerter")
    assert keys(index, "smelter") == ["faq:guld-i-kroppen"]


def test_short_words_are_never_corrected(index: KnowledgeIndex) -> None:
    assert index.search("bik") == []  # one letter from "bil", but too short to guess


def test_a_typo_does_not_sink_the_other_words(index: KnowledgeIndex) -> None:
    assert keys(index, "xqzvw nakke")[0] == "condition:nakkesmerter/hvad-er-det"


# --- ranking ----------------------------------------------------------------------------


def test_documents_with_every_word_come_first(index: KnowledgeIndex) -> None:
    hits = index.search("pårørende døsig")
    assert hits[0].key == "step:companion"
    assert "faq:koere-bil" in [h.key for h in hits]  # only "pårørende": ranked below
    assert all(hits[0].score > h.score for h in hits[1:])


def test_scores_descend_and_title_outranks_body(index: KnowledgeIndex) -> None:
    hits = index.search("træn")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert hits[0].key == "faq:traening"


def test_limit_is_respected(index: KnowledgeIndex) -> None:
    assert len(index.search("e", limit=2)) == 2
    assert index.search("nakke", limit=0) == []


def test_hit_carries_the_whole_text(index: KnowledgeIndex) -> None:
    hit = index.search("skoliose")[0]
    doc = next(d for d in DOCS if d.key == hit.key)
    assert (hit.kind, hit.id, hit.title, hit.text) == (doc.kind, doc.id, doc.title, doc.text)
    assert hit.key == f"{doc.kind}:{doc.id}"


@pytest.mark.parametrize("blank", ["", " ", "\n\t ", "!!!", "– – –"])
def test_blank_query_finds_nothing(index: KnowledgeIndex, blank: str) -> None:
    assert index.search(blank) == []


def test_repeated_search_gives_the_same_answer(index: KnowledgeIndex) -> None:
    assert index.search("nakke") == index.search("nakke")


def test_empty_index(index: KnowledgeIndex) -> None:
    assert KnowledgeIndex([], NO_SYNONYMS).search("nakke") == []


# --- hostile input ----------------------------------------------------------------------

HOSTILE = [
    '"',
    '""',
    '"nakke',
    "*",
    "nakke*",
    "**nakke",
    "(",
    ")",
    "(nakke OR",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "nakke AND",
    "NOT nakke",
    "NEAR(nakke smerter, 2)",
    "title:nakke",
    "{title body}: nakke",
    "^nakke",
    "nakke -ryg",
    "nakke + ryg",
    "😀",
    "nakke 😀 smerter",
    "'; DROP TABLE docs; --",
    "\x00nakke",
    "nakke\x00",
    "a" * 10_000,
    "smerter " * 2_000,
    "æøå" * 3_000,
]


@pytest.mark.parametrize("query", HOSTILE, ids=lambda q: repr(q[:30]))
def test_hostile_queries_never_fail(synonym_index: KnowledgeIndex, query: str) -> None:
    hits = synonym_index.search(query)
    assert isinstance(hits, list)
    assert all(h.key.split(":")[0] in {"faq", "condition", "step"} for h in hits)


def test_operators_typed_as_words_are_words(index: KnowledgeIndex) -> None:
    assert keys(index, "nakke AND")[0] == "condition:nakkesmerter/hvad-er-det"
    assert keys(index, '"nakke')[0] == "condition:nakkesmerter/hvad-er-det"


_SHARED = KnowledgeIndex(DOCS, NO_SYNONYMS)  # hypothesis runs outside pytest's fixtures


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_safe_query(text: str) -> None:
    hits = _SHARED.search(text)
    assert len(hits) <= 20


# --- a base larger than the ranking bound -------------------------------------------


def test_a_large_base_still_answers_broad_and_narrow_queries() -> None:
    filler = [
        SearchDoc("faq", f"emne-{n}", f"Emne {n}", f"Smerter og behandling, afsnit {n}.")
        for n in range(MAX_RANKED + 100)
    ]
    last = SearchDoc("faq", "sidst", "Nakkesmerter", "Kroniske smerter i nakken.")
    index = KnowledgeIndex([*filler, last], NO_SYNONYMS)
    broad = index.search("smerter")
    assert len(broad) == 20
    assert [h.score for h in broad] == sorted((h.score for h in broad), reverse=True)
    assert keys(index, "nakkesmerter") == ["faq:sidst"]
    assert keys(index, "smerter nakken")[0] == "faq:sidst"


def test_without_a_synonym_file_plain_questions_still_work() -> None:
    index = KnowledgeIndex(DOCS)  # None: no synonyms, built-in stopwords
    assert keys(index, "må jeg køre bil bagefter")[0] == "faq:koere-bil"
    assert index.search("whiplash") == []
