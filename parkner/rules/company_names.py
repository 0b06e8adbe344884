"""What a company name looks like: the name checks and boundaries the COMPANY, PROJECT, PARK and document LFs share."""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Gazetteer, gazetteer, load_names
from .lexicon import (
    alternation,
    cut_after_last_leading,
    is_generic,
    name_start,
    regions,
    strip_leading,
    word_pattern,
    words,
    words_gazetteer,
)

_DESCRIPTION = re.compile(r"首家|一家|多家|这家|该|各|每家|其他|相关|第[一二三四五六七八九十\d]")
_LATIN = re.compile(r"[A-Za-z0-9]")
_DATE = re.compile(r"\d+[年月日](?:[初底末前])?(?:年[初底末])?")  # 7年前海信: a time, then the name
#: A rank or a count of products before a name (前10位益海嘉里, 前40大矿业公司, 两款葛兰素史克公司的…产品): a description,
#: not part of the name.
_RANK = re.compile(r"前[\d一二三四五六七八九十]+[位大名强]|[\d两三四五六七八九十几]+[款种]")


@lru_cache(maxsize=1)
def _not_company() -> re.Pattern[str]:
    return re.compile("(?:" + alternation("not_company_heads") + "|" + alternation("park_heads") + ")$")


def acceptable_name(core: str, bodies: bool = True) -> bool:
    """A short name is a company name when it is specific: not generic, not a description or (``bodies``) a body."""
    return (
        2 <= len(core) <= 20
        and not is_generic(core)
        and not _DESCRIPTION.search(core)
        and not (bodies and _not_company().search(core))
        and not re.fullmatch(r"[\d.%]+.*", core)
        and core not in words("media")
    )


@lru_cache(maxsize=1)
def _kinds() -> Gazetteer:
    """Kinds of business, type and generic words: what a company noun holds besides a name (担保, 面板, 上市)."""
    return words_gazetteer("business_kinds", "company_name_tails", "generic_words", "company_generic_modifiers", "project_types")


@lru_cache(maxsize=1)
def _company_places() -> Gazetteer:
    return gazetteer(regions().names | frozenset(words("company_places")))


def place_end(text: str, start: int = 0) -> int:
    """End of the run of places at ``start`` (浙江台州路桥区…, 美国…); ``start`` if there is none."""
    return _company_places().run_end(text, start)


def is_kind(text: str) -> bool:
    """Whether ``text`` is made only of kinds of business, type and generic words (酒店, 房地产, 上市)."""
    return _kinds().covers(text)


def is_place(text: str) -> bool:
    """Whether ``text`` is only places or countries (上海, 美国, 浙江台州)."""
    return bool(text) and place_end(text) == len(text)


@lru_cache(maxsize=1)
def _class_words() -> re.Pattern[str]:
    return re.compile(alternation("company_class_words") + r"|[\d一二两三四五六七八九十几数多]+家")


def whole_latin(text: str, start: int, end: int) -> bool:
    """A Latin name is whole: no letter or ``letter + space`` right before it, no letter right after it (Corp.)."""
    if start > 0 and _LATIN.match(text[start]):
        before = text[start - 1]
        if _LATIN.match(before) or (before in " \u00a0" and start > 1 and _LATIN.match(text[start - 2])):
            return False
    if end < len(text) and _LATIN.match(text[end - 1]):
        after = text[end]
        if _LATIN.match(after) or (after in " \u00a0" and end + 1 < len(text) and _LATIN.match(text[end + 1])):
            return False
    return True


def names_a_company(core: str, registered: bool = False) -> bool:
    """Whether the words before a company noun (公司, 集团, 厂 …) are a name, not a class or a phrase.

    Not a name: a description (很多钢厂, 两家公司), a generic company noun (上市公司, 合资公司), a pronoun or
    verb before the noun (本公司, 出厂), a place alone (中国公司) or a kind of business alone (担保公司, 面板厂);
    a place or the province before a kind names one company (沈阳啤酒厂, 省物流集团), and so does a known company
    that is also a place (光明集团). Before a ``registered`` form (有限公司) a body's word is the firm's (北京太阳能研究所有限公司).
    """
    generic_end = word_pattern("company_generic_modifiers", "$")
    if not acceptable_name(core, bodies=not registered) or _class_words().search(core) or generic_end.search(core):
        return False
    if core in all_company_names():
        return True
    if core[-1] in _core_enders():
        return False
    if reach := word_pattern("company_reach_words").match(core):
        rest = core[reach.end() :].lstrip("性大")
        if not rest or is_kind(rest):
            return False  # 国际公司, 国际大公司, 国际石油公司: companies of a reach, not one
    place = place_end(core) or int(core.startswith("省"))  # 省物流集团: the province's own group
    own = core[place:]
    if is_kind(own) and core[:place] in countries():
        return False  # 日本汽车公司, 加拿大矿业公司: a country's companies of a kind
    return bool(own) and (own != core or not is_kind(own))


def is_short_name(name: str) -> bool:
    """Whether ``name`` can stand alone for a company: no place, kind, generic noun or class (苹果, 海尔; not 上海, 啤酒)."""
    suffix = word_pattern("company_suffixes", "$").search(name)
    if suffix:
        return suffix.start() > 0 and names_a_company(name[: suffix.start()])  # 中粮集团; not 子公司, 上市公司
    return (
        len(name) >= 2
        and acceptable_name(name)
        and not is_place(name)
        and not is_kind(name)
        and not _class_words().search(name)
        and not word_pattern("company_generic_modifiers", "$").search(name)
        and (name[-1] not in _core_enders() or name in all_company_names())  # 华为
    )


@lru_cache(maxsize=1)
def _core_enders() -> frozenset[str]:
    return frozenset(words("company_core_enders"))


@lru_cache(maxsize=1)
def _company_form() -> re.Pattern[str]:
    return re.compile("(?:" + alternation("company_suffixes") + "|" + alternation("company_name_tails") + ")$")


#: The packaged company gazetteers of names that are only companies: listed short names, well-known companies.
KNOWN_COMPANY_GAZETTEERS = ("companies.txt", "companies_curated.txt")
#: All packaged company gazetteers: those and the names that are also words.
COMPANY_GAZETTEERS = (*KNOWN_COMPANY_GAZETTEERS, "companies_ambiguous.txt")


@lru_cache(maxsize=1)
def known_companies() -> Gazetteer:
    """Listed-company short names and well-known companies (the packaged gazetteers but the ambiguous names)."""
    return gazetteer(load_names(KNOWN_COMPANY_GAZETTEERS))


@lru_cache(maxsize=1)
def all_company_names() -> frozenset[str]:
    """Every name of the packaged company gazetteers, the ambiguous ones too (光明: a place, and a group's name)."""
    return load_names(COMPANY_GAZETTEERS)


def is_company_name(name: str) -> bool:
    """Whether ``name`` is a company by its own form: a listed or well-known name, a legal form or a business ending."""
    return acceptable_name(name) and (name in known_companies().names or bool(_company_form().search(name)))


def company_start(text: str, end: int, max_length: int = 24) -> int:
    """Start of a company name ending at ``end``: after punctuation, leading verbs and descriptors."""
    opening = strip_leading(text, name_start(text, end, max_length), end)
    start = cut_after_last_leading(text, opening, end, compounds=word_pattern("company_name_compounds"))
    descriptors = word_pattern("company_descriptors").finditer(text, start, end)
    described = [match.end() for match in descriptors if match.end() < end - 1]
    return described[-1] if described else start  # 汽车制造商现代汽车公司: the name starts right after


def known_name_ending_at(text: str, end: int) -> int | None:
    """Start of the longest known company name that ends at ``end`` (奥的斯 before 公司; 丰田汽车 in 一汽丰田汽车), if any."""
    return known_companies().match_start(text, end)


def known_name_across(text: str, cut: int, end: int) -> int | None:
    """Start of a known company name that a name start at ``cut`` would split (奥的斯 in 奥的斯电梯集团), if any."""
    window = max(0, cut - 8)
    spans = ((window + start, window + stop) for start, stop in known_companies().finditer(text[window:end]))
    return next((start for start, stop in spans if start < cut < stop), None)


def after_clause_words(text: str, start: int, end: int) -> int:
    """Where a name ending at ``end`` starts: after the last clause word, date or rank in ``[start, end)``
    (上半年金地集团 → 金地集团, 07年年初涪陵榨菜集团 → 涪陵榨菜集团, 前10位益海嘉里 → 益海嘉里)."""
    patterns = (word_pattern("company_clause_words"), _DATE, _RANK)
    clauses = [match.end() for pattern in patterns for match in pattern.finditer(text, start, end)]
    return strip_leading(text, max(clauses), end) if clauses else start


def balanced_brackets(name: str) -> bool:
    """Whether every bracket a name opens it also closes (宏碁(Acer), not 下称飞鹤))."""
    return name.count("(") == name.count(")") and name.count("（") == name.count("）")


@lru_cache(maxsize=1)
def longer_name_heads() -> re.Pattern[str]:
    """Words after a known name that make it the start of a longer entity (涪陵榨菜集团, 中关村科技园, 青岛港集团)."""
    sections = ("company_suffixes", "park_heads", "park_or_project_heads", "subzone_heads", "project_heads")
    return re.compile("|".join(alternation(section) for section in sections))


def business_act(ending: bool = False) -> re.Pattern[str]:
    """Acts only a business does (起诉三星, 收购联想, 大众集团控股奥迪公司); ``ending``: the act ends the range searched."""
    return word_pattern("company_context_before", "$" if ending else "")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries and provinces that open a company's name (日本铃木, 美国波音公司), not the reach words (国内)."""
    return frozenset(words("company_places")).difference(words("company_reach_words"))
