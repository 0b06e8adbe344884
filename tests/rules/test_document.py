"""Document-level LF: what other LFs labelled once is labelled everywhere; company short forms too."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from parkner.errors import InputError
from parkner.rules.document import (
    company_alias,
    document_propagation,
    project_alias,
    propagate,
    spreads,
)


def at_all(text: str, surface: str) -> list[tuple[int, int]]:
    ranges, start = [], text.find(surface)
    while start >= 0:
        ranges.append((start, start + len(surface)))
        start = text.find(surface, start + 1)
    return ranges


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("厦门美柚信息科技有限公司", "美柚"),
        ("昆明贵研催化剂有限公司", "贵研催化剂"),
        ("湖北华越汽车零部件有限公司", "华越汽车零部件"),
        ("厦门信息集团", None),  # nothing left besides the place
        ("云南锗业", None),  # no legal form: already short
        ("华为", None),
        ("中国钾肥有限公司", None),  # a type word is no short name
        ("大众汽车合资公司", None),
        ("本田技研工业株式会社有限公司", "本田技研工业株式会社"),  # 本 is too short to end a name
        ("世爵汽车", "世爵"),  # a business word after a name
        ("云端药业", None),  # 药业 is shared by products and programmes (“云端青年”行动)
    ],
)
def test_company_alias(name: str, alias: str | None) -> None:
    assert company_alias(name) == alias


TEXT = "厦门美柚信息科技有限公司成立。美柚项目开工，美柚发展迅速。昆明高新区和昆明高新区。"


def test_propagate_labels_every_occurrence_and_turns_company_project_into_project() -> None:
    found = list(propagate(TEXT, {"美柚": {"COMPANY"}, "昆明高新区": {"PARK"}}))
    first_alias, project_alias, third_alias = at_all(TEXT, "美柚")
    park_a, park_b = at_all(TEXT, "昆明高新区")
    assert found == [
        (*first_alias, "COMPANY"),
        (project_alias[0], project_alias[1] + 2, "PROJECT"),
        (*third_alias, "COMPANY"),
        (*park_a, "PARK"),
        (*park_b, "PARK"),
    ]
    assert TEXT[project_alias[0] : project_alias[1] + 2] == "美柚项目"


@pytest.mark.parametrize(
    "labelled",
    [{"美柚": {"COMPANY", "PROJECT"}}, {"柚": {"COMPANY"}}, {}],  # ambiguous, too short, nothing
)
def test_propagate_ignores_ambiguous_and_one_character_strings(labelled: dict[str, set[str]]) -> None:
    assert list(propagate(TEXT, labelled)) == []


def test_propagate_prefers_the_longest_name() -> None:
    text = "昆明高新区和高新区"
    assert list(propagate(text, {"昆明高新区": {"PARK"}, "高新区": {"PARK"}})) == [(0, 5, "PARK"), (6, 9, "PARK")]


def test_document_propagation_reads_the_named_span_groups() -> None:
    nlp = spacy.blank("zh")
    text = "廈門美柚信息科技有限公司成立。美柚項目開工，美柚發展迅速。"
    doc = nlp(text)
    doc.spans["company_suffix"] = [Span(doc, 0, 12, label="COMPANY")]
    doc.spans["ignored"] = [Span(doc, 15, 17, label="PARK")]
    spans = list(document_propagation(["company_suffix"])(doc))
    assert [(s.start_char, s.end_char, s.label_) for s in spans] == [
        (0, 12, "COMPANY"),  # the full name wins over the alias inside it
        (15, 19, "PROJECT"),
        (22, 24, "COMPANY"),
    ]
    assert [s.text for s in spans] == ["廈門美柚信息科技有限公司", "美柚項目", "美柚"]


def test_document_propagation_without_sources_reads_every_group() -> None:
    doc = spacy.blank("zh")("昆明高新区。昆明高新区。")
    doc.spans["any"] = [Span(doc, 0, 5, label="PARK")]
    assert [(s.start_char, s.label_) for s in document_propagation()(doc)] == [(0, "PARK"), (6, "PARK")]


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("可喜安集团科技大厦暨可喜安医疗器械新厂建设工程", "可喜安项目"),  # the owner + 项目 (guidelines §4.4)
        ("恩典科技广告文化创意园", "恩典项目"),
        ("天津房地产项目", None),  # a place is no owner: 天津项目 would be generic
        ("美洋", None),  # already short
        ("能源基地", None),  # no owner's name
    ],
)
def test_project_alias(name: str, alias: str | None) -> None:
    assert project_alias(name) == alias


def test_document_propagation_labels_the_short_repeat_of_a_project() -> None:
    doc = spacy.blank("zh")("恩典科技广告文化创意园开工建设。恩典项目预计明年投产。")
    doc.spans["project_patterns"] = [doc.char_span(0, 11, label="PROJECT")]
    spans = list(document_propagation(["project_patterns"])(doc))
    assert [(s.text, s.label_) for s in spans] == [("恩典科技广告文化创意园", "PROJECT"), ("恩典项目", "PROJECT")]


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("苹果", "COMPANY", True),
        ("中粮集团", "COMPANY", True),
        ("上市公司", "COMPANY", False),  # a generic company noun
        ("跨国公司", "COMPANY", False),
        ("酒店", "COMPANY", False),  # a kind of business
        ("上海", "COMPANY", False),  # a place
        ("港珠澳大桥", "PROJECT", True),
        ("可喜安项目", "PROJECT", True),
        ("环境", "PROJECT", False),  # a bare kind named in a list
        ("交通", "PROJECT", False),
        ("昆明高新区", "PARK", True),
    ],
)
def test_spreads_only_name_like_strings(name: str, label: str, expected: bool) -> None:
    assert spreads(name, label) is expected


def test_propagate_does_not_spread_kinds_places_or_latin_fragments() -> None:
    text = "上市公司和酒店在上海。苹果发布新品,上市公司股价上涨。VariSystems Corp.是采购商。"
    labelled = {"上市公司": {"COMPANY"}, "酒店": {"COMPANY"}, "上海": {"COMPANY"}, "苹果": {"COMPANY"}, "Corp.": {"COMPANY"}}
    assert [text[s:e] for s, e, _ in propagate(text, labelled)] == ["苹果"]


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("飞利浦(中国)投资有限公司", "飞利浦"),
        ("金浔股份", "金浔"),
        ("沈阳啤酒厂", None),
        ("山西焦煤集团", None),
        ("上市公司", None),
        ("正兴车轮集团", "正兴车轮"),  # a town's name opens the brand: not 车轮 (batch 22)
        ("上海杜跃平律师事务所", None),  # a firm named after its partner: not the person 杜跃平
    ],
)
def test_company_alias_is_a_name_not_a_kind(name: str, alias: str | None) -> None:
    assert company_alias(name) == alias


def test_document_propagation_spreads_a_confident_name_only() -> None:
    nlp = spacy.blank("zh")
    text = "啤酒巨头青岛啤酒集团扩产。啤酒销量上涨,青岛啤酒集团称。"
    doc = nlp(text)
    start = text.index("青岛啤酒集团")
    doc.spans["company_suffix"] = [Span(doc, start, start + 6, label="COMPANY")]
    spans = list(document_propagation(["company_suffix"])(doc))
    assert [s.text for s in spans] == ["青岛啤酒集团", "青岛啤酒集团"]  # 啤酒 (its kind) is no short form


def test_document_propagation_rejects_a_source_no_lf_wrote() -> None:
    doc = spacy.blank("zh")("昆明高新区")
    doc.spans["park_patterns"] = [Span(doc, 0, 5, label="PARK")]
    with pytest.raises(InputError, match="no span group 'park_patern'"):
        list(document_propagation(["park_patern"])(doc))
