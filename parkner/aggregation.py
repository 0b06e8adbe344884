"""Aggregating labelling-function outputs into one set of non-overlapping entities.

Two methods: ``vote`` (each LF one vote; outermost span first, more votes
break ties) and ``weighted`` (each LF's vote weighs the log-odds of its
precision per label, estimated on the gold dev split by :func:`fit_weights`;
candidates whose total weight is not positive are dropped).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .documents import Document

METHODS = ("vote", "weighted")
#: Candidate entity: (start, end, label).
Candidate = tuple[int, int, str]


def aggregate(
    votes: Mapping[str, Iterable[Candidate]],
    method: str = "weighted",
    weights: Mapping[str, Mapping[str, float]] | None = None,
) -> list[Candidate]:
    """Resolve ``{lf_name: candidates}`` into sorted, non-overlapping entities."""
    if method not in METHODS:
        raise ValueError(f"unknown aggregation method {method!r}; choose from {METHODS}")
    scores: dict[Candidate, float] = defaultdict(float)
    for lf_name, candidates in votes.items():
        for candidate in set(candidates):
            if method == "vote":
                scores[candidate] += 1.0
            else:
                scores[candidate] += (weights or {}).get(lf_name, {}).get(candidate[2], 1.0)
    ranked = sorted(
        (c for c, score in scores.items() if score > 0),
        key=lambda c: (-(c[1] - c[0]), -scores[c], c[0], c[2]),
    )
    taken: list[Candidate] = []
    occupied = bytearray(max((c[1] for c in ranked), default=0))
    for candidate in ranked:
        start, end, _ = candidate
        if not any(occupied[start:end]):
            taken.append(candidate)
            occupied[start:end] = b"\x01" * (end - start)
    return sorted(taken)


def fit_weights(
    gold: Sequence[Document], lf_outputs: Sequence[Mapping[str, Iterable[Candidate]]], smoothing: float = 1.0
) -> dict[str, dict[str, float]]:
    """Per LF and label: log-odds of the LF's strict precision on ``gold`` (Laplace-smoothed)."""
    hits: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    for document, outputs in zip(gold, lf_outputs):
        truth = {(s.start, s.end, s.label) for s in document.spans}
        for lf_name, candidates in outputs.items():
            for candidate in set(candidates):
                counts = hits[lf_name][candidate[2]]
                counts[0 if candidate in truth else 1] += 1
    return {
        lf_name: {
            label: round(math.log((good + smoothing) / (bad + smoothing)), 4) for label, (good, bad) in labels.items()
        }
        for lf_name, labels in hits.items()
    }

