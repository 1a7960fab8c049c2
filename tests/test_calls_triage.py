"""Triage hints from the clinic's own rules (plain data, not medical advice)."""

from __future__ import annotations

from datetime import date

import pytest

from reception.calls import DISCLAIMER, CallForm, triage

TODAY = date(2024, 5, 10)


def codes(form: CallForm, earlier: tuple[str, ...] = ()) -> list[str]:
    return [hint.code for hint in triage(form, today=TODAY, earlier_areas=earlier)]


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(3, "weeks", ["common"]), (5, "months", ["common"]), (6, "months", ["common"]),
     (7, "months", ["chronic"]), (1, "years", ["chronic", "gold_joint"])],
)
def test_how_long_it_has_hurt(value: int, unit: str, expected: list[str]) -> None:
    assert codes(CallForm(pain_areas=("knae",), duration_value=value,
                          duration_unit=unit)) == expected


def test_neck_pain_over_half_a_year_suggests_gold() -> None:
    form = CallForm(pain_areas=("nakke",), duration_value=8, duration_unit="months")
    assert codes(form) == ["chronic", "gold_neck"]
    assert "½–1 år" in triage(form, today=TODAY)[1].text


def test_joint_pain_needs_a_year_before_gold() -> None:
    assert codes(CallForm(pain_areas=("ryg",), duration_value=8,
                          duration_unit="months")) == ["chronic"]
    assert codes(CallForm(pain_areas=("ryg",), duration_value=2,
                          duration_unit="years")) == ["chronic", "gold_joint"]


def test_pain_since_is_used_when_no_duration_is_given() -> None:
    assert codes(CallForm(pain_areas=("nakke",), pain_since="1-1-2023")) == [
        "chronic", "gold_neck"]
    assert codes(CallForm(pain_since="1-4-2024")) == ["common"]
    assert codes(CallForm(pain_since="1-1-2030")) == []  # in the future: no guess


def test_pain_returning_quickly_after_treatment_suggests_gold() -> None:
    assert codes(CallForm(pain_returns_quickly=True)) == ["gold_returns"]


def test_new_or_increasing_pain_areas_suggest_the_own_doctor() -> None:
    assert codes(CallForm(pain_increasing=True)) == ["see_doctor"]
    assert codes(CallForm(pain_areas=("ryg", "hofte")), earlier=("ryg",)) == ["see_doctor"]
    assert codes(CallForm(pain_areas=("ryg",)), earlier=("ryg", "knae")) == []
    assert codes(CallForm(pain_areas=("ryg",))) == []  # first call: nothing is "new"
    assert "egen læge" in triage(CallForm(pain_increasing=True), today=TODAY)[0].text


def test_texts_are_danish_and_there_is_a_disclaimer() -> None:
    form = CallForm(pain_areas=("nakke",), duration_value=3, duration_unit="years",
                    pain_returns_quickly=True, pain_increasing=True)
    hints = triage(form, today=TODAY)
    assert [h.code for h in hints] == ["chronic", "gold_neck", "gold_returns", "see_doctor"]
    assert all(h.text for h in hints)
    assert "ikke en lægelig vurdering" in DISCLAIMER
