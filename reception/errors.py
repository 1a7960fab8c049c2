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
template and params so the UI can translate it. Where Danish has one form for every
count and English two (»{n} opkald«: "1 call", "2 calls"), the template is marked
``QT_TR_NOOP(template, "", PLURAL)`` and made with ``Text.counted(count, template, …)``:
the UI then asks Qt for the English form that fits the count.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

# The third argument of ``QT_TR_NOOP`` for a template whose translation has a singular
# and a plural form (pyside6-lupdate then files it with numerus forms).
PLURAL = 2


def QT_TR_NOOP(  # noqa: N802 - the name pyside6-lupdate looks for
        text: str, disambiguation: str = "", n: int = -1) -> str:
    """Mark a Danish template for translation; returns it unchanged (``n``: ``PLURAL``
    marks a template whose English depends on a count)."""
    return text


def _plain(text: str, *_count: object) -> str:
    return text


def render(template: str, params: Mapping[str, object],
           translate: Callable[..., str] = _plain,
           shown: Callable[[object], object] | None = None, n: int = -1) -> str:
    """``template`` (translated) with ``params`` filled in; nested texts are translated too.

    ``shown`` writes a parameter that is not text (a date); by default
    ``reception.formats.value_text``, Danish words (imported here, not at the top:
    a start builds errors before its first paint and needs no dates then);
    ``n`` is the count that picks a plural form (``Text.counted``), -1 for none: then
    ``translate`` is called as ``translate(template, "", n)``, else ``translate(template)``.
    """
    if shown is None:
        from reception.formats import value_text

        shown = value_text
    values = {key: (render(value.template, value.params, translate, shown, value.numerus)
                    if isinstance(value, Text) else shown(value))
              for key, value in params.items()}
    text = translate(template, "", n) if n >= 0 else translate(template)
    return text.format(**values) if values else text


class Text(str):
    """A Danish sentence (the ``str`` itself) that remembers ``template`` and ``params``."""

    template: str
    params: dict[str, object]
    numerus: int = -1  # the count that picks the translation's form (``counted``)

    def __new__(cls, template: str, /, **params: object) -> Text:
        self = super().__new__(cls, render(template, params))
        self.template = template
        self.params = params
        return self

    @classmethod
    def counted(cls, count: int, template: str, /, **params: object) -> Text:
        """A text about ``count`` things whose translation has a form per count (the
        template marked ``QT_TR_NOOP(template, "", PLURAL)``)."""
        self = cls(template, **params)
        self.numerus = count
        return self

    def __reduce__(self) -> tuple[object, ...]:  # pickling (multiprocessing) keeps the text
        return (_text, (self.template, self.params, self.numerus))


def _text(template: str, params: dict[str, object], numerus: int = -1) -> Text:
    text = Text(template, **params)
    text.numerus = numerus
    return text


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
