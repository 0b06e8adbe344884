"""parkner: weakly supervised Chinese NER for industrial-park news.

Rules label a corpus with PARK, COMPANY, PROJECT and METRIC seed entities, a
spaCy pipeline learns from them, and evaluation scores both against gold.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .documents import LABELS, Document, Span

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"
__all__ = ["LABELS", "Document", "Span", "__version__", "load", "rule_pipeline"]


def load(path: str | Path) -> Language:
    """Load a trained parkner pipeline: ``spacy.load`` with a clear error for a missing model."""
    from .predict import load_pipeline

    return load_pipeline(path)


def rule_pipeline(config_path: str | Path | None = None, **overrides: Any) -> Language:
    """The rule labeller as a spaCy pipeline (see :func:`parkner.pipeline.rule_pipeline`)."""
    from .pipeline import rule_pipeline as build

    return build(config_path, **overrides)
