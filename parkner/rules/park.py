"""PARK: place + zone-head grammar, named sub-zones, and the park gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .company_names import known_companies
from .context import presented_as_project
from .gazetteer import finder_where, load_names
from .lexicon import (
    STOP_CHARS,
    alternation,
    cities,
    is_generic,
    is_leading,
    name_start,
    only_type_words,
    place_ending_at,
    places,
    regions,
    starts_with_place,
    strip_leading,
    word_pattern,
    words,
)

#: What may follow a park's head and belong to its name: a directly run area, a first section, a customs type.
_SUB = r"直管区|先行启动区|首开区|[(（][AB]型[)）]"
_COUNTED = re.compile(r"[一二三四五六七八九十两几多数]+[大个]?")


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    free_trade = r"(?:中国[（(][\u4e00-\u9fff]{2,3}[)）])?(?:自由贸易试验区|自贸试验区)(?:(?:(?![及和与])[\u4e00-\u9fff]){2,4}?片区)?"
    return re.compile(rf"(?P<ftz>{free_trade})|(?P<head>{alternation('park_heads')})(?P<sub>{_SUB})?")


@lru_cache(maxsize=1)
def _modifier_breaker() -> re.Pattern[str]:
    return re.compile(alternation("park_breakers") + "|" + alternation("park_heads") + r"|\d")


@lru_cache(maxsize=1)
def _verbs_ending_before_a_name() -> frozenset[str]:
    """Two-character verbs whose second character may look like a place's first (新建 + 国家…, 共建 + 国家…)."""
    return frozenset(word for word in words("construction_verbs") if len(word) == 2) | {"创建", "共建"}


@lru_cache(maxsize=1)
def _word_before_a_name() -> re.Pattern[str]:
    """A verb, preposition or other word that may end right before a park's name (推进 | 七甸产业园区)."""
    return re.compile("(?:" + alternation("leading_words") + "|" + alternation("park_breakers") + ")$")


def _is_province_or_city(name: str) -> bool:
    """A province or prefecture-level city, as written before a free-trade zone (黑龙江自由贸易试验区) or a zone's short
    name (上海外高桥); not the country (中国自由贸易试验区 is every zone)."""
    return name in cities().names


def _park_start(text: str, head_start: int) -> int | None:
    """Start of the name before a head: the leftmost place whose modifiers hold no verb, count or other head."""
    left = name_start(text, head_start, max_length=16, breakers=False)
    rejected_place_end = left
    for position in range(left, head_start):
        place_end = places().match_end(text, position, head_start)
        if position < rejected_place_end or place_end is None:
            continue  # no place starts inside a rejected one (雄安新区中关村科技园: not 安新 + 区中关村科技园)
        if text[position - 1 : position + 1] in _verbs_ending_before_a_name():
            continue
        inside_phrase = position > left and not _word_before_a_name().search(text, left, position)
        if inside_phrase and regions().match_end(text, position, head_start) is None:
            continue  # a town's name inside a phrase is a word (碳纤维制品产业园, 劳动密集型产业园)
        if not _modifier_breaker().search(text, place_end, head_start):
            return position
        rejected_place_end = place_end
    return None


def _unknown_name_start(text: str, head_start: int) -> int | None:
    """Start of a 2–4 character name unknown to the place gazetteers that opens a clause before a strong head."""
    clause_start = name_start(text, head_start, max_length=7)
    if clause_start > 0 and text[clause_start - 1] not in STOP_CHARS:
        return None  # no clause boundary within reach: 利用国家级高新区 would be cut mid-word
    left = strip_leading(text, clause_start, head_start)
    prefix = text[left:head_start]
    if not 2 <= len(prefix) <= 4 or prefix in words("leading_words") or _modifier_breaker().search(prefix):
        return None
    if any(level in prefix for level in words("park_levels")) or is_generic(prefix) or only_type_words(prefix):
        return None  # 国家级高新区, 各类开发区, 特色产业园区
    return left if re.fullmatch(r"[\u4e00-\u9fff]+", prefix) else None


def _generic_before_bare_head(prefix: str) -> bool:
    """Before a bare 园区, a city or province alone (昆明园区) or a country + industry (中国生物医药园区) is no name."""
    if re.search(r"[市省县]$", prefix) or prefix in cities().names:
        return True
    place_end = places().match_end(prefix, 0) or 0
    return prefix[:place_end] in words("extra_places") and only_type_words(prefix[place_end:])  # not 松原石化园区


def _joined(ranges: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Park names that meet are one name, as written: 雄安新区 + 中关村科技园 → 雄安新区中关村科技园."""
    current: tuple[int, int] | None = None
    for start, end in sorted(ranges):
        if current is not None and start == current[1]:
            current = (current[0], end)
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def find_parks(text: str) -> Iterator[tuple[int, int]]:
    """Ranges of ``place (+ level/modifier) + head`` park names in normalised text, those that meet joined."""
    return _joined(_headed_parks(text))


def _headed_parks(text: str) -> Iterator[tuple[int, int]]:
    ambiguous = set(words("park_or_project_heads"))
    for match in _head_pattern().finditer(text):
        if match.group("ftz"):  # 中国(云南)自由贸易试验区昆明片区, 黑龙江自由贸易试验区哈尔滨片区, 上海自由贸易试验区
            place_start = place_ending_at(text, match.start(), _is_province_or_city)
            if place_start < match.start():
                yield place_start, match.end()
            elif "片区" in match.group("ftz") or match.group("ftz").startswith("中国"):
                yield match.span()
            continue
        head_start, end = match.start(), match.end()
        start = _park_start(text, head_start)
        if start is None and match.group("head") in words("park_strong_heads"):
            start = _unknown_name_start(text, head_start)
        if start is None:
            continue
        if text[start - 1 : start] == "(" and ")" in text[start:head_start]:
            start = strip_leading(text, name_start(text, start - 1, max_length=8, breakers=False), start)  # 西部(重庆)科学城
        head = match.group("head")
        prefix = text[start:head_start]
        if head == "园区" and _generic_before_bare_head(prefix):
            continue  # 昆明市园区, 中国生物医药园区: the parks of a city or an industry, not one park
        if head.startswith("自贸") and word_pattern("trade_blocs").search(prefix):
            continue  # 中国—东盟自贸区: a free-trade agreement, not a zone
        if head in ambiguous and presented_as_project(text, start, end):
            continue  # a park being built is a PROJECT
        yield start, end


def find_subzones(text: str) -> Iterator[tuple[int, int]]:
    """Named sub-zones ``X片区`` (九龙片区, 昆明高新片区); directions and counts are not names."""
    not_names = set(words("subzone_not_names"))
    for match in re.finditer(r"片区", text):
        head_start = match.start()
        if text.startswith("化", match.end()):
            continue  # 片区化推进: a manner of working, not a zone
        left = strip_leading(text, name_start(text, head_start, max_length=8), head_start)  # 理顺龙泉片区
        start = next((p for p in range(left, head_start - 1) if starts_with_place(text, p, head_start)), head_start - 2)
        name = text[start:head_start]
        if start < left or len(name) < 2 or name in not_names or name[-1] in not_names and len(name) == 2:
            continue
        if is_leading(name):
            continue  # 加强片区策划: a verb, not a name
        if any(name.endswith(word) for word in not_names if len(word) > 1):
            continue  # 城市更新重点片区: a kind of area, whatever place comes before it
        if re.search(r"[\d个]", name) or is_generic(name) or text[start - 1 : start] in ("个", "大") or name.endswith("大"):
            continue  # 三个片区, 贵州大片区: counts and broad areas
        if "公园" in name:
            continue  # 国家公园(江西片区): the section of a national park, which is no zone
        if _COUNTED.fullmatch(name):
            continue  # 三大片区: a count in Chinese numerals
        yield start, match.end()


@registry.misc("parkner.park_patterns.v1")
def park_patterns() -> LabelingFunction:
    """Place + zone-head grammar (昆明高新区, 中国（云南）自由贸易试验区昆明片区, 滇中新区直管区)."""
    return from_finder(find_parks, "PARK")


@registry.misc("parkner.park_subzones.v1")
def park_subzones() -> LabelingFunction:
    """Named sub-zones of a park (九龙片区, 昆明经开片区)."""
    return from_finder(find_subzones, "PARK")


#: After a zone's short name, words that make it a place or an owner instead (南沙区, 河套地区, 洋浦港, 泰达基地).
_PLACE_AFTER_SHORT_NAME = re.compile(r"[区县市镇乡村湾岛路街港段]|地区|平原|大道|基地|石化")


@registry.misc("parkner.park_gazetteer.v2")
def park_gazetteer(extra_paths: list[str] = []) -> LabelingFunction:  # noqa: B006 (config default)
    """National and provincial zones and well-known short names from the curated gazetteers, plus the user's own lists.

    v2: zones known by a short name used alone (``parks_short.txt``: 前海, 横琴, 中关村), unless a place word follows
    or a company's name starts inside it (7年前海信); a city written before such a name is part of it (上海外高桥).
    """
    names = load_names(["parks.txt", "parks_curated.txt"], extra_paths)
    short_only = load_names(["parks_short.txt"]) - names

    def named_zone(text: str, start: int, end: int) -> bool:
        if text[start:end] not in short_only:
            return True
        company_ends = (known_companies().match_end(text, inner) or 0 for inner in range(start + 1, end))
        runs_into_company = any(company_end > end for company_end in company_ends)  # 7年前海信: 海信, not 前海
        return not _PLACE_AFTER_SHORT_NAME.match(text, end) and not runs_into_company

    def with_city(text: str, start: int, end: int) -> tuple[int, int]:
        """A short name keeps the city written before it (上海外高桥), as every park name keeps its place."""
        if text[start:end] in short_only:
            start = place_ending_at(text, start, _is_province_or_city)
        return start, end

    find = finder_where(names | short_only, named_zone)
    return from_finder(lambda text: _joined(with_city(text, start, end) for start, end in find(text)), "PARK")
