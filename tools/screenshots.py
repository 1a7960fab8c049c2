"""Render the README's screenshots from the real widgets (offscreen), on demo data.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR]
    QT_QPA_PLATFORM=offscreen python tools/screenshots.py --size 1920x1080 OUT_DIR

With ``--size`` it renders every main screen (each work tab, the knowledge search, the
clinic texts editor, the conflict dialog) at that window size instead, to look for
what stretches, empties or shrinks on a large screen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reception.demo_data import fill_demo_data  # noqa: E402
from reception.paths import DataPaths, resolve_data_paths  # noqa: E402
from reception.phone import format_national  # noqa: E402
from reception.store import open_database  # noqa: E402
from reception.store.models import Call, CallerPhone  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def returning_caller_number() -> str:
    """A demo caller with several earlier calls and a number only they have."""
    for phone in CallerPhone.select().where(CallerPhone.e164.is_null(False)):
        shared = CallerPhone.select().where(CallerPhone.e164 == phone.e164).count()
        calls = Call.select().where(Call.caller == phone.caller_id).count()
        if shared == 1 and calls >= 4:
            return format_national(phone.e164)
    raise SystemExit("no suitable demo caller")


def checklist_patients() -> int:
    """Six booked patients at different stages; returns the one shown in the call screen."""
    from datetime import date, time, timedelta

    from reception.calls import CallForm, end_call, start_call
    from reception.checklist import (
        BloodThinners,
        Booking,
        Companion,
        ImageRequest,
        ImagesReceived,
        Scan,
        StepStatus,
        ensure_checklist,
        save_step,
        set_step_status,
    )

    today = date.today()
    done = StepStatus.DONE

    def patient(name: str, phone: str, areas: tuple[str, ...], days: int | None,
                at: time | None) -> int:
        result = end_call(start_call(phone), CallForm(phone=phone, name=name, pain_areas=areas),
                          "booked")
        ensure_checklist(result.caller_id, by="Mette")
        if days is not None:
            save_step(result.caller_id, Booking(today + timedelta(days=days), at, areas),
                      status=done, by="Mette")
        return result.caller_id

    jens = patient("Jens Hansen", "22334455", ("knae",), 5, time(10, 30))
    save_step(jens, Scan("mr", "knae", today - timedelta(days=700), "Aarhus Universitetshospital"),
              status=done, by="Mette")
    save_step(jens, ImageRequest("Røntgen, AUH Skejby", today - timedelta(days=12)), status=done)
    save_step(jens, BloodThinners(True, "Eliquis"), by="Mette")
    save_step(jens, Companion(True, "Anne Hansen (datter)"), status=done, by="Mette")
    karen = patient("Karen Østergaard", "22334466", ("nakke", "skulder"), 2, time(9, 0))
    for step in ("scan", "request_images", "send_images", "companion"):
        set_step_status(karen, step, done, by="Ole")
    save_step(karen, ImagesReceived(today - timedelta(days=4)))
    save_step(karen, BloodThinners(False), status=StepStatus.NOT_RELEVANT,
              reason="Tager ingen blodfortyndende")
    peter = patient("Peter Mølgaard", "22334477", ("ryg",), 14, time(13, 15))
    save_step(peter, Scan("ct", "ryg", today - timedelta(days=1000), "Sygehus Lillebælt, Vejle"))
    save_step(peter, BloodThinners(True, "Marevan", True, today + timedelta(days=9)), status=done)
    patient("Lise Aagaard", "22334488", ("hofte",), 30, time(11, 0))
    patient("Bjørn Sørensen", "22334499", ("haender",), 7, time(14, 30))
    return jens


def start_of_day(paths: DataPaths, app: QApplication, path: Path) -> None:
    """»I dag« at 1366×768 in a freshly started window, with two sheets promised yesterday
    and a call left open besides the demo's callbacks and consultations."""
    from datetime import UTC, datetime, timedelta

    from reception.calls import CallForm, end_call, save_draft, start_call

    yesterday = datetime.now(UTC) - timedelta(days=1)
    for phone, name in (("22334422", "Birthe Lauridsen"), ("22334433", "Niels Brandt")):
        form = CallForm(phone=phone, name=name, email=f"{name.split()[0].lower()}@example.dk")
        end_call(start_call(phone, taken_by="Mette", now=yesterday), form, "send_sheet",
                 now=yesterday + timedelta(minutes=4))
    parked = start_call("22334411", taken_by="Ole")
    save_draft(parked, CallForm(phone="22334411", name="Hanne Kjær",
                                notes="Vil vide, om hun kan nå det før jul."))
    window = create_main_window(paths)
    window.resize(1366, 768)
    window.show()
    window.main_splitter.setSizes([1366, 0])
    window.tabs.setCurrentWidget(window.workspace.today)
    shoot(window, app, path)
    window.close()


def overblik(paths: DataPaths, app: QApplication, path: Path) -> None:
    """»Overblik« for last month at 1366×768, the knowledge pane folded away."""
    window = create_main_window(paths)
    window.resize(1366, 768)
    window.show()
    window.main_splitter.setSizes([1366, 0])
    window.tabs.setCurrentWidget(window.workspace.overblik_page)
    screen = window.workspace.overblik
    screen.choice.setCurrentIndex(screen.choice.findData("last_month"))
    shoot(window, app, path)
    window.close()


def laptop_calls(paths: DataPaths, app: QApplication, number: str, out: Path) -> None:
    """The call screen as a 1366×768 laptop shows it (the first start's layout): a new
    caller, a returning caller, and calls on hold; and the same call at 1920×1080."""
    window = create_main_window(paths)
    window.resize(1366, 768)
    window.show()
    window.reset_layout()
    panel = window.call_panel

    panel.new_call()
    QTest.keyClicks(panel.form.phone_edit, "41 52 63 74")
    QTest.keyClicks(panel.form.name_edit, "Sofie Bach Nielsen")
    QTest.keyClicks(panel.form.postcode_edit, "5000")
    QTest.keyClicks(panel.form.town_edit, "Odense C")
    panel.form.area_buttons["knae"].setChecked(True)
    QTest.keyClicks(panel.form.notes_edit, "Ondt i højre knæ i et år, værst om morgenen.")
    shoot(window, app, out / "laptop-new-caller.png")

    panel.new_call()  # the new caller goes on hold
    QTest.keyClicks(panel.form.phone_edit, number)
    panel.form.area_buttons["nakke"].setChecked(True)
    QTest.keyClicks(panel.form.notes_edit, "Ringer igen om tid før jul.")
    shoot(window, app, out / "laptop-returning-caller.png")

    window.workspace.ring("22334411")  # a ring-back while both wait
    QTest.keyClicks(panel.form.name_edit, "Hanne Kjær")
    shoot(window, app, out / "laptop-calls-on-hold.png")

    window.resize(1920, 1080)
    window.reset_layout()
    panel.switch_to_number(2)
    shoot(window, app, out / "desktop-returning-caller.png")
    for session in list(panel.desk.sessions):
        panel.switch_to(session)
        panel.finish_call("no_action", force=True)
    window.close()


def clinic_texts_editor(paths: DataPaths, app: QApplication, out: Path) -> None:
    """Filer → Klinikkens tekster: a section being corrected, with the preview, and a new
    question from the »Nyt spørgsmål« menu (its empty answer flagged beside the field:
    the answer is the clinic's to write) at 1366×768; an answer beside the information
    sheet it would print on at 1920×1080."""
    from ui.texts.editor import ClinicTextsDialog

    window = create_main_window(paths)
    assert window.texts_live is not None
    dialog = ClinicTextsDialog(window.texts_live, window)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.select("section", "nakkesmerter/aarsager")
    points = dialog.form.editors["talking_points"] if dialog.form else None
    if points is not None:
        lines = points.toPlainText().splitlines()
        lines[0] = lines[0].replace("Risikoen øges især", "Risikoen for kroniske nakkesmerter "
                                    "øges især")
        points.setPlainText("\n".join(lines))
    dialog.check_now()
    dialog.splitter.setSizes([330, 560, 476])
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(out / "texts-editor-laptop.png"))

    dialog.start_new_faq("Hvor kan jeg parkere?", "parkering\nbil\nparkere")
    dialog.check_now()
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(out / "texts-editor-new-question.png"))

    dialog.resize(1920, 1080)
    dialog.select("faq", "koere-bil-efter-behandling")
    dialog.splitter.setSizes([480, 700, 740])
    dialog.tabs.setCurrentWidget(dialog.pdf_preview)  # the real sheet it would be on
    for _ in range(20):  # QPdfView renders its pages in the background
        app.processEvents()
        time.sleep(0.05)
    dialog.grab().save(str(out / "texts-editor-desktop.png"))
    dialog.close()
    window.close()


def laptop_english(paths: DataPaths, app: QApplication, number: str, path: Path) -> None:
    """The call screen in English at 1366×768 (File → Language → English): a returning
    caller, as ``RECEPTION_LANGUAGE=en`` starts it."""
    from ui.translations import install_translation

    translator = install_translation(app, "en")
    window = create_main_window(paths)
    window.resize(1366, 768)
    window.show()
    window.reset_layout()
    panel = window.call_panel
    panel.new_call()
    QTest.keyClicks(panel.form.phone_edit, number)
    panel.form.area_buttons["nakke"].setChecked(True)
    QTest.keyClicks(panel.form.notes_edit, "Asks for a time before Christmas.")
    shoot(window, app, path)
    panel.finish_call("no_action", force=True)
    window.close()
    if translator is not None:
        app.removeTranslator(translator)


def shoot(window: MainWindow, app: QApplication, path: Path) -> None:
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(path))


def full_hd_offscreen_screen(width: int = 1920, height: int = 1080) -> None:
    """Offscreen Qt has an 800×600 screen, which would shrink every window to fit it:
    give it a 1920×1080 one, or larger (before the QApplication is made)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    width, height = max(width, 1920), max(height, 1080)
    config = Path(tempfile.gettempdir()) / f"guldklinikken-screenshot-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "skaerm", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main_screens(paths: DataPaths, app: QApplication, number: str, jens: int, out: Path,
                 size: tuple[int, int]) -> list[Path]:
    """Every main screen at ``size`` (the first start's layout at that size)."""
    from ui.conflict_dialog import ConflictDialog
    from ui.texts.editor import ClinicTextsDialog

    tag = f"{size[0]}x{size[1]}"
    made: list[Path] = []

    def save(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}-{tag}.png"
        widget.grab().save(str(path))
        made.append(path)

    window = create_main_window(paths)
    window.resize(*size)
    window.show()
    window.reset_layout()
    panel = window.call_panel
    panel.new_call()
    QTest.keyClicks(panel.form.phone_edit, number)
    panel.form.area_buttons["nakke"].setChecked(True)
    QTest.keyClicks(panel.form.notes_edit, "Ringer om tid før jul.")
    QTest.keyClicks(window.knowledge.search_edit, "koere bil")
    QTest.keyClick(window.knowledge.search_edit, "\r")
    save(window, "call")
    panel.side_tabs.setCurrentWidget(panel.checklist)
    window.workspace.show_caller(jens)
    panel.checklist.select_step("scan")
    save(window, "call-checklist")
    panel.finish_call("no_action", force=True)
    for index, name in enumerate(("call-empty", "today", "callbacks", "before-treatment",
                                  "callers", "overblik")):
        window.show_tab(index)
        if name == "overblik":
            window.workspace.overblik.choice.setCurrentIndex(
                window.workspace.overblik.choice.findData("last_month"))
        save(window, name)
    window.set_knowledge_shown(False)
    save(window, "overblik-wide")
    window.set_knowledge_shown(True)

    assert window.texts_live is not None
    texts = ClinicTextsDialog(window.texts_live, window)
    texts.resize(*size)
    texts.show()
    texts.select("faq", "koere-bil-efter-behandling")
    save(texts, "texts-editor")
    texts.close()

    from reception.store.versions import ChangedElsewhere, FieldChange

    changes = (FieldChange("street", "Guldvej 1", "Sølvvej 2"),
               FieldChange("town", "Aarhus C", "Aarhus N"))
    conflict = ChangedElsewhere("caller", 1, changes, version=2, desk="Reception 1",
                                user="Mette", at=None)
    dialog = ConflictDialog(conflict, window)
    dialog.show()
    save(dialog, "conflict-dialog")
    dialog.close()
    window.close()
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", help="WIDTHxHEIGHT: every main screen at this size")
    arguments = parser.parse_args()
    out: Path = arguments.out
    out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(n) for n in arguments.size.lower().split("x")) if arguments.size else None
    full_hd_offscreen_screen(*(size or (1920, 1080)))
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as data:
        paths = resolve_data_paths(data).ensure()
        fill_demo_data(open_database(paths.database), 300, seed=3)
        number = returning_caller_number()
        jens = checklist_patients()
        if size is not None:
            made = main_screens(paths, app, number, jens, out, size)  # type: ignore[arg-type]
            print("\n".join(str(path) for path in made))
            return 0
        window = create_main_window(paths)
        window.resize(1600, 940)
        window.show()
        window.main_splitter.setSizes([900, 700])
        window.knowledge.splitter.setSizes([260, 440])

        panel = window.call_panel
        panel.new_call()
        QTest.keyClicks(panel.form.phone_edit, number)
        panel.form.area_buttons["nakke"].setChecked(True)
        panel.form.duration_spin.setValue(2)
        panel.form.duration_unit.setCurrentIndex(2)
        panel.form.treatment_buttons["fysioterapi"].setChecked(True)
        QTest.keyClicks(panel.form.notes_edit, "Nakken er blevet værre siden sommer. "
                        "Spørger om guldbehandling og om hun selv må køre hjem.")
        QTest.keyClicks(window.knowledge.search_edit, "koere bil")
        QTest.keyClick(window.knowledge.search_edit, "\r")
        shoot(window, app, out / "call-returning-caller.png")

        window.knowledge.search_edit.clear()
        QTest.keyClicks(window.knowledge.search_edit, "piskesmeld")
        QTest.keyClick(window.knowledge.search_edit, "\r")
        window.main_splitter.setSizes([0, 1600])
        window.knowledge.splitter.setSizes([600, 1000])
        shoot(window, app, out / "knowledge-search.png")

        window.main_splitter.setSizes([900, 700])
        window.knowledge.splitter.setSizes([260, 440])
        window.tabs.setCurrentWidget(window.callbacks)
        shoot(window, app, out / "callbacks.png")
        panel.finish_call("booked")
        window.tabs.setCurrentIndex(next(  # Før behandling (the overview is in a scroll area)
            i for i in range(window.tabs.count())
            if window.tabs.widget(i).isAncestorOf(window.workspace.overview)))
        window.main_splitter.setSizes([1000, 600])
        shoot(window, app, out / "checklist-overview.png")

        window.workspace.show_caller(jens)
        panel.checklist.select_step("scan")
        window.main_splitter.setSizes([1200, 400])
        panel.splitter.setSizes([520, 680])
        shoot(window, app, out / "checklist-caller.png")
        panel.flush()

        from ui.privacy import AuditLogDialog

        audit_log = AuditLogDialog(window)
        audit_log.resize(1100, 520)
        audit_log.show()
        app.processEvents()
        audit_log.grab().save(str(out / "audit-log.png"))
        audit_log.close()

        window.close()
        laptop_calls(paths, app, number, out)
        laptop_english(paths, app, number, out / "laptop-english.png")
        start_of_day(paths, app, out / "start-of-day.png")
        overblik(paths, app, out / "overblik.png")
        clinic_texts_editor(paths, app, out)
    print(f"Skærmbilleder gemt i {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
