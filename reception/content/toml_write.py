"""Write content data back as TOML, in the shape of the shipped files.

Only what the content files hold: text, whole numbers, true/false, dates, lists of
text and arrays of tables (``[[entries]]``, ``[[sections]]``, ``[[sections.figures]]``).
A text with line breaks is written as a ``\"\"\"…\"\"\"`` block, as the clinic writes it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

ORDER = ("id", "number", "title", "question", "name", "short", "answer", "talking_points",
         "summary", "body", "detail")


def dumps(data: dict[str, Any], header: str = "") -> str:
    """``data`` as a TOML document; ``header`` lines become comments at the top."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    _table(lines, data, "")
    return "\n".join(lines).strip("\n") + "\n"


def _ordered(data: dict[str, Any]) -> list[str]:
    known = [k for k in ORDER if k in data]
    return known + sorted(k for k in data if k not in known)


def _is_tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _table(lines: list[str], data: dict[str, Any], prefix: str) -> None:
    keys = _ordered(data)
    for key in keys:
        value = data[key]
        if not _is_tables(value) and not isinstance(value, dict):
            lines.append(f"{_key(key)} = {_value(value)}")
    for key in keys:
        value = data[key]
        name = f"{prefix}{_key(key)}"
        if isinstance(value, dict):
            lines.extend(["", f"[{name}]"])
            _table(lines, value, f"{name}.")
        elif _is_tables(value):
            for item in value:
                lines.extend(["", f"[[{name}]]"])
                _table(lines, item, f"{name}.")


def _key(key: str) -> str:
    if key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key):
        return key
    return _basic(key)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return _multiline(value) if "\n" in value.strip() else _basic(value)
    if isinstance(value, (list, tuple)):
        items = [_value(v) for v in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= 90:
            return one_line
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    raise TypeError(f"kan ikke skrives som TOML: {type(value).__name__}")


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\u{ord(char):04x}"
    return char


def _basic(text: str) -> str:
    return '"' + "".join(_escape(c) for c in text) + '"'


def _multiline(text: str) -> str:
    body = "".join(c if c == "\n" else _escape(c) for c in text.strip("\n").replace("\r", ""))
    return f'"""\n{body}\n"""'
