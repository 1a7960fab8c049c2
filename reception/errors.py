"""One error type for the core: a stable ``code``, its ``params``, and a Danish text.

Every exception raised by ``reception/`` derives from ``ReceptionError``. The
core says *what* went wrong (``code`` plus ``params``); the words come from a
table of Danish templates next to the class (``messages``), marked with
``QT_TR_NOOP`` so that ``pyside6-lupdate`` files them under the empty context.
The command line shows the Danish (``error.message``, also ``str(error)``); the
UI translates the same template (``ui.messages``), so English and Danish read
from one table.

``Text`` is the same idea for a sentence that is not an error (a warning, a
problem beside a field): a ``str`` holding the Danish, which also remembers its
template and params so the UI can translate it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from reception.formats import value_text


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark a Danish template for translation; returns it unchanged."""
    return text


def _plain(text: str) -> str:
    return text


def render(template: str, params: Mapping[str, object],
           translate: Callable[[str], str] = _plain,
           shown: Callable[[object], object] = value_text) -> str:
    """``template`` (translated) with ``params`` filled in; nested texts are translated too.

    ``shown`` writes a parameter that is not text (a date: Danish words by default).
    """
    values = {key: (render(value.template, value.params, translate, shown)
                    if isinstance(value, Text) else shown(value))
              for key, value in params.items()}
    return translate(template).format(**values) if values else translate(template)


class Text(str):
    """A Danish sentence (the ``str`` itself) that remembers ``template`` and ``params``."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Text:
        self = super().__new__(cls, render(template, params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[object, ...]:  # pickling (multiprocessing) keeps the text
        return (_text, (self.template, self.params))


def _text(template: str, params: dict[str, object]) -> Text:
    return Text(template, **params)


class ReceptionError(Exception):
    """Base of every error the core raises.

    ``code`` names the problem (stable, English, also for logs and tests);
    ``params`` fill the class's Danish template ``messages[code]``; ``detail`` is
    technical text for the log and never translated.
    """

    code: str = ""
    messages: ClassVar[Mapping[str, str]] = {}

    def __init__(self, code: str = "", /, *, detail: str = "", **params: object) -> None:
        self.code = code or type(self).code
        if self.code not in self.messages:
            raise KeyError(f"{type(self).__name__} has no message for code {self.code!r}")
        self.params = params
        self.detail = detail
        super().__init__(self.message)

    @property
    def template(self) -> str:
        """The Danish template (the source text for translation)."""
        return self.messages[self.code]

    @property
    def message(self) -> Text:
        """The Danish text (the command line shows it)."""
        return Text(self.template, **self.params)

    def __str__(self) -> str:
        return str(self.message)
