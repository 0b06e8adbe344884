"""PARK: named zones with their place prefix; bare heads, districts and parks being built are not parks."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from parkner.errors import InputError
from parkner.normalise import normalise
from parkner.rules.park import find_parks, find_subzones, park_gazetteer, park_patterns
from span_helpers import at

PARKS = [
    ("昆明高新区始终坚持大抓产业", ["昆明高新区"]),
    (
        "建议省政府将昆明高新区作为与中国（云南）自由贸易试验区昆明片区联动发展的先行先试区",
        ["昆明高新区", "中国（云南）自由贸易试验区昆明片区"],
    ),
    ("与中国(云南)自由贸易试验区昆明片区联动", ["中国(云南)自由贸易试验区昆明片区"]),
    ("依托自贸试验区昆明片区的政策优势", ["自贸试验区昆明片区"]),
    ("黑龙江自由贸易试验区哈尔滨片区建设", ["黑龙江自由贸易试验区哈尔滨片区"]),  # a province and a longer section
    ("上海自由贸易试验区建设取得成效", ["上海自由贸易试验区"]),
    ("云南省数字经济开发区作为联动发展区", ["云南省数字经济开发区"]),
    ("推动五华、安宁、七甸产业园区协同发展", ["七甸产业园区"]),  # conjuncts without their head are not parks
    ("全市组织高新区、经开区、安宁产业园区等6家园区编制方案", ["安宁产业园区"]),
    ("昆明国家高新技术产业开发区成立于1992年", ["昆明国家高新技术产业开发区"]),
    ("近期,新疆生产建设兵团第18批博士服务团一行到石河子高新区考察调研", ["石河子高新区"]),
    ("滇中新区直管区", ["滇中新区直管区"]),
    ("中国老挝磨憨—磨丁经济合作区", ["中国老挝磨憨—磨丁经济合作区"]),
    ("被形容为良田的厦门软件园涌现了一大批明星企业", ["厦门软件园"]),
    ("昆明综合保税区进出口额增长", ["昆明综合保税区"]),
    ("松原石化园区、辽源高新区入选首批试点", ["松原石化园区", "辽源高新区"]),  # a city + industry names one park
    ("撤销龙泉园区管委会", ["龙泉园区"]),  # a county-level place + bare 园区 is one park
    ("七甸产业园引进企业12户", ["七甸产业园"]),  # hosting companies: a place, not a project
    ("安宁新材料产业园2023年实现产值100亿元", ["安宁新材料产业园"]),  # reporting output
    ("企业纷纷入驻嵩明职教产业园", ["嵩明职教产业园"]),
    ("广西凭祥综合保税区", ["广西凭祥综合保税区"]),  # 广西 from 广西壮族自治区
    # names the place gazetteers do not know, opening a clause before a specific head
    ("推进甘泉堡经济技术开发区、上库高新技术产业开发区建设", ["甘泉堡经济技术开发区", "上库高新技术产业开发区"]),
    ("实现收益60.37亿元，昆冈工业园区总产值突破百亿元", ["昆冈工业园区"]),
    ("支持河湟新区高质量发展", ["河湟新区"]),
    ("明月湖科创园8家企业亮相国际消费电子展", ["明月湖科创园"]),
    ("做大做强雄安中关村科技园等平台", ["雄安中关村科技园"]),
    ("高质量建设巴彦淖尔国家农高区", ["巴彦淖尔国家农高区"]),
    ("配合市人大及其常委会出台新一批浦东新区法规。", ["浦东新区"]),  # 新一 is a town, 批 no part of a name
    # parks that meet are one name (not 安新 + 区…)
    ("一批中央企业迁入雄安，雄安新区中关村科技园新增入驻企业", ["雄安新区中关村科技园"]),
    ("武宿综保区与上海外高桥合作", ["武宿综保区"]),  # a strong head after an unknown name
    ("扩容升级昆明国际陆港，打造国际班列品牌", ["昆明国际陆港"]),  # inland ports and business districts are zones
    ("推动贵阳综合保税区与贵阳国际陆港一体化", ["贵阳综合保税区", "贵阳国际陆港"]),
    ("出台实施虹桥国际商务区及周边地区专项规划", ["虹桥国际商务区"]),
    ("乌鲁木齐国际陆港区建设走深走实", ["乌鲁木齐国际陆港区"]),
    ("申建芜湖空港保税物流中心（B型），加快发展", ["芜湖空港保税物流中心（B型）"]),  # a customs zone with its type
    ("加力推进深汕特别合作区、广清经济特别合作区建设", ["广清经济特别合作区"]),  # 深汕 is in the gazetteer
    ("京津合作示范区加快建设", ["京津合作示范区"]),
    ("湘江科学城首开区主体封顶", ["湘江科学城首开区"]),  # the first section of a named zone
    ("东方枢纽国际商务合作区先行启动区通过验收", ["东方枢纽国际商务合作区先行启动区"]),
    ("优化两江新区、北碚区国土空间分区规划", ["两江新区"]),  # a verb before the name
]

NOT_PARKS = [
    "深度参与中国—东盟自贸区3.0版建设",  # a free-trade agreement, not a zone
    "2022—2023年度中国自由贸易试验区制度创新",  # the country's zones, not one zone
    "在中西部地区增设自贸试验区",
    "随着中国-东盟自贸区的进一步发展",
    "高新区",
    "园区",
    "开发区",
    "经开区",
    "高新区规模以上固定资产投资实现正增长",
    "全市园区共有规上工业企业918户",
    "昆明市园区经济发展情况",
    "呈贡大学城作为联动发展辐射点",
    "五华区",
    "石林县",
    "医学生物所疫苗产业园、云南细胞创新产业园等项目也陆续落地启动建设",  # parks being built are PROJECTs
    "加快建设安宁新材料产业园",
    "昆明新材料产业园项目开工",
    "云南白药健康产业园正式开园",
    "建立高新区城市基层党建工作三级联席会议制度",  # a verb, not a name, before the head
    "充分利用国家级高新区在产业培育方面的优势",
    "深化产业园区矩阵式改革",
    "高水平建设跨省域高新技术产业开发区",
    "促进经济技术开发区创新发展，提高边境经济合作区、跨境经济合作区发展水平",  # kinds of zone, after a verb
    "推动开发区改革创新，提高综合保税区发展水平",
    "推进边境经济合作区、跨境经济合作区、境外经贸合作区建设",
    "省部共建国家大学科技园",  # 共建 is a verb, not 建国 a place
    # a town's name inside a phrase is a word: 纤维 of 碳纤维, 劳动 of 劳动密集型
    "加快碳纤维制品产业园提质升级",
    "建强劳动密集型产业园。",
    "3家国家实验室永久园区启用",
]


@pytest.mark.parametrize(("text", "surfaces"), PARKS)
def test_find_parks(text: str, surfaces: list[str]) -> None:
    assert list(find_parks(text)) == at(text, *surfaces)


@pytest.mark.parametrize("text", NOT_PARKS)
def test_find_parks_ignores_generic_heads_districts_and_projects(text: str) -> None:
    assert list(find_parks(text)) == []


def test_park_reporting_output_is_a_park_despite_project_words() -> None:
    text = "截至2018年2月底,玉溪九龙大数据产业园投产运营项目共5项,总投资19.2亿元"
    assert list(find_parks(text)) == at(text, "玉溪九龙大数据产业园")


def test_park_name_does_not_reach_back_across_a_clause() -> None:
    text = "新疆生产建设兵团博士服务团一行到石河子高新区考察调研"
    assert list(find_parks(text)) == at(text, "石河子高新区")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("玉溪高新区的九龙片区", ["九龙片区"]),
        ("昆明高新片区", ["昆明高新片区"]),
        ("依托自贸试验区昆明片区", ["昆明片区"]),  # nested: the aggregator keeps the outer PARK
    ],
)
def test_find_subzones(text: str, surfaces: list[str]) -> None:
    assert list(find_subzones(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text", ["南片区", "西区", "结合各片区发展优势", "提升主导产业与三片区竞争力", "针对性划定2—3个片区", "30个城市更新重点片区建设",
            "选择县探索片区化推进乡村振兴", "高质量推进和美乡村片区建设", "重点推进100个乡村振兴片区建设",
            "着力建设西站等特色宜居片区", "拉动川北、重庆、贵州大片区的经济发展", "推进武夷山国家公园（江西片区）建设",
            "深化三大红色文化主题片区发展", "编制实施城市更新专项规划，加强片区策划", "着力打造城市活力片区",
            "实施综合片区类城市更新项目32个", "2519个典型村和25个典型村片区", "对房价进行分片区限制"]
)
def test_find_subzones_ignores_directions_counts_and_kinds_of_area(text: str) -> None:
    assert list(find_subzones(text)) == []


def test_subzone_after_a_verb_starts_at_its_name() -> None:
    text = "撤销龙泉园区管委会,理顺龙泉片区管理关系"
    assert list(find_subzones(text)) == at(text, "龙泉片区")


def test_park_lf_labels_traditional_text_and_skips_titles() -> None:
    nlp = spacy.blank("zh")
    doc = nlp("印發《昆明高新區發展規劃》，昆明高新區與中國（雲南）自由貿易試驗區昆明片區聯動。")
    spans = [(s.text, s.label_) for s in park_patterns()(doc)]
    assert spans == [("昆明高新區", "PARK"), ("中國（雲南）自由貿易試驗區昆明片區", "PARK")]


def test_park_gazetteer_skips_a_short_name_that_names_a_line_section() -> None:
    doc = spacy.blank("zh")("开工建设广珠（澳）高铁鹤洲至横琴段，横琴管委会")
    assert [s.text for s in park_gazetteer()(doc)] == ["横琴"]
    assert [s.start_char for s in park_gazetteer()(doc)] == [18]


def test_park_gazetteer_keeps_the_city_before_a_short_name() -> None:
    doc = spacy.blank("zh")("武宿综保区与上海外高桥合作实施改革")
    assert [s.text for s in park_gazetteer()(doc)] == ["上海外高桥"]


def test_park_gazetteer_reads_user_files(tmp_path: Path) -> None:
    names = tmp_path / "parks.txt"
    names.write_text("# my parks\n奇异测试产业示范园\n", encoding="utf-8")
    doc = spacy.blank("zh")("奇异测试产业示范园和昆明高新区")
    assert [s.text for s in park_gazetteer([str(names)])(doc)] == ["奇异测试产业示范园", "昆明高新区"]
    with pytest.raises(InputError, match="cannot read gazetteer"):
        park_gazetteer([str(tmp_path / "missing.txt")])


GENERIC_FROM_CORPUS = [
    "著力招引一批产业链标志性企业、引擎性项目向化工园区聚集",
    "云南省唯一全国高质量发展百强园区、国家先进制造业和现代服务业融合发展试点单位",
    "2021中国生物医药园区竞争力排行榜第38位",
    "为全面建成面向南亚东南亚的区域性创新型特色园区",
    "跑出加速度 凝聚新势能——2023年昆明园区发展综述",
]


@pytest.mark.parametrize(
    "text", GENERIC_FROM_CORPUS, ids=["向化工园区", "百强园区", "生物医药园区", "特色园区", "昆明园区"]
)
def test_descriptions_before_a_bare_head_are_not_park_names(text: str) -> None:
    assert list(find_parks(text)) == []


def test_counted_subzones_are_not_names() -> None:
    assert list(find_subzones("三大片区品质持续提升,南片区建设加快")) == []


def test_park_gazetteer_has_no_generic_entries() -> None:
    doc = spacy.blank("zh")("集五大功能平台于一体的特色产业园区正在建设中")
    assert list(park_gazetteer()(doc)) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("支持前海建设现代服务业新体系", ["前海"]),  # guidelines §4.6: a zone's short proper name is a PARK
        ("推动出台新一轮南沙总体发展规划", ["南沙"]),
        ("深化与海南自贸港联动创新", ["海南自贸港"]),
    ],
)
def test_park_gazetteer_finds_short_names_of_zones(text: str, surfaces: list[str]) -> None:
    assert [s.text for s in park_gazetteer()(spacy.blank("zh")(text))] == surfaces


@pytest.mark.parametrize(
    "text", ["南沙区人民政府发布通告", "河套地区农业发展良好", "博鳌零碳示范区零碳运行", "实际上，7年前海信联手联想"]
)
def test_short_names_before_a_place_word_and_demonstration_areas_are_not_parks(text: str) -> None:
    assert list(park_gazetteer()(spacy.blank("zh")(text))) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("提升西部（重庆）科学城、两江新区创新极核功能", ["西部(重庆)科学城", "两江新区"]),  # a bracketed place inside
    ],
)
def test_find_parks_with_bracketed_places(text: str, surfaces: list[str]) -> None:
    view, _ = normalise(text)
    assert [view[start:end] for start, end in find_parks(view)] == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "新建国家现代农业产业园2个",  # 新建 + a designation: 建国 is no place here
        "武汉东湖、襄阳、宜昌3家高新区位列全国50强",  # a count, not a name
    ],
)
def test_verbs_and_counts_before_a_head_are_not_park_names(text: str) -> None:
    assert list(find_parks(normalise(text)[0])) == []


def test_a_zone_named_after_以_starts_after_it() -> None:
    doc = spacy.blank("zh")("绿色石化产业以南港工业区为重要承载地")
    assert [span.text for span in park_patterns()(doc)] == ["南港工业区"]


def test_a_verb_before_片区_is_no_subzone() -> None:
    assert list(find_subzones("统筹推进片区更新")) == []
