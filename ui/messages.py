"""The one place the UI turns the core's codes into the receptionist's language.

The core raises ``ReceptionError`` (a code, its params and a Danish template) and
returns ``Text`` for sentences that are not errors (a problem beside a field). Both
are translated here through Qt's translator, with the Danish template as the source
text (``pyside6-lupdate`` finds the templates by their ``QT_TR_NOOP`` marks in
``reception/``). Danish needs no file, so it reads exactly as the command line does.
The fixed vocabularies (pain areas, outcomes, steps …) are code → Danish label in
the core, shown here through ``tr()`` too (``label``, ``labels_of``, ``translated``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reception.errors import ReceptionError, Text, render
from ui.formats import value_text
from ui.translations import tr


def message_of(error: object) -> str:
    """The text to show for ``error``: a core error, a ``Text``, or anything else."""
    if isinstance(error, ReceptionError | Text):
        return render(error.template, error.params, tr, value_text,
                      error.numerus if isinstance(error, Text) else -1)
    if isinstance(error, str):
        return error
    text = getattr(error, "message", None)  # e.g. a booking warning or a Failure
    return message_of(text) if isinstance(text, str) else str(error)


def messages_of(problems: dict[str, str]) -> dict[str, str]:
    """``{field: Text}`` (a form's problems) translated field by field."""
    return {name: message_of(text) for name, text in problems.items()}


def label(vocabulary: Mapping[str, str], code: str, unknown: str | None = None) -> str:
    """The translated label of a vocabulary ``code`` (``unknown``, else the code, if none)."""
    if code in vocabulary:
        return tr(vocabulary[code])
    return code if unknown is None else unknown


def labels_of(codes: Iterable[str], vocabulary: Mapping[str, str]) -> list[str]:
    """Translated labels of ``codes``, in their order; an unknown code shows as itself."""
    return [label(vocabulary, code) for code in codes]


def translated(vocabulary: Mapping[str, str]) -> dict[str, str]:
    """``{code: translated label}`` in the vocabulary's order (for toggles and lists)."""
    return {code: tr(text) for code, text in vocabulary.items()}


def problem_of(problem: object) -> str:
    """A content problem (``ContentProblem``: file, entry, what is wrong) with the what
    translated; the file and entry are names and stay as they are."""
    file, entry = getattr(problem, "file", ""), getattr(problem, "entry", "")
    where = f"{file}, {entry}" if entry else file
    return f"{where}: {message_of(getattr(problem, 'message', problem))}"
