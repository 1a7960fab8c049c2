"""One editor per step: fields in, a step's data (``reception.checklist``) out.

``data()`` reads the fields and raises ``InvalidDate`` (Danish) for a date or time
that cannot be read; the field itself already shows why. ``set_data`` shows what
is stored. Editors never save: the view does, through reception.checklist.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from reception.calls.vocabulary import PAIN_AREAS
from reception.checklist import (
    SCAN_KINDS,
    BloodThinners,
    Booking,
    BookingWarning,
    Checklist,
    Companion,
    ImageRequest,
    ImagesReceived,
    InvalidDate,
    Scan,
    StepData,
    scan_too_old,
    usable_until,
)
from ui.checklist.booking_warning import BookingWarningLabel
from ui.checklist.fields import CodeCombo, CodeToggles, DateField, TimeField, YesNoCombo
from ui.colours import ERROR
from ui.formats import long_date
from ui.messages import translated


class StepEditor(QWidget):
    edited = Signal()
    step = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._changed)
        return edit

    def _date(self, name: str, label: str) -> DateField:
        field = DateField(name, label, self)
        field.edited.connect(self._changed)
        return field

    def load(self, checklist: Checklist) -> None:
        self._loading = True
        try:
            self.set_data(checklist.data(self.step), checklist)
        finally:
            self._loading = False

    def set_data(self, data: StepData, checklist: Checklist) -> None:
        raise NotImplementedError

    def data(self) -> StepData:
        raise NotImplementedError


class BookingEditor(StepEditor):
    step = "booking"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = self._date("consultationDateEdit", self.tr("Konsultationsdato"))
        self.time = TimeField("consultationTimeEdit", self.tr("Klokkeslæt"), self)
        self.time.textEdited.connect(self._changed)
        self.areas = CodeToggles("treatArea", translated(PAIN_AREAS), self)
        self.areas.edited.connect(self._changed)
        self.warning = BookingWarningLabel(self)
        self.today: Callable[[], date] = date.today  # the view sets its own
        self.caller_id: int | None = None
        self.date.edited.connect(self.check)
        self.time.textEdited.connect(self.check)
        self.form.addRow(self.tr("Dato"), self.date)
        self.form.addRow(self.tr("Kl."), self.time)
        self.form.addRow("", self.warning)
        self.form.addRow(self.tr("Behandles"), self.areas)

    def set_data(self, data: StepData, checklist: Checklist) -> None:
        assert isinstance(data, Booking)
        self.caller_id = checklist.caller_id
        self.date.set_value(data.consultation_date)
        self.time.set_value(data.consultation_time)
        self.areas.set_value(data.areas)
        self.check()

    def check(self) -> list[BookingWarning]:
        """Show (and return) the warnings about the date and time as typed now."""
        try:
            day, at = self.date.value(), self.time.value()
        except InvalidDate:  # the field itself says why
            day = at = None
        return self.warning.check(day, at, self.caller_id, self.today())

    def data(self) -> Booking:
        return Booking(self.date.value(), self.time.value(), self.areas.value())


class ScanEditor(StepEditor):
    step = "scan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._consultation: date | None = None
        self.kind = CodeCombo("scanKindCombo", translated(SCAN_KINDS), self)
        self.area = CodeCombo("scanAreaCombo", translated(PAIN_AREAS), self)
        for combo in (self.kind, self.area):
            combo.currentIndexChanged.connect(self._changed)
        self.taken = self._date("scanTakenEdit", self.tr("Scanningsdato"))
        self.taken.edited.connect(self._show_until)
        self.place = self._line("scanPlaceEdit", self.tr("fx Aarhus Universitetshospital"))
        self.until = QLabel(self)
        self.until.setObjectName("scanUsableUntil")
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Område"), self.area)
        self.form.addRow(self.tr("Taget"), self.taken)
        self.form.addRow(self.tr("Hvor"), self.place)
        self.form.addRow("", self.until)

    def set_data(self, data: StepData, checklist: Checklist) -> None:
        assert isinstance(data, Scan)
        self._consultation = checklist.booking.consultation_date
        self.kind.set_value(data.kind)
        self.area.set_value(data.area)
        self.taken.set_value(data.taken)
        self.place.setText(data.place)
        self._show_until()

    def _show_until(self) -> None:
        try:
            taken = self.taken.value()
        except InvalidDate:
            taken = None
        until = usable_until(taken)
        if until is None:
            self.until.setText("")
            return
        too_old = scan_too_old(taken, self._consultation)
        text = self.tr("Kan bruges til og med {date}").format(date=long_date(until))
        if too_old:
            text += " – " + self.tr("for gammel på konsultationsdagen")
        self.until.setText(text)
        self.until.setStyleSheet(f"color:{ERROR}; font-weight:bold" if too_old else "color:#264")

    def data(self) -> Scan:
        return Scan(self.kind.value(), self.area.value(), self.taken.value(), self.place.text())


class RequestEditor(StepEditor):
    step = "request_images"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.department = self._line("requestDepartmentEdit",
                                      self.tr("fx Røntgen, Regionshospitalet Randers"))
        self.asked = self._date("requestDateEdit", self.tr("Bestilt dato"))
        self.form.addRow(self.tr("Afdeling"), self.department)
        self.form.addRow(self.tr("Bestilt"), self.asked)

    def set_data(self, data: StepData, checklist: Checklist) -> None:
        assert isinstance(data, ImageRequest)
        self.department.setText(data.department)
        self.asked.set_value(data.asked)

    def data(self) -> ImageRequest:
        return ImageRequest(self.department.text(), self.asked.value())


class ReceivedEditor(StepEditor):
    step = "send_images"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.received = self._date("imagesReceivedEdit", self.tr("Modtaget dato"))
        self.form.addRow(self.tr("Modtaget"), self.received)

    def set_data(self, data: StepData, checklist: Checklist) -> None:
        assert isinstance(data, ImagesReceived)
        self.received.set_value(data.received)

    def data(self) -> ImagesReceived:
        return ImagesReceived(self.received.value())


class BloodThinnersEditor(StepEditor):
    step = "blood_thinners"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.takes = YesNoCombo("takesBloodThinnersCombo", self)
        self.takes.currentIndexChanged.connect(self._changed)
        self.which = self._line("bloodThinnerNamesEdit", self.tr("fx Eliquis, Marevan"))
        self.agreed = QCheckBox(self.tr("Pause aftalt"), self)
        self.agreed.setObjectName("pauseAgreedCheck")
        self.agreed.toggled.connect(self._changed)
        self.pause_from = self._date("pauseFromEdit", self.tr("Pause fra"))
        self.form.addRow(self.tr("Tager blodfortyndende"), self.takes)
        self.form.addRow(self.tr("Hvilken"), self.which)
        self.form.addRow("", self.agreed)
        self.form.addRow(self.tr("Pause fra"), self.pause_from)

    def set_data(self, data: StepData, checklist: Checklist) -> None:
        assert isinstance(data, BloodThinners)
        self.takes.set_value(data.takes)
        self.which.setText(data.which)
        self.agreed.setChecked(data.pause_agreed)
        self.pause_from.set_value(data.pause_from)

    def data(self) -> BloodThinners:
        return BloodThinners(self.takes.value(), self.which.text(), self.agreed.isChecked(),
                             self.pause_from.value())


class CompanionEditor(StepEditor):
    step = "companion"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arranged = YesNoCombo("companionArrangedCombo", self)
        self.arranged.currentIndexChanged.connect(self._changed)
        self.name = self._line("companionNameEdit", self.tr("valgfrit"))
        self.form.addRow(self.tr("Kørsel hjem aftalt"), self.arranged)
        self.form.addRow(self.tr("Hvem kører"), self.name)

    def set_data(self, data: StepData, checklist: Checklist) -> None:
        assert isinstance(data, Companion)
        self.arranged.set_value(data.arranged)
        self.name.setText(data.name)

    def data(self) -> Companion:
        return Companion(self.arranged.value(), self.name.text())


EDITORS: tuple[type[StepEditor], ...] = (
    BookingEditor, ScanEditor, RequestEditor, ReceivedEditor, BloodThinnersEditor,
    CompanionEditor,
)
