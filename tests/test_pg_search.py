"""The caller search on PostgreSQL: one round trip per key, and the word index never
loses a match that the text itself holds (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from reception.calls import CallForm, add_note, end_call, search_callers, start_call
from reception.store import pg_search, schema_server_search

pytestmark = pytest.mark.parametrize("database", ["postgresql"], indirect=True)


def log_call(phone: str, name: str, notes: str = "") -> int:
    call_id = start_call(phone)
    result = end_call(call_id, CallForm(phone=phone, name=name, notes=notes), "no_action",
                      force=True)
    assert result.caller_id is not None
    return result.caller_id


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two newest callers read along the key; older ones come from the indexes."""
    monkeypatch.setattr(pg_search, "WINDOW", 2)


def test_each_key_is_one_statement_with_its_summaries(database: Any, small_window: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    knee = log_call("23394977", "Jens Hansen", notes="Ondt i knæet efter fodbold")
    named = log_call("40404040", "Knud Knæsen")
    for number in range(3):
        log_call(f"5050505{number}", f"Anne Holm {number}")
    statements: list[str] = []
    execute = database.execute_sql

    def counted(sql: str, params: Any = None) -> Any:
        statements.append(sql)
        return execute(sql, params)

    monkeypatch.setattr(database, "execute_sql", counted)
    for typed, expected in (("k", [named]), ("knæ", [named, knee]), ("knaeet", [knee]),
                            ("2339", [knee]), ("jens ondt", [knee])):
        statements.clear()
        found = search_callers(typed)
        assert [c.id for c in found] == expected, typed
        assert len(statements) == 1, (typed, statements)
    found = search_callers("knæ")
    assert [(c.matched_in, c.phones, c.call_count) for c in found] == [
        ("name", ("40 40 40 40",), 1), ("notes", ("23 39 49 77",), 1)]
    assert found[0].last_call_at is not None


@pytest.mark.parametrize("word", ["1e5", "a1b2", "0x1f", "abc123def", "x2339", "aeble"])
def test_older_note_words_of_letters_and_digits_are_found_by_every_prefix(
        database: Any, small_window: None, word: str) -> None:
    """The word index's parser splits these the same way in the text and in the query."""
    older = log_call("23394977", "Jens Hansen", notes=f"Bemærk: {word} i journalen")
    for number in range(3):
        log_call(f"5050505{number}", f"Anne Holm {number}")
    for end in range(1, len(word) + 1):
        found = [(c.id, c.matched_in) for c in search_callers(f"jens {word[:end]}")]
        assert found == [(older, "notes")], word[:end]


def test_a_word_past_the_indexed_part_of_a_long_note_is_found(
        database: Any, small_window: None) -> None:
    """The word index reads the first ``WORDS_INDEXED`` characters; longer texts are
    tested whole."""
    caller = log_call("23394977", "Jens Hansen")
    add_note(caller, "bla " * (schema_server_search.WORDS_INDEXED // 4) + "ekstraordinaert")
    for number in range(3):
        log_call(f"5050505{number}", f"Anne Holm {number}")
    found = [(c.id, c.matched_in) for c in search_callers("ekstraord")]
    assert found == [(caller, "notes")]


def test_a_rebuild_writes_the_rows_the_triggers_write_and_keeps_every_index(
        database: Any, small_window: None) -> None:
    """The set-based rebuild (a move, a restore) gives each caller the row the per-caller
    refresh gives, and leaves the search table with all its indexes."""
    for number in range(4):
        caller = log_call(f"6060606{number}", f"Søren Ærø {number}", notes=f"Knæ {number}")
    add_note(caller, "Ringer igen om ŁÓDŹ-turen")
    connection = database.connection()
    rows = "SELECT * FROM caller_fts ORDER BY caller_id"
    indexes = ("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'caller_fts' "
               "ORDER BY indexname")
    by_triggers = connection.execute(rows).fetchall()
    indexes_before = connection.execute(indexes).fetchall()
    pg_search.rebuild(database)
    assert connection.execute(rows).fetchall() == by_triggers
    assert connection.execute(indexes).fetchall() == indexes_before
    assert len(indexes_before) >= 5  # the key, the note text's trigrams, newest, words, long
    assert [c.id for c in search_callers("lodz")] == [caller]
    assert [c.id for c in search_callers("aero 2")][:1] == [caller - 1]


def test_a_short_word_beside_a_longer_one_is_tested_on_the_note_text(
        database: Any, small_window: None) -> None:
    """The word index is asked for the longer words only (``INDEXED_WORD``); the short
    one still has to start a word of the text."""
    older = log_call("23394977", "Jens Hansen", notes="Ondt i knæet efter fodbold")
    for number in range(3):
        log_call(f"5050505{number}", f"Anne Holm {number}")
    assert [(c.id, c.matched_in) for c in search_callers("jens o")] == [(older, "notes")]
    assert [(c.id, c.matched_in) for c in search_callers("fodbold i")] == [(older, "notes")]
    assert search_callers("jens x") == search_callers("fodbold q") == []
