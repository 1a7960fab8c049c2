"""The content files' tiny markup: blank-line paragraphs and "- " bullets.

Parsed into blocks once, so the on-screen reader and the PDF sheets render the
same structure their own way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


Block = Paragraph | BulletList


def parse_blocks(text: str) -> list[Block]:
    """Split ``text`` into paragraphs and bullet lists; lines within a paragraph are joined."""
    blocks: list[Block] = []
    lines: list[str] = []
    bullets: list[str] = []

    def flush_paragraph() -> None:
        if lines:
            blocks.append(Paragraph(" ".join(lines)))
            lines.clear()

    def flush_bullets() -> None:
        if bullets:
            blocks.append(BulletList(tuple(bullets)))
            bullets.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush_paragraph()
            flush_bullets()
        elif line.startswith(("- ", "• ")):
            flush_paragraph()
            bullets.append(line[2:].strip())
        elif bullets and raw[:1].isspace():
            bullets[-1] = f"{bullets[-1]} {line}"  # an indented line continues the bullet
        else:
            flush_bullets()
            lines.append(line)
    flush_paragraph()
    flush_bullets()
    return blocks


def plain_text(text: str) -> str:
    """The text without markup, one block per line (for search and snippets)."""
    out: list[str] = []
    for block in parse_blocks(text):
        if isinstance(block, Paragraph):
            out.append(block.text)
        else:
            out.extend(block.items)
    return "\n".join(out)
