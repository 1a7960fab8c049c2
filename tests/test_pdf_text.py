"""Text made safe for the embedded font and for paragraph markup."""

from __future__ import annotations

import unicodedata

from reception.pdf.fonts import fonts_dir, register_fonts
from reception.pdf.text import SUBSTITUTE, markup, printable


def coverage() -> frozenset[int]:
    fonts = register_fonts()
    return fonts.coverage[fonts.regular]


def test_names_in_many_scripts_stay_as_they_are() -> None:
    for name in ("Zoë Ærø-Łukasiewicz", "José Núñez", "Søren Ærbø Åkjær",
                 "Γιώργος Παπαδόπουλος", "Алексей Смирнов", "Nguyễn Thị Minh"):
        assert printable(name, coverage()) == name


def test_missing_characters_become_a_visible_substitute() -> None:
    assert ord("🦄") not in coverage() and ord("中") not in coverage()
    assert printable("Jens 🦄 Hansen", coverage()) == f"Jens {SUBSTITUTE} Hansen"
    assert printable("王小明", coverage()) == SUBSTITUTE * 3
    # a variation selector or a zero-width joiner is invisible either way: dropped
    assert printable("Mette 🦄\ufe0f", coverage()) == f"Mette {SUBSTITUTE}"


def test_decomposed_accents_are_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "José Núñez")
    assert printable(decomposed, coverage()) == "José Núñez"


def test_markup_is_escaped() -> None:
    assert markup("Jens <b>& Co</b>", coverage()) == "Jens &lt;b&gt;&amp; Co&lt;/b&gt;"


def test_fonts_come_from_the_shipped_folder() -> None:
    from reportlab.pdfbase import pdfmetrics

    fonts = register_fonts()
    assert register_fonts() is fonts  # once per process
    for name in (fonts.regular, fonts.bold):
        path = pdfmetrics.getFont(name).face.filename
        assert str(path).startswith(str(fonts_dir()))
    assert (fonts_dir() / "LICENSE").is_file()
