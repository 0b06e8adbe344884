"""The rules' word lists and name helpers: name starts, own-name runs, type words, places and regions."""

from __future__ import annotations

import re

import pytest

from parkner.rules.lexicon import (
    alternation,
    alternation_of,
    cities,
    clause_matches,
    conjunct_ranges,
    cut_after_last_leading,
    is_leading,
    name_start,
    only_type_words,
    own_name_length,
    places,
    regions,
    strip_leading,
    words,
    words_gazetteer,
)


def test_name_start_keeps_the_function_words_it_is_told_to() -> None:
    text = "加快沃森研发中心和总部项目"
    head = text.index("项目")
    assert text[name_start(text, head):head] == "总部"
    assert text[name_start(text, head, keep="和"):head] == "加快沃森研发中心和总部"


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("沃森全球疫苗研发中心", 2),  # 全球 is a descriptive word
        ("华星光电8.5代液晶面板", 2),
        ("能源", 0),
        ("重点公路", 0),
        ("本田", 2),  # one-character words (本) do not end a name
        ("中铝", 2),
    ],
)
def test_own_name_length(text: str, length: int) -> None:
    assert own_name_length(text) == length


@pytest.mark.parametrize(("text", "expected"), [("生物医药", True), ("特色", True), ("石化", True), ("松原石化", False), ("", False)])
def test_only_type_words(text: str, expected: bool) -> None:
    assert only_type_words(text) is expected


def test_places_regions_and_cities() -> None:
    assert {"七甸", "昆明", "石林", "寻甸", "广西"} <= places().names  # towns and autonomous counties' short names
    assert {"建设", "化工", "旧城", "资源"}.isdisjoint(places().names)  # common words are no places
    assert "寻甸" in regions().names and "七甸" not in regions().names  # regions have no towns
    assert "昆明" in cities().names and "龙泉" not in cities().names  # cities have no counties


def test_cut_after_last_leading_keeps_a_final_word_it_is_told_to() -> None:
    text = "推进昆明铁路枢纽优化提升"
    assert text[cut_after_last_leading(text, 0, len(text)) :] == ""  # 提升 read as a verb leaves no name
    assert text[cut_after_last_leading(text, 0, len(text), frozenset({"提升"})) :] == "昆明铁路枢纽优化提升"


def test_cut_after_last_leading_keeps_a_verb_that_opens_a_compound() -> None:
    text = "福建金马建设工程"
    assert text[cut_after_last_leading(text, 0, len(text)) :] == "工程"  # 建设 read as a verb
    assert text[cut_after_last_leading(text, 0, len(text), compounds=re.compile("建设工程")) :] == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快推进昆明新材料产业园", "昆明新材料产业园"),
        ("现代汽车公司", "现代汽车公司"),  # 现 begins the type word 现代
        ("实施现代设施农业更新改造工程", "现代设施农业更新改造工程"),  # also at the end of a run of leading words
    ],
)
def test_strip_leading_keeps_a_one_character_word_that_begins_a_type_word(text: str, name: str) -> None:
    assert text[strip_leading(text, 0, len(text)) :] == name


def test_is_leading_is_true_only_for_clause_opening_words() -> None:
    assert is_leading("加强") and is_leading("加快推进")
    assert not is_leading("龙泉") and not is_leading("加强龙泉")


def test_alternation_takes_the_longest_word_and_stays_one_group() -> None:
    heads = alternation("park_heads")
    assert re.match(heads, "高新技术产业开发区管委会").group() == "高新技术产业开发区"
    assert re.fullmatch(heads + "?", "")  # a quantifier after it applies to the whole, lookahead included
    assert re.search(heads, "云南省昆明市的经济技术开发区").group() == "经济技术开发区"


def test_clause_matches_searches_each_anchored_clause_once_with_its_break() -> None:
    text = "甲、乙等企业，前言无名单。丙、丁等企业"
    found = clause_matches(text, re.compile("企业"), re.compile(r"(\w、\w)等企业(?=[，。]|$)"), "，。")
    assert [match.group(1) for match in found] == ["甲、乙", "丙、丁"]  # the lookahead sees the clause's break or the end


def test_alternation_of_any_words_matches_the_longest_first() -> None:
    pattern = re.compile(alternation_of(["有限公司", "公司", "有限"]))
    assert [m.group() for m in pattern.finditer("某有限公司和某公司")] == ["有限公司", "公司"]


def test_words_gazetteer_joins_sections() -> None:
    joined = words_gazetteer("park_levels", "subzone_heads")
    assert joined.names == frozenset(words("park_levels")) | frozenset(words("subzone_heads"))


def test_conjunct_ranges_cut_a_list_at_its_separators() -> None:
    text = "支持昆电工、多宝以及云南白药等企业"
    ranges = conjunct_ranges(text, 2, 14, re.compile("、|以及"))
    assert [text[start:end] for start, end in ranges] == ["昆电工", "多宝", "云南白药"]
    assert conjunct_ranges(text, 2, 5) == [(2, 5)]  # one conjunct
