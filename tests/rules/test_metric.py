"""METRIC: the guidelines' quantities, with their exact spans, and the non-metrics they exclude."""

from __future__ import annotations

import pytest
import spacy

from parkner.normalise import normalise
from parkner.rules.metric import find_metrics, metric_patterns
from span_helpers import at

POSITIVE = [
    ("绿电交易量100亿千瓦时、居全国前列", ["100亿千瓦时"]),  # the longest unit after a scale
    ("粮食总产486.5亿斤，单产1105.6斤", ["486.5亿斤", "1105.6斤"]),
    ("建设筹集保障性住房155.4万套（间）", ["155.4万套"]),  # guidelines §4.5: a bracketed alternative unit stays out
    ("约占全国1/10，占营收的2/3", ["1/10", "2/3"]),  # guidelines §4.6: shares
    ("地区生产总值迈上5万亿台阶", ["5万亿"]),  # 台阶 is a step, not the unit 台
    ("2021年，昆明高新区园区主营业务收入实现2665亿元，同比增长10.7%。", ["2665亿元", "10.7%"]),
    ("完成外贸进出口额315.09亿元，超目标任务32.58个百分点。", ["315.09亿元", "32.58个百分点"]),
    ("全市园区共有规上工业企业918户", ["918户"]),
    ("实际利用外资6762.07万美元", ["6762.07万美元"]),
    ("新增用地117.7公顷", ["117.7公顷"]),
    ("年产能达到1800万吨以上", ["1800万吨以上"]),
    ("全年开展招商活动60余次", ["60余次"]),
    ("新增规上企业4家以上", ["4家以上"]),
    ("每批招聘30-40人", ["30-40人"]),
    ("本地配套率约80%", ["80%"]),  # a leading approximator word stays out
    ("每股收益4.32元/股", ["4.32元/股"]),
    ("年产48万台/年的生产线", ["48万台/年"]),
    ("设计速度100公里/小时", ["100公里/小时"]),
    ("进出口增长-7%", ["-7%"]),
    ("总投资70亿，", ["70亿"]),
    ("签约金额180亿元人民币", ["180亿元"]),  # the currency name after 元 is not part of the unit
    ("引进外资2亿美元", ["2亿美元"]),
    ("占全省园区和全市的33%、81%", ["33%", "81%"]),
    ("分别高于全省园区和全市3.9个、1个百分点", ["3.9个", "1个百分点"]),
    ("同比增长18.3%", ["18.3%"]),
    ("其中规模以上工业总产值985亿元", ["985亿元"]),
    ("安宁产业园区等6家园区", ["6家"]),
    ("营业收入达８３８.７亿元", ["８３８.７亿元"]),  # full-width digits are numbers too
    ("全省地区生产总值增长5%—5.5%", ["5%—5.5%"]),  # guidelines §3.5: a range written with a dash is one span
    ("可容纳的人数多在15——30人之间", ["15——30人"]),
    ("会议室的面积通常在30-50㎡之间", ["30-50㎡"]),
    ("认为今年可能还会保持50%~60%的增速", ["50%~60%"]),  # a tilde joins a range like a dash (§3.5)
    ("预计增长3%至5%", ["3%", "5%"]),  # a range written with a word and a unit on both ends is two spans
    ("凉茶年销售收入超过 150 亿", ["150 亿"]),
    ("总算力突破1.3万PF，智能算力达4800PF，算力规模突破4000P", ["1.3万PF", "4800PF", "4000P"]),
    ("累计建成15回高电压等级跨境输电线路，与39个国家缔结118对友城", ["15回", "39个", "118对"]),
    ("从规模、效益、研发能力3方面进行综合评价", ["3方面"]),
    ("促消费活动500余场次", ["500余场次"]),
    ("壮大6大特色产业集群", ["6大"]),  # only Chinese numerals make 三大 a non-metric (§3.5)
    # fourteenth shared-dev batch: a space before the unit, compound and money units, shares, ratios, kinds
    ("价格从不到100 美元上涨到200 美元以上", ["100 美元", "200 美元以上"]),
    ("尿素涨0.49%至2070 元/吨", ["0.49%", "2070 元/吨"]),
    ("PM2.5年均浓度36.2微克/立方米", ["36.2微克/立方米"]),
    ("不少于100万批次农产品快检", ["100万批次"]),
    ("发行296.9万股新股份", ["296.9万股"]),
    ("有1美分以上的跌幅，下跌了3-5美分", ["1美分以上", "3-5美分"]),
    ("三次产业结构由8.7∶41.2∶50.1调整为7.4∶39.6∶53", ["8.7∶41.2∶50.1", "7.4∶39.6∶53"]),
    ("城乡居民收入比从2.50:1缩小至2.27:1", ["2.50:1", "2.27:1"]),  # guidelines §4.6
    ("希望采购20万扇木门，申报进口了186票商品", ["20万扇", "186票"]),  # counts with any measure word (§4.5; batch 22)
    ("大小机井3800多口，具有13大类别、28个系列", ["3800多口", "13大类别", "28个"]),
    ("进货真皮皮鞋30万双，收入总计856亿日圆，铅含量从300PPM降低", ["30万双", "856亿日圆", "300PPM"]),  # batch 24
    ("47对94个紧急停车带", ["47对", "94个"]),
    ("报价稳定在0.95欧元/瓦，费用接近5个点", ["0.95欧元/瓦", "5个点"]),  # batch 27
    ("收购价从最高7元/斤降到了4元/斤以下，召回6.09万瓶，每股4.35新元", ["7元/斤", "4元/斤以下", "6.09万瓶", "4.35新元"]),
    ("全年10大类55项民生实事项目如期完成", ["10大类", "55项"]),
    ("吴松说：“现在看来应该只能达到2万辆。”", ["2万辆"]),  # a quoted sentence is speech, not a slogan
    # sixteenth shared-dev batch: colloquial square metres, shares after 有, counts after 目前
    ("展位面积突破1万平米", ["1万平米"]),
    ("而北方仅有1/3能达标", ["1/3"]),
    ("目前4条生产线均正常运转", ["4条"]),
    ("新增2万吨多用途泊位", ["2万吨"]),  # 多 of 多用途 is no approximator
    # twentieth shared-dev batch: 个 before a scale, more currencies and units, a scale before 至 ends a span
    ("在去年100个亿的销售额中", ["100个亿"]),
    ("市值将在114亿至146亿美元之间", ["114亿", "146亿美元"]),
    ("投资1亿加元，管理资金规模达55亿人民币", ["1亿加元", "55亿人民币"]),
    ("铅蓄电池产能为1.4亿千伏安时", ["1.4亿千伏安时"]),
    ("新增变压器容量500千伏安", ["500千伏安"]),  # kVA is a capacity, not a voltage class
    # twenty-first shared-dev batch: prices per unit, colloquial money, barrels
    ("价格为10元/盒，直接成本为160元每公斤", ["10元/盒", "160元每公斤"]),
    ("记得涨过5角，收购一斤花生6块钱", ["5角", "6块钱"]),
    ("超过400万桶原油泄漏", ["400万桶"]),
]

NEGATIVE = [
    "截至2020/12/31",
    "2020年，面对新冠肺炎疫情",
    "从1—4月各项经济指标完成情况看",
    "于5月18日在11:00举行",
    "3年来累计",
    "名列全国第6位",
    "销量位列行业前4家",  # a rank; 目前4条 is a count
    "KP-488位于全世界钾盐资源最丰富的加拿大",  # 位于 is a verb, not a count of people
    "相当于真车1/3大小的外饰油泥模型",  # a scale: no count after a fraction's slash
    "推出1.8升版本的传祺，2.0升排量",  # engine sizes are specifications
    "排行榜第38位",
    "第18批博士服务团",
    "走进了第15个年头",
    "从签约到投产仅用176个工作日",
    "建设110kV变电站",
    "围绕云南“3815”战略发展目标",
    "打造“8+N”产业链",
    "推行“123456”工作法",
    "“1+2”制度",
    "研发时速400公里等级高速列车",
    "可停靠1万至2.5万吨级船舶",
    "生产2200mm×2500mm玻璃",
    "EV-71疫苗和M4型号",
    "咨询电话0871-12345678",
    "编号123",
    "全部设区市通时速350公里高铁",  # a speed class
    "关停淘汰10万千瓦及以下燃煤机组",  # a size class
    "成为全国第3大城市",
    "于10:30举行",  # a time, not a ratio
    "持有5股东权益",  # 股 of 股东 is no share
    "口岸2口径",  # 口 of 口径 is no measure word
    "东风日产继2的3次方事业计划之后",  # an exponent (batch 23)
    "竞争的模式，也由1对1演变成1对多",  # a model of competition, not pairs (batch 24)
    "NVIDIA Tegra 2双核处理器",  # a specification
    "3-5级地震，5级地震",  # a class, alone or as a range (review)
    "the 5th plan",  # t of a Latin word is no tonne
]


@pytest.mark.parametrize(("text", "surfaces"), POSITIVE)
def test_metric_spans(text: str, surfaces: list[str]) -> None:
    view, _ = normalise(text)
    assert list(find_metrics(view)) == at(text, *surfaces)


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_metrics(text: str) -> None:
    assert list(find_metrics(normalise(text)[0])) == []


def test_lf_labels_traditional_text_in_its_own_characters() -> None:
    nlp = spacy.blank("zh")
    text = "累計完成工業總產值4486.20億元，投資3000萬，增長3.7%。"
    doc = nlp(text)
    spans = list(metric_patterns()(doc))
    assert [(s.start_char, s.end_char, s.label_, s.text) for s in spans] == [
        (*at(text, "4486.20億元")[0], "METRIC", "4486.20億元"),
        (*at(text, "3000萬")[0], "METRIC", "3000萬"),
        (*at(text, "3.7%")[0], "METRIC", "3.7%"),
    ]


def test_lf_ignores_numbers_inside_document_titles() -> None:
    doc = spacy.blank("zh")("印发《关于投资985亿元的意见》，投资985亿元。")
    assert [s.text for s in metric_patterns()(doc)] == ["985亿元"]
    assert [s.start_char for s in metric_patterns()(doc)] == [19]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("加大对KP-488项目的支持力度", []),  # 项 of 项目 is no measure word
        ("实施重点项目120项，完成30项目标", ["120项", "30项"]),
        ("共签约项目12项目前进展顺利", ["12项"]),
    ],
)
def test_xiang_before_mu_is_a_measure_word_only_before_biao_or_qian(text: str, surfaces: list[str]) -> None:
    assert [text[s:e] for s, e, *_ in find_metrics(text)] == surfaces
