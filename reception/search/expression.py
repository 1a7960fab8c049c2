"""A small FTS5 query tree whose every term is quoted, so typed text is never syntax.

"AND", "NEAR", quotes, stars and brackets typed by a caller become quoted strings
(or vanish in tokenising); only this module writes FTS5 operators.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One folded word, or a phrase of several; ``prefix`` matches any word it begins."""

    words: tuple[str, ...]
    prefix: bool = True
    column: str | None = None  # only in this column (the stems)

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words).replace('"', '""') + '"'
        quoted = quoted + "*" if self.prefix else quoted
        return f"{self.column} : {quoted}" if self.column else quoted


@dataclass(frozen=True)
class AllOf:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Expr, ...]


Expr = Term | AllOf | AnyOf


def all_of(items: Iterable[Expr]) -> Expr | None:
    return _combine(AllOf, items)


def any_of(items: Iterable[Expr]) -> Expr | None:
    return _combine(AnyOf, items)


def _combine(kind: type[AllOf] | type[AnyOf], items: Iterable[Expr]) -> Expr | None:
    unique: dict[Expr, None] = {}
    for item in items:
        for part in item.items if isinstance(item, kind) else (item,):
            unique[part] = None
    if not unique:
        return None
    if len(unique) == 1:
        return next(iter(unique))
    return kind(tuple(unique))


def render(expr: Expr) -> str:
    """The FTS5 MATCH string for ``expr``."""
    if isinstance(expr, Term):
        return expr.fts()
    joiner = " AND " if isinstance(expr, AllOf) else " OR "
    return "(" + joiner.join(render(item) for item in expr.items) + ")"


def terms(expr: Expr) -> Iterator[Term]:
    if isinstance(expr, Term):
        yield expr
    else:
        for item in expr.items:
            yield from terms(item)
