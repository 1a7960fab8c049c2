"""What a personal sheet carries, as content keys the log can store and the dialog can tick.

- ``condition:<id>``           a condition's summary (``condition:nakkesmerter``),
- ``condition:<id>/<section>`` one section's talking points,
- ``faq:<id>``                 a question and its answer,
- ``steps``                    the six steps before a gold treatment, with the patient's status.

What happens next and the greeting are always on a personal sheet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reception.content.model import Content
from reception.store.fields import join_codes

CONDITION_PREFIX = "condition:"
FAQ_PREFIX = "faq:"
STEPS_KEY = "steps"
LABEL_PREFIX = "Informationsark"


def condition_key(condition_id: str) -> str:
    return condition_id if condition_id.startswith(CONDITION_PREFIX) else (
        CONDITION_PREFIX + condition_id)


def faq_key(faq_id: str) -> str:
    return faq_id if faq_id.startswith(FAQ_PREFIX) else FAQ_PREFIX + faq_id


@dataclass(frozen=True)
class SheetSelection:
    """The chosen content, in the order the sheet prints it."""

    conditions: tuple[str, ...] = ()  # condition:<id> keys
    faq: tuple[str, ...] = ()  # faq:<id> keys
    steps: bool = True

    def keys(self) -> list[str]:
        return [*self.conditions, *self.faq, *([STEPS_KEY] if self.steps else [])]

    @classmethod
    def from_keys(cls, keys: Iterable[str]) -> SheetSelection:
        keys = join_codes(k.strip() for k in keys)
        return cls(
            conditions=tuple(condition_key(k) for k in keys if k.startswith(CONDITION_PREFIX)),
            faq=tuple(k for k in keys if k.startswith(FAQ_PREFIX)),
            steps=STEPS_KEY in keys,
        )

    def with_conditions(self, ids: Sequence[str]) -> SheetSelection:
        return SheetSelection(tuple(join_codes(condition_key(i) for i in ids)), self.faq,
                              self.steps)

    def with_faq(self, ids: Sequence[str]) -> SheetSelection:
        return SheetSelection(self.conditions, tuple(join_codes(faq_key(i) for i in ids)),
                              self.steps)


def _pretty(identifier: str) -> str:
    """``"kroniske-smerter"`` → ``"Kroniske smerter"`` (when the content is not at hand)."""
    text = identifier.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def describe(keys: Iterable[str], content: Content | None = None) -> str:
    """A line for the caller's history: ``"Informationsark: Nakkesmerter · 3 svar · trin"``."""
    selection = SheetSelection.from_keys(keys)
    titles = {c.id: c.title for c in content.conditions} if content else {}
    parts = []
    for key in selection.conditions:
        condition_id, _, section = key.removeprefix(CONDITION_PREFIX).partition("/")
        title = titles.get(condition_id) or _pretty(condition_id)
        parts.append(f"{title} ({_pretty(section).lower()})" if section else title)
    if selection.faq:
        count = len(selection.faq)
        parts.append(f"{count} svar" if count != 1 else "1 svar")
    if selection.steps:
        parts.append("de 6 trin")
    return f"{LABEL_PREFIX}: " + " · ".join(parts) if parts else LABEL_PREFIX
