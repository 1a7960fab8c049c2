"""Danish as the user reads it: one quote style (»…«) in every string the code can show,
and numbers with their words written out (never "personer(er)", never "1 personer")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from reception.words import TABLE_WORDS, count_of, count_rows, plural

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "resources" / "content"

# Other quote styles: „…“, “…”, «…» (the Danish style is »…«), and "…" around words.
OTHER_QUOTES = re.compile(r"[„“”]|«(?=\w)|(?<=[\w.!?…])»")
ASCII_QUOTED = re.compile(r"(?<![=\w\\])\"[A-ZÆØÅa-zæøå][^\"<>={}\n]{0,60}\""
                          r"|(?<![=\w(])'[A-ZÆØÅa-zæøå][^'<>={}\n]{0,40}'(?!\w)")
# Strings that show code (TOML syntax in a content error, SQL) keep its quotes, and so
# do messages for developers only (English).
SHOWS_CODE = re.compile(r"\[\"|\b(?:SELECT|INSERT|CREATE|AFTER|UPDATE|DELETE)\b|must be"
                        r"| = \?|\|\|")  # SQL with quoted identifiers
HALF_PLURALS = re.compile(r"\w\((?:er|r|e|ne|erne)\)")


def docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (for the developer, not shown to anyone)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def string_literals() -> list[tuple[str, int, str]]:
    """(file, line, text) of every string literal in ui/ and reception/, docstrings aside."""
    found = []
    for folder in ("ui", "reception"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = docstrings(tree)
            name = str(path.relative_to(ROOT))
            for node in ast.walk(tree):
                if isinstance(node, ast.JoinedStr):  # an f-string, read whole: "»0«"
                    parts = []
                    for part in node.values:
                        skip.add(id(part))
                        constant = isinstance(part, ast.Constant)
                        parts.append(str(part.value) if constant else "0")
                    found.append((name, node.lineno, "".join(parts)))
                elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
                        and id(node) not in skip):
                    found.append((name, node.lineno, node.value))
    return found


def test_every_string_in_ui_and_reception_uses_the_danish_quotes() -> None:
    literals = string_literals()
    assert len(literals) > 2000  # the walk really reads the code
    wrong = [(f, line, text) for f, line, text in literals
             if OTHER_QUOTES.search(text)
             or (ASCII_QUOTED.search(text) and not SHOWS_CODE.search(text))]
    assert wrong == []


def test_the_clinics_texts_use_the_danish_quotes() -> None:
    files = sorted(CONTENT.rglob("*.toml"))
    assert files
    wrong = [(path.name, n, line) for path in files
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if not line.lstrip().startswith("#") and OTHER_QUOTES.search(line)]
    assert wrong == []


def test_no_half_written_plurals_in_strings() -> None:
    wrong = [(f, line, text) for f, line, text in string_literals()
             if HALF_PLURALS.search(text)]
    assert wrong == []


@pytest.mark.parametrize("text", ["«Lav dagens post»", "„Kroniske smerter“", "“Gem”",
                                  'Tryk på "Gem" igen', "skriv 'nyeste' for den nyeste"])
def test_the_check_catches_the_other_styles(text: str) -> None:
    assert OTHER_QUOTES.search(text) or ASCII_QUOTED.search(text)


@pytest.mark.parametrize("text", ["»Lav dagens post«", "<p align=\"center\">",
                                  "#row[selected=\"true\"]", "Slet »gemt-til-side«.",
                                  "<p style='color:#777'>", "klinikkens"])
def test_the_check_lets_the_danish_style_and_markup_be(text: str) -> None:
    assert not (OTHER_QUOTES.search(text) or ASCII_QUOTED.search(text))


def test_plural_writes_both_forms_out() -> None:
    assert plural(1, "{n} person", "{n} personer") == "1 person"
    assert plural(2, "{n} person", "{n} personer") == "2 personer"
    assert plural(0, "{n} person", "{n} personer") == "0 personer"
    assert plural(1234, "{n} person", "{n} personer") == "1.234 personer"
    assert count_of(1, "tilbageringning", "tilbageringninger") == "1 tilbageringning"
    assert count_rows({"call": 3, "note": 1, "caller": 1, "sent_item": 0}) == \
        "3 opkald, 1 note, 1 person"
    assert all(one and more for one, more in TABLE_WORDS.values())


def test_the_ui_uses_the_same_plural() -> None:
    from reception import words
    from ui import translations

    for count in (0, 1, 2, 999, 1234, 1234567):  # the UI's goes through QLocale
        assert (translations.plural(count, "{n} person", "{n} personer")
                == words.plural(count, "{n} person", "{n} personer"))
