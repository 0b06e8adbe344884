"""PROJECT lists: conjuncts before 等项目, before 等 + a kind of works or a count of lines or works, and quoted
project names after their owner."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .company_names import acceptable_name, company_start, is_company_name
from .context import in_construction_context, presented_as_project
from .lexicon import (
    NAME_BREAKERS,
    alternation,
    clause_matches,
    conjunct_ranges,
    is_generic,
    only_type_words,
    own_name_length,
    regions,
    word_pattern,
    words,
)
from .project_names import (
    acceptable_project,
    has_own_name,
    is_designation,
    project_start,
)

_CONJUNCT = r"[^、，,。；;：:\n]{2,30}"
#: ``A、B、C等[count][description]项目/工程``: the description says what kind of projects they are
#: (等一批重点项目, 等5个百亿级绿色氢基能源一体化项目, 等铁路项目).
_LIST_BEFORE_PROJECTS = re.compile(
    rf"((?:{_CONJUNCT}(?:、|以及))*{_CONJUNCT})等(?:\d+[个家项]|一大批|一批)?([^、，,。；;：:\n]{{0,14}}?)(项目|工程)"
)
_CLAUSE_BREAKS = "，,。；;：:\n"
#: 等 … 项目/工程 within one clause: where a list before projects may end.
_LIST_TAIL = re.compile(f"等[^{_CLAUSE_BREAKS}]*?(?:项目|工程)")
_QUOTED = re.compile(r"“([^“”\n]{3,30})”")
_LINE_COUNT = (
    r"(?:\d+|[两三四五六七八九十]+)(?:条(?:高速公路|高速|铁路|高铁|城际铁路)|[个座](?:抽水蓄能电站|水电站|电站|水库))"
)
#: ``A、B、C6条高速公路``: two or more line names of two to six characters before a count of lines, searched only in
#: the clauses that hold such a count (``_COUNT_OF_LINES``).
_COUNTED_LINES = re.compile(rf"((?:[^、，,。；;：:\n\d]{{2,8}}、)+[^、，,。；;：:\n\d]{{2,6}}?)等?{_LINE_COUNT}")
_COUNT_OF_LINES = re.compile(_LINE_COUNT)
#: ``A、B、C6个工程``: works listed before a count of works (包括武都引水、升钟灌区…南水北调西线6个工程), searched
#: only in the clauses that end in such a count (``_COUNT_OF_WORKS``).
_COUNTED_WORKS = re.compile(
    r"((?:[^、，,。；;：:\n\d]{2,12}、)+[^、，,。；;：:\n\d]{2,12}?)等?(?:\d+|[两三四五六七八九十]+)个(?:重大|重点)?工程"
)
_COUNT_OF_WORKS = re.compile(r"(?:\d+|[两三四五六七八九十]+)个(?:重大|重点)?工程")


def _lists_projects(text: str, match: re.Match[str]) -> bool:
    """Whether a ``A、B等…项目`` match lists named projects, not industries, programmes or kinds of works."""
    industry = word_pattern("industry_tails", "$")
    kind, tail = match.group(2), match.group(3)
    conjuncts = re.split(r"、|以及", match.group(1))
    if text[match.end(1) - 1 : match.end(1) + 1] in words("words_ending_in_deng"):
        return False  # 高等教育: no list
    if word_pattern("not_project_kinds").search(kind):
        return False  # 等企业, 等工具支持项目: companies, fields or tools
    if NAME_BREAKERS.difference("和及").intersection(word_pattern("generic_words").sub("", kind)):
        return False  # 等许多房地产商在许多项目: the text runs on past the list (等34个在建项目, 等水电站和抽水蓄能项目 do not)
    if kind != "产业" and industry.search(kind) and any(only_type_words(c) for c in conjuncts):
        return False  # 汽车、电子等制造业项目: industries; 华为、联通等互联网和信息服务业项目 names companies
    if word_pattern("programme_kinds").search(kind):
        return False  # 抗震安居、煤改电等一批重点民生工程: programmes
    if word_pattern("project_word_continuations").match(text, match.end()) or (tail == "工程" and not kind):
        return False  # 挖掘机、起重机等工程机械; 生产线等工程建设: kinds of works, not named projects
    if word_pattern("item_list_continuations").match(text, match.end()):
        return False  # 造型、色彩、配置等项目进行评分: items that are scored, not projects
    return not any(industry.search(c) and not has_own_name(c) for c in conjuncts)  # 生物医药、电子信息等产业项目


#: What joins a list's conjuncts: 、 and 以及 (美洋、雅致以及汇尔杰).
_AND_SEPARATORS = re.compile("、|以及")


def _conjunct_spans(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The conjuncts of a list (group 1), the first one after any leading verb, a quoted name without its quotes."""
    for index, (start, end) in enumerate(conjunct_ranges(text, *match.span(1), _AND_SEPARATORS)):
        if index == 0:
            start = project_start(text, end, end - start)
        quoted = _QUOTED.search(text, start, end)
        if quoted:
            if not acceptable_name(text[start : quoted.start()]):
                continue  # “考古中国”: a quoted title without its owner is a programme
            start, end = quoted.span(1)
        yield start, end


def _listed_project_names(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The conjuncts of a list that name projects: not regions (革吉、洛扎等公路项目), designations or bare types."""
    for start, end in _conjunct_spans(text, match):
        parts = _split_on_and(text, start, end)
        if len(parts) > 1 and not all(acceptable_project(text[s:e], listed=True) for s, e in parts):
            parts = [(start, end)]  # 雅下水电和川藏铁路: two works; 研发和生产基地: one
        for part_start, part_end in parts:
            name = text[part_start:part_end]
            if acceptable_project(name, listed=True) and name not in regions().names and not is_designation(name):
                yield part_start, part_end


def find_listed_projects(text: str) -> Iterator[tuple[int, int]]:
    """Each conjunct of a list before ``等项目`` (美洋、雅致、汇尔杰等项目), unless it lists industries or types."""
    for match in clause_matches(text, _LIST_TAIL, _LIST_BEFORE_PROJECTS, _CLAUSE_BREAKS):
        if _lists_projects(text, match):
            yield from _listed_project_names(text, match)


@lru_cache(maxsize=1)
def _works_lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The tail ``等…<kind of works>`` and the list before it (成南扩容、九绵等高速公路)."""
    kinds = alternation("listed_work_kinds")
    tails = re.compile(f"等[^{_CLAUSE_BREAKS}]{{0,8}}?{kinds}")
    lists = re.compile(rf"((?:{_CONJUNCT}(?:、|以及))*{_CONJUNCT})等([^、，,。；;：:\n]{{0,8}}?){kinds}")
    return tails, lists


def find_listed_works(text: str) -> Iterator[tuple[int, int]]:
    """Conjuncts before 等 + a kind of works that the text presents as being built (成南扩容、九绵等高速公路通车运行,
    加快建设崇明线、南枫线等轨道交通线)."""
    for match in clause_matches(text, *_works_lists(), _CLAUSE_BREAKS):
        names = list(_listed_project_names(text, match))
        first_start = next(_conjunct_spans(text, match), (match.start(1), 0))[0]
        if names and presented_as_project(text, first_start, match.end()):
            yield from names


def _counted_conjuncts(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The conjuncts of a list before a count (group 1), the first one after any leading verb (先后启动随岳 → 随岳)."""
    for index, (start, end) in enumerate(conjunct_ranges(text, *match.span(1))):
        yield (project_start(text, end, end - start) if index == 0 else start), end


def find_counted_lines(text: str) -> Iterator[tuple[int, int]]:
    """Lines or stations named by abbreviations before a count of them: 启动随岳、岳常、临岳6条高速公路建设 (three
    PROJECTs), 南山口、哇让…4个抽水蓄能电站; two lines may share a conjunct (京港澳和沪昆扩容、张官等17条高速公路: three)."""
    for match in clause_matches(text, _COUNT_OF_LINES, _COUNTED_LINES, _CLAUSE_BREAKS):
        for start, end in _counted_conjuncts(text, match):
            for part_start, part_end in _split_on_and(text, start, end):
                name = text[part_start:part_end]
                if len(name) >= 2 and own_name_length(name) == len(name) and not is_generic(name):
                    yield part_start, part_end


def find_counted_works(text: str) -> Iterator[tuple[int, int]]:
    """Works listed before a count of works, each a PROJECT when it has a name: 武都引水、升钟灌区…6个工程 (every list
    of a clause: 武都引水、升钟灌区2个工程和亭子口、红鱼洞3个工程)."""
    for match in clause_matches(text, _COUNT_OF_WORKS, _COUNTED_WORKS, _CLAUSE_BREAKS):
        for start, end in _counted_conjuncts(text, match):
            if acceptable_project(text[start:end], listed=True):
                yield start, end


def _split_on_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at 和 when both sides are at least two characters (京港澳和沪昆扩容), else whole."""
    cut = text.find("和", start + 2, end - 2)
    return [(start, cut), (cut + 1, end)] if cut != -1 else [(start, end)]


def find_quoted_projects(text: str) -> Iterator[tuple[int, int, str]]:
    """``company“project”`` in a construction context: COMPANY 中科鑫圆 + PROJECT 碳化硅单晶材料研发及产业化.

    Without a company before it a quoted name is a programme or a slogan (实施“火炬工程”).
    """
    ends = word_pattern("quoted_project_ends", "$")
    for match in _QUOTED.finditer(text):
        name = match.group(1)
        owner_start = company_start(text, match.start(), max_length=12)
        owner = text[owner_start : match.start()]
        if not (ends.search(name) and acceptable_name(owner) and acceptable_project(name, listed=True)):
            continue
        if owner[-1:] in NAME_BREAKERS:
            continue  # 论坛牵头的“全球灯塔工厂”: a clause, not an owner, before the quotes
        if name.endswith("工程") and not is_company_name(owner):
            continue  # 学习运用“千万工程”: a quoted 工程 is a programme unless a company owns it
        if in_construction_context(text, match.start(), match.end()):
            yield match.start(1), match.end(1), "PROJECT"
            if not owner.endswith(("项目", "工程")):
                yield owner_start, match.start(), "COMPANY"  # 新增募投项目“…”: the word before names the kind




@registry.misc("parkner.project_lists.v1")
def project_lists() -> LabelingFunction:
    """Conjuncts before 等项目, before 等 + a kind of works being built or before a count of lines or works, and quoted
    project names after their owner."""
    return from_finder(_listed_and_quoted_projects)


def _listed_and_quoted_projects(text: str) -> list[tuple[int, int, str]]:
    """Every finder of :func:`project_lists` (lists, counted lines and works, quoted projects), labelled."""
    found = [*find_listed_projects(text), *find_listed_works(text), *find_counted_lines(text), *find_counted_works(text)]
    listed = [(start, end, "PROJECT") for start, end in found]
    return [*listed, *find_quoted_projects(text)]
