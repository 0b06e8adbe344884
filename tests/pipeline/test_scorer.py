"""The NER scorer: spaCy's scores plus the macro F used to select checkpoints."""

from __future__ import annotations

import pytest
import spacy
from spacy.training import Example
from spacy.util import registry

from parkner.pipeline.scorer import create_ner_scorer


def example(predicted: list[tuple[int, int, str]], reference: list[tuple[int, int, str]]) -> Example:
    nlp = spacy.blank("zh")
    text = "昆明高新区与云南锗业签约10亿元"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(start, end, label=label) for start, end, label in predicted]
    return Example.from_dict(doc, {"entities": reference})


def test_macro_f_weighs_every_label_equally() -> None:
    reference = [(0, 5, "PARK"), (6, 10, "COMPANY"), (12, 16, "METRIC")]
    scores = create_ner_scorer()([example([(0, 5, "PARK"), (12, 16, "METRIC")], reference)])
    assert scores["ents_per_type"]["COMPANY"]["f"] == 0.0
    assert scores["ents_macro_f"] == pytest.approx(2 / 3)
    assert scores["ents_f"] == pytest.approx(0.8)


def test_no_entities_give_zero_and_the_scorer_is_registered() -> None:
    assert create_ner_scorer()([example([], [])])["ents_macro_f"] == 0.0
    assert registry.scorers.get("parkner.ner_scorer.v1") is create_ner_scorer
