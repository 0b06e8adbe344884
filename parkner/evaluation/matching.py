"""SemEval-2013 matching of predicted against gold spans, one document at a time.

The four schemes follow nervaluate's strategies (``strict``, ``exact``, ``partial``, ``ent_type``
→ ``type``) step for step, greedily over spans sorted by position, so counts agree with it.
Overlap means sharing at least one character (nervaluate's default also asks the overlap to be
≥1% of the gold span, which only differs for gold spans longer than 100 characters).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from ..documents import LABELS, Span

#: SemEval-2013 categories, in the order of the last axis of every count array.
CATEGORIES: tuple[str, ...] = ("correct", "incorrect", "partial", "missing", "spurious")
#: Matching schemes, in the order of the scheme axis of every count array.
SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "type")
#: Row names of the group axis: one per label, then every label together (micro).
GROUPS: tuple[str, ...] = (*LABELS, "micro")

COR, INC, PAR, MIS, SPU = range(len(CATEGORIES))


def overlaps(a: Span, b: Span) -> bool:
    """Whether two half-open spans share at least one character."""
    return a.start < b.end and b.start < a.end


def same_boundaries(a: Span, b: Span) -> bool:
    """Whether two spans cover exactly the same characters."""
    return a.start == b.start and a.end == b.end


def _first_exact_else_overlap(
    gold: Sequence[Span], pred: Sequence[Span], exact: Callable[[Span, Span], bool], near_miss: int
) -> np.ndarray:
    """strict / exact / partial: the first ``exact`` gold is correct, else the first overlap is ``near_miss``."""
    counts = np.zeros(len(CATEGORIES), dtype=np.int64)
    matched: set[int] = set()
    for candidate in pred:
        near: int | None = None
        for index, truth in enumerate(gold):
            if index in matched:
                continue
            if exact(candidate, truth):
                counts[COR] += 1
                matched.add(index)
                break
            if near is None and overlaps(candidate, truth):
                near = index
        else:
            if near is None:
                counts[SPU] += 1
            else:
                counts[near_miss] += 1
                matched.add(near)
    counts[MIS] = len(gold) - len(matched)
    return counts


def _closest_same_label(gold: Sequence[Span], pred: Sequence[Span]) -> np.ndarray:
    """type: an overlapping gold span of the same label is correct (closest boundaries win), else incorrect."""
    counts = np.zeros(len(CATEGORIES), dtype=np.int64)
    matched: set[int] = set()
    for candidate in pred:
        best: tuple[int, int] | None = None  # (distance, index)
        wrong_label: int | None = None
        for index, truth in enumerate(gold):
            if index in matched or not overlaps(candidate, truth):
                continue
            if candidate.label == truth.label:
                distance = abs(candidate.start - truth.start) + abs(candidate.end - truth.end)
                if best is None or distance < best[0]:
                    best = (distance, index)
            elif wrong_label is None:
                wrong_label = index
        if best is not None:
            counts[COR] += 1
            matched.add(best[1])
        elif wrong_label is not None:
            counts[INC] += 1
            matched.add(wrong_label)
        else:
            counts[SPU] += 1
    counts[MIS] = len(gold) - len(matched)
    return counts


def match(gold: Sequence[Span], pred: Sequence[Span], scheme: str) -> np.ndarray:
    """Category counts (ordered as :data:`CATEGORIES`) of one document under one scheme."""
    gold, pred = sorted(gold), sorted(pred)
    if scheme == "strict":
        return _first_exact_else_overlap(gold, pred, lambda a, b: same_boundaries(a, b) and a.label == b.label, INC)
    if scheme == "exact":
        return _first_exact_else_overlap(gold, pred, same_boundaries, INC)
    if scheme == "partial":
        return _first_exact_else_overlap(gold, pred, same_boundaries, PAR)
    if scheme == "type":
        return _closest_same_label(gold, pred)
    raise ValueError(f"unknown scheme {scheme!r} (expected one of {', '.join(SCHEMES)})")


def document_counts(gold: Sequence[Span], pred: Sequence[Span]) -> np.ndarray:
    """Counts of one document, shape ``(schemes, groups, categories)``.

    Per label, both sides are first restricted to that label (as nervaluate does); ``micro``
    matches all spans together, so a label confusion is *incorrect* there but a miss plus a
    spurious span in the per-label rows.
    """
    counts = np.zeros((len(SCHEMES), len(GROUPS), len(CATEGORIES)), dtype=np.int64)
    by_label = {label: ([s for s in gold if s.label == label], [s for s in pred if s.label == label]) for label in LABELS}
    for s, scheme in enumerate(SCHEMES):
        for g, label in enumerate(LABELS):
            counts[s, g] = match(*by_label[label], scheme)
        counts[s, len(LABELS)] = match(gold, pred, scheme)
    return counts
