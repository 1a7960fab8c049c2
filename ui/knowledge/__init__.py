"""The knowledge panel: search the clinic's texts and read them aloud."""

from ui.knowledge.panel import KnowledgePanel

__all__ = ["KnowledgePanel"]
