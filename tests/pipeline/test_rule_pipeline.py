"""The rule labeller as a spaCy pipeline: script-independent entities, one span group per LF, clean ents."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from spacy.language import Language

from parkner.errors import InputError
from parkner.ingest import ingest_paths
from parkner.normalise import to_simplified
from parkner.pipeline import rule_pipeline
from parkner.pipeline.components import RuleLabeller
from parkner.pipeline.tokenizer import ParknerTokenizer
from parkner.rules import MISALIGNED_KEY

TRADITIONAL = [
    (
        "2023年1—11月，全市園區共有規上工業企業918戶，占全省園區和全市的33%、81%，累計完成工業總產值4486.20億元。"
        "全市組織高新區、經開區、安寧產業園區等6家園區編制方案。"
    ),
    (
        "要開工建設中科鑫圓“碳化硅單晶材料研發及產業化”、好醫生醫藥集團“雲南聖科醫藥產業基地”、貝泰妮新中央工廠等項目。"
        "昆明高新區與中國（雲南）自由貿易試驗區昆明片區聯動發展。"
    ),
    "雲南鍺業生產車間。美洋、雅致、匯爾傑等項目當年簽約、當年開工。",
]
LABEL_OF_GROUP = {
    "park_patterns": {"PARK"},
    "park_subzones": {"PARK"},
    "park_gazetteer": {"PARK"},
    "company_suffix": {"COMPANY"},
    "company_titles": {"COMPANY"},
    "company_cues": {"COMPANY"},
    "company_gazetteer": {"COMPANY"},
    "project_patterns": {"PROJECT"},
    "project_lists": {"PROJECT", "COMPANY"},
    "metric_patterns": {"METRIC"},
    "document_propagation": {"PARK", "COMPANY", "PROJECT"},
}


def entities(doc) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


@pytest.fixture(scope="module")
def corpus_texts(raw_corpus: Path) -> list[str]:
    documents, _ = ingest_paths([raw_corpus])
    return [document.text for document in documents]


def test_pipeline_shape(rule_nlp: Language) -> None:
    assert rule_nlp.pipe_names == ["labeller", "aggregator"]
    assert isinstance(rule_nlp.tokenizer, ParknerTokenizer)
    labeller = rule_nlp.get_pipe("labeller")
    assert set(labeller.span_keys) == set(LABEL_OF_GROUP)


def test_guideline_sentence_end_to_end(rule_nlp: Language) -> None:
    text = TRADITIONAL[1]
    found = [(text[s:e], label) for s, e, label in entities(rule_nlp(text))]
    assert found == [
        ("中科鑫圓", "COMPANY"),
        ("碳化硅單晶材料研發及產業化", "PROJECT"),
        ("好醫生醫藥集團", "COMPANY"),
        ("雲南聖科醫藥產業基地", "PROJECT"),
        ("貝泰妮新中央工廠", "PROJECT"),
        ("昆明高新區", "PARK"),
        ("中國（雲南）自由貿易試驗區昆明片區", "PARK"),
    ]


@pytest.mark.parametrize("text", TRADITIONAL)
def test_traditional_and_simplified_give_the_same_entities(rule_nlp: Language, text: str) -> None:
    simplified = to_simplified(text)
    assert len(simplified) == len(text)
    assert entities(rule_nlp(text)) == entities(rule_nlp(simplified))
    assert entities(rule_nlp(text))


def test_traditional_corpus_documents_match_their_simplified_form(rule_nlp: Language, corpus_texts: list[str]) -> None:
    traditional = [text for text in corpus_texts if "園區" in text]
    assert len(traditional) == 2
    for text in traditional:
        simplified = to_simplified(text)
        assert len(simplified) == len(text)
        assert entities(rule_nlp(text)) == entities(rule_nlp(simplified))


def test_every_lf_writes_its_own_group_and_ents_do_not_overlap(rule_nlp: Language, corpus_texts: list[str]) -> None:
    for doc in rule_nlp.pipe(corpus_texts):
        assert set(doc.spans) == set(LABEL_OF_GROUP)
        for name, group in doc.spans.items():
            assert {span.label_ for span in group} <= LABEL_OF_GROUP[name], name
        ents = entities(doc)
        assert ents, "every corpus document has entities"
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ents))
        votes = {(s.start_char, s.end_char, s.label_) for group in doc.spans.values() for s in group}
        assert set(ents) <= votes
        assert all(doc.text[s:e] == doc.text[s:e].strip() for s, e, _ in ents)
        assert doc.user_data.get(MISALIGNED_KEY, 0) == 0
        assert "parkner_view" not in doc.user_data


def test_entities_respect_the_guidelines_on_the_corpus(rule_nlp: Language, corpus_texts: list[str]) -> None:
    found = {(doc.text[s:e], label) for doc in rule_nlp.pipe(corpus_texts) for s, e, label in entities(doc)}
    expected = {
        ("昆明高新区", "PARK"),
        ("石河子高新区", "PARK"),
        ("七甸產業園區", "PARK"),
        ("滇中新區直管區", "PARK"),
        ("云南锗业", "COMPANY"),
        ("昆明中药厂", "COMPANY"),
        ("中科鑫圆", "COMPANY"),
        ("碳化硅单晶材料研发及产业化", "PROJECT"),
        ("美洋", "PROJECT"),
        ("汇尔杰", "PROJECT"),
        ("2665亿元", "METRIC"),
        ("32.58个百分点", "METRIC"),
        ("918戶", "METRIC"),
    }
    assert expected <= found
    generic = {"高新区", "园区", "園區", "开发区", "開發區", "经开区", "經開區", "重点项目", "重點項目", "该公司"}
    assert {text for text, _ in found} & generic == set()
    assert not any(label == "METRIC" and text.endswith(("年", "月", "日")) for text, label in found)


def test_vote_override_and_weights_file(tmp_path: Path) -> None:
    text = "昆明高新区引进云南锗业，投资10亿元。"
    voting = rule_pipeline(**{"components.aggregator.method": "vote"})
    assert voting.get_pipe("aggregator").method == "vote"
    assert entities(voting(text)) == [(0, 5, "PARK"), (7, 11, "COMPANY"), (14, 18, "METRIC")]
    vetoes = tmp_path / "weights.json"
    vetoes.write_text(json.dumps({name: {"PARK": -5.0} for name in LABEL_OF_GROUP}), encoding="utf-8")
    vetoed = rule_pipeline(**{"components.aggregator.weights_path": str(vetoes)})
    assert [label for _, _, label in entities(vetoed(text))] == ["COMPANY", "METRIC"]


def test_custom_config_path(tmp_path: Path) -> None:
    config = tmp_path / "metric_only.cfg"
    config.write_text(
        '[nlp]\nlang = "zh"\npipeline = ["labeller","aggregator"]\n\n'
        '[nlp.tokenizer]\n@tokenizers = "parkner.zh_tokenizer.v1"\n\n'
        '[components]\n\n[components.labeller]\nfactory = "parkner_rules"\n\n'
        "[components.labeller.functions]\n\n[components.labeller.functions.metric_patterns]\n"
        '@misc = "parkner.metric_patterns.v1"\n\n[components.labeller.document_functions]\n\n'
        '[components.aggregator]\nfactory = "parkner_aggregator"\nmethod = "vote"\n',
        encoding="utf-8",
    )
    nlp = rule_pipeline(config)
    doc = nlp("昆明高新区投资10亿元")
    assert list(doc.spans) == ["metric_patterns"] and entities(doc) == [(7, 11, "METRIC")]


def test_labeller_rejects_functions_that_are_not_callable() -> None:
    with pytest.raises(TypeError, match="not a registered function"):
        RuleLabeller("labeller", {"broken": {"@misc": "nope"}}, {})


def test_a_misspelt_aggregator_source_is_an_error_not_an_empty_vote() -> None:
    nlp = rule_pipeline(**{"components.aggregator.sources": ["metric_pattern"]})
    with pytest.raises(InputError, match="aggregator sources: no span group 'metric_pattern'"):
        nlp("投资10亿元")
