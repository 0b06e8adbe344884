"""PROJECT patterns: named projects, plants and lines being built; designations and programmes are not projects."""

from __future__ import annotations

import pytest
import spacy

from parkner.rules.project import (
    find_headed_projects,
    find_lines_by_ends,
    find_named_projects,
    find_transit_lines,
    project_patterns,
)
from parkner.rules.project_lists import (
    find_listed_projects,
    find_listed_works,
    find_quoted_projects,
    project_lists,
)
from span_helpers import at

NAMED = [
    ("加快推进闻泰智能制造一期项目", ["闻泰智能制造一期项目"]),
    ("安远县高速公路建设项目", ["安远县高速公路建设项目"]),
    ("天津房地产项目", ["天津房地产项目"]),
    ("闻泰昆明智能制造产业园项目", ["闻泰昆明智能制造产业园项目"]),  # one PROJECT, owner inside
    ("沃森全球疫苗研发中心和总部项目", ["沃森全球疫苗研发中心和总部项目"]),
    ("可喜安集团科技大厦暨可喜安医疗器械新厂建设工程奠基仪式", ["可喜安集团科技大厦暨可喜安医疗器械新厂建设工程"]),
    ("石林县风电项目开工", ["石林县风电项目"]),  # place + type + 项目 is specific
    ("安远县高速公路建设项目和天津房地产项目进展顺利", ["安远县高速公路建设项目", "天津房地产项目"]),
    ("今年将重点推进昆药集团口服固体制剂智能制造项目", ["昆药集团口服固体制剂智能制造项目"]),
    ("称公司投资建设的华星光电8.5代液晶面板项目将于8月8日投产", ["华星光电8.5代液晶面板项目"]),
    ("在近日的昆明版筑翠园配套工程中", ["昆明版筑翠园配套工程"]),  # the name starts after 的
    ("中部引黄工程和东部两江三期工程", ["东部两江三期工程"]),  # a phase makes it specific; 中部引黄 alone says no kind
    ("陇电入鲁工程建成投运", ["陇电入鲁工程"]),  # a power line named by its ends
    ("实施G98环岛高速提档扩容工程", ["G98环岛高速提档扩容工程"]),  # a road number is a name of its own
    ("新能源外送通道“宁电入湘”工程建成投运", ["宁电入湘"]),  # guidelines §4.6: the quoted name before its type
    ("惠及3400万人的引大济岷工程启动建设", ["引大济岷工程"]),  # a water transfer named by source and river
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
    "能源项目",
    "开发它在刚果的关键钾肥项目",  # a bare type after a description
    "万科前七个月新增房地产开发项目22个",
    "有利于中国钾肥产业的项目",  # 的 right before 项目 leaves no name
    "标志着华星光电从项目建设阶段转向生产经营阶段",
    "中国工程机械工业协会主持编制规划",  # 工程机械: no 工程
    "曾任铁道部沈阳信号厂工程师",
    "中国石油物资采购中心和管道建设项目经理部",  # 项目经理部: an office
    "大陆第二条高世代面板项目正式投产",  # an ordinal description
    "实施再电气化工程",
    "实施文化惠民工程",
    "公司今年另一看点在于IPO募投项目的投产",
    "加强对工程类和服务类采购项目的实施力度",
    "实施市政基础设施项目162个，病险水库除险加固项目5477个",  # a count after 项目: projects of a kind
    "实施亿元以上技改项目1200项以上",
    "市场中开发商拖欠工程款的案例正在增加",  # 工程款 is a payment (batch 22)
    "负责了“四电”(通信、信号、电力供电、牵引供电)系统集成工程",  # a bracket the name does not open
    "我们预估高铁建设总量不会变",  # a verb of forecasting opens the clause (batch 23)
    "由福建金马建设工程有限公司承建",  # 工程 of a company's trade
]


@pytest.mark.parametrize(("text", "surfaces"), NAMED)
def test_find_named_projects(text: str, surfaces: list[str]) -> None:
    assert list(find_named_projects(text)) == at(text, *surfaces)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_generic_mentions_and_programmes_are_not_projects(text: str) -> None:
    assert list(find_named_projects(text)) == []
    assert list(find_headed_projects(text)) == []
    assert list(find_listed_projects(text)) == []


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
        ("加快建设长春百克生物制药研发生产基地,发展体外诊断", ["长春百克生物制药研发生产基地"]),
        ("华为矿山油气军团全球总部基本建成", ["华为矿山油气军团全球总部"]),  # adverb between name and verb
        ("总投资超500亿元的晋北采煤沉陷区新能源基地加快建设", ["晋北采煤沉陷区新能源基地"]),
        ("加快推进省人民医院国家重大传染病防治基地建设", ["省人民医院国家重大传染病防治基地"]),  # an owner builds it
        ("建成鹏城云脑Ⅲ、国家超算深圳中心二期。", ["国家超算深圳中心二期"]),  # a phase is being built
        # a line keeps its section: two places joined by 至, a two-character abbreviation or a place
        ("大小凉山地区驶入动车时代，川青铁路成都至黄胜关段通车。", ["川青铁路成都至黄胜关段"]),
        ("合新高铁安徽段、合肥西站建成运营", ["合新高铁安徽段", "合肥西站"]),
        ("开工建设广珠（澳）高铁鹤洲至横琴段", ["广珠（澳）高铁鹤洲至横琴段"]),
        ("加快推进沿江高铁建设阶段性工作", ["沿江高铁"]),  # 建设阶段 is no section
        ("推动福州长乐国际机场二期、厦门翔安国际机场建设", ["福州长乐国际机场二期", "厦门翔安国际机场"]),  # a phase
        ("建成投用重庆东站、渝厦高铁", ["重庆东站", "渝厦高铁"]),  # 投用 is a verb, no part of the name
    ],
)
def test_find_headed_projects_in_construction_context(text: str, surfaces: list[str]) -> None:
    assert list(find_headed_projects(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text",
    [
        "贝泰妮新中央工厂生产的产品畅销",
        "全市成功创建国家级新型工业化产业示范基地4个",
        "厦门软件园涌现了一大批明星企业",
        "坚持以经济建设为中心",  # bare 中心 is no project head
        "辽宁省政府采购中心首先做好项目需求",
        "加快建设大同国家数据标注基地",  # a designation
        "打造国内领先的高性能碳纤维产业基地",  # a description
        "建设一批零碳工厂和园区",
        "近期主要建设优质红枣原料基地",
        "贝泰妮新中央工厂的员工在车间里说,项目建设很顺利",  # the cue is in the clause, not next to the name
    ],
)
def test_headed_names_without_construction_are_not_projects(text: str) -> None:
    assert list(find_headed_projects(text)) == []


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


def test_quoted_programme_is_not_a_project_near_construction_words() -> None:
    text = "实施“火炬工程”，带动一批项目落地"
    assert list(find_quoted_projects(text)) == []
    assert list(find_headed_projects(text)) == []


def test_project_lfs_label_traditional_text() -> None:
    doc = spacy.blank("zh")("貝泰妮新中央工廠開工建設，美洋、雅致等項目當年簽約。")
    assert [(s.text, s.label_) for s in project_patterns()(doc)] == [("貝泰妮新中央工廠", "PROJECT")]
    assert [(s.text, s.label_) for s in project_lists()(doc)] == [("美洋", "PROJECT"), ("雅致", "PROJECT")]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("云南锗业年产10吨锗单晶项目开工建设", ["云南锗业年产10吨锗单晶项目"]),  # company + capacity + product
        ("投资建设5000吨/年碳酸锂深加工项目", ["5000吨/年碳酸锂深加工项目"]),  # a capacity opens the name
        ("草铺街道年产30万吨磷酸铁项目落地", ["草铺街道年产30万吨磷酸铁项目"]),  # a town below the county
        ("新建大理至临沧铁路扩能工程正式开工", ["大理至临沧铁路扩能工程"]),  # the name starts after 新建
        ("公司中标安宁工业园区污水处理厂工程总承包", ["安宁工业园区污水处理厂工程"]),  # the project before 总承包
        ("贵研铂业旗下昆明贵金属催化剂项目投产", ["昆明贵金属催化剂项目"]),  # the name starts after 旗下
        ("华锦集团大型乙烯项目开工", ["华锦集团大型乙烯项目"]),  # a description after the owner stays in
        ("加快推进昆明铁路枢纽优化提升工程", ["昆明铁路枢纽优化提升工程"]),  # a final activity of a placed name
        ("云南裕能一期项目建成投产", ["云南裕能一期项目"]),
    ],
)
def test_find_named_projects_with_capacities_towns_and_owners(text: str, surfaces: list[str]) -> None:
    assert list(find_named_projects(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text",
    [
        "年产10万吨项目开工",  # a capacity without a product
        "新增30万千瓦光伏项目",  # a power capacity is a total, not a plant
        "推进新型城镇化项目",  # 城镇 is no town
        "实施消防装备提升工程",  # an activity without place or owner: a programme
        "大型乙烯项目开工",  # a description without an owner
        "建成临岳6条高速公路",  # a count
    ],
)
def test_capacities_counts_and_programmes_are_not_named_projects(text: str) -> None:
    assert list(find_named_projects(text)) == []
    assert list(find_headed_projects(text)) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("大理至临沧铁路建成通车", ["大理至临沧铁路"]),
        ("开工建设昆楚高速", ["昆楚高速"]),  # two-character abbreviation of a line's ends
        ("楚雄机场航站楼投用", ["楚雄机场航站楼"]),
        ("第三自来水厂开工建设", ["第三自来水厂"]),  # an ordinal right before the noun is part of the name
        ("汉江流域检测认证中心正在建设中", ["汉江流域检测认证中心"]),
        ("推进云南省博物馆北院区建设", ["云南省博物馆北院区"]),
        ("龙泉片区玉溪·顺义产业园开工", ["玉溪·顺义产业园"]),  # the park before it only says where it is
        ("京唐城际铁路、承平高速全线通车", ["京唐城际铁路", "承平高速"]),  # guidelines §4.4: named lines being built
        ("北京通州站开通运营", ["北京通州站"]),
        ("高标准建设中欧班列长沙集结中心", ["中欧班列长沙集结中心"]),
        ("瓦石峡水库开工建设", ["瓦石峡水库"]),
        ("30万吨级条帚门航道建成投运", ["条帚门航道"]),  # guidelines §4.6: a size class is no part of the name
        ("建成开放上海大歌剧院", ["上海大歌剧院"]),
        ("哈伊高铁全线铺轨贯通", ["哈伊高铁"]),
        ("推进宁九高速公路、宁洛高速公路改扩建等建设", ["宁九高速公路", "宁洛高速公路改扩建"]),  # the work keeps its type
        ("推动果洛海东中学建成招生", ["果洛海东中学"]),
        ("加快妈祖文化中心建设", ["妈祖文化中心"]),
    ],
)
def test_find_headed_infrastructure_and_buildings(text: str, surfaces: list[str]) -> None:
    assert list(find_headed_projects(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text",
    [
        "加快城市间高铁、城际铁路建设",  # bare types
        "经济保持高速增长",
        "扎实推进西部陆海新通道建设",  # a strategic corridor
        "计划新建一座汽车工厂",  # a count
        "加快建设“五个中心”",
        "推动沿边铁路建设",  # a modifier, not an abbreviation
        "新建加油站和充电站",  # kinds of facility, no name
        "加快推进大中型灌区续建配套和现代化改造",  # a class of works
    ],
)
def test_generic_infrastructure_and_counts_are_not_headed_projects(text: str) -> None:
    assert list(find_headed_projects(text)) == []
    assert list(find_named_projects(text)) == []


@pytest.mark.parametrize("text", ["深入实施基础教育扩优提质工程", "实施天然林资源保护二期工程"])
def test_works_that_are_carried_out_are_programmes(text: str) -> None:
    assert list(find_named_projects(text)) == []


def test_a_place_keeps_carried_out_works_a_project() -> None:
    text = "实施昆明市污水处理厂提标改造工程"
    assert list(find_named_projects(text)) == at(text, "昆明市污水处理厂提标改造工程")


def test_metro_lines_being_built_keep_their_phase_section_and_city() -> None:
    text = "城市交通有序改善，地铁4号线北段、7号线一期南段、Z4线一期北段建成通车，太原地铁1号线开通运营。"
    assert list(find_transit_lines(text)) == at(text, "地铁4号线北段", "7号线一期南段", "Z4线一期北段", "太原地铁1号线")


@pytest.mark.parametrize(
    "text",
    [
        "乘坐地铁2号线到达会场",  # not presented as being built
        "沈阳地铁2号线一期工程开工",  # a named 工程: left to find_named_projects
        "空客A320生产线开工",  # a code, not a line
    ],
)
def test_lines_not_being_built_or_inside_other_names(text: str) -> None:
    assert list(find_transit_lines(text)) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("隆泸叙铁路开通首发，成南扩容、九绵等高速公路通车运行。", ["九绵"]),  # 成南扩容: a work without an owner
        ("加快建设崇明线、南枫线、19号线等轨道交通线。", ["崇明线", "南枫线"]),  # numbered lines: find_transit_lines
    ],
)
def test_conjuncts_before_a_kind_of_works_being_built(text: str, surfaces: list[str]) -> None:
    assert list(find_listed_works(text)) == at(text, *surfaces)


def test_lines_named_by_their_ends_in_a_construction_clause() -> None:
    text = "该项目南接映秀—汶川高速公路，并与汶川—马尔康高速公路相连。"
    assert list(find_lines_by_ends(text)) == at(text, "映秀—汶川高速公路", "汶川—马尔康高速公路")


@pytest.mark.parametrize("text", ["乘车经映秀—汶川高速公路前往灾区", "2010-2015年铁路建设投资", "上下游—产业链高速发展"])
def test_lines_by_ends_need_two_places_and_a_construction_clause(text: str) -> None:
    assert list(find_lines_by_ends(text)) == []


def test_a_reference_to_projects_named_before_is_no_name() -> None:
    doc = spacy.blank("zh")("昨日，中色集团总经理罗涛接受记者采访时介绍上述项目，他还表示")
    assert list(project_patterns()(doc)) == []
