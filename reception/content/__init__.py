"""The clinic's texts: data model, loading and validation."""

from reception.content.loader import load_content
from reception.content.model import (
    ClinicFacts,
    Condition,
    Content,
    ContentProblem,
    FaqEntry,
    Figure,
    Section,
    TreatmentStep,
)

__all__ = [
    "ClinicFacts",
    "Condition",
    "Content",
    "ContentProblem",
    "FaqEntry",
    "Figure",
    "Section",
    "TreatmentStep",
    "load_content",
]
