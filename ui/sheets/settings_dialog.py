"""Settings for the information sheets: where the envelope window sits, and the logo.

With a calibration page to print (or save) with the distances as they are typed, so
the clinic can hold it against an envelope before saving.

    SheetSettingsDialog(parent).exec()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.clinic_settings import InvalidSettings
from reception.sheets import (
    FileWriteError,
    SheetSettings,
    load_sheet_settings,
    render_calibration,
    save_sheet_settings,
    write_atomic,
)
from reception.sheets.settings import LEFT_RANGE, TOP_RANGE
from reception.store import StorageUnavailable
from ui.colours import ERROR_STYLE
from ui.messages import message_of, messages_of
from ui.sheets.pdf_preview import PdfPreview
from ui.sheets.printing import PrintError, ask_for_printer, print_document


class SheetSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetSettingsDialog")
        self.setWindowTitle(self.tr("Informationsark: rudekuvert og logo"))
        current = load_sheet_settings()
        self.left_spin = self._spin("windowLeftSpin", LEFT_RANGE, current.window_left_mm)
        self.top_spin = self._spin("windowTopSpin", TOP_RANGE, current.window_top_mm)
        self.logo_edit = QLineEdit(current.logo_path, self)
        self.logo_edit.setObjectName("logoPathEdit")
        self.logo_edit.setPlaceholderText(self.tr("intet logo"))
        choose = QPushButton(self.tr("Vælg …"), self)
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Rudens afstand fra venstre kant"), self.left_spin)
        form.addRow(self.tr("Rudens afstand fra toppen"), self.top_spin)
        form.addRow(self.tr("Logo (PNG eller JPEG)"), logo_row)
        note = QLabel(self.tr("Standard for C5/C65-rudekuverter: 20 mm fra venstre og 45 mm fra "
                              "toppen; ruden er 85 × 45 mm. Udskriv kalibreringssiden i 100 % "
                              "størrelse, og hold den op mod en kuvert."), self)
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("sheetSettingsError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.preview = PdfPreview(self)
        self.preview.setMinimumHeight(320)
        calibration = QHBoxLayout()
        for text, name, slot in (
                (self.tr("Vis kalibreringsside"), "showCalibrationButton", self.show_calibration),
                (self.tr("Udskriv kalibreringsside …"), "printCalibrationButton",
                 self.print_calibration),
                (self.tr("Gem kalibreringsside …"), "saveCalibrationButton",
                 self.save_calibration)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=slot: s())
            calibration.addWidget(button)
        calibration.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(calibration)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def _spin(self, name: str, limits: tuple[float, float], value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(*limits)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def settings(self) -> SheetSettings:
        return SheetSettings(self.left_spin.value(), self.top_spin.value(),
                             self.logo_edit.text().strip())

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg logo"), self.logo_edit.text(),
                                                self.tr("Billeder (*.png *.jpg *.jpeg)"))
        if chosen:
            self.logo_edit.setText(chosen)

    def calibration_pdf(self) -> bytes:
        return render_calibration(self.settings().window())

    def show_calibration(self) -> None:
        self.preview.set_pdf(self.calibration_pdf())

    def print_calibration(self) -> None:
        self.show_calibration()
        printer = ask_for_printer(self, self.tr("Kalibrering af rudekuvert"), 1)
        if printer is None:
            return
        try:
            print_document(self.preview.document, printer)
        except PrintError as error:
            self.error_label.setText(str(error))

    def save_calibration(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Gem kalibreringsside"),
                                                str(Path.home() / "Kalibrering rudekuvert.pdf"),
                                                self.tr("PDF-filer (*.pdf)"))
        if chosen:
            self.save_calibration_to(Path(chosen))

    def save_calibration_to(self, path: Path) -> bool:
        try:
            write_atomic(path, self.calibration_pdf())
        except FileWriteError as error:
            self.error_label.setText(message_of(error))
            return False
        return True

    def save(self) -> None:
        """Save, or say what is wrong and keep everything typed."""
        self.error_label.setText("")
        try:
            save_sheet_settings(self.settings())
        except InvalidSettings as error:
            self.error_label.setText("\n".join(messages_of(error.problems).values()))
            return
        except StorageUnavailable as error:
            self.error_label.setText(message_of(error))
            return
        self.accept()
