"""The rule labeller as one component of another pipeline: preset entities, provenance, misalignment."""

from __future__ import annotations

import spacy
from spacy.training import Example

from parkner.pipeline.components import RULE_ENTITIES_KEY
from parkner.rules.base import MISALIGNED_KEY

TEXT = "昆明高新区实现主营业务收入2665亿元，同比增长10.7%。"
EXPECTED = [("昆明高新区", "PARK"), ("2665亿元", "METRIC"), ("10.7%", "METRIC")]


def test_rule_entities_become_preset_ents_with_their_provenance() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("parkner_rule_entities")
    doc = nlp(TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == EXPECTED
    assert [(s.text, s.label_) for s in doc.spans[RULE_ENTITIES_KEY]] == EXPECTED
    assert MISALIGNED_KEY not in doc.user_data


def test_entities_off_the_token_boundaries_are_counted_not_moved() -> None:
    nlp = spacy.blank("xx")  # whitespace tokens: "实现收入2665亿元。" is one token
    nlp.add_pipe("parkner_rule_entities")
    doc = nlp("昆明高新区 实现收入2665亿元。")
    assert [(e.text, e.label_) for e in doc.ents] == [("昆明高新区", "PARK")]
    assert doc.user_data[MISALIGNED_KEY] == 1


def test_a_following_ner_keeps_the_rule_entities() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("parkner_rule_entities")
    nlp.add_pipe("ner")
    example = Example.from_dict(nlp.make_doc(TEXT), {"entities": [(0, 5, "PARK"), (13, 19, "METRIC"), (24, 29, "METRIC")]})
    nlp.initialize(lambda: [example])  # untrained: its own guesses are arbitrary, the preset ones are not
    doc = nlp(TEXT)
    assert set(EXPECTED) <= {(e.text, e.label_) for e in doc.ents}
