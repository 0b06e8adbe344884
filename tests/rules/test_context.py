"""The park-or-project decision: a name is a project when the words next to it (or its list) speak of building it."""

from __future__ import annotations

import pytest

from parkner.rules.context import in_construction_context, presented_as_project


def span_of(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("贝泰妮新中央工厂开工建设", "贝泰妮新中央工厂"),
        ("十一物流昆明电子商务产业园签约落地", "十一物流昆明电子商务产业园"),
        ("加快建设长春百克生物制药研发生产基地", "长春百克生物制药研发生产基地"),
        ("华为矿山油气军团全球总部基本建成", "华为矿山油气军团全球总部"),  # adverbs in between
        ("宁德时代昆明电池生产基地于2019年3月开工", "宁德时代昆明电池生产基地"),  # 于 + a date in between
        ("医学生物所疫苗产业园、云南细胞创新产业园等项目也陆续落地启动建设", "医学生物所疫苗产业园"),  # its list
        ("要开工建设中科鑫圆碳化硅基地、好医生医药产业基地", "好医生医药产业基地"),  # the verb before its list
        ("引进上海医药昆明物流产业园", "上海医药昆明物流产业园"),
        ("云南白药健康产业园正式开园", "云南白药健康产业园"),
        ("汉江流域检测认证中心正在建设中", "汉江流域检测认证中心"),  # 正在 between name and verb
        ("走进滇中科技城研发区施工现场", "滇中科技城研发区"),  # 施工
        ("大理至临沧铁路建成通车", "大理至临沧铁路"),  # 通车
    ],
)
def test_presented_as_project(text: str, name: str) -> None:
    assert presented_as_project(text, *span_of(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("截至2018年2月底,玉溪九龙大数据产业园投产运营项目共5项", "玉溪九龙大数据产业园"),  # counts the park's projects
        ("七甸产业园引进企业12户", "七甸产业园"),  # hosts companies
        ("安宁新材料产业园签约10个项目", "安宁新材料产业园"),
        ("企业纷纷入驻嵩明职教产业园", "嵩明职教产业园"),
        ("推动昆明生物医药产业园高质量发展", "昆明生物医药产业园"),  # 推动 takes parks too
        ("厦门软件园涌现了一大批明星企业,项目建设加快", "厦门软件园"),  # the cue is in the clause, not next to it
        ("滇中科技城正在招商", "滇中科技城"),  # 正在 before no construction verb
    ],
)
def test_not_presented_as_project(text: str, name: str) -> None:
    assert not presented_as_project(text, *span_of(text, name))


def test_in_construction_context_reads_the_whole_clause() -> None:
    text = "中科鑫圆碳化硅基地,今年要开工。云南锗业生产车间。"
    assert in_construction_context(text, *span_of(text, "中科鑫圆"))
    assert not in_construction_context(text, *span_of(text, "云南锗业"))


def test_in_construction_context_ignores_cue_words_inside_the_name() -> None:
    text = "重庆建设机械厂生产摩托车。"
    assert not in_construction_context(text, *span_of(text, "重庆建设机械厂"))
