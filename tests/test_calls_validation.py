"""The call form's checks: Danish messages per field, never an exception, never a refusal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception.calls import CallForm, parse_pain_since, validate_form
from reception.calls.form import form_from_json, form_to_json

TODAY = date(2024, 5, 10)
GOOD = CallForm(phone="23 39 49 77", name="Jens Hansen", email="jens@example.dk",
                street="Guldvej 12", postcode="8000", town="Aarhus C", pain_since="3-2023",
                duration_value=14, duration_unit="months")
KNOWN_FIELDS = {"phone", "name", "email", "street", "postcode", "town", "notes", "pain_since",
                "duration_value", "duration_unit"}


def test_a_good_form_has_no_problems() -> None:
    assert validate_form(GOOD, today=TODAY) == {}
    assert validate_form(CallForm(), today=TODAY) == {}


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [({"phone": "2339 49"}, "phone", "8 cifre"),
     ({"phone": "23 39 49 77 1"}, "phone", "for mange"),
     ({"phone": "ring efter 15"}, "phone", "cifre"),
     ({"postcode": "800"}, "postcode", "4 cifre"),
     ({"postcode": "80000"}, "postcode", "4 cifre"),
     ({"postcode": "8ooo"}, "postcode", "4 cifre"),
     ({"email": "jens.example.dk"}, "email", "@"),
     ({"email": "jens@example"}, "email", "navn@domæne.dk"),
     ({"pain_since": "1-6-2024"}, "pain_since", "fremtiden"),
     ({"pain_since": "2025"}, "pain_since", "fremtiden"),
     ({"pain_since": "længe"}, "pain_since", "dd-mm-åååå"),
     ({"pain_since": "31-2-2023"}, "pain_since", "dd-mm-åååå"),
     ({"name": "1234"}, "name", "bogstaver"),
     ({"street": "Guldvej"}, "street", "husnummer"),
     ({"town": "8000"}, "town", "bogstaver"),
     ({"duration_value": -2}, "duration_value", "mellem 0 og 100"),
     ({"duration_unit": ""}, "duration_unit", "uger, måneder eller år")],
)
def test_each_problem_is_named_in_danish(change: dict, field: str, words: str) -> None:
    problems = validate_form(replace(GOOD, **change), today=TODAY)
    assert list(problems) == [field]
    assert words in problems[field]


def test_postcode_rule_is_danish_only() -> None:
    assert validate_form(replace(GOOD, country="Sverige", postcode="123 45"), today=TODAY) == {}
    assert validate_form(replace(GOOD, postcode="DK-8000"), today=TODAY) == {}


def test_one_megabyte_of_notes_is_fine() -> None:
    assert validate_form(replace(GOOD, notes="x" * 1_048_576), today=TODAY) == {}


@pytest.mark.parametrize(
    ("outcome", "form", "missing"),
    [("booked", CallForm(phone="23394977"), {"name"}),
     ("booked", CallForm(name="Jens"), {"phone"}),
     ("send_sheet", CallForm(name="Jens"), {"street", "postcode", "town"}),
     ("send_sheet", CallForm(name="Jens", email="j@example.dk"), set()),
     ("call_back", CallForm(name="Jens"), {"phone"}),
     ("no_action", CallForm(), set())],
)
def test_what_an_outcome_needs(outcome: str, form: CallForm, missing: set[str]) -> None:
    assert set(validate_form(form, outcome=outcome, today=TODAY)) == missing


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1-5-2023", date(2023, 5, 1)), ("1.5.23", date(2023, 5, 1)), ("01/05/2023", date(2023, 5, 1)),
     ("2023-05-01", date(2023, 5, 1)), ("5-2023", date(2023, 5, 1)), ("maj 2023", date(2023, 5, 1)),
     ("3. maj 2023", date(2023, 5, 3)), ("2023", date(2023, 1, 1)), ("1.5.99", date(1999, 5, 1)),
     ("", None), ("i går", None), ("32-1-2023", None), ("smerte 2023", None)],
)
def test_pain_since_formats(typed: str, expected: date | None) -> None:
    assert parse_pain_since(typed, TODAY) == expected


# --- properties ------------------------------------------------------------------------

texts = st.text(max_size=40)
forms = st.builds(
    CallForm,
    caller_id=st.none() | st.integers(min_value=1),
    phone=texts | st.from_regex(r"\A[+0-9 ()\-.]{0,16}\Z"),
    name=texts, email=texts | st.emails(), street=texts,
    postcode=texts | st.from_regex(r"\A[0-9]{0,6}\Z"), town=texts, country=texts,
    preferred_contact=texts, consent_to_contact=st.booleans(),
    pain_areas=st.lists(texts, max_size=3).map(tuple),
    pain_since=texts | st.dates().map(lambda d: d.strftime("%d-%m-%Y")),
    duration_value=st.none() | st.integers(min_value=-(10**9), max_value=10**9),
    duration_unit=st.sampled_from(["", "weeks", "months", "years", "æons"]),
    pain_increasing=st.booleans(), pain_returns_quickly=st.booleans(),
    treatments_tried=st.lists(texts, max_size=3).map(tuple),
    referral_source=texts, notes=st.text(max_size=200), follow_up=texts,
)


@given(forms, st.sampled_from([None, "booked", "send_sheet", "call_back", "no_action"]))
def test_any_form_is_validated_without_raising(form: CallForm, outcome: str | None) -> None:
    problems = validate_form(form, outcome=outcome, today=TODAY)
    assert set(problems) <= KNOWN_FIELDS
    assert all(isinstance(m, str) and m.strip() for m in problems.values())


@given(forms)
def test_validation_does_not_change_the_form(form: CallForm) -> None:
    before = replace(form)
    validate_form(form, today=TODAY)
    assert form == before


@given(st.dates(max_value=TODAY))
def test_any_past_date_typed_the_danish_way_is_accepted(day: date) -> None:
    typed = day.strftime("%d-%m-") + f"{day.year:04d}"
    assert parse_pain_since(typed, TODAY) == day
    assert "pain_since" not in validate_form(CallForm(pain_since=typed), today=TODAY)


@given(st.dates(min_value=date(2024, 5, 11)))
def test_any_future_date_is_flagged(day: date) -> None:
    typed = day.strftime("%d-%m-") + f"{day.year:04d}"
    assert "fremtiden" in validate_form(CallForm(pain_since=typed), today=TODAY)["pain_since"]


@given(forms)
def test_a_stored_form_reads_back_the_same(form: CallForm) -> None:
    form = form.cleaned()
    assert form_from_json(form_to_json(form), form.notes) == form


def test_a_damaged_stored_form_falls_back_to_defaults() -> None:
    assert form_from_json("not json") == CallForm()
    assert form_from_json('{"name": 3, "pain_areas": "nakke", "nonsense": 1}') == CallForm()
