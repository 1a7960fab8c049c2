"""Finding callers: by the exact number (shared numbers too) and as the receptionist types."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reception.calls import (
    CallForm,
    add_note,
    end_call,
    find_callers_by_phone,
    save_draft,
    search_callers,
    start_call,
)

pytestmark = pytest.mark.both_backends


def log_call(phone: str, name: str, notes: str = "", **fields: object) -> int:
    """A whole call from a new caller; returns the caller id."""
    call_id = start_call(phone)
    form = CallForm(phone=phone, name=name, notes=notes, **fields)  # type: ignore[arg-type]
    result = end_call(call_id, form, "no_action", force=True)
    assert result.caller_id is not None
    return result.caller_id


def names(results) -> list[str]:
    return [r.name for r in results]


def test_a_number_typed_any_way_finds_the_caller(database) -> None:
    caller = log_call("23 39 49 77", "Jens Hansen")
    for typed in ("23394977", "+45 23 39 49 77", "0045 2339 4977", "tel:+4523394977"):
        found = find_callers_by_phone(typed)
        assert [c.id for c in found] == [caller]
        assert found[0].phones == ("23 39 49 77",)
        assert found[0].call_count == 1 and found[0].last_call_at is not None


def test_two_people_sharing_a_number_are_both_offered(database) -> None:
    first = log_call("23394977", "Karen Jensen")
    second = log_call("+45 23 39 49 77", "Poul Jensen")
    assert [c.id for c in find_callers_by_phone("23 39 49 77")] == [first, second]


def test_unknown_or_incomplete_numbers_find_nobody(database) -> None:
    log_call("23394977", "Karen Jensen")
    assert find_callers_by_phone("23394978") == []
    assert find_callers_by_phone("2339") == []
    assert find_callers_by_phone("") == []


def test_search_by_name_prefixes_in_any_order(database) -> None:
    log_call("23394977", "Jens Peter Hansen")
    log_call("24000000", "Hanne Jensen")
    assert names(search_callers("jen han")) == ["Hanne Jensen", "Jens Peter Hansen"]
    assert names(search_callers("hansen")) == ["Jens Peter Hansen"]
    assert names(search_callers("HANNE")) == ["Hanne Jensen"]


@pytest.mark.parametrize("typed", ["søren", "soeren", "Søren", "SØREN", "sør", "soer"])
def test_danish_letters_meet_their_ascii_spelling(database, typed: str) -> None:
    log_call("23394977", "Søren Ærbø Åsen")
    assert names(search_callers(typed)) == ["Søren Ærbø Åsen"]


@pytest.mark.parametrize("typed", ["aerboe", "ærbø", "aasen", "åsen", "Ærb"])
def test_danish_letters_fold_both_ways(database, typed: str) -> None:
    log_call("23394977", "Søren Ærbø Åsen")
    assert names(search_callers(typed)) == ["Søren Ærbø Åsen"]


@pytest.mark.parametrize("typed", ["2339", "23 39 4", "+45 2339", "0045 23", "4523394977"])
def test_a_partial_number_matches_by_prefix(database, typed: str) -> None:
    log_call("23394977", "Jens Hansen")
    log_call("40404040", "Other Person")
    found = search_callers(typed)
    assert names(found) == ["Jens Hansen"]
    assert found[0].matched_in == "phone"


def test_postcode_and_town(database) -> None:
    log_call("23394977", "Jens Hansen", postcode="8000", town="Aarhus C")
    log_call("40404040", "Anne Holm", postcode="5000", town="Odense C")
    found = search_callers("8000")
    assert names(found) == ["Jens Hansen"] and found[0].matched_in == "place"
    assert names(search_callers("odense")) == ["Anne Holm"]
    assert names(search_callers("jens 8000")) == ["Jens Hansen"]


def test_note_text_is_searched_after_names(database) -> None:
    knee = log_call("23394977", "Jens Hansen", notes="Ondt i knæet efter fodbold")
    other = log_call("40404040", "Knud Knæsen")
    found = search_callers("knæ")
    assert [(c.id, c.matched_in) for c in found] == [(other, "name"), (knee, "notes")]


@pytest.mark.parametrize("typed", ["sme", "smer", "smerte", "smertesti", "smertestillende"])
def test_a_note_word_typed_key_by_key_finds_names_first_then_notes_newest_first(
        database, typed: str) -> None:
    """Every prefix length (the SQLite index has prefixes of 1–8 letters; longer ones merge)."""
    older = log_call("23394977", "Jens Hansen", notes="Tager smertestillende hver dag")
    named = log_call("40404040", "Smertestillende Sørensen")
    newer = [log_call(f"5050505{i}", f"Anne Holm {i}", notes="smertestillende virker ikke")
             for i in range(3)]
    log_call("60606060", "Knud Lund", notes="ondt i knæet")
    found = [(c.id, c.matched_in) for c in search_callers(typed, limit=4)]
    assert found == [(named, "name"), *((i, "notes") for i in newer[::-1])]
    assert [c.id for c in search_callers(typed)][-1] == older


def test_notes_added_later_and_edits_of_the_name_are_found(database) -> None:
    caller = log_call("23394977", "Jens Hansen")
    add_note(caller, "Foretrækker at blive ringet op om eftermiddagen")
    assert names(search_callers("eftermiddag")) == ["Jens Hansen"]
    call_id = start_call("23394977")
    end_call(call_id, CallForm(caller_id=caller, phone="23394977", name="Jens Præst"),
             "no_action")
    assert names(search_callers("præst")) == ["Jens Præst"]


def test_drafts_are_not_searched_until_saved(database) -> None:
    caller = log_call("23394977", "Jens Hansen")
    call_id = start_call("23394977")
    save_draft(call_id, CallForm(caller_id=caller, notes="hemmeligt udkast om hoften"))
    assert search_callers("hoften") == []
    end_call(call_id, CallForm(caller_id=caller, notes="hemmeligt udkast om hoften"), "no_action")
    assert names(search_callers("hoften")) == ["Jens Hansen"]


def test_newest_callers_first_and_limit(database) -> None:
    ids = [log_call(f"2{i:07d}", f"Hansen nr {i}") for i in range(1, 8)]
    found = search_callers("hansen", limit=3)
    assert [c.id for c in found] == ids[::-1][:3]


def test_newest_first_across_the_servers_window(database, monkeypatch) -> None:
    """Newest first, on both sides of the edge of PostgreSQL's window of newest note texts
    (pg_search.WINDOW, made small here): names from the prefix table, a note word from the
    window and the word index."""
    from reception.store import pg_search

    monkeypatch.setattr(pg_search, "WINDOW", 3)
    names_in_order = ["Hansen", "Olsen", "Hansen", "Olsen", "Hansen", "Hansen", "Olsen",
                      "Hansen"]
    ids = [log_call(f"3{i:07d}", f"{name} nr {i}", notes="knæ" if i == 2 else "")
           for i, name in enumerate(names_in_order, start=1)]
    hansen = [i for i, name in zip(ids, names_in_order, strict=True) if name == "Hansen"]
    assert [c.id for c in search_callers("han", limit=4)] == hansen[::-1][:4]
    assert [c.id for c in search_callers("han", limit=50)] == hansen[::-1]
    assert [c.id for c in search_callers("ols", limit=1)] == [ids[6]]
    found = [(c.id, c.matched_in) for c in search_callers("knæ", limit=5)]
    assert found == [(ids[1], "notes")]


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "AND", "OR NOT", "(", "a:b", "né",
                                   "💥", "^x", "{name}"])
def test_odd_search_text_never_raises(database, typed: str) -> None:
    log_call("23394977", "Jens Hansen")
    assert isinstance(search_callers(typed), list)


def test_a_second_number_is_added_to_the_caller(database) -> None:
    caller = log_call("23394977", "Jens Hansen")
    call_id = start_call("40404040")
    end_call(call_id, CallForm(caller_id=caller, phone="40 40 40 40", name="Jens Hansen"),
             "no_action")
    assert [c.id for c in find_callers_by_phone("40404040")] == [caller]
    assert find_callers_by_phone("23394977")[0].phones == ("23 39 49 77", "40 40 40 40")


def test_the_same_number_twice_is_stored_once(database) -> None:
    caller = log_call("23394977", "Jens Hansen")
    call_id = start_call("23394977")
    form = CallForm(caller_id=caller, phone="+45 23 39 49 77")
    end_call(call_id, replace(form, name="Jens Hansen"), "no_action")
    assert find_callers_by_phone("23394977")[0].phones == ("23 39 49 77",)


def test_the_register_gets_ids_without_summaries(database) -> None:
    """The register keeps only ids; the same callers in the same order as the search."""
    from reception.calls.caller_list import caller_ids
    from reception.calls.lookup import matching_caller_ids

    knee = log_call("23394977", "Jens Hansen", notes="Ondt i knæet efter fodbold")
    other = log_call("40404040", "Knud Knæsen")
    assert matching_caller_ids("knæ") == [c.id for c in search_callers("knæ")] == [other, knee]
    assert caller_ids("knæ") == [other, knee]
    assert matching_caller_ids("  ") == [] and matching_caller_ids("knæ", limit=0) == []


def test_the_register_reads_every_id_in_chunks_in_name_order(database) -> None:
    from reception.calls.caller_list import caller_ids, caller_ids_after

    for number, name in enumerate(["Eva", "Bo", "Anna", "Bo", "Carl"]):
        log_call(f"2339490{number}", name)
    chunks, after = [], None
    while True:
        chunk = caller_ids_after(after, 2)
        chunks += [caller_id for caller_id, _ in chunk]
        if len(chunk) < 2:
            break
        after = (chunk[-1][1], chunk[-1][0])
    assert chunks == caller_ids("") and len(chunks) == 5
    database.close()
