"""SemEval-2013 categories by hand, and agreement with nervaluate on random corpora."""

from __future__ import annotations

import pytest
from nervaluate import Evaluator

from parkner.documents import LABELS, Document, Span
from parkner.evaluation import evaluate
from parkner.evaluation.matching import CATEGORIES, match

NERVALUATE_NAMES = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}

GOLD_PROJECT = Span(0, 8, "PROJECT")  # 贝泰妮新中央工厂


def _categories(gold: list[Span], pred: list[Span], scheme: str) -> dict[str, int]:
    return {name: int(n) for name, n in zip(CATEGORIES, match(gold, pred, scheme)) if n}


# Batista's table of the SemEval-2013 cases: (gold, prediction) → category per scheme.
CASES = {
    "correct": ([GOLD_PROJECT], [Span(0, 8, "PROJECT")], dict(strict="correct", exact="correct", partial="correct", type="correct")),
    "wrong label": ([GOLD_PROJECT], [Span(0, 8, "COMPANY")], dict(strict="incorrect", exact="correct", partial="correct", type="incorrect")),
    "wrong boundary": ([GOLD_PROJECT], [Span(0, 3, "PROJECT")], dict(strict="incorrect", exact="incorrect", partial="partial", type="correct")),
    "wrong both": ([GOLD_PROJECT], [Span(0, 3, "COMPANY")], dict(strict="incorrect", exact="incorrect", partial="partial", type="incorrect")),
    "missing": ([GOLD_PROJECT], [], dict(strict="missing", exact="missing", partial="missing", type="missing")),
    "spurious": ([GOLD_PROJECT], [Span(10, 12, "COMPANY")], dict(strict="spurious", exact="spurious", partial="spurious", type="spurious")),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("scheme", ["strict", "exact", "partial", "type"])
def test_semeval_category_of_each_case(case: str, scheme: str) -> None:
    gold, pred, expected = CASES[case]
    found = _categories(gold, pred, scheme)
    category = expected[scheme]
    assert found.pop(category) == 1
    if case == "spurious":  # the gold span is then missing as well
        assert found == {"missing": 1}
    else:
        assert found == {}


def test_hand_worked_scores_of_all_cases_together() -> None:
    text = "贝泰妮新中央工厂和华为签约。"
    gold = [Document(name, text, list(g)) for name, (g, _, _) in CASES.items() if name != "spurious"]
    gold.append(Document("spurious", text, []))
    pred = [Document(name, text, list(p)) for name, (_, p, _) in CASES.items()]
    result = evaluate(gold, {"s": pred}, n_bootstrap=0).systems["s"]
    # strict COR 1 INC 3 MIS 1 SPU 1; exact COR 2 INC 2; partial COR 2 PAR 2; type COR 2 INC 2 — 5 gold, 5 predicted.
    expected = {"strict": 1 / 5, "exact": 2 / 5, "partial": 3 / 5, "type": 2 / 5}
    for scheme, value in expected.items():
        micro = result[scheme].micro
        assert (micro.p, micro.r, micro.f) == pytest.approx((value, value, value)), scheme
        assert micro.possible == micro.actual == 5
    assert result["partial"].micro.counts == {"correct": 2, "incorrect": 0, "partial": 2, "missing": 1, "spurious": 1}
    # Per label, spans of other labels are out of sight: the relabelled span is a miss plus a spurious one.
    company = result["strict"].per_label["COMPANY"].counts
    assert company == {"correct": 0, "incorrect": 0, "partial": 0, "missing": 0, "spurious": 3}


def test_type_scheme_prefers_the_closest_gold_span() -> None:
    gold = [Span(0, 4, "PARK"), Span(4, 9, "PARK")]
    counts = match(gold, [Span(3, 9, "PARK"), Span(0, 4, "PARK")], "type")
    # (3, 9) overlaps both; (4, 9) is closer, so (0, 4) is still free for the second prediction.
    assert dict(zip(CATEGORIES, counts.tolist())) == {"correct": 2, "incorrect": 0, "partial": 0, "missing": 0, "spurious": 0}


def _nervaluate(gold: list[Document], pred: list[Document]) -> dict:
    def entities(documents: list[Document]) -> list[list[dict]]:
        # nervaluate's ends are inclusive.
        return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in sorted(d.spans)] for d in documents]

    return Evaluator(entities(gold), entities(pred), tags=list(LABELS), loader="dict").evaluate()


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("overlapping", [False, True])
def test_counts_and_scores_agree_with_nervaluate(make_corpus, seed: int, overlapping: bool) -> None:
    gold, pred = make_corpus(seed, overlapping=overlapping)
    ours = evaluate(gold, {"s": pred}, n_bootstrap=0).systems["s"]
    theirs = _nervaluate(gold, pred)
    assert sum(len(d.spans) for d in gold) > 50
    for scheme, name in NERVALUATE_NAMES.items():
        pairs = [(ours[scheme].micro, theirs["overall"][name])]
        pairs += [(ours[scheme].per_label[label], theirs["entities"][label][name]) for label in theirs["entities"]]
        for mine, reference in pairs:
            assert mine.counts == {
                "correct": reference.correct,
                "incorrect": reference.incorrect,
                "partial": reference.partial,
                "missing": reference.missed,
                "spurious": reference.spurious,
            }
            assert (mine.possible, mine.actual) == (reference.possible, reference.actual)
            assert (mine.p, mine.r, mine.f) == pytest.approx((reference.precision, reference.recall, reference.f1))
    # The random noise reaches every category somewhere.
    totals = {c: sum(ours[s].micro.counts[c] for s in NERVALUATE_NAMES) for c in CATEGORIES}
    assert all(totals.values()), totals
