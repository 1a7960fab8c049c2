"""The word prefixes behind the caller search on PostgreSQL (``schema_server_prefixes``):
every word start of name, phones and place, kept current by the refresh, gone with the
caller, right when two desks save one caller at once (issue 12)."""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import psycopg
import pytest
from privacy_helpers import make_person

from reception.calls import CallForm, add_note, end_call, search_callers, start_call
from reception.privacy import anonymise_people, erase_person
from reception.store import schema_server_prefixes
from reception.store.models import Caller, CallerPhone

pytestmark = pytest.mark.parametrize("database", ["postgresql"], indirect=True)

PREFIXES = schema_server_prefixes.TABLE


def log_call(phone: str, name: str, postcode: str = "", town: str = "") -> int:
    call_id = start_call(phone)
    result = end_call(call_id, CallForm(phone=phone, name=name, postcode=postcode, town=town),
                      "no_action", force=True)
    assert result.caller_id is not None
    return result.caller_id


def prefix_rows(database: Any, caller_id: int) -> set[tuple[str, int]]:
    return set(database.execute_sql(
        f"SELECT prefix, parts FROM {PREFIXES} WHERE caller_id = %s", (caller_id,)).fetchall())


def expected(words: dict[str, int]) -> set[tuple[str, int]]:
    """Every prefix (to ``LONGEST`` characters) of ``words`` (word: its parts), with the
    parts of every word it starts."""
    found: dict[str, int] = {}
    for word, parts in words.items():
        for end in range(1, min(len(word), schema_server_prefixes.LONGEST) + 1):
            found[word[:end]] = found.get(word[:end], 0) | parts
    return set(found.items())


def mismatched_prefixes(database: Any) -> int:
    """Rows of the prefix table that differ from what every caller's search row gives
    (both ways); 0 when the table is exactly right (a move, a restore)."""
    made = ("SELECT x.prefix, f.caller_id, x.parts FROM caller_fts f "
            "CROSS JOIN LATERAL caller_fts_prefixes(f.main, f.phones, f.place) x")
    stored = f"SELECT prefix, caller_id, parts FROM {PREFIXES}"
    row = database.execute_sql(f"SELECT (SELECT count(*) FROM ({made} EXCEPT {stored}) a) "
                               f"+ (SELECT count(*) FROM ({stored} EXCEPT {made}) b)").fetchone()
    return int(row[0])


def test_every_word_start_of_name_phones_and_place_and_which_part_it_starts(
        database: Any) -> None:
    caller = log_call("23394977", "Søren Vestergaardsholm-Ærø", "2300", "København S")
    phones, place = schema_server_prefixes.PHONES, schema_server_prefixes.PLACE
    assert prefix_rows(database, caller) == expected({
        "soeren": 0, "vestergaardsholm": 0, "aeroe": 0, "4523394977": phones,
        "23394977": phones, "2300": place, "koebenhavn": place, "s": place})
    assert mismatched_prefixes(database) == 0
    # Past the twelve characters kept, the text decides.
    assert [c.id for c in search_callers("vestergaardsholm")] == [caller]
    assert search_callers("vestergaardshave") == []
    assert [(c.id, c.matched_in) for c in search_callers("2339")] == [(caller, "phone")]
    assert [(c.id, c.matched_in) for c in search_callers("2300")] == [(caller, "place")]


def test_a_new_name_or_number_replaces_the_old_prefixes_and_a_note_leaves_them(
        database: Any) -> None:
    caller = log_call("23394977", "Karen Holm")
    other = log_call("40404040", "Karen Dahl")
    Caller.update(name="Bodil Holm").where(Caller.id == caller).execute()
    CallerPhone.update(search_digits="4550505050 50505050").where(
        CallerPhone.caller == caller).execute()
    assert prefix_rows(database, caller) == expected({
        "bodil": 0, "holm": 0, "4550505050": 1, "50505050": 1})
    assert [c.id for c in search_callers("karen")] == [other]
    assert search_callers("2339") == []
    written = ("SELECT n_tup_ins + n_tup_del FROM pg_stat_xact_user_tables "
               "WHERE relname = %s")
    with database.atomic():
        before = database.execute_sql(written, (PREFIXES,)).fetchone()
        add_note(caller, "Ringer om knæet", author="test")
        after = database.execute_sql(written, (PREFIXES,)).fetchone()
        renamed = Caller.update(name="Bodil Holm-Dahl").where(Caller.id == caller).execute()
        assert renamed and database.execute_sql(written, (PREFIXES,)).fetchone() > after
    assert before == after  # a note changes no prefix
    assert mismatched_prefixes(database) == 0


def test_erasing_or_anonymising_a_caller_leaves_none_of_their_words(database: Any) -> None:
    erased = make_person("23394977", "Karen Holmegaard", "ondt i ryggen", day=date(2020, 1, 5))
    anonymised = make_person("40404040", "Vibeke Lindquist", "knæ", day=date(2020, 1, 5))
    kept = make_person("50505050", "Peter Holm", "nakke")
    words = ("karen", "holmegaard", "23394977", "vibeke", "lindquist", "40404040", "8000")
    assert prefix_rows(database, erased.id) and prefix_rows(database, anonymised.id)
    erase_person(erased.id, by="Mette")
    anonymise_people([anonymised.id], by="Mette")
    assert prefix_rows(database, erased.id) == set()
    left = {prefix for prefix, _ in prefix_rows(database, anonymised.id)}
    assert not left & set(words), left & set(words)
    assert database.execute_sql(
        f"SELECT count(*) FROM {PREFIXES} WHERE prefix = ANY(%s)",
        (["holmegaard", "lindquist", "23394977", "40404040"],)).fetchone()[0] == 0
    assert {prefix for prefix, _ in prefix_rows(database, kept.id)} >= {"peter", "holm"}
    assert mismatched_prefixes(database) == 0


def test_two_desks_changing_one_caller_at_once_leave_the_prefixes_of_both_changes(
        database: Any) -> None:
    """Desk A renames the caller; desk B, at the same moment, changes the number: B's
    refresh waits for A's, then reads what A wrote. Neither fails on a unique key, and
    no prefix of the old name or number is left behind."""
    caller = log_call("23394977", "Karen Holm")
    url = database.database
    desk_a = psycopg.connect(url)
    desk_b = psycopg.connect(url)
    errors: list[BaseException] = []

    def change_number() -> None:
        try:
            desk_b.execute("UPDATE caller_phone SET search_digits = '4550505050 50505050' "
                           "WHERE caller_id = %s", (caller,))
            desk_b.commit()
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    try:
        desk_a.execute("UPDATE caller SET name = 'Bodil Dahl' WHERE id = %s", (caller,))
        other = threading.Thread(target=change_number)
        other.start()
        time.sleep(0.5)  # desk B's refresh now waits for desk A's
        assert other.is_alive()
        desk_a.commit()
        other.join(10)
        assert not other.is_alive() and errors == []
    finally:
        desk_a.close()
        desk_b.close()
    assert prefix_rows(database, caller) == expected({
        "bodil": 0, "dahl": 0, "4550505050": 1, "50505050": 1})
    assert search_callers("karen") == search_callers("2339") == []
    assert mismatched_prefixes(database) == 0


def test_a_server_database_from_before_gets_every_callers_prefixes(database: Any) -> None:
    """Schema 15 had no prefix table: the step makes it from the search rows there are,
    and the refresh it installs keeps it current."""
    from reception.store import db, migrations, open_store

    callers = [log_call(f"2339497{n}", f"Åse Ærø {n}") for n in range(3)]
    database.execute_sql(f"DROP TABLE {PREFIXES}")
    database.execute_sql("DROP FUNCTION caller_fts_prefixes")
    for name in schema_server_prefixes.UNUSED:  # what schema 15 searched names with
        column = name.removeprefix("caller_fts_")
        database.execute_sql(f"CREATE INDEX {name} ON caller_fts USING gin ({column} "
                             "gin_trgm_ops)")
    before = migrations.STEPS.index(schema_server_prefixes.create)
    database.execute_sql("UPDATE schema_version SET version = %s", (before,))
    url = database.database
    database.close_all()
    migrated = open_store(url)
    try:
        assert migrated.execute_sql("SELECT max(version) FROM schema_version").fetchone() == (
            migrations.SCHEMA_VERSION,)
        assert mismatched_prefixes(migrated) == 0
        assert not migrated.execute_sql("SELECT indexname FROM pg_indexes WHERE indexname "
                                        "= ANY(%s)", (list(schema_server_prefixes.UNUSED),)
                                        ).fetchall()
        assert [c.id for c in search_callers("aase aeroe")] == callers[::-1]
        Caller.update(name="Bent Ærø").where(Caller.id == callers[0]).execute()
        assert [c.id for c in search_callers("bent")] == [callers[0]]
        assert mismatched_prefixes(migrated) == 0
    finally:
        migrated.close_all()
        db.initialize(database)
