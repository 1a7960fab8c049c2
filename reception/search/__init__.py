"""Knowledge search: FTS5 over Danish-folded text, with compounds, synonyms and typos.

``reception.search`` never imports Qt; the UI calls :meth:`KnowledgeIndex.search`
on every keystroke.
"""

from reception.search.documents import SearchDoc, documents_from_content
from reception.search.index import KnowledgeIndex, SearchHit
from reception.search.synonyms import SynonymError, SynonymTable, load_synonyms

__all__ = [
    "KnowledgeIndex",
    "SearchDoc",
    "SearchHit",
    "SynonymError",
    "SynonymTable",
    "documents_from_content",
    "load_synonyms",
]
