"""parkner: weakly supervised Chinese NER for industrial-park news.

Rules label a corpus with PARK, COMPANY, PROJECT and METRIC seed entities, a
spaCy pipeline learns from them, and evaluation scores both against gold.
"""

from __future__ import annotations

from .documents import LABELS, Document, Span

__version__ = "0.1.0"
__all__ = ["LABELS", "Document", "Span", "__version__"]
