"""COMPANY: legal-form suffixes, short names before business cues, listed-company gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .context import in_construction_context
from .gazetteer import Gazetteer, gazetteer, load_names
from .lexicon import alternation, cut_after_last_leading, is_generic, name_start, strip_leading, words

_DESCRIPTION = re.compile(r"首家|一家|多家|这家|该|各|每家|其他|相关")
_CONJUNCT = r"[^、，,。；;：:\n“”]{2,12}"


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    return re.compile(alternation("company_suffixes") + r"(?![房区长商家])")


@lru_cache(maxsize=1)
def _not_company() -> re.Pattern[str]:
    return re.compile("(?:" + alternation("not_company_heads") + "|" + alternation("park_heads") + ")$")


def acceptable_name(core: str) -> bool:
    """A short name is a company name when it is specific: not generic, not a description or body."""
    return (
        2 <= len(core) <= 20
        and not is_generic(core)
        and not _DESCRIPTION.search(core)
        and not _not_company().search(core)
        and not re.fullmatch(r"[\d.%]+.*", core)
        and core not in words("media")
    )


@lru_cache(maxsize=1)
def _company_form() -> re.Pattern[str]:
    return re.compile("(?:" + alternation("company_suffixes") + "|" + alternation("company_name_tails") + ")$")


@lru_cache(maxsize=1)
def known_companies() -> Gazetteer:
    """Listed-company short names and well-known companies (the packaged company gazetteers)."""
    return gazetteer(load_names(["companies.txt", "companies_curated.txt"]))


def is_company_name(name: str) -> bool:
    """Whether ``name`` is a company by its own form: a listed or well-known name, a legal form or a business ending."""
    return acceptable_name(name) and (name in known_companies().names or bool(_company_form().search(name)))


@lru_cache(maxsize=1)
def _descriptor() -> re.Pattern[str]:
    return re.compile(alternation("company_descriptors"))


def company_start(text: str, end: int, max_length: int = 24) -> int:
    """Start of a company name ending at ``end``: after punctuation, leading verbs and descriptors."""
    start = cut_after_last_leading(text, strip_leading(text, name_start(text, end, max_length), end), end)
    described = [match.end() for match in _descriptor().finditer(text, start, end) if match.end() < end - 1]
    return described[-1] if described else start  # 汽车制造商现代汽车公司: the name starts right after


def find_by_suffix(text: str) -> Iterator[tuple[int, int]]:
    """``name + 有限公司/集团/厂 …``; the name runs back to punctuation, minus leading verbs."""
    for match in _suffix_pattern().finditer(text):
        suffix_start, end = match.span()
        start = company_start(text, suffix_start)
        if not acceptable_name(text[start:suffix_start]):
            continue
        if match.group() in ("厂", "工厂") and in_construction_context(text, start, end):
            continue  # a plant being built is a PROJECT
        yield start, end


def find_by_cue(text: str) -> Iterator[tuple[int, int]]:
    """Short names before business cues: 云南锗业生产车间, 云端药业党支部."""
    cues = alternation("company_cues")
    tails = re.compile(alternation("company_name_tails") + "$")
    for match in re.finditer(cues, text):
        cue_start = match.start()
        start = company_start(text, cue_start, 10)
        name = text[start:cue_start]
        if acceptable_name(name) and tails.search(name) and not _suffix_pattern().search(name):
            yield start, cue_start


_LIST_BEFORE_COMPANIES = re.compile(
    rf"((?:{_CONJUNCT}、)*{_CONJUNCT})等(?:\d+[户家个])?(?:一批)?[^，。；\n]{{0,12}}?(?:企业|公司)"
    rf"|以((?:{_CONJUNCT}、)*{_CONJUNCT})为代表的[^，。；\n]{{0,12}}企业"
)


def find_in_lists(text: str) -> Iterator[tuple[int, int]]:
    """Each name of a list that the text calls companies: 支持昆电工、多宝等企业."""
    for match in _LIST_BEFORE_COMPANIES.finditer(text):
        group = 1 if match.group(1) else 2
        position = match.start(group)
        for index, conjunct in enumerate(match.group(group).split("、")):
            start, end = position, position + len(conjunct)
            if index == 0:
                start = company_start(text, end, len(conjunct))
            if acceptable_name(text[start:end]) and len(text[start:end]) <= 8:
                yield start, end
            position = end + 1


@registry.misc("parkner.company_suffix.v1")
def company_suffix() -> LabelingFunction:
    """Registered names with a legal form: 昆明贵研催化剂有限公司, 昆药集团, 昆明中药厂."""
    return from_finder(find_by_suffix, "COMPANY")


@registry.misc("parkner.company_cues.v1")
def company_cues() -> LabelingFunction:
    """Short names before 生产车间/党支部 and in lists the text calls 企业."""
    return from_finder(lambda text: [*find_by_cue(text), *find_in_lists(text)], "COMPANY")


@registry.misc("parkner.company_gazetteer.v1")
def company_gazetteer(extra_paths: list[str] = []) -> LabelingFunction:  # noqa: B006 (config default)
    """Listed-company short names and well-known companies, plus the user's own lists."""
    names = load_names(["companies.txt", "companies_curated.txt"], extra_paths)
    return from_finder(gazetteer(names).finditer, "COMPANY")
