"""The shipped content loads cleanly; a broken file is reported precisely and isolated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reception.content import load_content
from reception.content.loader import STEP_IDS, default_content_dir


@pytest.fixture()
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(default_content_dir(), target)
    return target


def test_shipped_content_loads_without_problems() -> None:
    content = load_content()
    assert content.problems == ()
    assert {c.id for c in content.conditions} >= {"kroniske-smerter", "nakkesmerter"}
    assert [s.id for s in content.steps] == list(STEP_IDS)
    assert [s.number for s in content.steps] == [1, 2, 3, 4, 5, 6]
    assert content.clinic is not None
    assert content.clinic.phone == "+4523394977"
    assert content.clinic.treating_since == 1996
    assert len(content.faq) >= 14 + 6


def test_conditions_have_the_sections_a_receptionist_looks_for() -> None:
    wanted = {"hvad-er-det", "aarsager", "behandling", "guldimplantation", "noegletal"}
    for condition in load_content().conditions:
        ids = {s.id for s in condition.sections}
        assert wanted <= ids, f"{condition.id} mangler {wanted - ids}"
        assert condition.summary


def test_every_faq_entry_is_complete_and_unique() -> None:
    faq = load_content().faq
    assert len({e.id for e in faq}) == len(faq)
    assert len({e.question for e in faq}) == len(faq)
    for entry in faq:
        assert entry.question.endswith("?"), entry.id
        assert entry.topic and entry.source


def test_seed_figures_appear_in_the_content() -> None:
    """Every figure from the clinic's pages is somewhere in the content, with its source."""
    content = load_content()
    figures = [f for c in content.conditions for s in c.sections for f in s.figures]
    assert figures and all(f.source for f in figures)
    corpus = " ".join(
        [f"{f.value} {f.meaning}" for f in figures]
        + [s.body + " ".join(s.talking_points) for c in content.conditions for s in c.sections]
        + [e.answer + e.detail for e in content.faq]
    )
    for needle in ["6 måneder", "3-6 måneder", "1-2 år", "13 %", "50 %", "40 %", "5 %",
                   "1996", "1980", "24-karat", "2 år", "15 år", "5-8 %", "12 uger", "1,7 mio"]:
        assert needle.replace("-", "–") in corpus or needle in corpus, needle


def test_revision_changes_when_a_file_changes(content_copy: Path) -> None:
    before = load_content(content_copy).revision
    faq = content_copy / "faq.toml"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n# rettet\n", encoding="utf-8")
    assert load_content(content_copy).revision != before


def test_invalid_toml_names_the_file_and_the_rest_still_loads(content_copy: Path) -> None:
    (content_copy / "faq.toml").write_text('[[entries]]\nid = "x\n', encoding="utf-8")
    content = load_content(content_copy)
    assert content.faq == ()
    assert [p.file for p in content.problems] == ["faq.toml"]
    assert "ugyldig TOML" in content.problems[0].message
    assert content.conditions and content.steps and content.clinic


def test_a_bad_entry_is_named_and_only_it_is_skipped(content_copy: Path) -> None:
    faq = content_copy / "faq.toml"
    good = load_content(content_copy).faq
    faq.write_text(
        faq.read_text(encoding="utf-8")
        + '\n[[entries]]\nid = "uden-svar"\nquestion = "Mangler svaret?"\n'
        'topic = "Test"\nsource = "Test"\n',
        encoding="utf-8",
    )
    content = load_content(content_copy)
    assert len(content.faq) == len(good)
    (problem,) = content.problems
    assert problem.file == "faq.toml"
    assert "uden-svar" in problem.entry
    assert "answer" in problem.message and "mangler" in problem.message
    assert "faq.toml" in str(problem) and "uden-svar" in str(problem)


def test_duplicate_ids_and_wrong_types_are_reported(content_copy: Path) -> None:
    first = load_content(content_copy).faq[0]
    (content_copy / "faq.toml").write_text(
        f'[[entries]]\nid = "{first.id}"\nquestion = "A?"\nanswer = "a"\ntopic = "t"\n'
        f'source = "s"\n\n[[entries]]\nid = "{first.id}"\nquestion = "B?"\nanswer = "b"\n'
        'topic = "t"\nsource = "s"\ntags = "ikke en liste"\n',
        encoding="utf-8",
    )
    messages = [p.message for p in load_content(content_copy).problems]
    assert any("skal være en liste" in m for m in messages)


def test_wrong_step_id_and_missing_step_are_reported(content_copy: Path) -> None:
    steps = content_copy / "steps.toml"
    steps.write_text(steps.read_text(encoding="utf-8").replace('"companion"', '"ledsager"'),
                     encoding="utf-8")
    content = load_content(content_copy)
    assert len(content.steps) == 5
    text = " | ".join(str(p) for p in content.problems)
    assert "ledsager" in text and "ukendt id" in text and "trin mangler: 6" in text


def test_broken_condition_file_leaves_the_other_condition(content_copy: Path) -> None:
    (content_copy / "conditions" / "nakkesmerter.toml").write_text(
        'title = "Nakkesmerter"\nsource = "x"\nsummary = ["a"]\n', encoding="utf-8"
    )
    content = load_content(content_copy)
    assert [c.id for c in content.conditions] == ["kroniske-smerter"]
    assert content.problems[0].file == "conditions/nakkesmerter.toml"


def test_missing_and_non_utf8_files(content_copy: Path) -> None:
    (content_copy / "clinic.toml").unlink()
    (content_copy / "steps.toml").write_bytes("title = 'Trin æ'".encode("latin-1"))
    problems = {p.file: p.message for p in load_content(content_copy).problems}
    assert problems["clinic.toml"] == "filen mangler"
    assert "UTF-8" in problems["steps.toml"]


def test_the_revision_date_is_read_and_a_bad_one_costs_only_itself(content_copy: Path) -> None:
    from datetime import date, timedelta

    assert load_content(content_copy).clinic.revised == date(2026, 11, 22)
    clinic = content_copy / "clinic.toml"
    text = clinic.read_text(encoding="utf-8")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for bad, words in ((f'revised = "{tomorrow}"', "efter i dag"),
                       ('revised = "22.11.2026"', "dato som")):
        clinic.write_text(text.replace('revised = "2026-11-22"', bad), encoding="utf-8")
        content = load_content(content_copy)
        assert content.clinic is not None and content.clinic.revised is None
        assert [p.entry for p in content.problems if words in p.message] == [""]
    clinic.write_text(text.replace('revised = "2026-11-22"', "revised = 2026-05-01"),
                      encoding="utf-8")
    assert load_content(content_copy).clinic.revised == date(2026, 5, 1)  # a bare TOML date
