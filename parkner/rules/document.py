"""Document-level LFs: what the other LFs found once labels its other occurrences (as in skweak).

A string labelled confidently with one label somewhere in a document is labelled
again wherever else it occurs there; a company's short form (厦门美柚信息科技有限公司 →
美柚) is found too, and ``name + 项目`` becomes that company's PROJECT, as does a
project's owner + 项目 (可喜安集团科技大厦 → 可喜安项目). Only name-like strings spread:
no place, kind of business, generic company noun (上市公司) or bare project type (环境).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Span
from spacy.util import registry

from .base import LabelingFunction, TextView, source_groups, spans_from_ranges
from .company_names import is_place, is_short_name, whole_latin
from .gazetteer import Gazetteer
from .lexicon import alternation, alternation_of, own_name_length, places, regions, word_pattern, words

_MIN_LENGTH = 2
_BRACKETED = re.compile(r"\(([^()]+)\)$")


@lru_cache(maxsize=1)
def _company_tail() -> re.Pattern[str]:
    legal = alternation("company_suffixes")
    trade = r"(?:信息|网络|生物|电子|智能|医药)?(?:科技|技术)?(?:销售|服务|发展|开发|投资|实业|控股)?"
    business = alternation("company_alias_business_tails")
    return re.compile(rf"(?:(?:{trade})(?:{legal}|股份)|{business})$")  # 金浔股份 → 金浔, 世爵汽车 → 世爵


def company_alias(name: str) -> str | None:
    """Short form of a registered company name: without place prefix, trade words and legal form."""
    if not _company_tail().search(name) or word_pattern("company_no_alias_suffixes", "$").search(name):
        return None
    core = _company_tail().sub("", name)
    bracket = _BRACKETED.search(core)
    if bracket and is_place(bracket.group(1)):
        core = core[: bracket.start()]  # 飞利浦(中国)投资有限公司 → 飞利浦
    if places().match_end(core, 0) == len(core):
        return None  # 厦门信息集团 has no short form besides the place
    region_end = regions().match_end(core, 0)  # a town's name opens the brand (正兴车轮集团 → not 车轮)
    if region_end is not None and region_end < len(core) - 1:
        core = core[region_end:]
    if own_name_length(core) < _MIN_LENGTH or not is_short_name(core):
        return None  # 钾肥 from …钾肥公司, 合资 from …合资公司, 啤酒 from 沈阳啤酒厂: a kind, not a short name
    return core if core != name else None


def project_alias(name: str) -> str | None:
    """Short repeat of a project: its owner's name + 项目 (可喜安集团科技大厦 → 可喜安项目); none for a place (天津)."""
    owner = name[: own_name_length(name)]
    if len(owner) < _MIN_LENGTH or len(owner) == len(name) or places().match_end(owner, 0) is not None:
        return None
    return owner + "项目"


@lru_cache(maxsize=1)
def _project_head() -> re.Pattern[str]:
    heads = [*words("project_heads"), *words("project_nouns"), *words("infrastructure_heads"), "项目", "工程"]
    return re.compile(alternation_of(heads) + r"[一二三四五六七八九十\d]*期?$")


def spreads(name: str, label: str) -> bool:
    """Whether a labelled string is name-like enough to label its other occurrences.

    A company must be a name (苹果, 中粮集团; not 上市公司, 酒店, 上海); a project must end in a project head
    (港珠澳大桥, 可喜安项目; not 环境 or 交通, which a list may name as kinds) and not be a place.
    """
    if len(name) < _MIN_LENGTH:
        return False
    if label == "COMPANY":
        return is_short_name(name)
    if label == "PROJECT":
        return bool(_project_head().search(name)) and not is_place(name)
    return True


def propagate(text: str, labelled: dict[str, set[str]]) -> Iterator[tuple[int, int, str]]:
    """Every occurrence in ``text`` of a name-like string labelled with exactly one label (Latin names whole)."""
    names = {name: label for name, labels in labelled.items() if len(labels) == 1 and spreads(name, label := next(iter(labels)))}
    if not names:
        return
    for start, end in Gazetteer(names).finditer(text):
        if not whole_latin(text, start, end):
            continue
        label = names[text[start:end]]
        if label == "COMPANY" and text.startswith("项目", end):
            yield start, end + 2, "PROJECT"
        else:
            yield start, end, label


@registry.misc("parkner.document_propagation.v1")
def document_propagation(sources: list[str] = []) -> LabelingFunction:  # noqa: B006 (config default)
    """Label other occurrences of strings the ``sources`` LFs labelled (and company short forms)."""

    def label(doc: Doc) -> Iterator[Span]:
        view = TextView.of(doc)
        labelled: dict[str, set[str]] = defaultdict(set)
        for key in source_groups(doc, sources, "document_propagation sources"):
            for span in doc.spans[key]:
                start, end = _view_range(view, span)
                name = view.text[start:end]
                labelled[name].add(span.label_)
                if span.label_ == "COMPANY" and (alias := company_alias(name)):
                    labelled[alias].add("COMPANY")
                elif span.label_ == "PROJECT" and (alias := project_alias(name)):
                    labelled[alias].add("PROJECT")
        return spans_from_ranges(doc, view, propagate(view.text, labelled))

    return label


def _view_range(view: TextView, span: Span) -> tuple[int, int]:
    """View offsets of a doc span (the view maps onto the doc one character to one almost always)."""
    if view.offsets.source_length == len(view.text):
        return span.start_char, span.end_char
    starts = view.offsets.source_starts
    return int(np.searchsorted(starts, span.start_char)), int(np.searchsorted(starts, span.end_char))
