"""COMPANY finders: legal-form names, short names before titles, cues and stock codes, lists; descriptions are not names."""

from __future__ import annotations

import pytest
import spacy

from parkner.rules.company import (
    company_cues,
    company_suffix,
    company_titles,
    find_before_stakes,
    find_before_titles,
    find_by_cue,
    find_by_suffix,
    find_declared_short_names,
    find_in_lists,
    find_latin_names,
    find_listed_after_noun,
)
from span_helpers import at

BY_SUFFIX = [
    ("昆明贵研催化剂有限公司", ["昆明贵研催化剂有限公司"]),
    ("在湖北华越汽车零部件有限公司，整车装配投入批量生产", ["湖北华越汽车零部件有限公司"]),
    ("昆明国家高新区招商有限公司成立", ["昆明国家高新区招商有限公司"]),  # one COMPANY, park inside
    ("昆药集团加快发展", ["昆药集团"]),
    ("好医生医药集团投资建设", ["好医生医药集团"]),
    ("昆明中药厂生产车间。", ["昆明中药厂"]),
    ("美国波音公司", ["美国波音公司"]),
    ("地铁运营方介绍，奥的斯公司需要出具证明", ["奥的斯公司"]),  # a known name that holds 的
    ("熟悉内情的人士介绍，好歹鲁花集团还有地产业务", ["鲁花集团"]),  # an adverb opens the clause
    ("港南商事株式会社是日本一家大型的家居建材连锁超市", ["港南商事株式会社"]),  # a Japanese legal form (batch 22)
    ("时任通号集团有限公司副总经理的缪伟忠发言称", ["通号集团有限公司"]),  # a career word opens the clause
    ("8月30日下午，记者来到鼎鑫公司门卫处", ["鼎鑫公司"]),  # so does a verb of arriving
    ("施工单位福建金马建设工程有限公司为被告", ["福建金马建设工程有限公司"]),  # 建设工程 is a trade, not a verb (batch 23)
    ("在香港，有两款葛兰素史克公司的安灭菌产品", ["葛兰素史克公司"]),  # a count of products opens the name
    ("人们或许在市场上看不到惠普公司的电脑了", ["惠普公司"]),
    ("此前法国SEB(赛博集团)收购苏泊尔", ["赛博集团"]),  # the name inside an unclosed bracket (batch 24)
    ("总部位于美国康涅狄格州的奥的斯电梯公司，是", ["奥的斯电梯公司"]),  # a place and 的 before a known name
    ("昨日（2日）环球资源公司旗下专业杂志", ["环球资源公司"]),  # a bracket the name does not open (batch 25)
    ("重庆建设机械厂生产摩托车。", ["重庆建设机械厂"]),  # 建设 inside the name is no construction
    ("仅有媒体报道的，光明集团就已进行过五次海外收购", ["光明集团"]),  # a known name that is also a place (batch 26)
    ("北京太阳能研究所有限公司总经理助理刘君认为", ["北京太阳能研究所有限公司"]),  # a registered form: a firm
    ("和中国市值最大的糖果制造商——徐福记国际集团进行谈判", ["徐福记国际集团"]),  # 国际 inside a name
    ("系统误报导致列车延误的频率较唐车公司所产同型车高", ["唐车公司"]),  # a comparison opens the name
    ("华为公司发布新手机", ["华为公司"]),  # 为 ends a known name
    ("董事会发布公告推荐中粮集团收购要约", ["中粮集团"]),  # a verb of recommending opens the name (batch 27)
    ("刘爱明则加盟重庆协信控股集团担任总裁", ["重庆协信控股集团"]),
    ("苹果最大的零件提供商台湾鸿海公司收到订单", ["台湾鸿海公司"]),  # a description before the name
    ("被收购方小肥羊集团于2007年在开曼群岛注册", ["小肥羊集团"]),
    ("雀巢或多美滋的东家达能集团都有可能出手", ["达能集团"]),  # an owner described before the name
    ("依据伊利集团与北京铁路局所辖的", ["伊利集团"]),  # clause openers
    ("以满足协鑫集团未来发展的资金需求", ["协鑫集团"]),
    ("我不知道为什么雅戈尔集团最后回应说", ["雅戈尔集团"]),
    ("科右前旗华锐风机制造厂", ["科右前旗华锐风机制造厂"]),
    ("与云南能源投资股份有限公司等多家企业集中签约19个项目", ["云南能源投资股份有限公司"]),
    ("礼品菜07年年初涪陵榨菜集团就向市场推出来了", ["涪陵榨菜集团"]),  # a name starts after a date
    ("的销售收入，并入上海电气集团后将占上海电气集团营业收入", ["上海电气集团", "上海电气集团"]),  # verbs before a name
    ("重庆秋田齿轮有限责任公司，再加上有中国兵器工业集团", ["重庆秋田齿轮有限责任公司", "中国兵器工业集团"]),
    ("目前大众集团控股奥迪公司99.5%的股权", ["大众集团", "奥迪公司"]),  # a verb of control between two companies
    ("在今年4月要求茅台集团要明确", ["茅台集团"]),
    ("比如像前些年达能集团通过战略投资", ["达能集团"]),
    ("奥的斯电梯集团是新时达的第一大客户", ["奥的斯电梯集团"]),  # a known name the cut at 的 would split
    ("企业包括项目的合作方新石油勘探公司", ["新石油勘探公司"]),  # a descriptor before the name
    ("据参与此事的北京德恒律所陈建宏律师介绍", ["北京德恒律所"]),  # law and accounting firms are businesses
    ("立信会计师事务所出具报告", ["立信会计师事务所"]),
    ("因地制宜发展壮大特色产业。做强省纺织集团，", ["省纺织集团"]),  # the province's own group of a kind
    ("支持吉林农商行深化改革", ["吉林农商行"]),  # a place's rural commercial bank
    ("袁伯银2007年加入万科集团任助理总经理，2007年9月任万科集团副总裁", ["万科集团", "万科集团"]),  # verbs of a career
    ("、西子奥的斯电梯有限公司和北京", ["西子奥的斯电梯有限公司"]),  # a known name inside a longer one
    ("湖南太子奶集团破产重整管理人北京德恒律师事务所", ["湖南太子奶集团", "北京德恒律师事务所"]),  # a role between two
    ("记者致电代理商烟台每怡进出口有限公司", ["烟台每怡进出口有限公司"]),  # a clause and a descriptor before it
    ("路透社的报道已经显示出苹果公司在处理器供货", ["苹果公司"]),
    ("由于金融危机冲击，导致萨固密集团资金链断裂", ["萨固密集团"]),
    ("专门采访了全球最大的目录分销商Digi-Key公司的", ["Digi-Key公司"]),  # batch 20
    ("其矿区东部、西部、北部，是必和必拓公司的钾矿", ["必和必拓公司"]),  # a verb before a known name that holds 和
    ("此前中金公司的一份研报，如果李宁公司的经销商", ["中金公司", "李宁公司"]),  # batch 21: words opening a clause
]

NOT_BY_SUFFIX = [
    "有助于公司整体经营效率的提升",  # a phrase before 公司
    "在全市率先成立了云南省首家国有专业招商公司，推动招商引资",
    "该公司计划投资",
    "昆明高新区管委会",
    "贝泰妮新中央工厂开工建设",  # a plant being built is a PROJECT
    "辉煌科技直接称公司产品与本次动车事故无关",  # a clause (称) before 公司: no name, the gazetteer finds 辉煌科技
    "强生是全世界最大的一个医疗公司",  # a count before a kind of business
    "所以公司利润水平基本与去年同期持平",  # a conjunction before 公司
    "内容均为公司成立的年代",  # a verb right before 公司
    "成本抑制了前40大矿业公司的综合股本回报率",  # a rank before a kind
    "日元走强削弱了日本汽车公司在海外的竞争力",  # a country's companies of a kind
    "入选国家领航级智能工厂2家、卓越级智能工厂67家、5G工厂301家",  # designations of plants
    "美的中央空调64个销售分公司全面发力",  # a count of branches
    "丰田已退出了第一集团的竞争",  # a rank
    "工业市场研究公司",  # a kind of business
    "去年下半搬厂前后",  # a verb before 厂
    "加快融资平台和城投公司改革转型",  # kinds of business (§4.6 batch 16)
    "夏治冰在比亚迪担任销售公司总经理一职",
    "该律师事务所认为",
    "主要主持上海公司工作和分管集团人力资源",  # verbs before a company noun (batch 18)
    "并有效减少公司与集团之间的关联交易",
    "目前焦化企业利润相对较低，使焦化厂前景极为消极",
    "对此，记者致电公司证券部",  # a clause, a verb or a class before 公司 (batch 19)
    "去年11月到12月之间公司对旗下产品上调了价格",
    "便于执行公司的各项政策",
    "日本本土汽车公司的零部件供应商",
    "目前国内钢厂的铁矿石采购有现货模式",
    "作为全球最大的照明设备公司",
    "截至6月18日，中石油、中石化两公司在9个小时内",  # a count, a kind, a class before 公司 (batch 20)
    "由保险单位、维修单位和燃料公司要求",
    "我们既把它看作荣誉，更当成公司今后工作的动力",
    "在A股公司中，卓翼科技",  # classes and superlatives before 公司 (batch 21)
    "丰田体现出来的是全球最大汽车公司所应有的",
    "虽然公司多年来一直在努力拓展华南",  # a conjunction, a period, a class before 公司 (batch 22)
    "保守估计，这两个月公司对日出口电池将月增长50%",
    "商务部目前还没有收到任何公司要求进行反垄断评估的申请",
    "企业应与欧盟当地的植物药生产企业或代理公司密切联系",
    "在园区成立1个或多个实体化运营公司",
    "一门独门绝技是促成公司利润增长的背后推手",  # a verb, a board, a clause, a kind before a company noun (batch 23)
    "深市中小板公司平均毛利率为23.94%",
    "需用量激增，几乎每月都有药厂来市采购",
    "冀东油田供应处执行集团公司的规定",  # a verb that opens no trade (执行, not 建设工程)
    "主要客户为铁道部下属的铁路局及铁路公司等",
    "按照年初公司披露的发展规划",  # a time before 公司 (batch 24)
    "亏损2070万美元，当日公司股价由此暴跌23%",  # batch 25
    "巨大的市场空间，仍可为业内公司提供良好收入",
    "同时,降低担保公司进入政府采购信用担保领域的门槛",
    "该公司旗下附属公司Saab Automobile",
    "中国公司和国际大公司，倚重国际公司的国际石油公司",  # companies of a reach (batch 26)
    "中兴通讯近两年来手机业务增长为公司业绩的亮点",  # 为 before 公司 is a verb
    "未来公司计划总投资3亿元，预计年内公司将扭亏",
    "记者就该事故对公司的影响连线公司董秘",
    "项目建成后将打破国外公司在大化肥行业的技术垄断",
    "它们既存在与上级公司网络的上联",
    "安全路由器可以隐藏公司内部的网络拓扑结构图",  # verbs before 公司 (batch 27)
    "而且增加公司投资收益700万元左右",
]


@pytest.mark.parametrize(("text", "surfaces"), BY_SUFFIX)
def test_find_by_suffix(text: str, surfaces: list[str]) -> None:
    assert list(find_by_suffix(text)) == at(text, *surfaces)


def test_branch_company_is_found_whole() -> None:
    text = "网宿科技有限公司厦门分公司"
    found = list(find_by_suffix(text))
    assert (0, len(text)) in found  # the outermost span; the aggregator drops the nested head office
    assert all(start == 0 for start, _ in found)


def test_a_branch_after_its_company_is_part_of_its_name() -> None:
    text = "北方绿色食品股份有限公司清河墨尼啤酒分公司成立"
    branch = "北方绿色食品股份有限公司清河墨尼啤酒分公司"
    assert (0, len(branch)) in list(find_by_suffix(text))  # the aggregator keeps it over the inner company


@pytest.mark.parametrize("text", NOT_BY_SUFFIX)
def test_descriptions_and_bodies_are_not_companies(text: str) -> None:
    assert list(find_by_suffix(text)) == []


def test_description_between_place_and_name_is_left_out() -> None:
    text = "澳大利亚矿企王朝金属公司"
    assert list(find_by_suffix(text)) == at(text, "王朝金属公司")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该公司是韩国汽车制造商现代汽车公司的供应商", "现代汽车公司"),  # 现 is no leading word after a description
        ("全球商用车辆安全及控制技术一级供应商威伯科公司", "威伯科公司"),
        ("指责英国制药巨头葛兰素史克公司", "葛兰素史克公司"),
    ],
)
def test_descriptions_before_a_name_are_left_out(text: str, name: str) -> None:
    assert list(find_by_suffix(text)) == at(text, name)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [("云南锗业生产车间。", ["云南锗业"]), ("云端药业党支部书记", ["云端药业"]), ("金浔股份党支部", ["金浔股份"])],
)
def test_find_by_cue(text: str, surfaces: list[str]) -> None:
    assert list(find_by_cue(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text", ["企业生产车间", "昆明中药厂生产车间", "高新区非公党委组织企业开展党建活动", "机关党支部"]
)
def test_find_by_cue_needs_a_business_name(text: str) -> None:
    assert list(find_by_cue(text)) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("支持昆电工、多宝等企业", ["昆电工", "多宝"]),
        ("以沃森生物、维和药业、健坤生物药业为代表的生物制药企业迅速成长", ["沃森生物", "维和药业", "健坤生物药业"]),
        ("先后建成和引进了腾达机械、新天力、联塑科技等一批先进装备制造业企业", ["腾达机械", "新天力", "联塑科技"]),
        ("公司已为通用、福特和康明斯等车企配套", ["通用", "福特", "康明斯"]),  # the last conjunct joined by 和
        ("引入国机集团、中国通用、中国国新等央企战略力量", ["国机集团", "中国通用", "中国国新"]),
        ("预期好当家、东方海洋(、獐子岛等水产企业将受益", ["好当家", "东方海洋", "獐子岛"]),
        ("华为、联想、海尔三家企业主营业务收入超千亿", ["华为", "联想", "海尔"]),
        ("相关上市公司有澳洋科技、新乡化纤、华峰氨纶等。", ["澳洋科技", "新乡化纤", "华峰氨纶"]),  # introduced by 公司有
        ("京东、卓越和当当等大型电子商务运营商均在近期表示", ["京东", "卓越", "当当"]),  # operators are companies
        ("不仅仅是万科，上半年金地集团、中海地产、佳兆业等一批龙头房企", ["金地集团", "中海地产", "佳兆业"]),  # a date opens it
        ("中国食品企业的一线品牌如娃哈哈、蒙牛、伊利等企业", ["娃哈哈", "蒙牛", "伊利"]),  # 品牌如 opens it (batch 22)
        ("国内光伏企业就包括东方日升、南玻A、天威新能源等，部分企业", ["东方日升", "南玻A", "天威新能源"]),  # batch 23
        ("园区企业主要有华为、联想、海尔", ["华为", "联想", "海尔"]),  # a list that ends the text
        ("国家发改委曾约谈中粮集团、益海嘉里等企业", ["中粮集团", "益海嘉里"]),  # a verb opens it (batch 24)
        ("身为出资人的卓群纳米和盛昌稀土两家企业确认", ["卓群纳米", "盛昌稀土"]),  # two joined by 和 (batch 25)
        ("超威、诺力、天能、昌盛四家大型铅酸蓄电池生产企业都已", ["超威", "诺力", "天能", "昌盛"]),  # batch 26
    ],
)
def test_find_in_lists(text: str, surfaces: list[str]) -> None:
    assert list(find_in_lists(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text",
    [
        "聚焦生物医药、电子信息、装备制造等产业",
        "培育雏鹰企业、龙头企业等",
        "引进龙头企业",
        "培育内蒙古牛羊肉、奶酪、马铃薯等区域品牌",  # brands of products and regions
        "本届百强中从事软件、元器件、材料等企业数量达40余家",  # kinds of business
        "深化国资国企改革，组建能源发展、数据、城市更新等一批主业企业",  # main businesses, not names
        "该创新联盟在AMT、CVT、DCT、AT等四种自动变速器领域均有领头企业",  # fields of product
    ],
)
def test_find_in_lists_needs_the_text_to_call_them_companies(text: str) -> None:
    assert list(find_in_lists(text)) == []


def test_company_lfs_label_traditional_text() -> None:
    doc = spacy.blank("zh")("雲南鍺業生產車間。昆明貴研催化劑有限公司")
    assert [(s.text, s.label_) for s in company_cues()(doc)] == [("雲南鍺業", "COMPANY")]
    assert [(s.text, s.label_) for s in company_suffix()(doc)] == [("昆明貴研催化劑有限公司", "COMPANY")]


@pytest.mark.parametrize(
    "text",
    [
        "鼓励上市公司加大研发投入",  # generic company nouns
        "跨国公司在华设立地区总部",
        "双方成立合资公司开展业务",
        "通过全资子公司持有股权",
        "收购了澳大利亚上市公司阿奎拉",
        "这将影响本公司经营业绩",  # pronoun before the noun
        "我们公司有数百名业务员",
        "进一步完善公司治理结构",  # verb + 公司 + noun
        "安排好油罐车的进出厂",  # 出厂 is a verb
        "引入更多的担保公司进行竞争",  # a kind of business alone
        "当地面板厂开工率下降",
        "目前很多钢厂已减少进口",  # a class
        "两家公司签署协议",
        "中国公司在海外投资",  # a place alone
        "产品在上海工厂生产",
        "现代企业制度和公司法人治理结构",
        "组件制造商VariSystems Corp.是北美采购商",  # a fragment of a Latin name
    ],
)
def test_generic_company_nouns_and_phrases_are_not_companies(text: str) -> None:
    assert [text[s:e] for s, e in find_by_suffix(text)] == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("国际啤酒巨头百威英博啤酒集团宣布同大连大雪集团达成协议", ["百威英博啤酒集团", "大连大雪集团"]),  # a clause word
        ("其中,昆药集团医药商业有限公司新增药品网络终端平台", ["昆药集团", "昆药集团医药商业有限公司"]),  # group + subsidiary
        ("沈阳啤酒厂扩大产能", ["沈阳啤酒厂"]),  # a place before a kind names one company
        ("印度生产商--印度国家铝业公司报价", ["印度国家铝业公司"]),
        ("中国电信设备制造商华为公司计划进军印度市场", ["华为公司"]),  # 为 ends a name
        ("吉利控股集团宣布收购沃尔沃", ["吉利控股集团"]),
    ],
)
def test_company_names_survive_the_generic_checks(text: str, surfaces: list[str]) -> None:
    assert [text[s:e] for s, e in find_by_suffix(text)] == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "本案对酒店、餐饮等企业有很大的警示意义",  # kinds of business
        "来自美国、加拿大、意大利等地的企业参展",  # places, and 等地 says so
        "上海、广州等城市的合资企业",
        "在机械加工、铸造、锻造、冲压等各领域工艺卓著的优秀制造企业",
        "家电、五金、建材等参展企业表示价格上调",
        "把供应商、分销商和零售商等企业联系起来",
    ],
)
def test_lists_of_kinds_and_places_are_not_companies(text: str) -> None:
    assert list(find_in_lists(text)) == []


def test_lists_keep_company_names_and_whole_latin_names() -> None:
    text = "如VariSystems Corp.、箭牌、金佰利等知名欧美企业"
    assert [text[s:e] for s, e in find_in_lists(text)] == ["箭牌", "金佰利"]
    text = "财政政策、货币政策,国机智能装备等企业"  # a list does not run across a comma
    assert [text[s:e] for s, e in find_in_lists(text)] == ["国机智能装备"]
    text = "宝钢、武钢、中铝等中国企业加大投资"
    assert [text[s:e] for s, e in find_in_lists(text)] == ["宝钢", "武钢", "中铝"]


@pytest.mark.parametrize(
    "text",
    [
        "我国就曾经出现过北方和南方两大电缆集团",  # a count of groups, no name
        "培育省级及以上绿色工厂100家",  # a designation of plants
        "力争新增自治区级智能工厂和数字化车间80家",
    ],
)
def test_counts_and_designations_before_a_legal_form_are_not_names(text: str) -> None:
    assert list(find_by_suffix(text)) == []


def test_classes_of_enterprises_in_a_list_are_not_companies() -> None:
    text = "专精特新企业、高新技术企业、科技型中小企业等优质企业梯度培育"
    assert list(find_in_lists(text)) == []


def test_stock_codes_follow_a_listed_companys_name() -> None:
    text = "同一天，世纪瑞尔(300150.SZ)紧急澄清；江西水泥（000789.SZ）一位负责人，腾讯控股(00700.HK)"
    assert [s.text for s in company_cues()(spacy.blank("zh")(text))] == ["世纪瑞尔", "江西水泥", "腾讯控股"]
    assert list(company_cues()(spacy.blank("zh")("邮编(650106)，截至2020年(2020.12)"))) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("缘起数日前，咨询公司MerrillLynch驻台北的分析师", ["MerrillLynch"]),  # guidelines §4.6
        ("光明食品相继与英国联合饼干公司(United Biscuits)传出收购消息", ["United Biscuits"]),
        ("合作方新石油勘探公司（Nippon\u00a0Oil\u00a0Exploration）、", ["Nippon\u00a0Oil\u00a0Exploration"]),  # no-break spaces
        ("花旗集团全球市场公司(Citigroup Global Markets Inc.)及美林", ["Citigroup Global Markets Inc."]),  # a legal form's stop
    ],
)
def test_latin_names_introduced_by_a_company_noun(text: str, surfaces: list[str]) -> None:
    assert [text[s:e] for s, e in find_latin_names(text)] == surfaces


@pytest.mark.parametrize("text", ["该公司CEO表示", "公司IPO进程加快", "集团(A股)", "大众集团CEO Martin Winterkorn表示"])
def test_roles_and_terms_after_a_company_noun_are_not_names(text: str) -> None:
    assert list(find_latin_names(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "国际石油公司一直看好中国国内市场",  # generic descriptions before 公司
        "在海外项目中，中国公司和国际大公司合作",
        "该县要求招标公司制定了公开招标方案",
        "引进央企二、三级子公司超800家",
        "海外市场系公司一大看点",
    ],
)
def test_descriptions_before_a_company_noun_are_not_names(text: str) -> None:
    assert [text[s:e] for s, e in find_by_suffix(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("权转让都是为了今后光明食品集团的调整服务", "光明食品集团"), ("称两家公司的共同大股东北京医药集团有限责任公司", "北京医药集团有限责任公司")],
)
def test_adverbs_and_owner_descriptions_before_a_name_are_left_out(text: str, name: str) -> None:
    found = [text[s:e] for s, e in find_by_suffix(text)]  # a group inside a longer legal name is found too
    assert name in found and all(name.startswith(surface) for surface in found)


BEFORE_TITLES = [
    ("但他未透露具体细节。 日照钢铁相关人士告诉记者", ["日照钢铁"]),
    ("中投顾问研究总监张砚霖表示", ["中投顾问"]),
    ("业普遍感觉到真正的行家并不多。佐丹诗红木总经理夏媚媚在论坛上说", ["佐丹诗红木"]),
    ("值得一提的是，担任三元股份总经理一职", ["三元股份"]),
    ("6月1日，宏碁(Acer)总裁翁建仁表示", ["宏碁(Acer)"]),
    ("新工厂。万士达方面表示，虽然人工成本有一定压力", ["万士达"]),  # 方面表示: the company's side speaks
    ("。阔达装饰营销总监夏勃表示", ["阔达装饰"]),
]

NOT_BEFORE_TITLES = [
    "对此，力拓全球采购总裁斯科特表示",  # a unit of the company, not the company
    "价格主管部门相关负责人表示",  # a government body
    "业内相关人士表示",  # no name
    "加大政务公开，完善新闻发言人制度",  # a verb before the title
    "该公司总经理表示",  # a description
    "他与大众汽车总经理会面",  # no clause opens the name
    "。美国方面表示将继续谈判",  # a country's side
]


@pytest.mark.parametrize(("text", "surfaces"), BEFORE_TITLES)
def test_find_before_titles(text: str, surfaces: list[str]) -> None:
    assert list(find_before_titles(text)) == at(text, *surfaces)


@pytest.mark.parametrize("text", NOT_BEFORE_TITLES)
def test_units_bodies_and_phrases_before_titles_are_not_companies(text: str) -> None:
    assert list(find_before_titles(text)) == []


def test_company_titles_lf_works_on_traditional_docs() -> None:
    doc = spacy.blank("zh")("日照鋼鐵相關人士告訴記者")
    assert [(s.text, s.label_) for s in company_titles()(doc)] == [("日照鋼鐵", "COMPANY")]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("中国LED芯片企业士兰明芯、华灿、三安、大连路美是显示屏用芯片供应商", ["士兰明芯", "华灿", "三安", "大连路美"]),
        ("而与面板巨头三星、LGD、奇美相比", ["三星", "LGD", "奇美"]),  # the last member, a known name, ends the list
    ],
)
def test_lists_right_after_a_company_noun(text: str, surfaces: list[str]) -> None:
    assert [text[s:e] for s, e in find_listed_after_noun(text)] == surfaces


@pytest.mark.parametrize("text", ["重点企业产值、利润、税收分别增长", "支持企业研发、生产、销售一体化"])
def test_lists_after_a_company_noun_that_end_in_no_known_name_are_not_companies(text: str) -> None:
    assert list(find_listed_after_noun(text)) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("稳妥有序组建云南农村商业银行。", ["云南农村商业银行"]),  # a province before a bank's legal form names it
        ("江西农商联合银行挂牌开业", ["江西农商联合银行"]),
    ],
)
def test_rural_banks_named_by_their_province(text: str, surfaces: list[str]) -> None:
    assert list(find_by_suffix(text)) == at(text, *surfaces)


@pytest.mark.parametrize("text", ["支持各地农商银行发展", "深化义务教育集团化办学"])  # a class of banks; 集团化 is a verb
def test_classes_of_banks_and_grouping_are_not_companies(text: str) -> None:
    assert list(find_by_suffix(text)) == []


def test_a_comparison_word_before_a_list_is_left_out() -> None:
    text = "而像广汽长丰、长城汽车等自主品牌厂家则在经营"
    assert [s.text for s in company_cues()(spacy.blank("zh")(text))] == ["广汽长丰", "长城汽车"]


def test_a_list_of_domestic_companies_is_companies() -> None:
    text = "包括长飞、烽火、中天、亨通等国内线缆企业都掌握了光纤技术"  # 国内 is a reach, not a country
    assert list(find_in_lists(text)) == at(text, "长飞", "烽火", "中天", "亨通")


@pytest.mark.parametrize("text", ["为有效缓解发电公司资金困难", "补助8大发电公司所属发电企业", "承认公司为客运专线提供设备"])
def test_a_verb_before_a_kind_of_company_names_none(text: str) -> None:
    assert list(find_by_suffix(text)) == []




@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("此次雀巢收购银鹭食品60%的股份，意在拓展罐头市场", ["银鹭食品"]),  # batch 22
        ("百胜餐饮集团公司已经就收购小肥羊部分股份的交易提交申请", ["小肥羊"]),
        ("辽宁方大集团受让南昌钢铁在长力股份57.97%的国有股份", ["长力股份"]),
        ("北药集团持有双鹤药业49.12%的股权，持有万东医疗51.51%的股权", ["双鹤药业", "万东医疗"]),  # after the verb
        ("五矿发展仍然持有营口中板近50.40%的股份", ["营口中板"]),  # an approximator before the stake
    ],
)
def test_find_before_stakes(text: str, surfaces: list[str]) -> None:
    assert list(find_before_stakes(text)) == at(text, *surfaces)


@pytest.mark.parametrize(
    "text",
    [
        "苏泊尔共计持有71.31%股份",  # a verb and no name before the stake
        "中铝将拥有合资公司51%的股权，力拓拥有49%的股权",  # a kind of company; a verb
        "前者又取得了后者39.96%的股份",  # a pronoun
        "目前大众集团控股奥迪公司99.5%的股份",  # a legal form: the suffix LF's
    ],
)
def test_stakes_after_no_short_name_name_none(text: str) -> None:
    assert list(find_before_stakes(text)) == []


def test_a_government_body_and_a_second_list_are_no_list_of_companies() -> None:
    assert list(find_in_lists("国家发改委等有关部门已经前往哈药等企业进行调查")) == []  # batch 24


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("长春轨道客车股份有限公司(简称长客股份)，收到了", ["长客股份"]),  # batch 25
        ("中国铁路通信信号股份有限公司(下称“通号股份”)。", ["通号股份"]),
        ("北京德恒律师事务所(下称“德恒”)昨日", ["德恒"]),
    ],
)
def test_find_declared_short_names(text: str, surfaces: list[str]) -> None:
    assert list(find_declared_short_names(text)) == at(text, "称", *surfaces)[1:]  # the names inside the brackets


@pytest.mark.parametrize("text", ["某某有限公司(以下简称“公司”)", "北京全路通信信号设计研究院(下称“通号院”)"])
def test_declared_short_names_need_a_name_and_a_legal_form(text: str) -> None:
    assert list(find_declared_short_names(text)) == []


def test_a_product_code_after_a_company_noun_is_no_latin_name() -> None:
    assert list(find_latin_names("该公司R134a的年产量将提升至3万吨")) == []  # batch 27
