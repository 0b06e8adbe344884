"""Line-level cleaning: boilerplate, header fields, captions, broken paragraphs and digests."""

from __future__ import annotations

import pytest

from parkner.ingest.layout import articles, blocks, boilerplate_rules, classify, iso_date, split_lines

PARAGRAPH = (
    "昆明高新区始终坚持大抓产业、大兴实体，全力推进项目建设，按下高质量发展加速键。园区经济持续向好，主要指标稳步增长。"
)
PAGE = (
    "云南切换\n新闻\n昆明高新区按下高质量发展“加速键”\n2020\n05/18\n11:00\n\n\n"
    + PARAGRAPH
    + "\n\n免责声明:本文为用户自行上传。\n[不良信息举报:service@cnrepark.com]\n- 浏览:128\n[返回首页](//example.com/)\n"
)
DIGEST = (
    "\n园区动态\n\n石河子高新区\n迎来第18批博士服务团\n\n"
    "本报讯 近期，新疆生产建设兵团第18批博士服务团一行到石河子高新区考察调研。\n\n令彦海\n\n"
    "楚雄高新区六方面发力\n\n本报讯 近日获悉，楚雄高新区围绕目标任务，从深化改革、创新发展等六方面着力。\n\n冯荣贵 徐志松\n"
)


def assembled(text: str) -> list[tuple[str, dict]]:
    built, _ = articles(text)
    return [(article.assemble(text)[0], article.meta) for article in built]


def test_split_lines_strips_each_line_and_keeps_its_range() -> None:
    text = "  昆明\u3000\n\n\t高新区 \n"
    lines = split_lines(text)
    assert [(line.text, line.kind) for line in lines] == [
        ("昆明", "content"),
        ("", "blank"),
        ("高新区", "content"),
        ("", "blank"),
    ]
    assert all(text[line.start : line.end] == line.text for line in lines)


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("云南切换", "drop", None),
        ("免责声明:本文为工业园网用户自行上传并发布", "drop", None),
        ("[不良信息举报:service@cnrepark.com]", "drop", None),
        ("- 瀏覽:128", "drop", None),
        ("[返回首页](//finews.withounder.com/)", "drop", None),
        ("- 時間:2024-01-08", "date", "2024-01-08"),
        ("來源:昆明信息港", "source_name", "昆明信息港"),
        ("- 來源:", "drop", None),
        ("责任编辑:张三", "author", "张三"),
        ("2020", "date_part", "2020"),
        ("05/18", "date_part", "05/18"),
        ("昆明高新区按下高质量发展“加速键”", "content", None),
    ],
)
def test_classify_marks_boilerplate_and_header_fields(line: str, kind: str, value: str | None) -> None:
    lines = split_lines(line)
    classify(lines)
    assert (lines[0].kind, lines[0].value) == (kind, value)


def test_date_fragments_count_only_in_the_header() -> None:
    lines = split_lines(PARAGRAPH + "\n2021")
    classify(lines)
    assert lines[1].kind == "content"


def test_boilerplate_rules_are_loaded_from_the_packaged_table() -> None:
    kinds = {kind for kind, _ in boilerplate_rules()}
    assert {"drop", "date", "source_name", "author"} <= kinds


def test_page_furniture_is_dropped_and_header_becomes_meta() -> None:
    [(text, meta)] = assembled(PAGE)
    assert text == "昆明高新区按下高质量发展“加速键”\n" + PARAGRAPH
    assert meta == {"date": "2020-05-18", "title": "昆明高新区按下高质量发展“加速键”"}


def test_a_caption_inside_a_broken_sentence_moves_to_meta_and_the_sentence_is_rejoined() -> None:
    text = (
        "在湖北华越汽车零部件有限公司，整车装配、特种汽车改装、尼龙管、快插接头及车身等车间投入批量生产，项目建成达产后将实现年产值\n\n"
        "襄阳高新区汽车工业园\n\n十亿元以上，带动就业两千人。\n"
    )
    [(cleaned, meta)] = assembled(text)
    assert meta["captions"] == ["襄阳高新区汽车工业园"]
    assert "年产值十亿元以上" in cleaned and "工业园" not in cleaned


def test_short_blocks_between_complete_sentences_are_kept() -> None:
    text = PARAGRAPH + "\n\n聚焦主责主业\n\n" + PARAGRAPH
    [(cleaned, meta)] = assembled(text)
    assert cleaned == PARAGRAPH + "\n聚焦主责主业\n" + PARAGRAPH and "captions" not in meta


def test_a_digest_is_split_at_titles_before_datelines() -> None:
    built, preamble = articles(DIGEST)
    assert preamble == ["园区动态"]
    texts = [article.assemble(DIGEST)[0] for article in built]
    assert texts == [
        "石河子高新区\n迎来第18批博士服务团\n本报讯 近期，新疆生产建设兵团第18批博士服务团一行到石河子高新区考察调研。",
        "楚雄高新区六方面发力\n本报讯 近日获悉，楚雄高新区围绕目标任务，从深化改革、创新发展等六方面着力。",
    ]
    assert [a.meta["title"] for a in built] == ["石河子高新区迎来第18批博士服务团", "楚雄高新区六方面发力"]
    assert [a.meta["author"] for a in built] == ["令彦海", "冯荣贵 徐志松"]


def test_one_titled_article_is_not_split() -> None:
    text = "石河子高新区\n\n本报讯 近期，博士服务团一行到石河子高新区考察调研。\n"
    built, preamble = articles(text)
    assert len(built) == 1 and preamble == []


def test_blocks_group_lines_between_blank_lines() -> None:
    grouped = blocks(split_lines("甲\n乙\n\n\n丙\n"))
    assert [[line.text for line in block] for block in grouped] == [["甲", "乙"], ["丙"]]


def test_only_boilerplate_gives_no_article() -> None:
    assert articles("新闻\n免责声明:本文仅供参考\n- 浏览:3\n") == ([], [])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-21 06:01:08 +0800", "2022-02-21"),
        ("2024年1月8日", "2024-01-08"),
        ("2020/5/18", "2020-05-18"),
        ("近日", "近日"),
    ],
)
def test_iso_date(value: str, expected: str) -> None:
    assert iso_date(value) == expected
