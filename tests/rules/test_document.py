"""Document-level LF: what other LFs labelled once is labelled everywhere; company short forms too."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from parkner.rules.document import company_alias, document_propagation, propagate


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
