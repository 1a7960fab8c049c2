"""Snippets: original æøå kept, matched words (and compound parts) in <b>, the rest escaped."""

from __future__ import annotations

import re

from reception.search import KnowledgeIndex, SearchDoc, SynonymTable
from reception.search.highlight import Highlighter, spelling
from reception.search.snippet import flatten, make_snippet

FILLER = "Her står noget helt andet om klinikkens åbningstider og parkering. " * 6


def index_of(*docs: SearchDoc) -> KnowledgeIndex:
    return KnowledgeIndex(docs, SynonymTable())


def test_marks_original_spelling_for_folded_query() -> None:
    index = index_of(SearchDoc("faq", "a", "Træning", "Let træning og gåture er fint. Træning!"))
    snippet = index.search("traening")[0].snippet
    assert "<b>træning</b>" in snippet
    assert "<b>Træning</b>" in snippet
    assert "gåture" in snippet


def test_marks_the_whole_word_a_prefix_matched() -> None:
    index = index_of(SearchDoc("faq", "a", "Nakke", "Kroniske nakkesmerter i nakken."))
    assert index.search("nakk")[0].snippet == ("Kroniske <b>nakkesmerter</b> i <b>nakken</b>.")


def test_marks_a_compound_found_by_its_part() -> None:
    index = index_of(
        SearchDoc("faq", "a", "Hvilke led?", "Alle ledsmerter, også rygsmerter, og smerter i ryg.")
    )
    snippet = index.search("smerter")[0].snippet
    assert "<b>ledsmerter</b>" in snippet
    assert "<b>rygsmerter</b>" in snippet


def test_marks_corrections_and_synonyms() -> None:
    docs = [SearchDoc("condition", "x/y", "Årsager", "Piskesmæld kan give smerter i nakken.")]
    assert "<b>Piskesmæld</b>" in index_of(*docs).search("piskesmeld")[0].snippet
    synonyms = SynonymTable.build([["whiplash", "piskesmæld"]])
    assert "<b>Piskesmæld</b>" in KnowledgeIndex(docs, synonyms).search("whiplash")[0].snippet


def test_escapes_everything_but_the_marks() -> None:
    index = index_of(SearchDoc("faq", "a", "Tegn", "Brug <script>alert(1)</script> & nakke > 3"))
    snippet = index.search("nakke")[0].snippet
    assert "&lt;script&gt;" in snippet
    assert "&amp;" in snippet
    assert "&gt; 3" in snippet
    assert re.sub(r"</?b>", "", snippet).count("<") == 0


def test_window_moves_to_the_match_in_a_long_text() -> None:
    text = FILLER + "Diskusprolaps kan give smerter i benet. " + FILLER
    index = index_of(SearchDoc("faq", "a", "Ryg", text))
    snippet = index.search("diskusprolaps")[0].snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<b>Diskusprolaps</b>" in snippet
    assert len(re.sub(r"</?b>", "", snippet)) <= 170


def test_window_prefers_the_stretch_with_most_matches() -> None:
    text = "Nakke nævnes her. " + FILLER + "Nakke og ryg gør ondt, ryg og nakke igen. " + FILLER
    snippet = index_of(SearchDoc("faq", "a", "T", text)).search("nakke ryg")[0].snippet
    assert snippet.count("<b>") == 4


def test_title_only_match_shows_the_start_of_the_text() -> None:
    index = index_of(
        SearchDoc("step", "booking", "Trin 1: Bestil tid", "Ring til klinikken. " * 20)
    )
    snippet = index.search("bestil")[0].snippet
    assert snippet.startswith("Ring til klinikken.")
    assert "<b>" not in snippet


def test_markup_is_flattened() -> None:
    assert flatten("- Første\n- Anden\n\nAfsnit\nfortsat") == "• Første • Anden Afsnit fortsat"


def test_no_terms_marks_nothing() -> None:
    assert make_snippet("Æble & pære", Highlighter([]).spans("Æble & pære")) == "Æble &amp; pære"


def test_highlighter_finds_every_original_spelling() -> None:
    text = "Pårørende, PAARØRENDE, Paarorende, træning, Træner, Køre, koere, kø, idé, Müller"
    highlighter = Highlighter(["paaroerende", "traen", "koe", "ide", "muller"])
    marked = [text[a:b] for a, b in highlighter.spans(text)]
    assert marked == [
        "Pårørende",
        "PAARØRENDE",
        "træning",
        "Træner",
        "Køre",
        "koere",
        "kø",
        "idé",
        "Müller",
    ]


def test_a_typed_half_letter_matches_the_whole_letter() -> None:
    # "pa" is the beginning of "paa", the fold of "på".
    assert re.fullmatch(spelling("pa"), "på", re.IGNORECASE)
    assert re.fullmatch(spelling("koe"), "kø", re.IGNORECASE)
    assert re.fullmatch(spelling("ko"), "kø", re.IGNORECASE)  # "ko" begins "koe"


def test_marks_only_whole_words_from_their_start() -> None:
    spans = Highlighter(["led"]).spans("Ledsmerter, udledning og led.")
    assert spans == [(0, 10), (25, 28)]
