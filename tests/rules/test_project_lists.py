"""PROJECT lists: conjuncts before 等项目, kinds of works and counts of lines or works; quoted names after their owner."""

from __future__ import annotations

import pytest

from parkner.rules.project_lists import (
    find_counted_lines,
    find_counted_works,
    find_listed_projects,
    find_listed_works,
    find_quoted_projects,
)
from span_helpers import at


def test_listed_projects_are_one_span_each_without_the_generic_tail() -> None:
    text = "美洋、雅致、汇尔杰等项目当年签约、当年开工"
    assert list(find_listed_projects(text)) == at(text, "美洋", "雅致", "汇尔杰")


def test_parks_listed_before_projects_are_projects() -> None:
    text = "医学生物所疫苗产业园、云南细胞创新产业园等项目也陆续落地启动建设"
    assert list(find_listed_projects(text)) == at(text, "医学生物所疫苗产业园", "云南细胞创新产业园")


def test_a_list_of_industries_is_not_a_list_of_projects() -> None:
    assert list(find_listed_projects("汽车、电子等制造业项目陆续入园")) == []
    assert list(find_listed_projects("生物医药、电子信息等产业项目")) == []


def test_companies_listed_before_projects_of_an_industry_are_projects() -> None:
    text = "华为、联通、华唐、卡为等互联网和信息服务业项目陆续入园"  # guidelines §4.4: four PROJECTs
    assert list(find_listed_projects(text)) == at(text, "华为", "联通", "华唐", "卡为")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "推进中核汇能通榆、华电榆树、天楹辽源等5个百亿级绿色氢基能源一体化项目建设",
            ["中核汇能通榆", "华电榆树", "天楹辽源"],  # a count and a description before 项目
        ),
        (
            "推进古贤水利枢纽、蒋家窑则水库、引汉济渭二期、宝鸡峡灌区改造等项目建设",
            ["古贤水利枢纽", "蒋家窑则水库", "引汉济渭二期", "宝鸡峡灌区改造"],
        ),
        ("建设大同至天津南等特高压工程", ["大同至天津南"]),
    ],
)
def test_listed_projects_with_a_description_of_their_kind(text: str, surfaces: list[str]) -> None:
    assert list(find_listed_projects(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text",
    [
        "有序推进保障性住房、城中村改造等项目建设",  # types of work
        "还将开工建设革吉、洛扎、嘉黎等一大批重点公路建设项目",  # places, not project names
        "直接拉动挖掘机、装载机、推土机、起重机等工程机械产品的需求",  # 工程机械
        "在上海世博会、深圳大运会等重大项目得到广泛应用",  # events
        "比如碧桂园、红青蜓等许多房地产地产商在许多项目中采用",  # the text runs on past the list
        "公司的科技研发中心、医疗器械生产线、铸石生产线等工程建设",  # kinds of works
        "深度参与中华文明探源工程、“考古中国”等重大项目",  # a programme and a quoted title
        "实施新一轮高等教育“百亿工程”",  # 高等 closes no list
        "然后对其造型、色彩、配置、内饰、舒适性等项目进行评分",  # items that are scored
    ],
)
def test_lists_of_types_places_events_and_works_are_not_projects(text: str) -> None:
    assert list(find_listed_projects(text)) == []


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


def test_quoted_works_need_a_company_owner() -> None:
    assert list(find_quoted_projects("学习运用“千万工程”经验,建设宜居宜业和美乡村")) == []
    text = "云南锗业“红外光学材料产业化工程”开工建设"
    assert list(find_quoted_projects(text)) == [
        (*at(text, "红外光学材料产业化工程")[0], "PROJECT"),
        (*at(text, "云南锗业")[0], "COMPANY"),
    ]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("龙发制药等34个在建项目", ["龙发制药"]),  # guidelines §4.4: 在建 describes the list
        ("现代商贸物流园等69个项目", ["现代商贸物流园"]),  # a member named by description
        ("推进金鼎锌业、云铝股份等重大产业项目建设", ["金鼎锌业", "云铝股份"]),  # companies stand for their projects
        ("加快旭龙、奔子栏、古水等水电站和抽水蓄能项目建设", ["旭龙", "奔子栏", "古水"]),  # §4.6: kinds joined by 和
    ],
)
def test_listed_projects_named_by_company_or_description(text: str, surfaces: list[str]) -> None:
    assert list(find_listed_projects(text)) == at(text, *surfaces)


def test_tools_before_projects_are_not_a_list_of_projects() -> None:
    assert list(find_listed_projects("用好专项债、产业基金等工具支持项目建设")) == []


def test_a_clause_before_quotes_is_no_owner() -> None:
    assert list(find_quoted_projects("由某论坛牵头的“全球灯塔工厂”评选启动以来")) == []


def test_companies_listed_as_suppliers_are_not_projects() -> None:
    assert list(find_listed_projects("甲乙科技、丙丁电子等公司产品入围该工程")) == []


def test_lines_listed_before_a_count_of_lines_are_projects() -> None:
    text = "岳阳先后启动随岳、岳常、临岳3条高速公路建设"  # guidelines §4.6: routes listed by their ends
    assert list(find_counted_lines(text)) == at(text, "随岳", "岳常", "临岳")


def test_lines_before_etc_and_a_count_share_conjuncts() -> None:
    text = "加快邵永、黔吉等6条高铁，京港澳和沪昆扩容、张官等17条高速公路建设"  # guidelines §4.6
    assert list(find_counted_lines(text)) == at(text, "邵永", "黔吉", "京港澳", "沪昆扩容", "张官")


@pytest.mark.parametrize("text", ["新建高速、铁路2条高速公路", "建成3条高速公路"])
def test_counted_lines_need_named_members(text: str) -> None:
    assert list(find_counted_lines(text)) == []


def test_a_quoted_project_after_a_kind_of_project_has_no_owner() -> None:
    text = "2010年新增募投项目“海洋工程设计中心二期”开工建设"
    assert list(find_quoted_projects(text)) == [(*at(text, "海洋工程设计中心二期")[0], "PROJECT")]


@pytest.mark.parametrize("text", ["昆明、大理等城市的铁路建设", "完善京津、沪杭等高速公路网"])
def test_lists_before_a_kind_of_works_need_names_and_construction(text: str) -> None:
    assert list(find_listed_works(text)) == []


def test_works_listed_before_a_count_of_works() -> None:
    text = "包括武都引水、升钟灌区、川渝东北一体化水资源配置6个工程。"
    assert list(find_counted_works(text)) == at(text, "武都引水", "升钟灌区", "川渝东北一体化水资源配置")


def test_kinds_listed_before_a_count_of_works_are_no_projects() -> None:
    assert list(find_counted_works("实施交通、水利、能源3个工程")) == []


def test_every_counted_list_of_a_clause_is_found() -> None:
    text = "建设武都引水、升钟灌区2个工程和亭子口、红鱼洞3个工程。"
    assert list(find_counted_works(text)) == at(text, "武都引水", "升钟灌区", "亭子口", "红鱼洞")


def test_stations_listed_before_a_count_of_stations_are_projects() -> None:
    text = "加快建设南山口、哇让、同德、德令哈4个抽水蓄能电站"
    assert list(find_counted_lines(text)) == at(text, "南山口", "哇让", "同德", "德令哈")


def test_a_listed_conjunct_of_two_works_joined_by_and_is_two_projects() -> None:
    text = "全力保障雅下水电和川藏铁路等重大工程建设"
    assert list(find_listed_projects(text)) == at(text, "雅下水电", "川藏铁路")


def test_mines_listed_before_etc_are_projects() -> None:
    text = "加快九龙川、唐家河、平山湖等煤矿建设"
    assert list(find_listed_works(text)) == at(text, "九龙川", "唐家河", "平山湖")


def test_new_lines_listed_before_etc_are_projects() -> None:
    text = "大保、丽香、弥蒙等新线投入运营"
    assert list(find_listed_works(text)) == at(text, "大保", "丽香", "弥蒙")
