"""COMPANY from the gazetteers: listed and well-known names where they stand alone, with the place and ending
written around them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .company_names import (
    COMPANY_GAZETTEERS,
    business_act,
    countries,
    is_kind,
    is_place,
    known_companies,
    known_name_ending_at,
    longer_name_heads,
    whole_latin,
)
from .gazetteer import gazetteer, load_names, packaged
from .lexicon import alternation, cities, place_ending_at


@lru_cache(maxsize=1)
def _company_context() -> re.Pattern[str]:
    """A cue word, a list the text calls companies (苹果等平板电脑巨头, 联想等企业) or a clause that says what
    business the name is (三洋是日本老牌家电厂商)."""
    listed = r"等[^，,。；;：:\n]{0,8}?(?:巨头|企业|公司|厂商|品牌)"
    called = r"是[^，,。；;：:\n]{0,10}?(?:巨头|企业|公司|集团|厂商|制造商)"
    return re.compile(alternation("company_context_after") + "|" + listed + "|" + called)


@lru_cache(maxsize=1)
def _listed_ambiguous_names() -> frozenset[str]:
    """Company names that are also words (``companies_ambiguous.txt``) and zone names (中关村 is listed, and a park)."""
    return packaged("companies_ambiguous.txt") | packaged("parks_curated.txt") | packaged("parks_short.txt")


def ambiguous_company_name(name: str) -> bool:
    """A known name that is also a word, a place, a port or a kind of business (苹果, 连云港, 新产业, 中关村)."""
    return (
        name in _listed_ambiguous_names()
        or name.endswith("港")
        or is_place(name)
        or (is_kind(name) and not name.endswith(("银行", "证券", "保险")))
    )


@lru_cache(maxsize=1)
def _name_tail() -> re.Pattern[str]:
    """A business ending (``company_known_name_tails``; not 证券 of 证券事务代表 nor the verb 控股 of 中储粮控股70% and 控股权), a share
    class (张裕A) or the China entity (奥的斯(中国))."""
    return re.compile("(?:" + alternation("company_known_name_tails") + r")(?!事务)(?!(?<=控股)[\d权])|[AB](?![A-Za-z0-9])|[(（]中国[)）]")


def with_name_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """A known name standing alone, with the place written before it and the ending after it (日本 + 铃木,
    武钢 + 股份, 张裕 + A; not an ending another known name follows: 大众集团控股奥迪): the guidelines keep a place written
    right before a name inside it."""
    tail = _name_tail().match(text, end)
    controls = tail is not None and known_companies().match_end(text, tail.end()) is not None  # 大众集团控股奥迪
    if tail and not controls and not longer_name_heads().match(text, tail.end()):
        end = tail.end()
    return place_ending_at(text, start, _names_a_place), end


def _names_a_place(text: str) -> bool:
    """A country, province or city (not a county: 比如 is one) that can open a company's name."""
    return text in countries() or text in cities().names


@lru_cache(maxsize=1)
def _industry_after() -> re.Pattern[str]:
    """Words after a known name that make it a field (中国软件业, 中国软件企业), not the company; 业务 and 业绩 do not."""
    return re.compile(alternation("company_field_words_after") + r"|业(?![务绩内主界余态])")


#: A trademark after a name, quoted or not: “王老吉”商标 is the mark, not the company.
_TRADEMARK = re.compile(r"[”」\"]?商标")


def stands_alone(text: str, start: int, end: int) -> bool:
    """A known name that opens no longer name, field or trademark and, if ambiguous, has a company cue after it, an
    act only a business does before it (起诉苹果, 收购联想) or a company joined to it (苏宁、国美)."""
    after = (longer_name_heads(), _industry_after(), _TRADEMARK)
    if any(pattern.match(text, end) for pattern in after) or not whole_latin(text, start, end):
        return False
    if not ambiguous_company_name(text[start:end]) or _company_context().match(text, end):
        return True
    return bool(business_act(ending=True).search(text, max(0, start - 4), start)) or _beside_a_company(text, start, end)


def _beside_a_company(text: str, start: int, end: int) -> bool:
    """Whether a known, unambiguous company name is joined to ``[start, end)`` by 、/和/与 (苏宁、国美)."""
    joiners = "、和与"
    neighbours = []
    if start > 1 and text[start - 1] in joiners and (before := known_name_ending_at(text, start - 1)) is not None:
        neighbours.append(text[before : start - 1])
    if text[end : end + 1] in tuple(joiners) and (after := known_companies().match_end(text, end + 1)) is not None:
        neighbours.append(text[end + 1 : after])
    return any(not ambiguous_company_name(name) for name in neighbours)


@registry.misc("parkner.company_gazetteer.v3")
def company_gazetteer(extra_paths: list[str] = []) -> LabelingFunction:  # noqa: B006 (config default)
    """Listed-company short names and well-known companies, plus the user's own lists, where they stand alone.

    v2: a name that opens a longer name is left to the LF that finds the whole, and a name that is also a word,
    a place or a port needs a company cue after it (苹果股价, 青岛港获批; not 苹果产业, 建好青岛港).
    v3: a business ending or share class written right after a name is part of it (武钢股份, 张裕A), and so is a
    country, province or city written right before it (日本铃木汽车).
    """
    names = load_names(COMPANY_GAZETTEERS, extra_paths)
    matcher = gazetteer(names)

    def find(text: str) -> Iterator[tuple[int, int]]:
        for start, end in matcher.finditer(text):
            if stands_alone(text, start, end):
                yield with_name_tail(text, start, end)

    return from_finder(find, "COMPANY")
