"""PROJECT: named projects, plants being built, lists before 等项目 and quoted names after their owner."""

from __future__ import annotations

import pytest
import spacy

from span_helpers import at
from parkner.rules.project import (
    acceptable_project,
    find_headed_projects,
    find_listed_projects,
    find_named_projects,
    find_quoted_projects,
    project_lists,
    project_patterns,
)




NAMED = [
    ("加快推进闻泰智能制造一期项目", ["闻泰智能制造一期项目"]),
    ("安远县高速公路建设项目", ["安远县高速公路建设项目"]),
    ("天津房地产项目", ["天津房地产项目"]),
    ("闻泰昆明智能制造产业园项目", ["闻泰昆明智能制造产业园项目"]),  # one PROJECT, owner inside
    ("沃森全球疫苗研发中心和总部项目", ["沃森全球疫苗研发中心和总部项目"]),
    ("可喜安集团科技大厦暨可喜安医疗器械新厂建设工程奠基仪式", ["可喜安集团科技大厦暨可喜安医疗器械新厂建设工程"]),
]

NOT_NAMED = [
    "全力推进重点项目建设",
    "共签约62个项目",
    "实施“火炬工程”",
    "谋划一批项目",
    "争取省市重点大项目",
    "产业类项目",
    "风电项目",
    "打造精品项目",
    "工业攻坚三年行动计划",
]


@pytest.mark.parametrize(("text", "surfaces"), NAMED)
def test_find_named_projects(text: str, surfaces: list[str]) -> None:
    assert list(find_named_projects(text)) == at(text, *surfaces)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_generic_mentions_and_programmes_are_not_projects(text: str) -> None:
    assert list(find_named_projects(text)) == []
    assert list(find_headed_projects(text)) == []
    assert list(find_listed_projects(text)) == []


@pytest.mark.xfail(
    strict=True, reason="BUG: a bare type + 项目 is generic (guideline: 能源项目), but 能源 counts as a name"
)
def test_bare_project_type_is_generic() -> None:
    assert list(find_named_projects("能源项目")) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("贝泰妮新中央工厂开工建设", ["贝泰妮新中央工厂"]),
        ("昆明高尚正电子药物生产基地开工建设", ["昆明高尚正电子药物生产基地"]),
        ("云南圣科医药产业基地建成投产", ["云南圣科医药产业基地"]),
        ("十一物流昆明电子商务产业园签约落地", ["十一物流昆明电子商务产业园"]),
        ("华为玉溪云计算数据中心开工", ["华为玉溪云计算数据中心"]),
    ],
)
def test_find_headed_projects_in_construction_context(text: str, surfaces: list[str]) -> None:
    assert list(find_headed_projects(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text",
    ["贝泰妮新中央工厂生产的产品畅销", "全市成功创建国家级新型工业化产业示范基地4个", "厦门软件园涌现了一大批明星企业"],
)
def test_headed_names_without_construction_are_not_projects(text: str) -> None:
    assert list(find_headed_projects(text)) == []


def test_listed_projects_are_one_span_each_without_the_generic_tail() -> None:
    text = "美洋、雅致、汇尔杰等项目当年签约、当年开工"
    assert list(find_listed_projects(text)) == at(text, "美洋", "雅致", "汇尔杰")


def test_parks_listed_before_projects_are_projects() -> None:
    text = "医学生物所疫苗产业园、云南细胞创新产业园等项目也陆续落地启动建设"
    assert list(find_listed_projects(text)) == at(text, "医学生物所疫苗产业园", "云南细胞创新产业园")


def test_a_list_of_industries_is_not_a_list_of_projects() -> None:
    assert list(find_listed_projects("华为、联通等互联网和信息服务业项目、智能终端制造产业项目陆续入园")) == []


def test_quoted_project_after_its_owner_gives_project_and_company() -> None:
    text = "要开工建设中科鑫圆“碳化硅单晶材料研发及产业化”、好医生医药集团“云南圣科医药产业基地”"
    project, owner, second_project, second_owner = (
        at(text, "中科鑫圆", "碳化硅单晶材料研发及产业化", "好医生医药集团", "云南圣科医药产业基地")[1],
        at(text, "中科鑫圆")[0],
        at(text, "云南圣科医药产业基地")[0],
        at(text, "好医生医药集团")[0],
    )
    assert list(find_quoted_projects(text)) == [
        (*project, "PROJECT"),
        (*owner, "COMPANY"),
        (*second_project, "PROJECT"),
        (*second_owner, "COMPANY"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "在非公有制经济组织和社会组织党组织,打造“火炬工程”升级版;",
        "围绕云南“3815”战略发展目标",
        "中科鑫圆“碳化硅单晶材料研发及产业化”",  # no construction context: nothing to go on
    ],
)
def test_quotes_that_are_not_projects_under_construction(text: str) -> None:
    assert list(find_quoted_projects(text)) == []
    assert list(find_headed_projects(text)) == []


@pytest.mark.xfail(
    strict=True,
    reason="BUG: a quoted programme ending in 工程 is a PROJECT for find_quoted_projects and find_headed_projects "
    "as soon as its clause holds a construction cue (find_named_projects does exclude “…工程”)",
)
def test_quoted_programme_is_not_a_project_near_construction_words() -> None:
    text = "实施“火炬工程”，带动一批项目落地"
    assert list(find_quoted_projects(text)) == []
    assert list(find_headed_projects(text)) == []


@pytest.mark.parametrize(
    ("name", "listed", "expected"),
    [
        ("美洋", True, True),
        ("美洋", False, False),
        ("62个", True, False),
        ("生物医药产业", True, False),
        ("示范基地", False, False),
    ],
)
def test_acceptable_project(name: str, listed: bool, expected: bool) -> None:
    assert acceptable_project(name, listed=listed) is expected


def test_project_lfs_label_traditional_text() -> None:
    doc = spacy.blank("zh")("貝泰妮新中央工廠開工建設，美洋、雅致等項目當年簽約。")
    assert [(s.text, s.label_) for s in project_patterns()(doc)] == [("貝泰妮新中央工廠", "PROJECT")]
    assert [(s.text, s.label_) for s in project_lists()(doc)] == [("美洋", "PROJECT"), ("雅致", "PROJECT")]
