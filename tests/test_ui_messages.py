"""The core's codes, vocabularies and dates reach the screen through Qt's translator."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reception.calls import PAIN_AREAS
from reception.calls.drafts import UnknownCall
from reception.calls.form import CallForm
from reception.calls.validation import validate_form
from reception.safety.errors import NOT_ENCRYPTED, EncryptionFailed
from ui import formats
from ui.messages import label, message_of, messages_of
from ui.translations import install_translation

ENGLISH = {
    "Opkaldet findes ikke (id {call_id}).": "The call does not exist (id {call_id}).",
    "{failed} Databasen er som før.": "{failed} The database is as it was.",
    "Databasen kunne ikke krypteres.": "The database could not be encrypted.",
    "Navnet skal indeholde bogstaver.": "The name must contain letters.",
    "Nakke": "Neck",
    "da_DK": "en_GB",
    "dd.MM.yyyy": "dd/MM/yyyy",
}


def _install(tmp_path: Path):
    messages = "".join(f"<message><source>{source}</source><translation>{target}</translation>"
                       "</message>" for source, target in ENGLISH.items())
    ts = tmp_path / "reception_en.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  f'language="en"><context><name></name>{messages}</context></TS>',
                  encoding="utf-8")
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([tool, str(ts), "-qm", str(tmp_path / "reception_en.qm")], check=True,
                   capture_output=True)
    return install_translation(QApplication.instance(), "en", tmp_path)


def test_danish_is_the_core_text_word_for_word(qapp) -> None:
    error = EncryptionFailed("conversion_failed", failed=NOT_ENCRYPTED)
    assert message_of(error) == error.message == (
        "Databasen kunne ikke krypteres. Databasen er som før.")
    assert message_of(UnknownCall(7)) == str(UnknownCall(7)) == "Opkaldet findes ikke (id 7)."
    assert message_of(OSError("plain")) == "plain"  # not the core's: shown as it is


def test_an_english_translation_reaches_errors_problems_labels_and_dates(qapp, tmp_path) -> None:
    translator = _install(tmp_path)
    assert translator is not None
    try:
        assert message_of(UnknownCall(7)) == "The call does not exist (id 7)."
        assert message_of(EncryptionFailed("conversion_failed", failed=NOT_ENCRYPTED)) == (
            "The database could not be encrypted. The database is as it was.")
        problems = validate_form(CallForm(name="123"))
        assert messages_of(problems)["name"] == "The name must contain letters."
        assert label(PAIN_AREAS, "nakke") == "Neck"
        assert formats.date_text(date(2026, 5, 3)) == "03/05/2026"
        assert formats.number(1234567) == "1,234,567"
    finally:
        QApplication.instance().removeTranslator(translator)
    assert message_of(UnknownCall(7)) == "Opkaldet findes ikke (id 7)."
    assert formats.number(1234567) == "1.234.567"


def test_the_ui_shows_core_errors_through_message_of() -> None:
    """``error.message`` is the core's Danish: the UI may log it, never show it."""
    import re

    root = Path(__file__).resolve().parents[1] / "ui"
    shown = re.compile(r'getattr\(\w+, "message"|\b(error|exc|damage|failure)\.message\b')
    found = [f"{path.name}:{number}: {line.strip()}"
             for path in sorted(root.rglob("*.py")) if path.name != "messages.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if shown.search(line) and "log." not in line]
    assert found == []
