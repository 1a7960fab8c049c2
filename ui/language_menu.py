"""Filer → Sprog: the desk's UI language, remembered in its ``ui-settings.ini``.

The choice takes effect at the next start: every screen would otherwise have to set
all its texts again. The confirmation is said in the language just chosen.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ui.actions import text_action
from ui.translations import (
    LANGUAGE_ENV,
    LANGUAGES,
    active_language,
    remember_language,
    text_in,
    tr,
)


def language_menu(parent: QWidget, settings_path: Path) -> QMenu:
    menu = QMenu(tr("&Sprog"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = active_language()[:2]
    for code, name in LANGUAGES.items():
        action = text_action(name, menu)  # each language named in its own words
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(
            lambda _checked=False, c=code: choose_language(parent, settings_path, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(parent: QWidget, settings_path: Path, language: str) -> None:
    remember_language(settings_path, language)
    message = text_in(language, "", QT_TRANSLATE_NOOP(
        "", "Sproget skiftes, næste gang programmet starter."))
    if os.environ.get(LANGUAGE_ENV):
        message += "\n\n" + text_in(language, "", QT_TRANSLATE_NOOP(
            "", "Sproget er valgt i miljøvariablen {name}; valget her gælder, "
            "når den ikke er sat.")).format(name=LANGUAGE_ENV)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, text_in(language, "", QT_TRANSLATE_NOOP("", "Sprog")),
                            message)

