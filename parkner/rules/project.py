"""PROJECT patterns: named ``…项目/工程`` mentions, plants, bases and lines the text presents as being built (the lists
are in ``project_lists``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .context import in_construction_context, presented_as_project
from .lexicon import (
    alternation,
    is_generic,
    place_ending_at,
    places,
    regions,
    word_pattern,
)
from .project_names import (
    INNER_WORDS,
    acceptable_project,
    after_location,
    head_pattern,
    is_designated,
    is_owned,
    is_programme,
    project_start,
)

#: A count right after 项目/工程 (市政基础设施项目162个): the projects of a kind, not one named project.
_COUNT_AFTER = re.compile(r"[\d.]+万?[个项]")
_PHASE = re.compile(r"[一二三四五六七八九十\d]期(?![间末内])")
_QUOTED_ROUTED = re.compile(r"“([\u4e00-\u9fff]电(?:入|外送|送)[\u4e00-\u9fff]{1,2})”")


def _inside_quotes(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "“" and text[end : end + 1] == "”"


def find_named_projects(text: str) -> Iterator[tuple[int, int]]:
    """``name + 项目/工程`` where the name is specific (闻泰智能制造一期项目, 安远县高速公路建设项目)."""
    continuation = word_pattern("project_word_continuations")
    for match in re.finditer(r"项目|工程", text):
        if continuation.match(text, match.end()):
            continue  # 工程师, 工程机械, 项目经理部: another noun
        routed = _QUOTED_ROUTED.search(text, max(0, match.start() - 12), match.start())
        if routed and routed.end() == match.start():
            yield routed.span(1)  # “宁电入湘”工程: the quoted name before its type
            continue
        start = project_start(text, match.start())
        start = after_location(text, start, match.end())
        quoted = _inside_quotes(text, start, match.end())
        if quoted and match.group() == "工程":
            continue  # “火炬工程”: a programme, not a project
        core = text[start : match.start()]
        if match.group() == "工程" and text[max(0, start - 2) : start] == "实施" and not is_owned(core):
            continue  # 深入实施基础教育扩优提质工程: a programme is carried out, a project is built
        if _COUNT_AFTER.match(text, match.end()):
            continue  # 实施市政基础设施项目162个: a count of projects of a kind
        if acceptable_project(text[start : match.end()]) or (quoted and not is_generic(core) and not is_programme(core)):
            yield start, match.end()  # a quoted “117项目” is a name whatever it holds



#: A section of a line after its name: 渝宜段, 安徽段, 成都至黄胜关段 (without 至, two characters or a place).
_SECTION = re.compile(r"([\u4e00-\u9fff]{1,6}至[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{2,3}?)段")


def _section_end(text: str, start: int) -> int | None:
    """End of the line section named at ``start`` (合新高铁|安徽段), if one is."""
    section = _SECTION.match(text, start)
    if section is None:
        return None
    ends = section.group(1)
    return section.end() if "至" in ends or len(ends) == 2 or ends in places().names else None


def find_headed_projects(text: str) -> Iterator[tuple[int, int]]:
    """Plants, bases, centres and parks the text presents as being built: 贝泰妮新中央工厂开工建设, 延吉机场迁建;
    a line keeps its section (川青铁路成都至黄胜关段)."""
    found_end = 0
    for match in head_pattern().finditer(text):
        if match.start() < found_end:
            continue  # the phase of a name just found (机场二期: 二期 is a head too)
        start = project_start(text, match.start(), max_length=24, keep=INNER_WORDS)
        start = after_location(text, start, match.end())
        name = text[start : match.end()]
        if _inside_quotes(text, start, match.end()) or is_designated(name):
            continue  # quoted names belong to find_quoted_projects; 国家…基地 is a designation
        if text[start - 1 : start] == "等":
            continue  # 昌吉、伊犁河谷等玉米制种基地: the kind of a list, not a name
        phase = _PHASE.match(text, match.end())
        end = phase.end() if phase else match.end()  # 福州长乐国际机场二期: a phase of a named work is its name
        work = word_pattern("infrastructure_works").match(text, end)
        end = work.end() if work else end  # 宁洛高速公路改扩建: a named work keeps its type
        if word_pattern("line_kinds", "$").search(name):
            end = _section_end(text, end) or end
        if acceptable_project(name) and (presented_as_project(text, start, match.end()) or presented_as_project(text, start, end)):
            found_end = end
            yield start, end


#: The joint between the two ends of a line's name (映秀—汶川高速公路, 大营至神池高速公路).
_ENDS_JOINT = re.compile(r"[—－-]|至")


@lru_cache(maxsize=1)
def _second_end_and_kind() -> re.Pattern[str]:
    return re.compile(r"[\u4e00-\u9fff]{2,4}?" + alternation("line_kinds"))


def find_lines_by_ends(text: str) -> Iterator[tuple[int, int]]:
    """Lines named by two places joined by a dash or 至, in a construction clause: 映秀—汶川高速公路, 大营至神池高速公路."""
    for joint in _ENDS_JOINT.finditer(text):
        start = place_ending_at(text, joint.start(), lambda name: name in places().names)
        line = _second_end_and_kind().match(text, joint.end())
        if start == joint.start() or line is None:
            continue
        second_end = places().match_end(text, joint.end(), line.end())
        if second_end is None or not word_pattern("line_kinds").fullmatch(text, second_end, line.end()):
            continue
        if in_construction_context(text, start, line.end()):
            yield start, line.end()


#: A numbered metro or rail line with its phase and section (地铁4号线北段, 7号线一期南段, Z4线一期北段).
_TRANSIT_LINE = re.compile(
    r"(?>(?:(?:地铁|轨道交通|轻轨)[A-Z]?\d{1,2}号?线|[A-Z]?\d{1,2}号线|[A-Z]\d{1,2}线)"
    r"(?:[一二三四五六]期)?(?:[东南西北]段|[东南西北]延(?:伸)?[线段]?|支线)?)(?!工程|项目)"
)


def find_transit_lines(text: str) -> Iterator[tuple[int, int]]:
    """Numbered metro lines the text presents as being built or opened: 地铁4号线北段、7号线一期南段建成通车."""
    for match in _TRANSIT_LINE.finditer(text):
        start, end = match.span()
        inside_code = start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()  # A14号线: no line
        if not inside_code and presented_as_project(text, start, end):
            city = place_ending_at(text, start, lambda name: name in regions().names)
            yield city, end  # 太原地铁1号线: the city is part of the name


@registry.misc("parkner.project_patterns.v1")
def project_patterns() -> LabelingFunction:
    """Named projects ending in 项目/工程, project heads (基地, 中心, 工厂 …), metro lines and lines named by their
    ends being built."""
    return from_finder(
        lambda text: [
            *find_named_projects(text), *find_headed_projects(text), *find_transit_lines(text), *find_lines_by_ends(text)
        ],
        "PROJECT",
    )
