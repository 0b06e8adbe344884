"""Aggregating LF votes: outermost span first, votes break ties, negative weights veto; weights from gold."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkner.aggregation import aggregate, fit_weights
from parkner.documents import Document, Span


def test_outermost_span_wins_even_against_more_votes() -> None:
    votes = {
        "company_suffix": [(0, 13, "COMPANY"), (0, 8, "COMPANY")],
        "company_gazetteer": [(0, 8, "COMPANY")],
        "park_patterns": [(0, 4, "PARK")],
    }
    for method in ("vote", "weighted"):
        assert aggregate(votes, method) == [(0, 13, "COMPANY")]


def test_more_votes_break_ties_between_spans_of_equal_length() -> None:
    votes = {"a": [(0, 4, "COMPANY")], "b": [(0, 4, "PROJECT")], "c": [(0, 4, "PROJECT")]}
    assert aggregate(votes, "vote") == [(0, 4, "PROJECT")]
    assert aggregate({"a": [(0, 4, "COMPANY")], "b": [(1, 5, "PROJECT")], "c": [(1, 5, "PROJECT")]}, "vote") == [
        (1, 5, "PROJECT")
    ]


def test_duplicate_candidates_from_one_lf_count_once() -> None:
    votes = {"a": [(0, 4, "COMPANY")] * 3, "b": [(0, 4, "PROJECT")], "c": [(0, 4, "PROJECT")]}
    assert aggregate(votes, "vote") == [(0, 4, "PROJECT")]


def test_negative_weight_drops_a_candidate_that_vote_keeps() -> None:
    votes = {"metric_patterns": [(0, 4, "METRIC")], "project_lists": [(5, 8, "PROJECT")]}
    weights = {"project_lists": {"PROJECT": -0.7}, "metric_patterns": {"METRIC": 2.0}}
    assert aggregate(votes, "vote", weights) == [(0, 4, "METRIC"), (5, 8, "PROJECT")]
    assert aggregate(votes, "weighted", weights) == [(0, 4, "METRIC")]


def test_a_vetoed_outer_span_lets_the_inner_one_through() -> None:
    votes = {"bad": [(0, 10, "PARK")], "good": [(0, 5, "PARK"), (6, 10, "COMPANY")]}
    weights = {"bad": {"PARK": -1.0}}
    assert aggregate(votes, "weighted", weights) == [(0, 5, "PARK"), (6, 10, "COMPANY")]
    assert aggregate(votes, "vote", weights) == [(0, 10, "PARK")]


def test_weights_are_per_label_and_default_to_one() -> None:
    votes = {"lf": [(0, 2, "PARK"), (3, 5, "COMPANY")]}
    assert aggregate(votes, "weighted", {"lf": {"PARK": -1.0}}) == [(3, 5, "COMPANY")]
    assert aggregate(votes, "weighted", {}) == [(0, 2, "PARK"), (3, 5, "COMPANY")]
    assert aggregate({}, "weighted") == []


def test_unknown_method_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown aggregation method"):
        aggregate({}, "majority")


candidates = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 8), st.sampled_from(["PARK", "COMPANY", "PROJECT", "METRIC"])).map(
        lambda t: (t[0], t[0] + t[1], t[2])
    ),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), candidates, max_size=4),
    st.sampled_from(["vote", "weighted"]),
)
def test_result_is_sorted_non_overlapping_and_drawn_from_the_votes(votes: dict, method: str) -> None:
    chosen = aggregate(votes, method)
    assert chosen == sorted(chosen)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(chosen))
    every = {c for cs in votes.values() for c in cs}
    assert set(chosen) <= every
    # Nothing left out could have fit: every candidate overlaps a chosen one.
    for candidate in every:
        assert any(candidate[0] < c[1] and c[0] < candidate[1] for c in chosen)


def test_fit_weights_rewards_a_precise_lf_and_penalises_an_imprecise_one() -> None:
    gold = [
        Document(
            "d1",
            "昆明高新区引进云南锗业，投资10亿元。",
            [Span(0, 5, "PARK"), Span(7, 11, "COMPANY"), Span(14, 18, "METRIC")],
        ),
        Document("d2", "贝泰妮新中央工厂在昆明高新区开工。", [Span(0, 8, "PROJECT"), Span(9, 14, "PARK")]),
    ]
    outputs = [
        {"precise": [(0, 5, "PARK"), (14, 18, "METRIC")], "sloppy": [(2, 5, "PARK"), (7, 9, "COMPANY")]},
        {"precise": [(9, 14, "PARK")], "sloppy": [(0, 3, "COMPANY"), (9, 14, "PARK"), (10, 14, "PARK")]},
    ]
    weights = fit_weights(gold, outputs)
    assert weights["precise"]["PARK"] == pytest.approx(round(math.log(3 / 1), 4))
    assert weights["precise"]["METRIC"] == pytest.approx(round(math.log(2 / 1), 4))
    assert weights["sloppy"]["PARK"] == pytest.approx(round(math.log(2 / 3), 4))
    assert weights["sloppy"]["COMPANY"] == pytest.approx(round(math.log(1 / 3), 4))
    assert min(weights["precise"].values()) > 0 and max(weights["sloppy"].values()) < 0
    # With these weights the sloppy LF alone no longer makes entities.
    assert aggregate({"sloppy": outputs[0]["sloppy"]}, "weighted", weights) == []
