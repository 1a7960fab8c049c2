"""One row of the checklist: status, number and title (click to edit), summary, flags, "?"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reception.checklist import Checklist, StepStatus
from reception.content.model import TreatmentStep
from ui.checklist.summary import step_summary
from ui.colours import DONE, ERROR_STYLE
from ui.messages import message_of

MARKS = {StepStatus.DONE: "✓", StepStatus.MISSING: "○", StepStatus.NOT_RELEVANT: "–"}
MARK_STYLES = {
    StepStatus.DONE: f"color:{DONE}; font-weight:bold; font-size:14pt",
    StepStatus.MISSING: "color:#999; font-size:14pt",
    StepStatus.NOT_RELEVANT: "color:#777; font-size:14pt",
}
ROW_STYLE = (
    "#stepRow { border-radius: 4px; }"
    "#stepRow[selected=\"true\"] { background: #fdf3d8; border: 1px solid #e9c46a; }"
)


class StepRow(QFrame):
    chosen = Signal(str)  # step id
    explain = Signal(str)  # step id

    def __init__(self, step: TreatmentStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRow")
        self.setStyleSheet(ROW_STYLE)
        self.step_id = step.id
        self.mark = QLabel(self)
        self.mark.setObjectName(f"stepMark_{step.id}")
        self.mark.setFixedWidth(22)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = _ElidingButton(f"{step.number}. {step.title}", self)
        self.title.setObjectName(f"stepButton_{step.id}")
        self.title.setFlat(True)
        self.title.setStyleSheet("text-align:left; font-weight:bold; padding:2px")
        self.title.setToolTip(self.tr("Vis og ret trinnet"))
        self.title.clicked.connect(lambda: self.chosen.emit(self.step_id))
        self.status = QLabel(self)
        self.status.setObjectName(f"stepStatus_{step.id}")
        self.status.setStyleSheet("color:#555")
        self.summary = QLabel(self)
        self.summary.setObjectName(f"stepSummary_{step.id}")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.flags = QLabel(self)
        self.flags.setObjectName(f"stepFlags_{step.id}")
        self.flags.setWordWrap(True)
        self.flags.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.flags.setStyleSheet(ERROR_STYLE)
        self.help = QToolButton(self)
        self.help.setObjectName(f"explainStep_{step.id}")
        self.help.setText("?")
        self.help.setToolTip(self.tr("Læs forklaringen til patienten"))
        self.help.setAccessibleName(self.tr("Forklaring: {title}").format(title=step.title))
        self.help.clicked.connect(lambda: self.explain.emit(self.step_id))

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.mark, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.status, 0, 2)
        grid.addWidget(self.help, 0, 3)
        grid.addWidget(self.summary, 1, 1, 1, 3)
        grid.addWidget(self.flags, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)

    def show_checklist(self, checklist: Checklist) -> None:
        state = checklist.states[self.step_id]
        self.mark.setText(MARKS[state.status])
        self.mark.setStyleSheet(MARK_STYLES[state.status])
        if state.status is StepStatus.DONE:
            status = self.tr("Klaret")
        elif state.status is StepStatus.NOT_RELEVANT:
            status = self.tr("Ikke relevant")
        else:
            status = self.tr("Mangler")
        self.status.setText(status)
        summary = step_summary(checklist, self.step_id)
        if state.status is StepStatus.NOT_RELEVANT and state.reason:
            summary = " · ".join(p for p in (state.reason, summary) if p)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        flags = checklist.flags_for(self.step_id)
        self.flags.setText("\n".join(f"⚠ {message_of(flag.text)}" for flag in flags))
        self.flags.setVisible(bool(flags))

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)


class _ElidingButton(QPushButton):
    """A step title that shortens with "…" in a narrow column (whole title as tooltip)
    instead of forcing the column, and with it the window, wider."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("1. Xxxxxxx…") + 12)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.width() - 12  # the flat button's padding
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else self.tr(
            "Vis og ret trinnet"))
