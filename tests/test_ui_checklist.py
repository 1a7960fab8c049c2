"""The checklist widgets alone, driven like a receptionist: type, click, save, reopen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from reception.calls import CallForm, end_call, start_call
from reception.checklist import (
    BloodThinners,
    Booking,
    Scan,
    StepStatus,
    ensure_checklist,
    load_checklist,
    save_step,
    set_step_status,
)
from reception.content import Content, load_content
from reception.content.loader import default_content_dir
from reception.store import open_database
from reception.store.models import AuditEntry
from ui.checklist import ChecklistOverview, ChecklistView
from ui.checklist.overview_model import CallerIdRole, OverviewModel

TODAY = date(2026, 5, 4)


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    yield path
    database.close()


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def booked(name: str, phone: str, consultation: date | None = None) -> int:
    result = end_call(start_call(phone), CallForm(phone=phone, name=name, pain_areas=("knae",)),
                      "booked", today=TODAY)
    ensure_checklist(result.caller_id, by="Mette")
    if consultation is not None:
        save_step(result.caller_id, Booking(consultation, time(10, 0), ("knae",)),
                  status=StepStatus.DONE, today=TODAY)
    return result.caller_id


def make_view(qtbot, content: Content, caller_id: int | None = None) -> ChecklistView:
    view = ChecklistView(content, "Mette", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(560, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_caller(caller_id)
    return view


def line(view: ChecklistView, name: str) -> QLineEdit:
    widget = view.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_six_steps_come_from_the_content(qtbot, db_path: Path, content: Content) -> None:
    view = make_view(qtbot, content, booked("Jens Hansen", "23394977"))
    assert view.objectName() == "checklistView"
    assert view.progress_label.text() == "0 af 6"
    assert "Jens Hansen" in view.heading.text()
    titles = [row.title.text() for row in view.rows.values()]
    assert titles == [f"{s.number}. {s.title}" for s in content.steps]
    assert view.editor_short.text() == content.steps[0].short


def test_an_edited_step_text_shows_without_code_changes(qtbot, db_path: Path,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    steps = folder / "steps.toml"
    steps.write_text(steps.read_text(encoding="utf-8").replace(
        'title = "Tag en pårørende med"', 'title = "Husk en chauffør"'), encoding="utf-8")
    view = make_view(qtbot, load_content(folder), booked("Jens Hansen", "23394977"))
    assert view.rows["companion"].title.text() == "6. Husk en chauffør"


def test_booking_typed_ticked_and_saved_survives_a_restart(qtbot, db_path: Path,
                                                          content: Content) -> None:
    caller = booked("Jens Hansen", "23394977")
    view = make_view(qtbot, content, caller)
    with qtbot.waitSignal(view.changed) as changed:
        qtbot.keyClicks(line(view, "consultationDateEdit"), "20.5.2026")
        qtbot.keyClicks(line(view, "consultationTimeEdit"), "10.30")
        click(qtbot, view.editors["booking"].areas.buttons["hofte"])
        click(qtbot, view.status_buttons[StepStatus.DONE])
        click(qtbot, view.save_button)
    assert changed.args == [caller]
    assert view.progress_label.text() == "1 af 6"
    assert view.rows["booking"].status.text() == "Klaret"
    assert "onsdag 20. maj 2026 kl. 10.30" in view.rows["booking"].summary.text()
    assert view.warnings_text == "Gemt."
    view.close()

    open_database(db_path).close()  # the app restarts
    open_database(db_path)
    again = make_view(qtbot, content, caller)
    assert again.progress_label.text() == "1 af 6"
    assert line(again, "consultationDateEdit").text() == "20.05.2026"
    assert line(again, "consultationTimeEdit").text() == "10.30"
    assert again.editors["booking"].areas.value() == ("hofte", "knae")
    assert again.status_buttons[StepStatus.DONE].isChecked()
    actions = [a.action for a in AuditEntry.select().where(AuditEntry.user == "Mette")]
    assert "checklist.data" in actions and "checklist.status" in actions


def test_a_scan_date_in_the_future_is_saved_with_a_warning(qtbot, db_path: Path,
                                                           content: Content) -> None:
    caller = booked("Karen Holm", "40575457", TODAY + timedelta(days=20))
    view = make_view(qtbot, content, caller)
    click(qtbot, view.rows["scan"].title)
    assert view.stack.currentWidget() is view.editors["scan"]
    editor = view.editors["scan"]
    editor.kind.setCurrentIndex(editor.kind.findData("mr"))
    qtbot.keyClicks(line(view, "scanTakenEdit"), "10.5.2026")
    assert "søndag 10. maj 2026" in editor.taken.hint.text()
    assert "Kan bruges til og med 10. maj 2028" in editor.until.text()
    qtbot.keyClicks(line(view, "scanPlaceEdit"), "Regionshospitalet Ærø")
    click(qtbot, view.save_button)
    assert "fremtiden" in view.warnings_text and "10. maj 2026" in view.warnings_text
    assert load_checklist(caller).scan == Scan("mr", "", date(2026, 5, 10),
                                               "Regionshospitalet Ærø")
    assert line(view, "scanTakenEdit").text() == "10.5.2026"  # as typed, untouched


def test_a_scan_too_old_is_flagged_in_the_row(qtbot, db_path: Path, content: Content) -> None:
    caller = booked("Karen Holm", "40575457", date(2026, 6, 2))
    save_step(caller, Scan("rontgen", "knae", date(2024, 6, 1)), today=TODAY)
    view = make_view(qtbot, content, caller)
    assert "over 2 år gammel" in view.rows["scan"].flags.text()
    assert not view.rows["scan"].flags.isHidden()
    view.select_step("scan")
    assert "for gammel" in view.editors["scan"].until.text()


def test_a_consultation_in_the_past_is_saved_with_a_warning(qtbot, db_path: Path,
                                                            content: Content) -> None:
    caller = booked("Jens Hansen", "23394977")
    view = make_view(qtbot, content, caller)
    qtbot.keyClicks(line(view, "consultationDateEdit"), "1.5.2026")
    assert "allerede passeret" in view.editors["booking"].warning.text()  # before saving
    click(qtbot, view.save_button)
    assert load_checklist(caller).booking.consultation_date is None  # asked first
    assert view.save_button.text() == "Gem alligevel"
    click(qtbot, view.save_button)
    assert "allerede passeret" in view.warnings_text
    assert load_checklist(caller).booking.consultation_date == date(2026, 5, 1)


def test_a_date_that_does_not_exist_is_not_saved_and_stays_as_typed(qtbot, db_path: Path,
                                                                    content: Content) -> None:
    caller = booked("Jens Hansen", "23394977")
    view = make_view(qtbot, content, caller)
    qtbot.keyClicks(line(view, "consultationDateEdit"), "31.2.2026")
    assert "findes ikke" in view.editors["booking"].date.hint.text()
    click(qtbot, view.save_button)
    assert "Ikke gemt" in view.warnings_text
    assert line(view, "consultationDateEdit").text() == "31.2.2026"
    view.select_step("scan")  # refused: stay to correct it
    assert view.current_step == "booking"
    assert load_checklist(caller).booking.consultation_date is None


def test_not_relevant_needs_a_reason_and_counts_as_progress(qtbot, db_path: Path,
                                                            content: Content) -> None:
    caller = booked("Jens Hansen", "23394977")
    view = make_view(qtbot, content, caller)
    view.select_step("blood_thinners")
    assert view.reason_edit.isHidden()
    click(qtbot, view.status_buttons[StepStatus.NOT_RELEVANT])
    assert view.reason_edit.isVisible()
    click(qtbot, view.save_button)
    assert "hvorfor" in view.warnings_text
    qtbot.keyClicks(view.reason_edit, "Tager ingen blodfortyndende")
    click(qtbot, view.save_button)
    assert view.progress_label.text() == "1 af 6"
    assert "Ikke relevant" in view.rows["blood_thinners"].status.text()
    assert "Tager ingen blodfortyndende" in view.rows["blood_thinners"].summary.text()
    # and undone again
    click(qtbot, view.status_buttons[StepStatus.MISSING])
    click(qtbot, view.save_button)
    assert view.progress_label.text() == "0 af 6"
    assert load_checklist(caller).status("blood_thinners") is StepStatus.MISSING


def test_choosing_another_step_saves_what_was_typed(qtbot, db_path: Path,
                                                    content: Content) -> None:
    caller = booked("Jens Hansen", "23394977")
    view = make_view(qtbot, content, caller)
    view.select_step("companion")
    editor = view.editors["companion"]
    editor.arranged.setCurrentIndex(1)  # Ja
    line(view, "companionNameEdit").setText("Søren 🚗")  # emoji: setText, not keyClicks
    line(view, "companionNameEdit").textEdited.emit("Søren 🚗")
    click(qtbot, view.rows["request_images"].title)
    stored = load_checklist(caller).companion
    assert stored.arranged is True and stored.name == "Søren 🚗"
    assert "Søren 🚗 kører hjem" in view.rows["companion"].summary.text()


def test_each_step_has_a_button_for_its_explanation(qtbot, db_path: Path,
                                                    content: Content) -> None:
    view = make_view(qtbot, content, booked("Jens Hansen", "23394977"))
    for step in ("booking", "scan", "request_images", "send_images", "blood_thinners",
                 "companion"):
        with qtbot.waitSignal(view.explain_requested) as asked:
            click(qtbot, view.rows[step].help)
        assert asked.args == [f"step:{step}"]
    view.select_step("scan")
    with qtbot.waitSignal(view.explain_requested) as asked:
        click(qtbot, view.explain_button)
    assert asked.args == ["step:scan"]


def test_nobody_and_a_caller_without_a_checklist(qtbot, db_path: Path,
                                                 content: Content) -> None:
    view = make_view(qtbot, content, None)
    assert view.body.isHidden() and view.create_button.isHidden()
    assert "Vælg en person" in view.empty.text()
    result = end_call(start_call("23394977"), CallForm(phone="23394977", name="Jens"),
                      "no_action", today=TODAY)
    view.set_caller(result.caller_id)
    assert view.body.isHidden() and view.create_button.isVisible()
    with qtbot.waitSignal(view.changed):
        click(qtbot, view.create_button)
    assert view.body.isVisible() and view.progress_label.text() == "0 af 6"
    assert load_checklist(result.caller_id) is not None


def test_set_caller_switches_and_saves_the_previous_callers_typing(qtbot, db_path: Path,
                                                                   content: Content) -> None:
    jens = booked("Jens Hansen", "23394977")
    karen = booked("Karen Holm", "40575457")
    view = make_view(qtbot, content, jens)
    qtbot.keyClicks(line(view, "consultationTimeEdit"), "9.15")
    view.set_caller(karen)
    assert "Karen Holm" in view.heading.text()
    assert line(view, "consultationTimeEdit").text() == ""
    assert load_checklist(jens).booking.consultation_time == time(9, 15)


# --- the overview ---------------------------------------------------------------------------

def make_overview(qtbot, content: Content) -> ChecklistOverview:
    overview = ChecklistOverview(content, today=lambda: TODAY)
    qtbot.addWidget(overview)
    overview.resize(1000, 400)
    overview.show()
    qtbot.waitExposed(overview)
    overview.refresh()
    return overview


def column(overview: ChecklistOverview, col: int) -> list[str]:
    model = overview.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_overview_lists_upcoming_consultations_and_filters(qtbot, db_path: Path,
                                                               content: Content) -> None:
    late = booked("Lise Aagaard", "21234501", TODAY + timedelta(days=30))
    soon = booked("Karen Holm", "40575457", TODAY + timedelta(days=2))
    old = booked("Peter Mølgaard", "23394977", TODAY + timedelta(days=9))
    booked("Forbi", "21234502", TODAY - timedelta(days=1))
    save_step(old, Scan("ct", "ryg", date(2023, 1, 5)), today=TODAY)
    save_step(late, BloodThinners(True, "Marevan", True, TODAY + timedelta(days=25)),
              status=StepStatus.DONE, today=TODAY)
    set_step_status(soon, "send_images", StepStatus.DONE)

    overview = make_overview(qtbot, content)
    assert overview.objectName() == "checklistOverview"
    assert column(overview, OverviewModel.NAME) == ["Karen Holm", "Peter Mølgaard",
                                                    "Lise Aagaard"]
    assert column(overview, OverviewModel.DATE)[0] == "ons 06.05.2026"
    assert column(overview, OverviewModel.PROGRESS) == ["2 af 6", "1 af 6", "2 af 6"]
    assert "2 Røntgen eller scanning" in column(overview, OverviewModel.MISSING)[0]
    assert overview.status.text() == "3 kommende konsultationer."

    click(qtbot, overview.filter_buttons["missing_images"])
    assert column(overview, OverviewModel.NAME) == ["Peter Mølgaard", "Lise Aagaard"]
    click(qtbot, overview.filter_buttons["pause_not_agreed"])
    assert column(overview, OverviewModel.NAME) == ["Peter Mølgaard"]
    click(qtbot, overview.filter_buttons["missing_images"])
    click(qtbot, overview.filter_buttons["pause_not_agreed"])
    click(qtbot, overview.filter_buttons["scan_too_old"])
    assert column(overview, OverviewModel.NAME) == ["Peter Mølgaard"]
    assert "Scanning for gammel" in column(overview, OverviewModel.FLAGS)[0]
    assert "(filtreret)" in overview.status.text()

    with qtbot.waitSignal(overview.caller_requested) as opened:
        overview.table.selectRow(0)
        click(qtbot, overview.open_button)
    assert opened.args == [old]


def test_the_overview_changes_as_steps_are_done(qtbot, db_path: Path,
                                                content: Content) -> None:
    caller = booked("Karen Holm", "40575457", TODAY + timedelta(days=5))
    overview = make_overview(qtbot, content)
    click(qtbot, overview.filter_buttons["missing_images"])
    assert column(overview, OverviewModel.NAME) == ["Karen Holm"]
    assert "Billeder mangler snart" in column(overview, OverviewModel.FLAGS)[0]

    view = make_view(qtbot, content, caller)
    view.changed.connect(lambda _id: overview.refresh())
    view.select_step("send_images")
    qtbot.keyClicks(line(view, "imagesReceivedEdit"), "3.5.2026")
    click(qtbot, view.status_buttons[StepStatus.DONE])
    click(qtbot, view.save_button)
    assert column(overview, OverviewModel.NAME) == []
    assert "Ingen kommende konsultationer passer" in overview.status.text()


def test_a_hidden_overview_refreshes_when_it_shows(qtbot, db_path: Path,
                                                   content: Content) -> None:
    """Every checklist edit asks for a refresh; a hidden overview reads nothing until shown."""
    overview = make_overview(qtbot, content)
    overview.hide()
    booked("Karen Holm", "40575457", TODAY + timedelta(days=5))
    overview.refresh()
    assert column(overview, OverviewModel.NAME) == []  # not read while hidden
    overview.show()
    qtbot.waitUntil(lambda: column(overview, OverviewModel.NAME) == ["Karen Holm"])


def test_the_overview_shows_the_soonest_and_says_there_are_more(
        qtbot, db_path: Path, content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.checklist.overview as module

    monkeypatch.setattr(module, "SHOWN", 2)
    for days, name in ((9, "Peter Mølgaard"), (2, "Karen Holm"), (4, "Lise Aagaard")):
        booked(name, f"4057545{days}", TODAY + timedelta(days=days))
    overview = make_overview(qtbot, content)
    assert column(overview, OverviewModel.NAME) == ["Karen Holm", "Lise Aagaard"]
    assert overview.status.text() == "Over 2 kommende konsultationer; de 2 første vises."
    header = overview.table.horizontalHeader()
    assert header.sectionResizeMode(OverviewModel.NAME) != header.ResizeMode.ResizeToContents


def test_the_overview_paints_the_first_rows_then_reads_the_rest_in_chunks(
        qtbot, db_path: Path, content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first chunk before the table paints, the next ones on a timer, up to SHOWN."""
    import ui.checklist.overview as module

    monkeypatch.setattr(module, "SHOWN", 5)
    monkeypatch.setattr(module, "FIRST_ROWS", 2)
    monkeypatch.setattr(module, "MORE_ROWS", 2)
    names = ["Anna", "Bo", "Carl", "Dan", "Eva", "Finn", "Gry"]
    for days, name in enumerate(names, start=1):
        booked(name, f"4057545{days}", TODAY + timedelta(days=days))
    overview = make_overview(qtbot, content)
    assert column(overview, OverviewModel.NAME) == ["Anna", "Bo"]
    assert overview.status.text() == "2 kommende konsultationer …"
    qtbot.waitUntil(lambda: overview.model.rowCount() == 5)
    qtbot.wait(50)  # and no more than SHOWN
    assert column(overview, OverviewModel.NAME) == names[:5]
    assert overview.status.text() == "Over 5 kommende konsultationer; de 5 første vises."
    overview.filter_buttons["missing_images"].setChecked(True)  # a new refresh restarts
    assert column(overview, OverviewModel.NAME) == ["Anna", "Bo"]
    qtbot.waitUntil(lambda: overview.status.text().startswith("Over 5"))
    assert column(overview, OverviewModel.NAME) == names[:5]


def test_the_overview_model_alone(qtbot, db_path: Path, content: Content) -> None:
    from reception.checklist import upcoming_consultations

    caller = booked("Karen Holm", "40575457", TODAY + timedelta(days=5))
    booked("Uden dato", "21234503")
    model = OverviewModel({s.id: f"{s.number} {s.title}" for s in content.steps})
    model.set_rows(upcoming_consultations(TODAY))
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, OverviewModel.NAME).data(CallerIdRole) == caller
    assert model.index(1, OverviewModel.DATE).data() == "Ingen dato"
    assert model.index(0, OverviewModel.TIME).data() == "10.00"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Dato"
    assert model.data(QModelIndex()) is None
    assert model.caller_id(5) is None


def test_the_same_caller_again_keeps_what_is_being_typed(qtbot, db_path: Path,
                                                         content: Content) -> None:
    """The call screen re-selects the linked caller on every lookup; typing must survive."""
    caller = booked("Jens Hansen", "23394977")
    view = make_view(qtbot, content, caller)
    qtbot.keyClicks(line(view, "consultationDateEdit"), "12.5")  # half typed
    view.set_caller(caller)
    assert line(view, "consultationDateEdit").text() == "12.5"
    assert view.dirty and view.warnings_text == ""


def test_ring_from_the_overview(qtbot, db_path: Path, content: Content) -> None:
    booked("Karen Holm", "40575457", TODAY + timedelta(days=5))
    overview = make_overview(qtbot, content)
    overview.table.selectRow(0)
    with qtbot.waitSignal(overview.ring_requested) as ring:
        click(qtbot, overview.ring_button)
    assert ring.args == ["40 57 54 57"]
