"""The documents searched: the shipped content, and a synthetic 10,000-entry base.

The synthetic base recombines the shipped sentences, words, titles and keywords
with ``random.Random(42)``, so every run (and every machine) searches the same
texts, with the clinic's real vocabulary and word frequencies.
"""

from __future__ import annotations

import random
import re

from reception.search import SearchDoc

SYNTHETIC_SIZE = 10_000
SEED = 42

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+")


def floor_rows(docs: list[SearchDoc]) -> list[tuple[str, str, str]]:
    """The same texts as the floor's FTS5 table stores them."""
    return [(d.title, d.text, " ".join(d.keywords)) for d in docs]


def _sentences(text: str) -> list[str]:
    parts = (p.strip().removeprefix("- ").strip() for p in _SENTENCE_END.split(text))
    return [p for p in parts if len(p) > 3]


def synthetic_docs(source: list[SearchDoc], size: int = SYNTHETIC_SIZE,
                   seed: int = SEED) -> list[SearchDoc]:
    """``size`` documents recombined from ``source``, the same for a given seed."""
    if not source:
        raise ValueError("no shipped documents to recombine")
    rng = random.Random(seed)
    sentences = [s for d in source for s in _sentences(d.text)]
    words = [w for s in sentences for w in _WORD.findall(s)]  # with their real frequencies
    titles = [d.title for d in source]
    keywords = sorted({k for d in source for k in d.keywords}) or words[:50]
    kinds = ("faq", "condition", "step")

    docs: list[SearchDoc] = []
    for number in range(size):
        kind = kinds[number % len(kinds)]
        doc_id = f"syn{number:05d}/afsnit" if kind == "condition" else f"syn{number:05d}"
        title = rng.choice(titles)
        if rng.random() < 0.7:
            title = f"{title}: {' '.join(rng.choices(words, k=rng.randint(1, 3)))}"
        body: list[str] = []
        for _ in range(rng.randint(2, 8)):
            if rng.random() < 0.6:
                body.append(rng.choice(sentences))
            else:
                made = " ".join(rng.choices(words, k=rng.randint(6, 16)))
                body.append(made[:1].upper() + made[1:] + ".")
        paragraphs = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
        picked = tuple(dict.fromkeys(rng.sample(keywords, k=min(len(keywords),
                                                                 rng.randint(0, 5)))))
        docs.append(SearchDoc(kind, doc_id, title, "\n\n".join(paragraphs), picked))
    return docs
