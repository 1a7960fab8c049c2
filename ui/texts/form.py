"""The fields of one text (a question, a condition, a section, a step, the clinic facts),
each with its problem shown right under it."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.translations import tr

LINE, TEXT, LIST, NUMBER = "line", "text", "list", "number"


@dataclass(frozen=True)
class Field:
    name: str  # the key in the content file
    label: str
    style: str  # LINE, TEXT (tiny markup), LIST (one per line), NUMBER
    hint: str = ""
    new_only: bool = False  # the id: chosen once, when the text is made


def fields_for(kind: str) -> list[Field]:
    """The editable fields of a kind of text, in the order of the content files."""
    markup = tr("Afsnit skilles af en tom linje; en linje, der starter med »- «, er et punkt.")
    one_per_line = tr("Én pr. linje.")
    ident = Field("id", tr("Id"), LINE, tr("Små bogstaver a-z, tal og »-«, fx pris-konsultation."),
                  new_only=True)
    if kind == "faq":
        return [ident, Field("question", tr("Spørgsmål"), LINE),
                Field("answer", tr("Svar (læses op)"), TEXT, markup),
                Field("detail", tr("Uddybning"), TEXT, markup),
                Field("topic", tr("Emne"), LINE, tr("Samler svarene, når man bladrer.")),
                Field("source", tr("Kilde"), LINE),
                Field("tags", tr("Søgeord"), LIST, one_per_line),
                Field("synonyms", tr("Andre måder at spørge på"), LIST, one_per_line)]
    if kind == "condition":
        return [ident, Field("title", tr("Titel"), LINE), Field("source", tr("Kilde"), LINE),
                Field("summary", tr("Kort fortalt (2–4 punkter)"), LIST, one_per_line),
                Field("keywords", tr("Søgeord"), LIST, one_per_line)]
    if kind == "section":
        return [ident, Field("title", tr("Overskrift"), LINE),
                Field("talking_points", tr("Kort fortalt (læses op)"), LIST, one_per_line),
                Field("body", tr("Uddybning"), TEXT, markup),
                Field("keywords", tr("Søgeord"), LIST, one_per_line)]
    if kind == "step":
        return [Field("title", tr("Titel"), LINE),
                Field("short", tr("Kort (én sætning til telefonen)"), LINE),
                Field("detail", tr("Forklaring"), TEXT, markup),
                Field("keywords", tr("Søgeord"), LIST, one_per_line)]
    return [Field("name", tr("Navn"), LINE), Field("phone", tr("Telefon (+45…)"), LINE),
            Field("doctor", tr("Læge"), LINE),
            Field("treating_since", tr("Behandlet med guld siden"), NUMBER),
            Field("approval", tr("Godkendelse"), LINE),
            Field("claims", tr("Om klinikken"), LIST, one_per_line),
            Field("source", tr("Kilde"), LINE)]


class EntryForm(QWidget):
    """Edits one entry's data; ``changed`` on every keystroke. Fields the form does not
    show (a section's figures, a step's number) are kept as they were."""

    changed = Signal()

    def __init__(self, kind: str, data: dict[str, Any], *, new: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textForm")
        self.kind = kind
        self._original = copy.deepcopy(data)
        self._fields = [f for f in fields_for(kind) if new or not f.new_only]
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for spec in self._fields:
            editor = self._editor(spec, data.get(spec.name))
            error = QLabel(self)
            error.setObjectName(f"error_{spec.name}")
            error.setWordWrap(True)
            error.setStyleSheet("color:#a4161a")
            error.hide()
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            if spec.hint:
                hint = QLabel(spec.hint, box)
                hint.setStyleSheet("color:#666")
                hint.setWordWrap(True)
                column.addWidget(hint)
            column.addWidget(error)
            layout.addRow(spec.label, box)
            self.editors[spec.name] = editor
            self.errors[spec.name] = error

    def _editor(self, spec: Field, value: object) -> QLineEdit | QPlainTextEdit:
        if spec.style in (LINE, NUMBER):
            editor: QLineEdit | QPlainTextEdit = QLineEdit(self)
            assert isinstance(editor, QLineEdit)
            editor.setText("" if value is None else str(value))
            editor.textChanged.connect(self.changed)
        else:
            editor = QPlainTextEdit(self)
            assert isinstance(editor, QPlainTextEdit)
            editor.setTabChangesFocus(True)  # Tab moves on; a text never needs a tab character
            if spec.style == LIST:
                items = value if isinstance(value, list) else []
                editor.setPlainText("\n".join(str(v) for v in items))
                editor.setFixedHeight(90)
            else:
                editor.setPlainText(str(value or "").strip("\n"))
                editor.setMinimumHeight(130)
            editor.textChanged.connect(self.changed)
        editor.setObjectName(f"field_{spec.name}")
        editor.setAccessibleName(spec.label)
        return editor

    def value(self, name: str) -> str:
        editor = self.editors[name]
        return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()

    def set_value(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QLineEdit):
            editor.setText(text)
        else:
            editor.setPlainText(text)

    def data(self) -> dict[str, Any]:
        """The entry as typed, in the content files' shape."""
        data = copy.deepcopy(self._original)
        for spec in self._fields:
            text = self.value(spec.name)
            value: Any
            if spec.style == LIST:
                value = [line.strip() for line in text.splitlines() if line.strip()]
            elif spec.style == NUMBER:
                value = int(text.strip()) if text.strip().isdigit() else text.strip()
            elif spec.style == TEXT:
                value = text.strip()
            else:
                value = text.strip()
            if value in ("", []) and spec.name not in self._original:
                data.pop(spec.name, None)  # an optional field left empty stays out of the file
            else:
                data[spec.name] = value
        return data

    def show_problems(self, fields: dict[str, str]) -> None:
        """Each field's problem under it (``fields``: name → message); the others cleared."""
        for name, label in self.errors.items():
            message = fields.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
