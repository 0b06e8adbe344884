"""Document bootstrap: intervals around the point estimate, reproducibility, paired test."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from parkner.documents import LABELS, Document, Span
from parkner.evaluation import evaluate
from parkner.evaluation.bootstrap import paired_p_value, percentile_interval, resample_counts, resample_weights


def test_resample_weights_draw_n_documents_per_resample() -> None:
    weights = resample_weights(7, 50, seed=3)
    assert weights.shape == (50, 7)
    assert (weights.sum(axis=1) == 7).all()
    assert (weights == 0).any()  # with replacement: some documents left out
    assert np.array_equal(weights, resample_weights(7, 50, seed=3))
    counts = np.arange(14).reshape(7, 2)
    assert np.array_equal(resample_counts(weights, counts)[0], weights[0] @ counts)


def test_percentile_interval_ignores_undefined_resamples() -> None:
    samples = np.array([np.nan, *np.linspace(0, 1, 101)])
    assert percentile_interval(samples) == pytest.approx((0.025, 0.975))
    assert np.isnan(percentile_interval(np.array([np.nan, np.nan]))).all()


def test_intervals_contain_the_point_estimates(make_corpus) -> None:
    gold, pred = make_corpus(7, n_docs=40)
    system = evaluate(gold, {"s": pred}, n_bootstrap=300, seed=1).systems["s"]
    for scheme in ("strict", "exact", "partial", "type"):
        scores = system[scheme]
        for score in [scores.micro, scores.macro, *scores.per_label.values()]:
            for metric in "prf":
                interval = score.ci[metric]
                assert interval.low <= getattr(score, metric) <= interval.high, (scheme, metric)
        assert scores.micro.ci["f"].high - scores.micro.ci["f"].low > 0.01


def test_bootstrap_is_deterministic_for_a_seed(make_corpus) -> None:
    gold, pred = make_corpus(8)
    first = evaluate(gold, {"a": pred, "b": gold}, n_bootstrap=200, seed=5).to_dict()
    assert first == evaluate(gold, {"a": pred, "b": gold}, n_bootstrap=200, seed=5).to_dict()
    other = evaluate(gold, {"a": pred, "b": gold}, n_bootstrap=200, seed=6).to_dict()
    assert first["systems"]["a"]["strict"]["micro"]["ci"] != other["systems"]["a"]["strict"]["micro"]["ci"]
    assert first["systems"]["a"]["strict"]["micro"]["f"] == other["systems"]["a"]["strict"]["micro"]["f"]


def test_no_bootstrap_gives_no_intervals_and_no_tests(make_corpus) -> None:
    gold, pred = make_corpus(9)
    result = evaluate(gold, {"a": pred, "b": gold}, n_bootstrap=0)
    assert result.systems["a"]["strict"].micro.ci is None
    assert result.comparisons == []
    assert "ci" not in result.to_dict()["systems"]["a"]["strict"]["micro"]


def test_paired_p_value_counts_resamples_reaching_twice_the_gain() -> None:
    deltas = np.array([0.0, 0.1, 0.2, 0.25, 0.3])
    assert paired_p_value(0.1, deltas) == pytest.approx(3 / 5)
    assert paired_p_value(-0.1, -deltas) == pytest.approx(3 / 5)
    assert paired_p_value(0.0, deltas) == 1.0


def test_paired_test_identical_systems_are_indistinguishable(make_corpus) -> None:
    gold, pred = make_corpus(10, n_docs=30)
    copy = [replace(document, spans=list(document.spans)) for document in pred]
    (test,) = evaluate(gold, {"a": pred, "b": copy}, n_bootstrap=500).comparisons
    assert test.delta == 0
    assert test.better is None
    assert test.p_value == 1.0


def test_paired_test_finds_a_clearly_better_system(make_corpus) -> None:
    gold, pred = make_corpus(11, n_docs=30)
    rng = random.Random(0)
    # Nearly perfect: the gold with one span in ten dropped.
    good = [replace(d, spans=[s for s in d.spans if rng.random() > 0.1]) for d in gold]
    result = evaluate(gold, {"noisy": pred, "good": good}, n_bootstrap=500)
    (test,) = result.comparisons
    assert (test.a, test.b, test.better) == ("noisy", "good", "good")
    assert test.delta < -0.2
    assert test.p_value < 0.01


def test_paired_test_of_two_similar_systems_is_not_significant() -> None:
    rng = random.Random(12)
    text = "昆明高新区" * 20
    gold, a, b = [], [], []
    for index in range(30):
        spans = [Span(5 * k, 5 * k + 5, rng.choice(LABELS)) for k in range(0, 20, 2)]
        gold.append(Document(str(index), text, spans))
        # Each system drops a different random half of the spans.
        a.append(Document(str(index), text, [s for s in spans if rng.random() < 0.5]))
        b.append(Document(str(index), text, [s for s in spans if rng.random() < 0.5]))
    (test,) = evaluate(gold, {"a": a, "b": b}, n_bootstrap=500).comparisons
    assert abs(test.delta) < 0.1
    assert test.p_value > 0.1
