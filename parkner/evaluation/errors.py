"""Error analysis: strict false negatives and false positives in context, grouped for reading.

A false negative is a gold span no prediction reproduces exactly (boundaries and label); a false
positive is a predicted span that is not in the gold. Each occurrence lists the spans of the other
side that overlap it, which tells a boundary or label error from a plain miss.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..documents import LABELS, Document, Span
from .matching import overlaps

#: Characters of context shown either side of an error.
CONTEXT = 20


@dataclass(frozen=True)
class ErrorOccurrence:
    """One erroneous span in its document, with context and the overlapping spans of the other side."""

    doc_id: str
    span: Span
    text: str
    left: str
    right: str
    overlapping: tuple[tuple[Span, str], ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "doc_id": self.doc_id,
            "start": self.span.start,
            "end": self.span.end,
            "left": self.left,
            "right": self.right,
            "overlapping": [{**span.to_dict(), "text": text} for span, text in self.overlapping],
        }


@dataclass(frozen=True)
class ErrorGroup:
    """Every occurrence of one surface string as an error of one label."""

    label: str
    text: str
    occurrences: tuple[ErrorOccurrence, ...]

    @property
    def count(self) -> int:
        return len(self.occurrences)

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "count": self.count, "occurrences": [o.to_dict() for o in self.occurrences]}


@dataclass(frozen=True)
class ErrorReport:
    """A system's strict errors by label, most frequent surface string first."""

    false_negatives: dict[str, list[ErrorGroup]]
    false_positives: dict[str, list[ErrorGroup]]

    def to_dict(self) -> dict[str, object]:
        return {
            "false_negatives": {label: [g.to_dict() for g in groups] for label, groups in self.false_negatives.items()},
            "false_positives": {label: [g.to_dict() for g in groups] for label, groups in self.false_positives.items()},
        }


def error_report(gold: Sequence[Document], predicted: Sequence[Document], context: int = CONTEXT) -> ErrorReport:
    """Strict errors of aligned gold and predicted documents (same order, same texts)."""
    missed: list[ErrorOccurrence] = []
    spurious: list[ErrorOccurrence] = []
    for truth, guess in zip(gold, predicted, strict=True):
        gold_set, pred_set = set(truth.spans), set(guess.spans)
        missed.extend(_occurrence(truth, span, guess.spans, context) for span in sorted(gold_set - pred_set))
        spurious.extend(_occurrence(truth, span, truth.spans, context) for span in sorted(pred_set - gold_set))
    return ErrorReport(_group(missed), _group(spurious))


def _occurrence(document: Document, span: Span, others: Sequence[Span], context: int) -> ErrorOccurrence:
    text = document.text
    near = tuple((other, document.span_text(other)) for other in sorted(others) if overlaps(span, other) and other != span)
    return ErrorOccurrence(
        doc_id=document.id,
        span=Span(span.start, span.end, span.label),
        text=document.span_text(span),
        left=text[max(0, span.start - context) : span.start],
        right=text[span.end : span.end + context],
        overlapping=near,
    )


def _group(occurrences: list[ErrorOccurrence]) -> dict[str, list[ErrorGroup]]:
    buckets: dict[tuple[str, str], list[ErrorOccurrence]] = defaultdict(list)
    for occurrence in occurrences:
        buckets[occurrence.span.label, occurrence.text].append(occurrence)
    grouped: dict[str, list[ErrorGroup]] = {label: [] for label in LABELS}
    for (label, text), items in sorted(buckets.items(), key=lambda item: (-len(item[1]), item[0][1])):
        grouped.setdefault(label, []).append(ErrorGroup(label, text, tuple(items)))
    return grouped
