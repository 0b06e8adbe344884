"""The company gazetteer LF: known names where they stand alone, with their place and ending; ambiguous ones need a cue."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from parkner.rules.company_gazetteer import company_gazetteer


def test_company_gazetteer_with_user_names(tmp_path: Path) -> None:
    names = tmp_path / "companies.txt"
    names.write_text("奇异测试科技\n", encoding="utf-8")
    doc = spacy.blank("zh")("奇异测试科技落户园区")
    assert [s.text for s in company_gazetteer([str(names)])(doc)] == ["奇异测试科技"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("比如江淮汽车、格力制冷机等", ["江淮汽车", "格力"]),  # guidelines §4.6: a brand stands for its maker
        ("涪陵榨菜这几年在广告宣传上投入很大", ["涪陵榨菜"]),
        ("青岛港获批全国首批人工智能应用中试基地", ["青岛港"]),  # a port acting as a business
        ("。武钢股份在公告中称", ["武钢股份"]),  # a business ending written after the name is part of it
        ("通过与国内公司张裕A合作", ["张裕A"]),  # a share class
        ("宣布购买日本铃木汽车19.9%的股份", ["日本铃木汽车"]),  # a place right before a name belongs to it
        ("邦吉、嘉吉等四大国际粮商", ["邦吉", "嘉吉"]),  # well-known foreign companies (companies_curated.txt)
        ("中国软件业发展10余年，中国软件企业在自主创新", []),  # a listed name before 业/企业 names a field
        ("对此，雀巢中国公司相关负责人表示", ["雀巢中国公司"]),  # the China company of a known name
        ("目前大众集团控股奥迪公司的股权", ["大众集团"]),  # 控股 before another known name is a verb, no ending
        ("不过，新时达证券事务代表在接受采访时否认", ["新时达"]),  # 证券事务代表 is a title, not 证券 of the name
        ("可以看到，华润雪花啤酒以沈阳为中心", ["华润雪花啤酒"]),
        ("针对此次裁员，诺基亚中国区企业资讯总监龚文菲表示", ["诺基亚中国区"]),  # the China division
    ],
)
def test_company_gazetteer_finds_known_names_standing_alone(text: str, surfaces: list[str]) -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")(text))] == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "年初涪陵榨菜集团就向市场推出礼品菜",  # the start of a longer name: the suffix LF finds 涪陵榨菜集团
        "推动天津滨海—中关村科技园发展",  # a park's name, not the listed company 中关村
        "建好青岛港、日照港国家大宗商品资源配置枢纽",  # ports as places
        "积极融入全国统一大市场",  # an ambiguous name needs its cue whatever place comes before it
        "开展“全闽乐购”等促消费活动",  # a campaign's name: 乐购 needs a company cue
        "推动数字人民币国际运营中心建设",  # listed names that are also words (数字人, 线上线下)
        "中国通号集团中标广深港铁路客运专线",  # 港铁 inside a railway's name
        "36家国内环保组织联合发布调研报告",
        "大力开展线上线下消费融合促销活动",
    ],
)
def test_company_gazetteer_leaves_longer_names_places_and_ports(text: str) -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")(text))] == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("不过下游的苹果等平板电脑巨头也不希望", ["苹果"]),  # an ambiguous name in a list the text calls companies
        ("联想宣布收购一家公司", ["联想"]),
        ("苹果是全球市值最大的公司", ["苹果"]),  # a clause that says what business the name is
        ("6月24日，苹果在韩国起诉三星。", ["三星"]),  # an act only a business does, before the name
        ("从苏宁、国美在北京的各个卖场传来的消息称", ["苏宁", "国美"]),  # joined to an unambiguous company
    ],
)
def test_ambiguous_known_names_need_a_company_cue(text: str, surfaces: list[str]) -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")(text))] == surfaces


@pytest.mark.parametrize("text", ["多吃苹果有益健康", "联想到过去的经历", "支持农产品加工业高质量发展", "着力拓展中亚市场"])
def test_ambiguous_known_names_without_a_cue_are_words(text: str) -> None:
    assert list(company_gazetteer()(spacy.blank("zh")(text))) == []


@pytest.mark.parametrize("text", ["约4.5万人出现了不同程度的饮水困难", "铁路、航空客运量双双超过千万人次"])
def test_known_names_that_are_also_words_need_a_cue(text: str) -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")(text))] == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("事故发生当晚，奥的斯(中国)发表声明", ["奥的斯(中国)"]),  # the China entity is part of the name
        ("本土供应商，而厦门乾照是主要供应商", ["厦门乾照"]),  # 乾 is read as 干 by the rules: the gazetteer is too
        ("之后再获得花旗集团、新加坡星展银行等6家国际银行", ["花旗集团", "新加坡星展银行"]),
    ],
)
def test_known_names_with_their_china_entity_script_and_country(text: str, surfaces: list[str]) -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")(text))] == surfaces


def test_a_securities_firm_keeps_its_business_word() -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")("国泰君安证券发布报告称"))] == ["国泰君安证券"]


def test_a_known_name_keeps_its_electrical_ending() -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")("如果失去三洋电机的代工"))] == ["三洋电机"]
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")("海尔电器更是名副其实的国企"))] == ["海尔电器"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [("苏宁地产与15家房地产公司共同竞争", ["苏宁地产"]), ("一位苏宁卖场的导购员介绍", ["苏宁卖场"]), ("南玻A、晶澳太阳能等", ["南玻A", "晶澳太阳能"])],
)
def test_a_known_name_keeps_its_property_store_and_solar_endings(text: str, surfaces: list[str]) -> None:
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")(text))] == surfaces  # batch 23


def test_holding_before_a_share_is_a_verb_not_a_business_ending() -> None:
    text = "京粮集团入股30%，中储粮控股70%。"
    assert [s.text for s in company_gazetteer()(spacy.blank("zh")(text))] == ["中储粮"]


def test_holding_rights_and_railway_lines_are_no_company_names() -> None:
    nlp = spacy.blank("zh")
    assert [s.text for s in company_gazetteer()(nlp("SEB曾想收购另一家爱仕达控股权而不得"))] == ["爱仕达"]  # 控股权 (batch 24)
    assert [s.text for s in company_gazetteer()(nlp("在世界领先的京沪高铁上享受到伊利产品"))] == ["伊利"]  # a line, not the listed firm


def test_a_trademark_is_no_company() -> None:
    nlp = spacy.blank("zh")
    assert [s.text for s in company_gazetteer()(nlp("经第三方评估，“王老吉”商标的品牌价值为1080亿元"))] == []  # batch 25
    assert [s.text for s in company_gazetteer()(nlp("王老吉药业生产的凉茶"))] == ["王老吉药业"]
