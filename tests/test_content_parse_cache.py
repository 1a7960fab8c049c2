"""The parse cache: a start with unchanged texts reads the same content without parsing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reception.content import load_content
from reception.content.loader import default_content_dir
from reception.content.parse_cache import ParseCache


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(default_content_dir(), tmp_path / "content"))


def test_cached_content_equals_parsed_content_and_needs_no_parser(
    content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_file = tmp_path / "cache" / "content.json"
    fresh = load_content(content_copy)
    first = load_content(content_copy, ParseCache(cache_file))
    assert cache_file.exists() and first == fresh

    import tomllib

    def no_parsing(text: str) -> None:
        raise AssertionError("parsed although nothing changed")

    monkeypatch.setattr(tomllib, "loads", no_parsing)
    assert load_content(content_copy, ParseCache(cache_file)) == fresh


def test_an_edited_file_is_parsed_again(content_copy: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "content.json"
    load_content(content_copy, ParseCache(cache_file))
    faq = content_copy / "faq.toml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace('answer = """\n', 'answer = """\nRettet i dag. ', 1),
                   encoding="utf-8")
    cached = load_content(content_copy, ParseCache(cache_file))
    assert cached == load_content(content_copy)
    assert [e.answer for e in cached.faq if e.answer.startswith("Rettet i dag.")]


def test_a_broken_file_is_reported_every_time_and_never_cached(
    content_copy: Path, tmp_path: Path
) -> None:
    cache_file = tmp_path / "content.json"
    (content_copy / "steps.toml").write_text("[[steps]\nid = ", encoding="utf-8")
    for _ in range(2):
        content = load_content(content_copy, ParseCache(cache_file))
        assert [p.file for p in content.problems if "TOML" in p.message] == ["steps.toml"]
    assert "steps.toml" not in json.loads(cache_file.read_text(encoding="utf-8"))["files"]


@pytest.mark.parametrize("damage", ["", "{not json", '{"format": 1, "files": []}',
                                    '{"format": 1, "files": {"faq.toml": {"data": 3}}}'])
def test_a_damaged_cache_is_ignored_and_rewritten(
    content_copy: Path, tmp_path: Path, damage: str
) -> None:
    cache_file = tmp_path / "content.json"
    cache_file.write_text(damage, encoding="utf-8")
    assert load_content(content_copy, ParseCache(cache_file)) == load_content(content_copy)
    stored = json.loads(cache_file.read_text(encoding="utf-8"))
    assert set(stored["files"]) >= {"faq.toml", "steps.toml", "clinic.toml"}


def test_an_unwritable_cache_costs_nothing_but_time(content_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    content = load_content(content_copy, ParseCache(blocker / "content.json"))
    assert content == load_content(content_copy) and not content.problems
