"""The English UI: every string in ui/ is in reception_en.ts with English, the committed
.qm is compiled from it, the main window speaks English when chosen, and the language
is chosen under Filer → Sprog (remembered) or by RECEPTION_LANGUAGE."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from test_ui_layout_keyboard import PHONE, seed_booked_caller

from reception.paths import resolve_data_paths
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.translations import (
    LANGUAGE_ENV,
    LANGUAGE_SETTING,
    active_language,
    chosen_language,
    install_translation,
    translations_dir,
)

ROOT = Path(__file__).resolve().parents[1]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_en", ROOT / "tools" / "translations_en.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations_en = load_tool()


def test_every_ui_string_is_in_the_ts_file_with_english(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"),
                    *translations_en.ui_sources(), "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    in_code = {(m.context, m.source) for m in translations_en.messages(fresh)}
    committed = translations_en.messages()
    assert len(in_code) > 500  # lupdate really read ui/
    assert sorted(in_code - {(m.context, m.source) for m in committed}) == []  # not in the .ts
    assert [(m.context, m.source) for m in committed if not m.finished] == []  # no English
    wrong = [(m.source, form, translations_en.problems(m.source, form))
             for m in committed for form in m.forms if translations_en.problems(m.source, form)]
    assert wrong == []
    assert [m.forms for m in committed if m.numerus and len(m.forms) != 2] == []  # one, more


def test_the_committed_qm_is_compiled_from_the_ts() -> None:
    """Run ``python tools/translations_en.py update`` when this fails."""
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "reception_en.qm"))
    stale = [(m.context, m.source) for m in translations_en.messages()
             for n, form in zip((1, 2), m.forms, strict=False)
             if translator.translate(m.context, m.source, None, n if m.numerus else -1) != form]
    assert stale == []


def test_a_translation_that_drops_a_placeholder_is_refused() -> None:
    assert translations_en.problems("Gemt som {name}.", "Saved.") == ["placeholders"]
    assert translations_en.problems("&Filer", "File") == ["mnemonic"]
    assert translations_en.problems(" min", "min") == ["spaces at the ends"]
    assert translations_en.problems("<b>{n}</b>", "{n}") == ["tags"]
    assert translations_en.problems("Gemt som {name}.", "Saved as {name}.") == []


class Recording(QTranslator):
    """Passes lookups on to ``inner`` and notes which of the app's strings it had no
    English for (Qt's own contexts begin with Q and are left to qtbase_en.qm)."""

    def __init__(self, inner: QTranslator) -> None:
        super().__init__()
        self.inner = inner
        self.asked: set[str] = set()
        self.answered: set[str] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = self.inner.translate(context, source, disambiguation, n)
        if not context.startswith("Q"):
            self.asked.add(source)
            if text:
                self.answered.add(source)
        return text or None  # not "": an empty text would be taken as the translation

    def missing(self) -> list[str]:
        return sorted(self.asked - self.answered)


def visible_screens(qtbot, win: MainWindow) -> None:
    """Show each tab of the workspace once, with a call open on the first."""
    win.call_panel.new_call()
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    win.tabs.setCurrentIndex(0)


def test_the_main_window_speaks_english(qtbot, isolated_data_dir: Path, english) -> None:
    seed_booked_caller(isolated_data_dir)
    win = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(win)
    win.show()
    visible_screens(qtbot, win)
    qtbot.keyClicks(win.call_panel.form.phone_edit, PHONE)  # a caller with a history
    qtbot.waitUntil(lambda: "Earlier calls (1)" in win.call_panel.history.toPlainText())
    assert "Pain: " in win.call_panel.history.toPlainText()
    assert win.call_panel.matches.item(0).text().endswith(" · 1 call")  # a %n plural
    menus = [action.text() for action in win.menuBar().actions()]
    assert menus == ["&File", "&View", "&Knowledge", "&Help"]
    tabs = [win.tabs.tabText(i).split(" (")[0] for i in range(win.tabs.count())]
    assert tabs == ["Calls", "Today", "Callbacks", "Before treatment", "People", "Overview"]
    assert win.call_panel.form.name_edit.placeholderText() == "First name Last name"
    assert win.knowledge.search_edit.placeholderText().startswith("Search knowledge")
    language = win.findChild(type(win.file_menu), "languageMenu")
    assert language.title() == "&Language"
    win.tabs.setCurrentIndex(win.tabs.count() - 1)  # Overview: its figures too
    labels = lambda: " ".join(label.text() for label in win.findChildren(QLabel))  # noqa: E731
    qtbot.waitUntil(lambda: "Calls in total" in labels(), timeout=10_000)
    assert "Outcomes" in labels() and "Opkald i alt" not in labels()
    assert english.asked  # the recorder really saw the lookups
    assert english.missing() == []


def test_the_language_is_remembered_and_the_environment_wins(
        qtbot, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    paths = resolve_data_paths(isolated_data_dir).ensure()
    assert chosen_language(paths.ui_settings) == "da"
    win = create_main_window(paths)
    qtbot.addWidget(win)
    language = win.findChild(type(win.file_menu), "languageMenu")
    assert language in [a.menu() for a in win.file_menu.actions() if a.menu()]
    english_action = next(a for a in language.actions() if a.objectName() == "language_en")
    assert [a.text() for a in language.actions()] == ["Dansk", "English"]
    current = active_language()  # "da" unless an earlier test installed another
    assert [a.isChecked() for a in language.actions()] == [current == "da", current == "en"]

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, title, text: said.append(f"{title}: {text}"))
    english_action.trigger()
    assert said == ["Language: The language changes the next time the program starts."]
    assert QSettings(str(paths.ui_settings), QSettings.Format.IniFormat).value(
        LANGUAGE_SETTING) == "en"
    assert chosen_language(paths.ui_settings) == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "da")
    assert chosen_language(paths.ui_settings) == "da"


def test_installing_english_records_it_and_danish_resets(qapp: QApplication) -> None:
    translator = install_translation(qapp, "en")
    try:
        assert translator is not None and active_language() == "en"
    finally:
        qapp.removeTranslator(translator)
    assert install_translation(qapp, "da") is None and active_language() == "da"


def test_the_dialogs_speak_english(qtbot, isolated_data_dir: Path, english) -> None:
    """Every dialog of the menus and the call screen asks only for texts with English
    (tables of words included: periods, weekdays, column headers)."""
    from reception.calls import find_callers_by_phone
    from reception.safety import BackupInfo
    from ui.call.end_call_dialog import EndCallDialog
    from ui.clinic_settings_dialog import ClinicSettingsDialog
    from ui.privacy import AuditLogDialog
    from ui.privacy.erase_dialog import ErasePersonDialog
    from ui.privacy.export_dialog import ExportPersonDialog
    from ui.privacy.retention_dialog import RetentionReviewDialog
    from ui.privacy.settings_dialog import PrivacySettingsDialog
    from ui.privacy.staff_chooser import StaffChooserDialog
    from ui.safety.backup_dialog import BackupActions, BackupDialog
    from ui.safety.lock_settings_dialog import LockSettingsDialog
    from ui.sheets.posting_dialog import PostingDialog
    from ui.sheets.send_dialog import SendSheetDialog
    from ui.sheets.settings_dialog import SheetSettingsDialog
    from ui.shortcuts_dialog import ShortcutsDialog

    seed_booked_caller(isolated_data_dir)
    paths = resolve_data_paths(isolated_data_dir).ensure()
    win = create_main_window(paths)
    qtbot.addWidget(win)
    caller = find_callers_by_phone(PHONE)[0].id
    win.call_panel.new_call()
    backups: list[BackupInfo] = []
    actions = BackupActions(folder=lambda: isolated_data_dir, backups=lambda: backups,
                            backup=lambda: backups[0], restore=lambda _info: None,
                            change_folder=lambda folder: folder)
    dialogs = [
        EndCallDialog(win.call_panel.session.form, win),
        ClinicSettingsDialog(win),
        PrivacySettingsDialog(win),
        RetentionReviewDialog("Mette", win),
        AuditLogDialog(win),
        LockSettingsDialog(win),
        ShortcutsDialog(win),
        PostingDialog(user="Mette", parent=win),
        SheetSettingsDialog(win),
        ErasePersonDialog(caller, "Mette", win),
        ExportPersonDialog(caller, "Mette", win),
        StaffChooserDialog(["Mette", "Ole"], QSettings(str(paths.ui_settings),
                                                       QSettings.Format.IniFormat), win),
        SendSheetDialog(win._content, caller, paths, user="Mette", parent=win),
        BackupDialog(actions, win),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        dialog.close()
    assert dialogs[0].windowTitle() == "End call"
    assert english.missing() == []


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: ``f"{self.tr('tlf.')}"`` would never be
    in the .ts file and stay Danish in English."""
    import ast

    hidden = []
    for source in translations_en.ui_sources():
        tree = ast.parse((ROOT / source).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and (
                            getattr(inner.func, "id", None) == "tr"
                            or getattr(inner.func, "attr", None) in ("tr", "translate")):
                        hidden.append(f"{source}:{inner.lineno}")
    assert hidden == []


def test_the_audit_log_reads_in_english(qtbot, tmp_path: Path, english) -> None:
    """Revisionslog: the action and the details in English; the core keeps the Danish."""
    from privacy_helpers import make_person, open_db

    from reception.privacy.audit_log import audit_ids, audit_lines
    from ui.privacy.audit_dialog import AuditLogDialog

    open_db(tmp_path)
    karen = make_person("23394977", "Karen Holm", "knæ", by="Mette")
    dialog = AuditLogDialog(person=karen.id, person_name="Karen Holm")
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = {model.index(r, 2).data(): model.index(r, 4).data()
            for r in range(model.rowCount())}
    assert "Person created" in rows, rows
    assert rows["Call ended"].startswith("outcome: information sheet to be sent; duration: 4 min")
    abouts = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert f"Karen Holm (person no. {karen.id})" in abouts, abouts
    assert any(" · Call no. " in about for about in abouts), abouts
    assert english.missing() == []
    assert any(" · Opkald nr. " in line.about for line in audit_lines(audit_ids()))
    danish = {line.action: line.details for line in audit_lines(audit_ids())}
    assert danish["Opkald afsluttet"].startswith("udfald: informationsark sendes; varighed: 4 min")


def test_a_closed_day_warning_names_the_weekday_in_english(qtbot, database, english) -> None:
    """The core passes the date and the weekday as values; the UI names them (issue 18)."""
    from datetime import date

    from ui.checklist.booking_warning import BookingWarningLabel

    label = BookingWarningLabel()
    qtbot.addWidget(label)
    label.check(date(2026, 12, 6), None, None, date(2026, 12, 1))
    assert label.text() == "⚠ 6 December 2026 is a Sunday – the clinic is closed on Sundays."
    label.check(date(2026, 12, 26), None, None, date(2026, 12, 1))
    assert label.text() == ("⚠ 26 December 2026 is a public holiday (Second Day of Christmas) "
                            "– the clinic is closed.")
    assert english.missing() == []


def test_a_closed_day_warning_stays_danish_word_for_word(qtbot, database) -> None:
    from datetime import date

    from ui.checklist.booking_warning import BookingWarningLabel

    label = BookingWarningLabel()
    qtbot.addWidget(label)
    label.check(date(2026, 12, 6), None, None, date(2026, 12, 1))
    assert label.text() == (
        "⚠ 6. december 2026 er en søndag – klinikken holder lukket om søndagen.")
    label.check(date(2026, 12, 26), None, None, date(2026, 12, 1))
    assert label.text() == (
        "⚠ 26. december 2026 er helligdag (Anden juledag) – klinikken har lukket.")


def test_the_overview_writes_its_figures_in_english(qtbot, database, english) -> None:
    """Numbers, percentages, days and months through QLocale in English; Danish stays in
    the CSV (the core's words)."""
    import re
    from datetime import date

    from reception.demo_data import fill_demo_data
    from reception.reports import named_period, overview
    from reception.reports.export import as_csv
    from ui.overblik import OverblikScreen

    today = date(2026, 12, 1)
    fill_demo_data(database, 450, 4, seed=5, today=today)  # over 1,000 calls this year
    screen = OverblikScreen(today=lambda: today)
    qtbot.addWidget(screen)
    screen.choice.setCurrentIndex(screen.choice.findData("this_year"))
    numbers = screen.day_numbers.text() + screen.more_numbers.text()
    assert re.search(r">\d+\.\d%<", numbers), numbers  # »Share … booked« as 33.3%
    assert re.search(r">\d,\d{3}<", numbers), numbers  # 1,234 calls in the year
    assert not re.search(r"\d,\d %|\d\.\d{3}<", numbers), numbers
    assert re.search(r" in, \d+ out, \d+ booked\)", numbers), numbers
    assert re.search(r">(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d/\d\d \(", numbers), numbers
    assert screen.title.text() == "Overview 1 January 2026 – 31 December 2026"
    assert screen.day_chart.labels[4:6] == ["May", "Jun"]
    assert screen.status.text().startswith("Worked out in ")
    assert english.missing() == []
    csv = as_csv(overview(named_period("this_year", today), today=today))
    assert "Andel nye, der bookede" in csv and "Opkald i alt" in csv


def test_a_count_reads_one_call_and_two_calls_in_english(english) -> None:
    """Danish »{n} opkald« has one form; English picks "call" or "calls" (Qt numerus)."""
    from ui.privacy.common import describe_rows
    from ui.translations import tr

    assert describe_rows({"call": 1, "note": 2}) == "1 call, 2 notes"
    assert describe_rows({"call": 2, "checklist_step": 1}) == "2 calls, 1 checklist step"
    assert describe_rows({"call": 1234}) == "1,234 calls"
    assert tr("{n} forsøg", "", 1).format(n=1) == "1 attempt"
    assert tr("{n} forsøg", "", 3).format(n=3) == "3 attempts"
    assert english.missing() == []


def test_the_counts_stay_danish_word_for_word(qapp) -> None:
    from reception.words import TABLE_WORDS, count_rows
    from ui.privacy.common import describe_rows

    for count in (1, 2, 1234):
        counts = {table: count for table in TABLE_WORDS} | {"ukendt_tabel": count}
        assert describe_rows(counts) == count_rows(counts)


def _checklist_texts() -> tuple[list[str], list[str]]:
    """The flags of a booking in 5 days with an old scan, no images and an open pause,
    and the warnings of a scan dated in the future (as the core words them)."""
    from datetime import date

    from reception.checklist import STEP_IDS, StepStatus
    from reception.checklist.model import (
        BloodThinners,
        Booking,
        ImageRequest,
        ImagesReceived,
        Scan,
    )
    from reception.checklist.rules import flags, warnings

    today = date(2026, 12, 1)
    booking = Booking(date(2026, 12, 6))
    statuses = dict.fromkeys(STEP_IDS, StepStatus.MISSING)
    found = flags(booking, Scan(taken=date(2024, 11, 2)), ImagesReceived(),
                  BloodThinners(takes=True), statuses, today)
    said = warnings(Scan(taken=date(2026, 12, 24)), booking, ImageRequest(), ImagesReceived(),
                    today)
    return [flag.text for flag in found], said


def test_the_checklist_flags_and_warnings_read_in_english(english) -> None:
    from ui.messages import message_of

    found, said = _checklist_texts()
    assert [message_of(text) for text in found] == [
        "The scan is over 2 years old on the consultation day (usable until 2 November 2026).",
        "The consultation is in 5 days, and the images have not arrived.",
        "Takes blood thinners – the pause has not been agreed."]
    assert [message_of(text) for text in said] == [
        "The scan date 24 December 2026 is in the future. It is saved as written – correct it "
        "if it is wrong."]
    assert english.missing() == []


def test_the_checklist_flags_and_warnings_stay_danish(qapp) -> None:
    from ui.messages import message_of

    found, said = _checklist_texts()
    danish = [
        "Scanningen er over 2 år gammel på konsultationsdagen (kunne bruges til "
        "2. november 2026).",
        "Konsultationen er om 5 dage, og billederne er ikke kommet.",
        "Tager blodfortyndende medicin – pausen er ikke aftalt."]
    assert found == danish and [message_of(text) for text in found] == danish
    kept = ("Scanningsdatoen 24. december 2026 ligger i fremtiden. Den er gemt som skrevet – "
            "ret den, hvis den er forkert.")
    assert said == [kept] and [message_of(text) for text in said] == [kept]


def _backups() -> list:
    from datetime import UTC, datetime

    from reception.safety import BackupInfo

    taken = datetime(2026, 5, 1, 10, 30, tzinfo=UTC)
    counts = {"caller": 1234, "call": 1, "note": 0, "callback": 2, "sent_item": 1}
    return [BackupInfo(Path("a.sqlite3"), taken, 1_572_864, 7, counts=counts),
            BackupInfo(Path("b.sqlite3"), taken, 812, 7)]


def test_a_backup_reads_in_english(english) -> None:
    from ui.safety.backup_texts import holds_text, size_text, time_text

    full, empty = _backups()
    assert holds_text(full) == "1,234 people, 1 call, 0 notes, 2 callbacks, 1 sent sheet"
    assert holds_text(empty) == "empty database"
    assert (size_text(full), size_text(empty)) == ("1.5 MB", "812 B")
    assert time_text(full).startswith("1 May 2026 at ")
    assert english.missing() == []


def test_a_backup_stays_danish_word_for_word(qapp) -> None:
    from ui.safety.backup_texts import holds_text, size_text, time_text

    for info in _backups():
        assert (time_text(info), holds_text(info), size_text(info)) == (
            info.local_time_text, info.holds_text, info.size_text)


def test_a_typed_date_and_time_show_in_english_and_read_back(qtbot, english) -> None:
    from datetime import date, time

    from ui.checklist.fields import DateField, TimeField

    day, at = DateField("d", "Date"), TimeField("t", "Time")
    qtbot.addWidget(day)
    qtbot.addWidget(at)
    day.set_value(date(2026, 12, 6))
    at.set_value(time(10, 30))
    assert (day.edit.text(), at.text()) == ("06/12/2026", "10:30")
    assert (day.value(), at.value()) == (date(2026, 12, 6), time(10, 30))
    assert day.hint.text() == "Sunday 6 December 2026"


def test_an_interrupted_action_is_told_in_english(tmp_path: Path, english) -> None:
    """The lines ``finish_interrupted`` settles reach the start-up notice in English; the
    command line keeps the Danish (the ``Text`` itself)."""
    import shutil

    from safety_helpers import data_paths, make_database

    from reception.safety.recovery import finish_interrupted
    from ui.messages import message_of

    paths = data_paths(tmp_path / "data")
    make_database(paths, 2)
    shutil.copyfile(paths.database, paths.root / ".reception.sqlite3.restoring")
    settled = finish_interrupted(paths)
    assert settled == ["Én skjult kopi fra en afbrudt handling er slettet; databasen er på plads."]
    assert [message_of(text) for text in settled] == [
        "One hidden copy from an interrupted action has been deleted; the database is in place."]
    assert english.missing() == []


def test_the_lock_screen_asks_in_english(qtbot, tmp_path: Path, english) -> None:
    from safety_helpers import data_paths
    from test_ui_safety import locked_window

    from reception.safety import set_pin
    from reception.safety.settings import unlock_accepts, unlock_hint
    from reception.store import open_database
    from ui.safety.lock_screen import LockScreen

    open_database(data_paths(tmp_path / "data").database)
    set_pin("4711")
    window, _ = locked_window(qtbot)
    screen = LockScreen(window, lambda typed: unlock_accepts(typed, None),
                        lambda: unlock_hint(None))
    screen.lock()
    assert screen.findChild(QLabel, "lockHint").text() == "Type the PIN to unlock."
    assert unlock_hint(None) == "Skriv pinkoden for at låse op."  # the core's Danish
    assert english.missing() == []
    edit = screen.findChild(QLineEdit, "unlockEdit")
    qtbot.keyClicks(edit, "4711")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not screen.locked


def test_the_knowledge_reader_names_its_context_in_english(english) -> None:
    """The line above a page's title is the program's words (the clinic's stay Danish)."""
    from reception.content import load_content
    from reception.content.pages import page_for_key
    from ui.knowledge.reader_html import page_html

    content = load_content()
    faq = page_for_key(content, f"faq:{content.faq[0].id}")
    step = page_for_key(content, "step:booking")
    assert faq is not None and step is not None
    assert f">Questions and answers · {content.faq[0].topic}<" in page_html(faq)
    assert f">Step 1: {content.steps[0].title}<" in page_html(step)
    assert ">Before a gold treatment<" in page_html(step)
    assert step.title == f"Trin 1: {content.steps[0].title}"  # the core's Danish
    assert english.missing() == []


def test_alt_letters_stay_unique_in_english(qtbot, isolated_data_dir: Path, english) -> None:
    """The English texts carry their own Alt letters: none may clash within the File menu
    or within the clinic texts editor (its hidden buttons and tabs too)."""
    from PySide6.QtWidgets import QAbstractButton

    from ui.texts.editor import ClinicTextsDialog

    def letters_of(texts: list[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for text in texts:
            if "&" in text.replace("&&", ""):
                found.setdefault(text.split("&")[1][0].casefold(), []).append(text)
        return {letter: used for letter, used in found.items() if len(used) > 1}

    win = create_main_window(resolve_data_paths(isolated_data_dir).ensure())
    qtbot.addWidget(win)
    win.show()
    file_texts = [action.text() for action in win.file_menu.actions() if action.text()]
    assert "&Quit" in file_texts and "The clinic's &texts …" in file_texts
    assert letters_of(file_texts) == {}
    qtbot.waitUntil(lambda: win.texts_action.isEnabled())
    dialog = ClinicTextsDialog(win.texts_live, win)
    qtbot.addWidget(dialog)
    texts = [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert "&New question" in texts and "H&istory" in texts
    assert letters_of(texts) == {}
