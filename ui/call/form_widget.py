"""The call form: who, contact and address, what hurts and for how long, what was tried.

Holds no state of its own beyond the widgets: ``form()`` reads a ``CallForm`` off
them, ``set_form()`` puts one on. Every edit emits ``edited``. Problems are shown
inline beside the field and never clear what was typed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reception.calls import DURATION_UNITS, PAIN_AREAS, PREFERRED_CONTACT, TREATMENTS, CallForm
from ui.colours import ERROR
from ui.flow_layout import FlowLayout
from ui.messages import message_of, translated

ERROR_STYLE = f"color:{ERROR}; font-size:90%"
NOTES_MIN_HEIGHT = 80
TOGGLE_STYLE = (
    "QToolButton { padding: 3px 6px; }"
    "QToolButton:checked { background: #e9c46a; border: 1px solid #b8860b; font-weight: bold; }"
)


class CallFormWidget(QWidget):
    edited = Signal()
    identity_edited = Signal()  # phone or name changed: look the caller up
    pain_area_toggled = Signal(str, bool)  # area code, now checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._caller_id: int | None = None
        self._caller_version: int | None = None  # the caller details' version shown
        self._caller_seen = ""  # and those details (CallForm.caller_seen)
        self._country = "Danmark"
        self.errors: dict[str, QLabel] = {}

        self.phone_edit = self._line("phoneEdit", self.tr("Telefon"), "23 39 49 77")
        self.name_edit = self._line("nameEdit", self.tr("Navn"), self.tr("Fornavn Efternavn"))
        self.email_edit = self._line("emailEdit", self.tr("E-mail"),
                                     self.tr("navn@eksempel.dk"))
        self.street_edit = self._line("streetEdit", self.tr("Adresse"), self.tr("Vej og nummer"))
        self.postcode_edit = self._line("postcodeEdit", self.tr("Postnummer"), "8000")
        self.postcode_edit.setMaximumWidth(90)
        self.town_edit = self._line("townEdit", self.tr("By"), "Aarhus C")
        self.pain_since_edit = self._line("painSinceEdit", self.tr("Smerter siden"),
                                          self.tr("fx 3-2024 eller 2022"))
        self.referral_edit = self._line("referralEdit", self.tr("Hørt om klinikken"),
                                        self.tr("fx egen læge, ven, internet"))
        self.follow_up_edit = self._line("followUpEdit", self.tr("Aftalt"),
                                         self.tr("Hvad blev aftalt?"))

        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("preferredContactCombo")
        self.contact_combo.setSizeAdjustPolicy(  # may be narrower than its longest choice
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.contact_combo.setMinimumContentsLength(6)
        self.contact_combo.addItem(self.tr("– foretrukken kontakt –"), "")
        for code, label in translated(PREFERRED_CONTACT).items():
            self.contact_combo.addItem(label, code)
        self.consent_check = QCheckBox(self.tr("Må kontaktes"), self)
        self.consent_check.setObjectName("consentCheck")
        # Never narrower than its text (a longer language): the combo gives way instead.
        self.consent_check.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.area_buttons = self._toggles(translated(PAIN_AREAS), "painArea")
        self.treatment_buttons = self._toggles(translated(TREATMENTS), "treatment")
        for code, button in self.area_buttons.items():
            button.toggled.connect(lambda on, c=code: self._area_toggled(c, on))

        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("durationSpin")
        self.duration_spin.setRange(0, 1200)
        self.duration_spin.setSpecialValueText(self.tr("–"))
        self.duration_unit = QComboBox(self)
        self.duration_unit.setObjectName("durationUnitCombo")
        for code, label in translated(DURATION_UNITS).items():
            self.duration_unit.addItem(label, code)
        self.duration_unit.setCurrentIndex(1)
        self.increasing_check = QCheckBox(self.tr("Nye eller tiltagende smerteområder"), self)
        self.increasing_check.setObjectName("painIncreasingCheck")
        self.returns_check = QCheckBox(self.tr("Smerterne kommer hurtigt igen efter behandling"),
                                       self)
        self.returns_check.setObjectName("painReturnsCheck")

        self.notes_edit = _NotesEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("Noter fra samtalen …"))
        self.notes_edit.setAccessibleName(self.tr("Noter"))
        self.notes_edit.setMinimumHeight(NOTES_MIN_HEIGHT)
        self.errors["notes"] = self._error_label("notes")

        self._layout()
        self._connect()

    # --- construction --------------------------------------------------------------------

    def _line(self, name: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label)
        field = name.removesuffix("Edit")
        field = {"painSince": "pain_since", "followUp": "follow_up"}.get(field, field)
        self.errors[field] = self._error_label(field)
        edit.setProperty("label", label)
        edit.setProperty("field", field)
        return edit

    def _error_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"{field}Error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _toggles(self, vocabulary: dict[str, str], prefix: str) -> dict[str, QToolButton]:
        buttons = {}
        for code, label in vocabulary.items():
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.setObjectName(f"{prefix}_{code}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setStyleSheet(TOGGLE_STYLE)
            buttons[code] = button
        return buttons

    def _with_error(self, widget: QWidget, field: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(1)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self.errors[field])
        return column

    def _layout(self) -> None:
        """Narrow screens wrap: a form label goes above its field, toggle buttons and the
        duration fields flow onto the next line, so the form never scrolls sideways."""
        who = _form_layout()
        for edit in (self.phone_edit, self.name_edit, self.email_edit, self.street_edit):
            who.addRow(edit.property("label"), self._with_error(edit, edit.property("field")))
        place = QHBoxLayout()
        place.addLayout(self._with_error(self.postcode_edit, "postcode"))
        place.addLayout(self._with_error(self.town_edit, "town"), 1)
        who.addRow(self.tr("Postnr. og by"), place)
        contact = QHBoxLayout()
        contact.addWidget(self.contact_combo, 1)
        contact.addWidget(self.consent_check)
        who.addRow(self.tr("Kontakt"), contact)
        who_box = QGroupBox(self.tr("Hvem ringer"), self)
        who_box.setLayout(who)

        pain = QVBoxLayout()
        pain.setSpacing(4)
        pain.addLayout(self._toggle_flow(self.tr("Hvor gør det ondt?"), self.area_buttons))
        self.pain_since_edit.setMinimumWidth(130)
        duration = FlowLayout(spacing=8)
        duration.addWidget(_labelled(self, self.tr("Hvor længe:"),
                                     self.duration_spin, self.duration_unit))
        since = QWidget(self)
        since_row = QHBoxLayout(since)
        since_row.setContentsMargins(0, 0, 0, 0)
        since_row.addWidget(QLabel(self.tr("eller siden:"), since))
        since_row.addLayout(self._with_error(self.pain_since_edit, "pain_since"), 1)
        duration.addWidget(since)
        pain.addLayout(duration)
        self.errors["duration_value"] = self._error_label("duration_value")
        pain.addWidget(self.errors["duration_value"])
        checks = FlowLayout(spacing=12)
        checks.addWidget(self.increasing_check)
        checks.addWidget(self.returns_check)
        pain.addLayout(checks)
        pain.addLayout(self._toggle_flow(self.tr("Hvad er prøvet?"), self.treatment_buttons))
        pain_box = QGroupBox(self.tr("Smerter"), self)
        pain_box.setLayout(pain)

        agreed = _form_layout()
        agreed.addRow(self.referral_edit.property("label"),
                      self._with_error(self.referral_edit, "referral"))
        agreed.addRow(self.follow_up_edit.property("label"),
                      self._with_error(self.follow_up_edit, "follow_up"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(who_box)
        layout.addWidget(pain_box)
        layout.addLayout(agreed)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.errors["notes"])
        self._chain_tab_order()

    def _toggle_flow(self, title: str, buttons: dict[str, QToolButton]) -> FlowLayout:
        """The question first, then its buttons, wrapping as the width allows."""
        flow = FlowLayout(justify=True)
        label = QLabel(title, self)
        label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        flow.addWidget(label)
        for button in buttons.values():
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(60)
            flow.addWidget(button)
        return flow

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order they are seen: top to bottom, left to right."""
        return [self.phone_edit, self.name_edit, self.email_edit, self.street_edit,
                self.postcode_edit, self.town_edit, self.contact_combo, self.consent_check,
                *self.area_buttons.values(), self.duration_spin, self.duration_unit,
                self.pain_since_edit, self.increasing_check, self.returns_check,
                *self.treatment_buttons.values(), self.referral_edit, self.follow_up_edit,
                self.notes_edit]

    def _chain_tab_order(self) -> None:
        # Tab leaves the notes instead of typing a tab character: a call's notes never
        # need one, and the keyboard must be able to get out of the field.
        self.notes_edit.setTabChangesFocus(True)
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        for edit in self._line_edits():
            edit.textChanged.connect(self._changed)
        for edit in (self.phone_edit, self.name_edit):
            edit.textChanged.connect(self._identity_changed)
        self.notes_edit.textChanged.connect(self._changed)
        for combo in (self.contact_combo, self.duration_unit):
            combo.currentIndexChanged.connect(self._changed)
        self.duration_spin.valueChanged.connect(self._changed)
        for check in (self.consent_check, self.increasing_check, self.returns_check):
            check.toggled.connect(self._changed)
        for button in [*self.area_buttons.values(), *self.treatment_buttons.values()]:
            button.toggled.connect(self._changed)

    def _line_edits(self) -> list[QLineEdit]:
        return [self.phone_edit, self.name_edit, self.email_edit, self.street_edit,
                self.postcode_edit, self.town_edit, self.pain_since_edit, self.referral_edit,
                self.follow_up_edit]

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _identity_changed(self) -> None:
        if not self._loading:
            self.identity_edited.emit()

    def _area_toggled(self, code: str, on: bool) -> None:
        if not self._loading:
            self.pain_area_toggled.emit(code, on)

    # --- data ------------------------------------------------------------------------------

    def form(self) -> CallForm:
        duration = self.duration_spin.value()
        return CallForm(
            caller_id=self._caller_id,
            caller_version=self._caller_version,
            caller_seen=self._caller_seen,
            phone=self.phone_edit.text(),
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            street=self.street_edit.text(),
            postcode=self.postcode_edit.text(),
            town=self.town_edit.text(),
            country=self._country,
            preferred_contact=str(self.contact_combo.currentData() or ""),
            consent_to_contact=self.consent_check.isChecked(),
            pain_areas=tuple(c for c, b in self.area_buttons.items() if b.isChecked()),
            pain_since=self.pain_since_edit.text(),
            duration_value=duration or None,
            duration_unit=str(self.duration_unit.currentData()) if duration else "",
            pain_increasing=self.increasing_check.isChecked(),
            pain_returns_quickly=self.returns_check.isChecked(),
            treatments_tried=tuple(c for c, b in self.treatment_buttons.items() if b.isChecked()),
            referral_source=self.referral_edit.text(),
            notes=self.notes_edit.toPlainText(),
            follow_up=self.follow_up_edit.text(),
        )

    def set_form(self, form: CallForm) -> None:
        """Show ``form``; a field whose text is unchanged keeps its cursor."""
        self._loading = True
        try:
            self._caller_id = form.caller_id
            self._caller_version = form.caller_version
            self._caller_seen = form.caller_seen
            self._country = form.country
            pairs = [(self.phone_edit, form.phone), (self.name_edit, form.name),
                     (self.email_edit, form.email), (self.street_edit, form.street),
                     (self.postcode_edit, form.postcode), (self.town_edit, form.town),
                     (self.pain_since_edit, form.pain_since),
                     (self.referral_edit, form.referral_source),
                     (self.follow_up_edit, form.follow_up)]
            for edit, text in pairs:
                if edit.text() != text:
                    edit.setText(text)
            if self.notes_edit.toPlainText() != form.notes:
                self.notes_edit.setPlainText(form.notes)
            index = self.contact_combo.findData(form.preferred_contact)
            self.contact_combo.setCurrentIndex(max(index, 0))
            self.consent_check.setChecked(form.consent_to_contact)
            for code, button in self.area_buttons.items():
                button.setChecked(code in form.pain_areas)
            for code, button in self.treatment_buttons.items():
                button.setChecked(code in form.treatments_tried)
            self.duration_spin.setValue(form.duration_value or 0)
            unit = self.duration_unit.findData(form.duration_unit)
            if unit >= 0:
                self.duration_unit.setCurrentIndex(unit)
            self.increasing_check.setChecked(form.pain_increasing)
            self.returns_check.setChecked(form.pain_returns_quickly)
        finally:
            self._loading = False

    def clear(self) -> None:
        self.set_form(CallForm())
        self.show_problems({})

    def with_caller(self, caller_id: int | None) -> CallForm:
        return replace(self.form(), caller_id=caller_id)

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self.errors.items():
            message = message_of(problems.get(field, ""))
            if label.text() != message:
                label.setText(message)
            label.setVisible(bool(message))


def _form_layout() -> QFormLayout:
    """Label beside field; the field goes under its label when both do not fit."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setVerticalSpacing(4)
    return form


def _labelled(parent: QWidget, text: str, *widgets: QWidget) -> QWidget:
    """A label and its fields kept together on one line (of a ``FlowLayout``)."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text, box)
    label.setBuddy(widgets[0])  # what a screen reader calls the first field
    row.addWidget(label)
    for widget in widgets:
        row.addWidget(widget)
    return box


class _NotesEdit(QPlainTextEdit):
    """The notes take the height that is left, and ask for no more than a few lines: a
    tall wish would push the form into a scrollbar on a short screen."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), NOTES_MIN_HEIGHT)
