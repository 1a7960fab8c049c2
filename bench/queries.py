"""What a receptionist types while a caller talks, letter by letter.

Lower case, with the habits seen at a desk: æøå typed or spelt out ("traening"),
compounds split ("ryg smerter"), whole spoken questions. Letters, æøå and spaces
only, so ``QTest.keyClick`` can type every one of them (it aborts outside Latin-1).
"""

from __future__ import annotations

QUERIES: tuple[str, ...] = (
    "nakkesmerter",
    "piskesmæld",
    "må jeg køre bil bagefter",
    "blodfortyndende",
    "traening",
    "ryg smerter",
    "guldimplantation",
    "guld",
    "hvad koster det",
    "pris",
    "scanning",
    "mr scanning",
    "røntgenbilleder",
    "roentgen",
    "hofte",
    "knæsmerter",
    "knae",
    "skulder",
    "slidgigt",
    "artrose",
    "hovedpine",
    "migræne",
    "tennisalbue",
    "bivirkninger",
    "gør det ondt",
    "hvor lang tid tager det",
    "tilskud fra sygesikring",
    "henvisning fra læge",
    "ventetid",
    "bestille tid",
    "aflyse",
    "ledsager",
    "kan jeg arbejde bagefter",
    "fysioterapi",
    "smertestillende",
    "marevan",
    "lænderyg",
    "iskias",
    "diskusprolaps",
    "kroniske smerter",
    "hvor mange behandlinger",
    "virker det",
    "bedøvelse",
    "allergi over for guld",
)


def prefixes(query: str) -> list[str]:
    """Every text the search field holds while ``query`` is typed: "n", "na", …"""
    return [query[:end] for end in range(1, len(query) + 1)]


def all_prefixes(queries: tuple[str, ...] = QUERIES) -> list[str]:
    return [p for q in queries for p in prefixes(q)]


def typeable(text: str) -> bool:
    """True when every character is a letter or space that QTest can type."""
    return all(ch == " " or (ch.isalpha() and ord(ch) < 256) for ch in text)
