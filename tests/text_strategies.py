"""Hypothesis strategies for the messy text parkner ingests: mixed scripts, markup, pinyin, newlines."""

from __future__ import annotations

from hypothesis import strategies as st

SIMPLIFIED = "昆明高新区产业园经济开发云南锗业项目工程基地亿元万吨"
TRADITIONAL = "區產業經濟開發園雲貴鍺項目億萬噸廠"
ASCII = "abcXYZ019 .,;:-%/"
FULL_WIDTH = "０１２３４５６７８９％：，　"
PUNCTUATION = "，。、；：“”《》（）！？…—"
MARKUP = (
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    '<div class="x">',
    "</div>",
    "<span>",
    "</span>",
    "<b>",
    "</b>",
    "<!-- note -->",
    "<script>var a = '<p>';</script>",
    "&amp;",
    "&lt;",
    "&gt;",
    "&nbsp;",
    "&#22253;",
    "&#x533A;",
    "&bogus;",
)
PINYIN = ("產(chǎn)", "業(yè)", "區(qū)", "發(fā)", "園(yuán)", "日?qǐng)", "?bào)", "(WTO)", "(yunnan)")
#: Line breaks that keep one meaning per character (a lone ``\r`` is exercised separately).
NEWLINES = ("\n", "\n", "\r\n", "\n\n\n", "  \n", "\u3000\n")
BOILERPLATE = ("返回首页", "免责声明:本文仅供参考", "- 浏览:12", "来源:昆明日报", "时间:2024-01-08", "新闻", "分享到:")


def _pieces() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(alphabet=SIMPLIFIED, min_size=1, max_size=6),
        st.text(alphabet=TRADITIONAL, min_size=1, max_size=6),
        st.text(alphabet=ASCII, min_size=1, max_size=4),
        st.text(alphabet=FULL_WIDTH, min_size=1, max_size=3),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(MARKUP),
        st.sampled_from(PINYIN),
        st.sampled_from(NEWLINES),
        st.sampled_from(BOILERPLATE),
    )


def mixed_texts(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Strings mixing Simplified, Traditional, ASCII, full-width digits, HTML, pinyin glosses and newlines."""
    return st.lists(_pieces(), max_size=max_pieces).map("".join)


def plain_texts(max_size: int = 60) -> st.SearchStrategy[str]:
    """Markup-free text over every alphabet above, one character at a time."""
    return st.text(alphabet=SIMPLIFIED + TRADITIONAL + ASCII + FULL_WIDTH + PUNCTUATION + "\n", max_size=max_size)


@st.composite
def edits(draw: st.DrawFn, text: str) -> list[tuple[int, int, str]]:
    """Sorted, non-overlapping edits on ``text``: deletions, 1→1 and n→1 replacements, insertions."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    result: list[tuple[int, int, str]] = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        replacement = draw(st.sampled_from(["", "\n", "&", "区", "插入", "<>"]))
        result.append((start, end, replacement))
    return result
