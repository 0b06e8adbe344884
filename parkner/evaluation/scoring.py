"""Precision, recall and F1 from SemEval-2013 category counts (nervaluate's formulas).

``possible = COR + INC + PAR + MIS`` (gold spans), ``actual = COR + INC + PAR + SPU`` (predicted
spans). ``strict`` and ``exact``: P = COR / actual, R = COR / possible. ``partial`` and ``type``:
a partial match earns half a point, P = (COR + PAR/2) / actual. Empty denominators give 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .bootstrap import percentile_interval
from .matching import CATEGORIES, COR, GROUPS, INC, MIS, PAR, SCHEMES, SPU

#: Schemes in which a partial match earns half a point.
HALF_CREDIT: tuple[str, ...] = ("partial", "type")
_HALF = np.array([scheme in HALF_CREDIT for scheme in SCHEMES])[:, None]


def prf(counts: np.ndarray) -> np.ndarray:
    """P, R, F of counts shaped ``(..., schemes, groups, categories)`` → ``(..., schemes, groups, 3)``."""
    counts = counts.astype(float)
    credit = counts[..., COR] + np.where(_HALF, 0.5, 0.0) * counts[..., PAR]
    actual = counts[..., COR] + counts[..., INC] + counts[..., PAR] + counts[..., SPU]
    possible = counts[..., COR] + counts[..., INC] + counts[..., PAR] + counts[..., MIS]
    precision = np.divide(credit, actual, out=np.zeros_like(credit), where=actual > 0)
    recall = np.divide(credit, possible, out=np.zeros_like(credit), where=possible > 0)
    total = precision + recall
    f1 = np.divide(2 * precision * recall, total, out=np.zeros_like(credit), where=total > 0)
    return np.stack([precision, recall, f1], axis=-1)


@dataclass(frozen=True)
class Interval:
    """A confidence interval (bounds of the bootstrap percentile range)."""

    low: float
    high: float

    @property
    def defined(self) -> bool:
        """False when no resample held a span of the group."""
        return not (np.isnan(self.low) or np.isnan(self.high))

    def to_list(self) -> list[float] | None:
        return [round(self.low, 4), round(self.high, 4)] if self.defined else None


@dataclass(frozen=True)
class Score:
    """P/R/F of one scheme and group, with category counts (none for macro) and CIs (when bootstrapped)."""

    p: float
    r: float
    f: float
    counts: dict[str, int] | None = None
    ci: dict[str, Interval] | None = None

    @property
    def possible(self) -> int:
        """Gold spans: correct + incorrect + partial + missing."""
        return 0 if self.counts is None else sum(self.counts[c] for c in ("correct", "incorrect", "partial", "missing"))

    @property
    def actual(self) -> int:
        """Predicted spans: correct + incorrect + partial + spurious."""
        return 0 if self.counts is None else sum(self.counts[c] for c in ("correct", "incorrect", "partial", "spurious"))

    def to_dict(self) -> dict[str, object]:
        record: dict[str, object] = {"p": round(self.p, 4), "r": round(self.r, 4), "f": round(self.f, 4)}
        if self.counts is not None:
            record.update(self.counts)
            record["possible"] = self.possible
            record["actual"] = self.actual
        if self.ci is not None:
            record["ci"] = {metric: interval.to_list() for metric, interval in self.ci.items()}
        return record


@dataclass(frozen=True)
class SchemeScores:
    """One scheme's micro, macro (mean over ``macro_labels``) and per-label scores."""

    micro: Score
    macro: Score
    per_label: dict[str, Score]
    macro_labels: tuple[str, ...]

    def group(self, name: str) -> Score:
        """The score of a label, ``micro`` or ``macro``."""
        if name == "micro":
            return self.micro
        if name == "macro":
            return self.macro
        return self.per_label[name]

    def to_dict(self) -> dict[str, object]:
        return {
            "micro": self.micro.to_dict(),
            "macro": {**self.macro.to_dict(), "labels": list(self.macro_labels)},
            "per_label": {label: score.to_dict() for label, score in self.per_label.items()},
        }


def scheme_scores(counts: np.ndarray, samples: np.ndarray | None) -> dict[str, SchemeScores]:
    """Scores of every scheme from corpus counts ``(schemes, groups, categories)``.

    ``samples`` are the same counts summed over bootstrap resamples, ``(B, schemes, groups,
    categories)``; with them every score carries a percentile confidence interval.
    """
    values = prf(counts)
    sample_values = None if samples is None else defined_prf(samples)
    labels = GROUPS[:-1]
    result = {}
    for s, scheme in enumerate(SCHEMES):
        # Labels with gold or predicted spans (sklearn's macro convention); the same in every scheme.
        present = [g for g in range(len(labels)) if counts[s, g].sum() > 0]
        macro_values = values[s, present].mean(axis=0) if present else np.zeros(3)
        result[scheme] = SchemeScores(
            micro=_score(values[s, -1], counts[s, -1], None if sample_values is None else sample_values[:, s, -1]),
            macro=_score(macro_values, None, None if sample_values is None else _nanmean(sample_values[:, s, :-1])),
            per_label={
                label: _score(values[s, g], counts[s, g], None if sample_values is None else sample_values[:, s, g])
                for g, label in enumerate(labels)
            },
            macro_labels=tuple(labels[g] for g in present),
        )
    return result


def defined_prf(counts: np.ndarray) -> np.ndarray:
    """:func:`prf`, but NaN where a group has neither gold nor predicted spans (the measure is undefined).

    A resample that happens to hold no span of a label says nothing about that label, so it is left
    out of the label's interval and of that resample's macro average instead of counting as 0.
    """
    values = prf(counts)
    empty = counts.sum(axis=-1) == 0
    values[empty] = np.nan
    return values


def _nanmean(values: np.ndarray) -> np.ndarray:
    """Mean over the label axis (``(B, labels, 3)`` → ``(B, 3)``) of the defined values only."""
    defined = ~np.isnan(values)
    total = np.where(defined, values, 0.0).sum(axis=1)
    count = defined.sum(axis=1)
    mean: np.ndarray = np.divide(total, count, out=np.full_like(total, np.nan), where=count > 0)
    return mean


def _score(values: np.ndarray, counts: np.ndarray | None, samples: np.ndarray | None) -> Score:
    """A :class:`Score` from ``[p, r, f]``, category counts and bootstrap ``[[p, r, f]] * B``."""
    ci = None
    if samples is not None:
        ci = {metric: Interval(*percentile_interval(samples[:, m])) for m, metric in enumerate("prf")}
    return Score(
        float(values[0]),
        float(values[1]),
        float(values[2]),
        None if counts is None else {name: int(n) for name, n in zip(CATEGORIES, counts)},
        ci,
    )
