"""Strict micro and per-label P/R/F equal spaCy's own span scorer."""

from __future__ import annotations

import pytest
import spacy
from spacy.scorer import Scorer
from spacy.training import Example

from parkner.documents import LABELS, Document
from parkner.evaluation import evaluate


def _spacy_scores(gold: list[Document], pred: list[Document]) -> dict:
    nlp = spacy.blank("zh")

    def doc(document: Document) -> spacy.tokens.Doc:
        made = nlp.make_doc(document.text)
        made.ents = [made.char_span(s.start, s.end, label=s.label, alignment_mode="strict") for s in document.spans]
        return made

    examples = [Example(doc(p), doc(g)) for g, p in zip(gold, pred, strict=True)]
    return Scorer.score_spans(examples, "ents")


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_strict_scores_equal_spacy_scorer(make_corpus, seed: int) -> None:
    gold, pred = make_corpus(seed, n_docs=20)
    strict = evaluate(gold, {"s": pred}, n_bootstrap=0).systems["s"]["strict"]
    reference = _spacy_scores(gold, pred)
    assert 0.2 < reference["ents_f"] < 0.9
    assert (strict.micro.p, strict.micro.r, strict.micro.f) == pytest.approx(
        (reference["ents_p"], reference["ents_r"], reference["ents_f"])
    )
    assert set(reference["ents_per_type"]) == set(LABELS)
    for label, scores in reference["ents_per_type"].items():
        mine = strict.per_label[label]
        assert (mine.p, mine.r, mine.f) == pytest.approx((scores["p"], scores["r"], scores["f"])), label
