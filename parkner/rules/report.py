"""Labelling-function diagnostics at span level (snorkel's ``LFAnalysis``): coverage, overlaps, conflicts, P/R."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..aggregation import Candidate
from ..documents import Document


@dataclass(frozen=True)
class LFStats:
    """One labelling function's behaviour for one label. At span level an overlap is a span another LF's span touches,
    and a conflict one such touching span disagrees with, in label or in boundaries: the aggregator must choose."""

    function: str
    label: str
    spans: int
    coverage: float
    overlaps: int
    conflicts: int
    correct: int
    precision: float
    recall: float

    def to_dict(self) -> dict[str, Any]:
        return {key: round(value, 4) if isinstance(value, float) else value for key, value in self.__dict__.items()}


def analyse(gold: Sequence[Document], outputs: Sequence[Mapping[str, Sequence[Candidate]]]) -> list[LFStats]:
    """Per LF and label: spans, share of documents covered, overlaps and conflicts with other LFs, P and R on gold."""
    counts: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    gold_per_label: dict[str, int] = defaultdict(int)
    for document, by_function in zip(gold, outputs):
        truth = {(s.start, s.end, s.label) for s in document.spans}
        for span in truth:
            gold_per_label[span[2]] += 1
        for name, candidates in by_function.items():
            others = [c for other, cs in by_function.items() if other != name for c in cs]
            for label in {c[2] for c in candidates}:
                counts[(name, label)]["documents"] += 1
            for candidate in set(candidates):
                stats = counts[(name, candidate[2])]
                stats["spans"] += 1
                stats["correct"] += candidate in truth
                touching = [o for o in others if o[0] < candidate[1] and candidate[0] < o[1]]
                stats["overlaps"] += bool(touching)
                stats["conflicts"] += any(o[2] != candidate[2] or o[:2] != candidate[:2] for o in touching)
    rows = []
    for (name, label), stats in sorted(counts.items()):
        spans = int(stats["spans"])
        rows.append(LFStats(
            function=name, label=label, spans=spans,
            coverage=stats["documents"] / max(len(gold), 1),
            overlaps=int(stats["overlaps"]), conflicts=int(stats["conflicts"]),
            correct=int(stats["correct"]),
            precision=stats["correct"] / spans if spans else 0.0,
            recall=stats["correct"] / gold_per_label[label] if gold_per_label[label] else 0.0,
        ))
    return rows


def lf_outputs(nlp: Any, documents: Sequence[Document]) -> list[dict[str, list[Candidate]]]:
    """Every LF's candidates per document, from a rule pipeline's span groups."""
    return [
        {key: [(s.start_char, s.end_char, s.label_) for s in group] for key, group in doc.spans.items()}
        for doc in nlp.pipe(document.text for document in documents)
    ]


def render(rows: Sequence[LFStats]) -> str:
    """A plain-text table of :func:`analyse` rows."""
    header = f"{'function':24} {'label':8} {'spans':>6} {'cover':>6} {'overlap':>7} {'conflict':>8} {'P':>6} {'R':>6}"
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row.function:24} {row.label:8} {row.spans:6d} {row.coverage:6.2f} {row.overlaps:7d} "
            f"{row.conflicts:8d} {row.precision:6.3f} {row.recall:6.3f}"
        )
    return "\n".join(lines)
