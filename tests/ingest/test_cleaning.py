"""Character-level cleaning: each step keeps an exact map onto the text before it."""

from __future__ import annotations

import pytest

from parkner.ingest.cleaning import (
    clean_characters,
    looks_like_html,
    normalise_newlines,
    strip_front_matter,
    strip_html,
    strip_pinyin_glosses,
)
from parkner.offsets import OffsetMap


def pieces(cleaned: str, offsets: OffsetMap, source: str) -> list[tuple[str, str]]:
    """Each cleaned character with the source text it stands for."""
    return [(char, source[slice(*offsets.span_to_source(i, i + 1))]) for i, char in enumerate(cleaned)]


def test_newlines_become_line_feeds_mapped_to_what_they_replaced() -> None:
    source = "甲\r\n乙\r丙\u2028丁\n"
    cleaned, offsets = normalise_newlines(source)
    assert cleaned == "甲\n乙\n丙\n丁\n"
    assert pieces(cleaned, offsets, source)[1] == ("\n", "\r\n")
    # A lone "\r" or U+2028 becomes an insertion at its position: equal-length segments stay pure copies.
    assert pieces(cleaned, offsets, source)[3] == ("\n", "")
    assert offsets.span_to_source(5, 6) == (source.index("\u2028"), source.index("\u2028"))


def test_front_matter_fields_become_meta_and_the_block_is_removed() -> None:
    source = '---\ntitle: "高新区主营业务收入达2665亿元"\ndate: 2022-02-21 06:01:08 +0800\ntags: 昆明日报新闻\n---\n<p>正文</p>'
    cleaned, offsets, meta = strip_front_matter(source)
    assert cleaned == "<p>正文</p>"
    assert meta == {
        "title": "高新区主营业务收入达2665亿元",
        "date": "2022-02-21 06:01:08 +0800",
        "tags": "昆明日报新闻",
    }
    assert source[slice(*offsets.span_to_source(0, len(cleaned)))] == cleaned


@pytest.mark.parametrize("source", ["正文---\n", "---\n: : [bad yaml\n---\n正文", "---\n- a list\n---\n正文"])
def test_no_or_unusable_front_matter_leaves_the_text_alone(source: str) -> None:
    cleaned, offsets, meta = strip_front_matter(source)
    assert (cleaned, meta) == (source, {})
    assert offsets.to_segments() == [[0, len(source), 0, len(source)]]


def test_html_is_recognised_by_its_tags_not_by_angle_brackets() -> None:
    assert looks_like_html("<p>园区</p>") and looks_like_html('<DIV class="a">x')
    assert not looks_like_html("增速 a < b 且 c > d") and not looks_like_html("<未知>")


def test_strip_html_drops_hidden_parts_keeps_text_and_maps_entities() -> None:
    source = (
        "<html><head><title>標題 &amp; 副題</title><style>p{}</style></head><body>"
        "<p>產業&amp;園區&#22253;&nbsp;x&bogus;</p><!-- 注释 --><script>var a='<p>';</script>"
        "<div>第二段<br/>三</div></body></html>"
    )
    cleaned, offsets, meta = strip_html(source)
    assert meta == {"title": "標題 & 副題"}
    assert cleaned == "\n產業&園區园\xa0x&bogus;\n\n第二段\n三\n"
    mapped = pieces(cleaned, offsets, source)
    assert ("&", "&amp;") in mapped and ("园", "&#22253;") in mapped and ("\xa0", "&nbsp;") in mapped
    assert ("\n", "<br/>") in mapped and ("\n", "<p>") in mapped
    for char, original in mapped:
        assert len(original) == 1 and char == original or len(original) > 1


def test_inline_tags_vanish_without_a_line_break() -> None:
    cleaned, _, _ = strip_html("<p>昆明<b>高新区</b><span>产业</span></p>")
    assert cleaned == "\n昆明高新区产业\n"


def test_pinyin_glosses_are_deleted_after_chinese_characters_only() -> None:
    source = "產(chǎn)業(yè)強(qiáng)市，園(yuan)區（qū），日?qǐng)?bào)，世界贸易组织(WTO)，云南(yunnan)，版本(v2)"
    cleaned, offsets = strip_pinyin_glosses(source)
    assert cleaned == "產業強市，園區，日??，世界贸易组织(WTO)，云南(yunnan)，版本(v2)"
    assert all(len(original) == 1 and char == original for char, original in pieces(cleaned, offsets, source))


def test_clean_characters_composes_every_step() -> None:
    source = "---\ntitle: 标题\n---\r\n<p>產(chǎn)業&amp;園區</p>\r\n<p>第二段</p>"
    cleaned, offsets, meta = clean_characters(source)
    assert meta == {"title": "标题"}
    assert cleaned == "\n產業&園區\n\n\n第二段\n"
    assert offsets.source_length == len(source)
    for char, original in pieces(cleaned, offsets, source):
        assert char == original or (char, original) in {("&", "&amp;"), ("\n", "<p>"), ("\n", "</p>"), ("\n", "\r\n")}


def test_html_title_does_not_override_front_matter() -> None:
    _, _, meta = clean_characters("---\ntitle: 前言标题\n---\n<title>网页标题</title><p>正文</p>")
    assert meta["title"] == "前言标题"
