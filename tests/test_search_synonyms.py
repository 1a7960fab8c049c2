"""The synonym file: the shipped one loads, and a broken one says where it is broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception.search import SynonymError, SynonymTable, load_synonyms


def test_shipped_file_loads_folded() -> None:
    table = load_synonyms()
    assert table.is_stopword("jeg") and table.is_stopword("maa")  # "må", folded
    assert ("whiplash",) in table.others(("piskesmaeld",))
    assert ("koere", "bil") in table.others(("bilkoersel",))
    assert not table.is_stopword("nakke")


def test_every_shipped_group_has_two_members() -> None:
    assert all(len(group) >= 2 for group in load_synonyms().groups)


def test_build_folds_and_merges_duplicates() -> None:
    table = SynonymTable.build([["Piskesmæld", "piskesmaeld", "WHIPLASH"], ["enlig"]], ["Må"])
    assert table.groups == ((("piskesmaeld",), ("whiplash",)),)
    assert table.stopwords == frozenset({"maa"})


def test_member_in_two_groups_gets_both() -> None:
    table = SynonymTable.build([["gigt", "slidgigt"], ["gigt", "leddegigt"]])
    assert set(table.others(("gigt",))) == {("slidgigt",), ("leddegigt",)}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("groups = [", "ugyldig TOML"),
        ("stopwords = 'jeg'", "stopwords"),
        ("[[groups]]\nwords = ['alene']", "gruppe nr. 1"),
        ("[[groups]]\nord = ['a', 'b']", "gruppe nr. 1"),
        ("groups = 3", "[[groups]]"),
    ],
)
def test_broken_file_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "synonyms.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SynonymError) as error:
        load_synonyms(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(SynonymError, match="kan ikke læses"):
        load_synonyms(tmp_path / "none.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes("stopwords = ['på']".encode("latin-1"))
    with pytest.raises(SynonymError, match="UTF-8"):
        load_synonyms(latin1)
