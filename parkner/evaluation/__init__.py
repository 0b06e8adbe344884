"""Evaluation against gold: SemEval-2013 schemes, bootstrap intervals, paired tests, error analysis.

Entry point: :func:`evaluate`; render its :class:`EvaluationResult` with ``to_dict``, ``table``
or ``to_html``. See ``docs/evaluation.md``.
"""

from __future__ import annotations

from .core import evaluate
from .matching import CATEGORIES, SCHEMES
from .result import EvaluationResult, PairedTest, SystemResult
from .systems import run_systems

__all__ = ["CATEGORIES", "SCHEMES", "EvaluationResult", "PairedTest", "SystemResult", "evaluate", "run_systems"]
