"""Document bootstrap: resampling weights, percentile intervals and the paired significance test."""

from __future__ import annotations

import numpy as np

#: Coverage of every reported confidence interval.
CONFIDENCE = 0.95


def resample_weights(n_documents: int, n_bootstrap: int, seed: int) -> np.ndarray:
    """How often each document is drawn in each resample (with replacement), shape ``(B, n)``.

    Summing per-document counts with these weights gives every resample's corpus counts, so all
    systems and metrics share the same resamples (which the paired test needs).
    """
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n_documents, size=(n_bootstrap, n_documents))
    weights = np.zeros((n_bootstrap, n_documents), dtype=np.int64)
    np.add.at(weights, (np.arange(n_bootstrap)[:, None], draws), 1)
    return weights


def resample_counts(weights: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Per-document counts ``(n, ...)`` summed over each resample → ``(B, ...)``."""
    resampled: np.ndarray = weights @ counts.reshape(len(counts), -1)
    return resampled.reshape(len(weights), *counts.shape[1:])


def percentile_interval(samples: np.ndarray, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The percentile bootstrap interval of one statistic's resampled values (NaN ones left out)."""
    if np.isnan(samples).all():
        return float("nan"), float("nan")
    tail = (1 - confidence) / 2 * 100
    low, high = np.nanpercentile(samples, [tail, 100 - tail])
    return float(low), float(high)


def paired_p_value(observed_delta: float, sampled_deltas: np.ndarray) -> float:
    """Berg-Kirkpatrick et al. (2012) paired bootstrap p-value for a difference between two systems.

    With δ the observed difference in favour of the better system, p is the share of resamples
    whose difference (same direction) reaches 2δ: how often a gain of δ arises by chance when the
    resamples are centred on δ. Ties count against significance, so identical systems get p = 1.
    """
    if observed_delta == 0:
        return 1.0
    sign = 1.0 if observed_delta > 0 else -1.0
    return float(np.mean(sign * sampled_deltas >= 2 * abs(observed_delta)))
