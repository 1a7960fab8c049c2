"""The excerpt under each hit: the stretch of text with the most marked words.

Done in Python rather than with FTS5's snippet(): the index holds folded text,
and the receptionist must see the original æøå (see :mod:`.highlight`).
"""

from __future__ import annotations

import html
import re
from collections import Counter

WIDTH = 160
LEAD = 40  # context shown before the first marked word
_SENTENCE_END = re.compile(r"[.!?:•]\s")


def flatten(text: str) -> str:
    """``text`` on one line: paragraphs joined, bullets shown as "•"."""
    lines = (line.strip() for line in text.splitlines())
    out = [f"• {line[2:].strip()}" if line.startswith(("- ", "• ")) else line for line in lines]
    return " ".join(" ".join(line for line in out if line).split())


def make_snippet(flat: str, marked: list[tuple[int, int]], width: int = WIDTH) -> str:
    """An HTML-escaped excerpt of ``flat`` of about ``width`` characters, the
    ``marked`` (start, end) spans wrapped in ``<b>``."""
    start, end = _window(flat, marked, width)
    pieces = ["…" if start else ""]
    at = start
    for begin, stop in marked:
        if begin < start or stop > end:
            continue
        pieces.append(html.escape(flat[at:begin]))
        pieces.append(f"<b>{html.escape(flat[begin:stop])}</b>")
        at = stop
    pieces.append(html.escape(flat[at:end]))
    pieces.append("…" if end < len(flat) else "")
    return "".join(pieces)


def _window(flat: str, marked: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """The start and end of the stretch holding the most (and most different) marked words."""
    if len(flat) <= width:
        return 0, len(flat)
    anchor = 0
    best = (-1, -1)
    words = [flat[b:e].casefold() for b, e in marked]
    inside: Counter[str] = Counter()  # the marked words from i up to (not incl.) j
    j = 0
    for i, (begin, _) in enumerate(marked):  # slide a window from each marked word
        j = max(j, i)
        limit = max(begin - LEAD, 0) + width
        while j < len(marked) and marked[j][1] <= limit:
            inside[words[j]] += 1
            j += 1
        score = (len(inside), j - i)
        if score > best:
            best, anchor = score, begin
        if i < j:
            inside[words[i]] -= 1
            if not inside[words[i]]:
                del inside[words[i]]
    start = _start_near(flat, anchor)
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def _start_near(flat: str, anchor: int) -> int:
    """Begin at a sentence shortly before ``anchor`` if there is one, else at a word."""
    if anchor <= LEAD:
        return 0
    lo = anchor - LEAD
    sentence = None
    for m in _SENTENCE_END.finditer(flat, lo, anchor):
        sentence = m.end()
    if sentence is not None:
        return sentence
    space = flat.find(" ", lo, anchor)
    return space + 1 if space >= 0 else anchor
