"""Filer → Klinikkens tekster: what is wrong with a field is shown in the receptionist's
language (issue 18). The core words each problem as a code with params; the editor
translates it, and in Danish it reads word for word as the loader and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from test_ui_clinic_texts import field, open_editor, open_window

from reception.content.validation import EntryReader, InvalidEntry
from ui.texts.editor import ClinicTextsDialog
from ui.translations import translations_dir

# (kind, key, field, typed) → beside the field in Danish and in English
CASES = [
    ("clinic", "clinic", "treating_since", "1800",
     "Skal ligge mellem 1900 og 2100", "Must be between 1900 and 2100"),
    ("clinic", "clinic", "treating_since", "sidste år",
     "Skal være et heltal", "Must be a whole number"),
    ("step", "scan", "title", "", "Skal udfyldes.", "Required."),
]


def problem_shown(qtbot, folder: Path, kind: str, key: str, name: str, typed: str
                  ) -> tuple[ClinicTextsDialog, str]:
    dialog = open_editor(qtbot, open_window(qtbot, folder))
    dialog.select(kind, key)
    field(dialog, name).setText(typed)
    assert not dialog.check_now()
    assert dialog.form is not None
    label = dialog.form.errors[name]
    assert label.isVisibleTo(dialog)
    return dialog, label.text()


@pytest.mark.parametrize(("kind", "key", "name", "typed", "danish", "english_text"), CASES)
def test_a_fields_problem_is_shown_in_english(qtbot, isolated_data_dir: Path, english,
                                              kind, key, name, typed, danish, english_text
                                              ) -> None:
    _dialog, shown = problem_shown(qtbot, isolated_data_dir, kind, key, name, typed)
    assert shown == english_text
    assert english.missing() == []


@pytest.mark.parametrize(("kind", "key", "name", "typed", "danish", "english_text"), CASES)
def test_a_fields_problem_stays_danish_word_for_word(qtbot, isolated_data_dir: Path,
                                                     kind, key, name, typed, danish,
                                                     english_text) -> None:
    _dialog, shown = problem_shown(qtbot, isolated_data_dir, kind, key, name, typed)
    assert shown == danish


def test_a_new_questions_bad_id_in_english_and_danish(qtbot, isolated_data_dir: Path,
                                                      qapp: QApplication) -> None:
    window = open_window(qtbot, isolated_data_dir)
    dialog = open_editor(qtbot, window)
    dialog.start_new_faq()
    qtbot.keyClicks(field(dialog, "question"), "Hvad koster det?")
    field(dialog, "answer").setPlainText("Se prislisten.")
    field(dialog, "id").setText("Pris!")
    dialog.check_now()
    assert dialog.form is not None
    assert dialog.form.errors["id"].text() == \
        "'Pris!' må kun indeholde små bogstaver a-z, tal og '-'"
    inner = QTranslator()
    assert inner.load(str(translations_dir() / "reception_en.qm"))
    qapp.installTranslator(inner)
    try:
        dialog.check_now()
        assert dialog.form.errors["id"].text() == \
            "'Pris!' may only contain lowercase letters a-z, digits and '-'"
    finally:
        qapp.removeTranslator(inner)


@pytest.mark.parametrize(("data", "method", "danish"), [
    ({}, "text", "faq nr. 1: feltet 'answer' mangler"),
    ({"answer": 3}, "text", "faq nr. 1: feltet 'answer' skal være tekst i anførselstegn"),
    ({"answer": " "}, "text", "faq nr. 1: feltet 'answer' er tomt"),
    ({"answer": "x" * 20_001}, "text", "faq nr. 1: feltet 'answer' er længere end 20000 tegn"),
    ({"answer": "Æ"}, "identifier",
     "faq nr. 1: feltet 'answer' 'Æ' må kun indeholde små bogstaver a-z, tal og '-'"),
    ({"answer": 1.5}, "number", "faq nr. 1: feltet 'answer' skal være et heltal"),
    ({"answer": 9}, "number", "faq nr. 1: feltet 'answer' skal ligge mellem 1 og 6"),
    ({"answer": "22-11-2026"}, "day",
     'faq nr. 1: feltet \'answer\' skal være en dato som "2026-11-22"'),
    ({"answer": "2099-01-02"}, "day", "faq nr. 1: feltet 'answer' ligger efter i dag (2099-01-02)"),
    ({"answer": "x"}, "texts",
     'faq nr. 1: feltet \'answer\' skal være en liste af tekster, fx ["a", "b"]'),
    ({"answer": [" "]}, "texts", "faq nr. 1: feltet 'answer' er tom"),
    ({"answer": "x"}, "tables",
     "faq nr. 1: feltet 'answer' skal skrives som [[...answer]]-tabeller"),
])
def test_the_loaders_danish_is_unchanged(data, method, danish) -> None:
    """The command line and the log read these (from the same templates as the UI)."""
    from datetime import date

    reader = EntryReader(data, "faq nr. 1")
    read = {"text": lambda: reader.text("answer"),
            "identifier": lambda: reader.identifier("answer"),
            "number": lambda: reader.integer("answer", minimum=1, maximum=6),
            "day": lambda: reader.day("answer", latest=date(2026, 12, 1)),
            "texts": lambda: reader.texts("answer"),
            "tables": lambda: reader.tables("answer")}[method]
    with pytest.raises(InvalidEntry) as caught:
        read()
    assert str(caught.value) == danish
    assert caught.value.entry == "faq nr. 1"
    assert caught.value.problem == danish.removeprefix("faq nr. 1: ")


def test_the_loaders_file_problems_read_in_english(tmp_path: Path, english) -> None:
    """The knowledge panel's tooltip and the import refusal list them (``problem_of``);
    ``str()`` (the command line, the log) keeps the Danish."""
    import shutil

    from reception.content import load_content
    from reception.content.loader import default_content_dir
    from ui.messages import problem_of

    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    (folder / "clinic.toml").unlink()
    steps = folder / "steps.toml"
    steps.write_text(steps.read_text(encoding="utf-8").replace('"companion"', '"ledsager"'),
                     encoding="utf-8")
    problems = load_content(folder).problems
    shown = [problem_of(p) for p in problems]
    assert "clinic.toml: the file is missing" in shown
    assert "steps.toml: steps missing: 6" in shown
    assert any(s.endswith("unknown id; use one of: " + ", ".join(
        ["booking", "scan", "request_images", "send_images", "blood_thinners", "companion"]))
        for s in shown), shown
    assert english.missing() == []
    danish = [str(p) for p in problems]
    assert "clinic.toml: filen mangler" in danish and "steps.toml: trin mangler: 6" in danish
