"""The weak-label augmenter: empty paragraphs thinned out, names swapped for gazetteer names."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

from parkner.training.augment import create_weak_label_augmenter, swap_names

NAMES = {"PARK": ["滇中新区", "曲靖经开区"], "COMPANY": ["云南锗业"]}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("zh")


def example(nlp: Language, text: str, entities: list[tuple[int, int, str]]) -> Example:
    return Example.from_dict(nlp.make_doc(text), {"entities": entities})


def test_swapped_names_keep_labels_context_and_offsets(nlp: Language) -> None:
    random.seed(0)
    text = "昆明高新区与昆药集团签约，投资10亿元。"
    original = example(nlp, text, [(0, 5, "PARK"), (6, 10, "COMPANY"), (15, 19, "METRIC")])
    swapped = swap_names(nlp, original, NAMES).reference
    found = [(e.text, e.label_) for e in swapped.ents]
    assert found[0][0] in NAMES["PARK"] and found[1] == ("云南锗业", "COMPANY") and found[2] == ("10亿元", "METRIC")
    assert swapped.text.endswith("签约，投资10亿元。") and "与云南锗业签约" in swapped.text


def test_empty_examples_are_kept_at_the_given_rate(nlp: Language) -> None:
    random.seed(1)
    augmenter = create_weak_label_augmenter(keep_empty=0.25, swap_level=0.0)
    empty = example(nlp, "今天天气很好。", [])
    kept = sum(len(list(augmenter(nlp, empty))) for _ in range(2000))
    assert 400 < kept < 600


def test_labelled_examples_are_always_kept_and_copied_at_the_swap_level(nlp: Language) -> None:
    random.seed(2)
    augmenter = create_weak_label_augmenter(keep_empty=0.0, swap_level=1.0)
    labelled = example(nlp, "在昆明高新区", [(1, 6, "PARK")])
    out = list(augmenter(nlp, labelled))
    assert out[0] is labelled and len(out) == 2 and out[1].reference.ents[0].label_ == "PARK"
    metric_only = example(nlp, "增长10%", [(2, 5, "METRIC")])
    assert list(augmenter(nlp, metric_only)) == [metric_only]


def test_the_augmenter_is_registered_and_checks_its_rates() -> None:
    assert registry.augmenters.get("parkner.weak_labels.v1") is create_weak_label_augmenter
    with pytest.raises(ValueError, match="keep_empty"):
        create_weak_label_augmenter(keep_empty=1.5)


def test_label_rates_oversample_rare_labels_with_swapped_names_and_thin_out_frequent_ones(nlp: Language) -> None:
    random.seed(3)
    augmenter = create_weak_label_augmenter(keep_empty=0.0, swap_level=0.0, label_rates={"PARK": 3, "PROJECT": 2, "METRIC": 0.25})
    park = example(nlp, "在昆明高新区投资10亿元", [(1, 6, "PARK"), (8, 12, "METRIC")])
    copies = list(augmenter(nlp, park))
    assert copies[0] is park and len(copies) == 3
    for copy in copies[1:]:
        assert [e.label_ for e in copy.reference.ents] == ["PARK", "METRIC"] and copy.reference.text.endswith("投资10亿元")
    project = example(nlp, "沃森疫苗项目开工", [(0, 6, "PROJECT")])
    assert list(augmenter(nlp, project)) == [project, project]
    metric_only = example(nlp, "增长10%", [(2, 5, "METRIC")])
    kept = sum(len(list(augmenter(nlp, metric_only))) for _ in range(2000))
    assert 400 < kept < 600
    with pytest.raises(ValueError, match="label_rates"):
        create_weak_label_augmenter(label_rates={"PARK": 0})


def test_a_swap_that_would_merge_a_latin_name_with_its_neighbour_keeps_the_original() -> None:
    parkner_nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "parkner.zh_tokenizer.v1", "segmenter": "char"}}})
    text = "买宝马Q5还是云南锗业"
    original = example(parkner_nlp, text, [(1, 3, "COMPANY"), (7, 11, "COMPANY")])
    latin = {"COMPANY": ["GE"]}  # GE + Q5 would be one Latin run: GEQ5
    swapped = swap_names(parkner_nlp, original, latin)
    assert swapped is original
