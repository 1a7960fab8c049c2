"""Phone numbers: every way of typing a number gives one E.164 form; nothing raises."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception.phone import (
    format_national,
    normalize_phone,
    phone_search_digits,
    phone_search_tokens,
    validate_phone,
)

CLINIC = "+4523394977"


@pytest.mark.parametrize(
    "typed",
    ["23394977", "23 39 49 77", "+45 23 39 49 77", "0045 2339 4977", "tel:+4523394977",
     "2339 4977", "+45-23-39-49-77", "(+45) 23394977", " 23.39.49.77 ", "4523394977",
     "TEL:+45 23 39 49 77", "tel:+45-23-39-49-77;phone-context=example"],
)
def test_the_ways_a_receptionist_types_the_clinic_number(typed: str) -> None:
    assert normalize_phone(typed) == CLINIC


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [("+47 412 34 567", "+4741234567", "+47 41 23 45 67"),
     ("0046 70 123 45 67", "+46701234567", "+46 70 123 45 67"),
     ("+49 151 12345678", "+4915112345678", "+49 1511 2345678")],
)
def test_foreign_numbers_are_shown_internationally(typed: str, e164: str, shown: str) -> None:
    assert normalize_phone(typed) == e164
    assert format_national(e164) == shown


def test_a_swedish_number_typed_with_region_se() -> None:
    assert normalize_phone("070-123 45 67", region="SE") == "+46701234567"


def test_danish_numbers_are_shown_the_danish_way() -> None:
    assert format_national(CLINIC) == "23 39 49 77"


@pytest.mark.parametrize("typed", ["", "   ", "2339", "233949771", "abc", "23 39 49 7x",
                                   "+", "tel:", "1-800-FLOWERS", "+999 1234 5678"])
def test_incomplete_or_wrong_numbers_do_not_normalise(typed: str) -> None:
    assert normalize_phone(typed) is None


def test_text_that_is_not_a_number_is_returned_unchanged_by_format() -> None:
    assert format_national("ring på kontoret") == "ring på kontoret"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2339", "8 cifre"), ("233949771", "for mange"), ("23 39 4x 77", "kun indeholde cifre"),
     ("+999 1234", "Landekoden"), ("01234567", "nummerplanen")],
)
def test_validate_phone_explains_in_danish(typed: str, expected: str) -> None:
    message = validate_phone(typed)
    assert message is not None and expected in message


@pytest.mark.parametrize("typed", ["", "23394977", "+47 412 34 567", "tel:+4523394977"])
def test_validate_phone_accepts_good_or_empty_input(typed: str) -> None:
    assert validate_phone(typed) is None


@pytest.mark.parametrize(
    ("typed", "digits"),
    [("23 39 4", "23394"), ("+45 23 39", "452339"), ("0045 2339", "452339"), ("2", "2"),
     ("tel:+452339", "452339"), ("Jens", None), ("", None), ("+", None), ("23 39 x", None)],
)
def test_search_digits_of_a_partly_typed_number(typed: str, digits: str | None) -> None:
    assert phone_search_digits(typed) == digits


def test_search_tokens_hold_national_and_international_digits() -> None:
    assert phone_search_tokens(CLINIC) == "4523394977 23394977"
    assert phone_search_tokens("+46701234567") == "46701234567 701234567 0701234567"
    assert phone_search_tokens("23 39 4") == "23394"


# --- properties ------------------------------------------------------------------------

# Danish numbers the numbering plan knows: 8 digits starting with a valid range.
danish_numbers = st.from_regex(r"\A[2-9][0-9]{7}\Z").filter(
    lambda n: phonenumbers.is_valid_number(phonenumbers.parse(n, "DK"))
)


@st.composite
def written_danish_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A Danish number and one of the many ways a person writes it."""
    digits = draw(danish_numbers)
    prefix = draw(st.sampled_from(["", "+45", "+45 ", "0045", "0045 ", "tel:+45", "(+45) "]))
    separators = st.sampled_from(["", "", " ", "-", ".", "  "])
    body = "".join(d + draw(separators) for d in digits[:-1]) + digits[-1]
    padding = st.sampled_from(["", " ", "  "])
    return digits, draw(padding) + prefix + body + draw(padding)


@given(written_danish_numbers())
def test_every_way_of_writing_a_danish_number_gives_the_same_e164(
    number: tuple[str, str],
) -> None:
    digits, written = number
    assert normalize_phone(written) == "+45" + digits


@given(danish_numbers)
def test_format_then_parse_round_trips(digits: str) -> None:
    e164 = normalize_phone(digits)
    assert e164 is not None
    shown = format_national(e164)
    assert len(shown) == 11 and shown.replace(" ", "") == digits
    assert normalize_phone(shown) == e164
    assert validate_phone(shown) is None


@given(st.sampled_from(["NO", "SE", "DE"]).flatmap(
    lambda region: st.just(phonenumbers.example_number(region))))
def test_foreign_example_numbers_round_trip(number) -> None:
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    assert normalize_phone(format_national(e164)) == e164


@given(st.text(max_size=80))
def test_arbitrary_text_never_raises(text: str) -> None:
    e164 = normalize_phone(text)
    assert e164 is None or (e164.startswith("+") and e164[1:].isdigit())
    message = validate_phone(text)
    assert message is None or isinstance(message, str)
    digits = phone_search_digits(text)
    assert digits is None or digits.isdigit()
    assert isinstance(format_national(text), str)
    assert isinstance(phone_search_tokens(text), str)


@given(st.text(alphabet="0123456789 +-()./tel:", max_size=30))
def test_number_like_text_never_raises(text: str) -> None:
    normalize_phone(text)
    validate_phone(text)
    phone_search_digits(text)


@given(danish_numbers, st.integers(min_value=1, max_value=8))
def test_a_typed_prefix_of_a_number_is_a_prefix_of_its_index_words(digits: str, n: int) -> None:
    partial = " ".join(digits[i:i + 2] for i in range(0, n, 2))[: n + n // 2]
    searched = phone_search_digits(partial)
    assert searched is not None
    assert any(word.startswith(searched) for word in phone_search_tokens("+45" + digits).split())
