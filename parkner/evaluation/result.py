"""The outcome of an evaluation: scores per system, pairwise tests, errors, and their renderings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..documents import LABELS, Document
from .errors import ErrorReport
from .matching import CATEGORIES, SCHEMES
from .scoring import SchemeScores


@dataclass(frozen=True)
class SystemResult:
    """One system's scores under every scheme, its strict errors and what was left out."""

    name: str
    schemes: dict[str, SchemeScores]
    errors: ErrorReport
    #: Predicted spans whose label is none of :data:`~parkner.documents.LABELS` (not scored).
    ignored_spans: int = 0

    def __getitem__(self, scheme: str) -> SchemeScores:
        return self.schemes[scheme]

    def to_dict(self) -> dict[str, Any]:
        return {
            **{scheme: scores.to_dict() for scheme, scores in self.schemes.items()},
            "errors": self.errors.to_dict(),
            "ignored_spans": self.ignored_spans,
        }


@dataclass(frozen=True)
class PairedTest:
    """Paired bootstrap test of the strict micro F1 difference ``a − b``."""

    a: str
    b: str
    f_a: float
    f_b: float
    p_value: float

    @property
    def delta(self) -> float:
        return self.f_a - self.f_b

    @property
    def better(self) -> str | None:
        """The system with the higher F1, or ``None`` on a tie."""
        return None if self.delta == 0 else (self.a if self.delta > 0 else self.b)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "metric": "strict.micro.f",
            "f_a": round(self.f_a, 4),
            "f_b": round(self.f_b, 4),
            "delta": round(self.delta, 4),
            "better": self.better,
            "p_value": round(self.p_value, 4),
        }


@dataclass(frozen=True)
class EvaluationResult:
    """Everything :func:`~parkner.evaluation.evaluate` found; render with ``to_dict``, ``table``, ``to_html``."""

    systems: dict[str, SystemResult]
    comparisons: list[PairedTest]
    n_bootstrap: int
    seed: int
    confidence: float
    gold: list[Document] = field(repr=False)
    #: Each system's documents, aligned with :attr:`gold`.
    predictions: dict[str, list[Document]] = field(repr=False)

    @property
    def n_gold_spans(self) -> int:
        return sum(len(document.spans) for document in self.gold)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (schema in ``docs/evaluation.md``)."""
        return {
            "n_documents": len(self.gold),
            "n_gold_spans": self.n_gold_spans,
            "labels": list(LABELS),
            "schemes": list(SCHEMES),
            "categories": list(CATEGORIES),
            "bootstrap": {"n": self.n_bootstrap, "seed": self.seed, "confidence": self.confidence},
            "systems": {name: system.to_dict() for name, system in self.systems.items()},
            "comparisons": [test.to_dict() for test in self.comparisons],
        }

    def table(self) -> str:
        """A plain-text table for the terminal: every system and label side by side."""
        from .report import render_table

        return render_table(self)

    def to_html(self) -> str:
        """One self-contained HTML report: tables, charts, highlighted documents and errors."""
        from .html import render_html

        return render_html(self)
