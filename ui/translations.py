"""Loads a UI translation. Danish is the source language, so it needs no file.

Qt's own texts (standard buttons such as "Luk" and "Annullér", the context menu of a
text field, "Vis detaljer …") come from Qt's translation files, shipped in the
PySide6 wheel; they are loaded for the chosen language, Danish included.

The language is chosen under Filer → Sprog and remembered in the desk's
``ui-settings.ini`` (``ui/language``); ``RECEPTION_LANGUAGE=en`` overrides it. Every
user-facing string in ui/ goes through ``self.tr()`` / ``QCoreApplication.translate``;
the English is kept in ``tools/translations_en.py`` and compiled to
``resources/translations/reception_en.qm`` (committed; a test checks it is up to date).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from reception.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGE_ENV = "RECEPTION_LANGUAGE"
LANGUAGE_SETTING = "ui/language"
# The languages offered under Filer → Sprog, each named in its own words.
LANGUAGES: dict[str, str] = {"da": "Dansk", "en": "English"}
_active = {"language": "da"}


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate a string said outside any widget class (a module's function).

    pyside6-lupdate files every such ``tr("…")`` call under the empty context, so
    that is where it is looked up. Inside a widget class use ``self.tr``. With a count
    (``tr("{n} forsøg", "", count)``) the translation's form for that count is chosen:
    Danish »{n} forsøg« has one form, English "{n} attempt" and "{n} attempts".
    """
    return QCoreApplication.translate("", text, disambiguation or None, n)


# ``plural(count, one, more)``: ``one`` or ``more`` (both already translated, with
# ``{n}``) for ``count``. Danish has these two forms. Qt's ``%n`` plurals need a
# translation file even for the source language, and without one they show
# "hændelse(r)". The core has its twin (reception.words.plural).
def plural(count: int, one: str, more: str) -> str:
    """``one`` or ``more`` for ``count`` with ``{n}`` filled in through QLocale
    (``reception.words.plural``'s twin: "1.234 personer" in Danish)."""
    shown = QLocale(QCoreApplication.translate("", "da_DK")).toString(count)
    return (one if count == 1 else more).format(n=shown)


__all__ = ["LANGUAGES", "LANGUAGE_ENV", "LANGUAGE_SETTING", "active_language",
           "chosen_language", "install_qt_texts", "install_translation", "plural",
           "remember_language", "text_in", "tr", "translations_dir"]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(settings_path: Path | None = None) -> str:
    """``RECEPTION_LANGUAGE``, else the language remembered for this desk, else Danish."""
    language = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if not language and settings_path is not None:
        stored = QSettings(str(settings_path), QSettings.Format.IniFormat).value(
            LANGUAGE_SETTING)
        language = stored.strip().lower() if isinstance(stored, str) else ""
    return language or "da"


def remember_language(settings_path: Path, language: str) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_SETTING, language)
    settings.sync()


def active_language() -> str:
    """The language the running UI was started in (``"da"`` unless one was installed)."""
    return _active["language"]


def text_in(language: str, context: str, source: str, folder: Path | None = None) -> str:
    """``source`` in ``language`` before that language is installed (to say, in the
    language just chosen, when it takes effect)."""
    if language.startswith("da"):
        return source
    translator = QTranslator()
    if translator.load(str((folder or translations_dir()) / f"reception_{language}.qm")):
        return translator.translate(context, source) or source
    return source


def install_translation(app: QCoreApplication, language: str | None = None,
                        folder: Path | None = None) -> QTranslator | None:
    """Install Qt's own texts in ``language``, and ``reception_<language>.qm`` if the
    language is not Danish and the file exists (that translator is returned)."""
    language = (language or os.environ.get(LANGUAGE_ENV) or "da").lower()
    install_qt_texts(app, language)
    _active["language"] = "da"
    if language.startswith("da"):
        return None
    translator = QTranslator(app)
    path = (folder or translations_dir()) / f"reception_{language}.qm"
    if not translator.load(str(path)):
        log.warning("Ingen oversættelse til %r (%s); bruger dansk", language, path)
        return None
    app.installTranslator(translator)
    _active["language"] = language
    return translator


def install_qt_texts(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own strings (``qtbase_<language>.qm`` from the PySide6 wheel)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language[:2]}", folder):
        log.warning("Qt's egne tekster findes ikke på %r i %s", language, folder)
        return None
    app.installTranslator(translator)
    return translator
