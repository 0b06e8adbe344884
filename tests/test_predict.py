"""Prediction: models see paragraphs, the rule labeller whole documents; offsets are into each document."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from parkner.documents import Document, Span, paragraph_ranges
from parkner.errors import ModelNotFoundError
from parkner.predict import SCORES_KEY, doc_spans, load_pipeline, predict_documents, score_key, whole_documents


def ruler() -> Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PARK", "pattern": "高新区"}])
    return nlp


DOCUMENTS = [
    Document("a", "昆明高新区发展\n\n  \n再说高新区。", []),
    Document("blank", "\n \n", []),
    Document("b", "没有实体", []),
    Document("c", "高新区", []),
]


def test_paragraph_ranges_skip_blank_lines() -> None:
    text = "一\n\n 二 \n"
    assert [text[s:e] for s, e in paragraph_ranges(text)] == ["一", " 二 "]


def test_model_spans_are_shifted_back_into_each_document() -> None:
    predicted = list(predict_documents(ruler(), DOCUMENTS))
    assert [d.id for d in predicted] == ["a", "blank", "b", "c"]
    first = predicted[0]
    assert [(s.start, s.end, first.text[s.start : s.end]) for s in first.spans] == [(2, 5, "高新区"), (14, 17, "高新区")]
    assert predicted[1].spans == [] and predicted[2].spans == []
    assert [(s.start, s.end) for s in predicted[3].spans] == [(0, 3)]


def test_models_never_see_text_across_a_line_break() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PARK", "pattern": [{"TEXT": "区"}, {"TEXT": "\n"}, {"TEXT": "再"}]}])
    assert list(predict_documents(nlp, [Document("x", "高新区\n再说", [])]))[0].spans == []


def test_two_processes_give_the_same_documents() -> None:
    one = list(predict_documents(ruler(), DOCUMENTS * 5, batch_size=2))
    two = list(predict_documents(ruler(), iter(DOCUMENTS * 5), n_process=2, batch_size=2))
    assert one == two


def test_the_rule_labeller_gets_whole_documents(rule_nlp: Language) -> None:
    assert whole_documents(rule_nlp) and not whole_documents(ruler())


def test_scores_left_by_components_travel_with_spans() -> None:
    nlp = ruler()

    @Language.component("parkner_test_scorer")
    def scorer(doc):  # type: ignore[no-untyped-def]
        doc.user_data[SCORES_KEY] = {score_key(e.start_char, e.end_char, e.label_): 0.5 for e in doc.ents}
        return doc

    nlp.add_pipe("parkner_test_scorer")
    assert doc_spans(nlp("在高新区")) == [Span(1, 4, "PARK", 0.5)]


def test_a_missing_model_is_named(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="nothing"):
        load_pipeline(tmp_path / "nothing")


def test_loaded_models_multiply_on_numpy_blas_with_the_same_entities(tmp_path: Path) -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner").add_label("PARK")
    nlp.initialize()
    nlp.to_disk(tmp_path)
    loaded = load_pipeline(tmp_path)
    assert not any(node.ops.use_blis for node in loaded.get_pipe("ner").model.walk())
    text = "昆明高新区发展再说高新区。"
    assert [(e.start_char, e.end_char, e.label_) for e in loaded(text).ents] == [
        (e.start_char, e.end_char, e.label_) for e in spacy.load(tmp_path)(text).ents
    ]
