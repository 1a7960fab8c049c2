"""The real content, searched the way the receptionist types: every query in
tests/data/search_queries.toml must have one of its expected answers in the top 3,
and none of the answers it must avoid ("x" is not completed to "xarelto")."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from reception.content.loader import load_content
from reception.search import KnowledgeIndex, documents_from_content, load_synonyms

QUERIES = Path(__file__).parent / "data" / "search_queries.toml"
TOP = 3


@dataclass(frozen=True)
class Case:
    query: str
    expect: tuple[str, ...]
    why: str
    avoid: tuple[str, ...] = ()


def cases() -> list[Case]:
    with QUERIES.open("rb") as file:
        entries = tomllib.load(file)["queries"]
    return [Case(e["query"], tuple(e["expect"]), e.get("why", ""), tuple(e.get("avoid", ())))
            for e in entries]


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    content = load_content()
    assert not content.problems, [str(p) for p in content.problems]
    return KnowledgeIndex(documents_from_content(content), load_synonyms())


def test_expected_answers_exist() -> None:
    keys = {f"{d.kind}:{d.id}" for d in documents_from_content(load_content())}
    unknown = sorted({k for case in cases() for k in case.expect + case.avoid} - keys)
    assert not unknown, f"the queries expect keys that no document has: {unknown}"


def test_every_query_finds_an_expected_answer_in_the_top_3(index: KnowledgeIndex) -> None:
    failures = []
    for case in cases():
        top = [hit.key for hit in index.search(case.query)[:TOP]]
        if case.expect and not set(case.expect) & set(top):
            failures.append(
                f"{case.query!r} ({case.why}): top {TOP} {top}, want one of {list(case.expect)}"
            )
        if set(case.avoid) & set(top):
            failures.append(f"{case.query!r} ({case.why}): top {TOP} {top}, want none of "
                            f"{list(case.avoid)}")
    assert not failures, f"{len(failures)} of {len(cases())} queries missed:\n" + "\n".join(
        failures
    )


def test_every_query_wants_something() -> None:
    empty = [case.query for case in cases() if not case.expect and not case.avoid]
    assert not empty, f"queries with neither »expect« nor »avoid«: {empty}"
