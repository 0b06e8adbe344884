"""PROJECT: named ``…项目/工程`` mentions, project heads in construction contexts, lists and quoted names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .company import acceptable_name, company_start
from .lexicon import alternation, cut_after_last_leading, is_generic, name_start, starts_with_place, strip_leading
from .park import in_construction_context

_CONJUNCT = r"[^、，,。；;：:\n]{2,30}"
_LIST_BEFORE_PROJECTS = re.compile(rf"((?:{_CONJUNCT}(?:、|以及))*{_CONJUNCT})等(?:\d+个)?(?:一批|重点|在建|重大|产业)*项目")
_QUOTED_AFTER_OWNER = re.compile(r"“([^“”\n]{3,30})”")
_NAME_END = re.compile(r"(?:产业化|项目|基地|工程|中心|工厂|产业园|学校|大厦|小镇|一期|二期)$")
_INDUSTRY = re.compile(r"(?:产业|行业|制造|建材|服务业|经济)$")


@lru_cache(maxsize=1)
def _name_signal() -> re.Pattern[str]:
    return re.compile(
        "|".join(alternation(section) for section in ("project_nouns", "company_name_tails", "company_suffixes"))
    )


@lru_cache(maxsize=1)
def _not_project() -> re.Pattern[str]:
    return re.compile(alternation("not_project_words"))


def acceptable_project(name: str, listed: bool = False) -> bool:
    """A specific project: not generic, a count, an industry or a programme; unless ``listed`` before
    等项目, it must also hold a place, a company word or a project noun."""
    core = re.sub(r"(?:建设)?(?:项目|工程)$", "", name)
    return (
        len(core) >= 2
        and not is_generic(core)
        and not re.search(r"^\d|\d+[个项]|等|[和及与]$", core)
        and not _INDUSTRY.search(core)
        and not _not_project().search(core)
        and (listed or bool(starts_with_place(core, 0, len(core)) or _name_signal().search(core)))
    )


def project_start(text: str, head_start: int, max_length: int = 32) -> int:
    """Start of a project name ending at ``head_start``: conjunctions stay inside (沃森…中心和总部项目)."""
    start = strip_leading(text, name_start(text, head_start, max_length, breakers=False), head_start)
    protected = 2 if text.endswith("建设", 0, head_start) else 0  # 新厂建设工程 keeps its 建设
    return cut_after_last_leading(text, start, max(start, head_start - protected))


def find_named_projects(text: str) -> Iterator[tuple[int, int]]:
    """``name + 项目/工程`` where the name is specific (闻泰智能制造一期项目, 安远县高速公路建设项目)."""
    for match in re.finditer(r"项目|工程", text):
        start = project_start(text, match.start())
        if _inside_quotes(text, start, match.end()) and match.group() == "工程":
            continue  # “火炬工程”: a programme, not a project
        if acceptable_project(text[start : match.start()]):
            yield start, match.end()


def _inside_quotes(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "“" and text[end : end + 1] == "”"


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    return re.compile(alternation("project_heads") + r"(?!项目|工程|经济|[区园])")


def find_headed_projects(text: str) -> Iterator[tuple[int, int]]:
    """Plants, bases, centres and parks being built: 贝泰妮新中央工厂, 昆明高尚正电子药物生产基地."""
    for match in _head_pattern().finditer(text):
        start = project_start(text, match.start(), max_length=24)
        if acceptable_project(text[start : match.end()]) and in_construction_context(text, start, match.end()):
            yield start, match.end()


def find_listed_projects(text: str) -> Iterator[tuple[int, int]]:
    """Each conjunct of a list before ``等项目`` (美洋、雅致、汇尔杰等项目), unless it lists industries."""
    for match in _LIST_BEFORE_PROJECTS.finditer(text):
        conjuncts = re.split(r"、|以及", match.group(1))
        if any(_INDUSTRY.search(c) for c in conjuncts):
            continue
        position = match.start(1)
        for index, conjunct in enumerate(conjuncts):
            conjunct_end = position + len(conjunct)
            start, end = position, conjunct_end
            if index == 0:
                start = project_start(text, end, len(conjunct))
            quoted = _QUOTED_AFTER_OWNER.search(text, start, end)
            if quoted:
                start, end = quoted.span(1)
            if acceptable_project(text[start:end], listed=True):
                yield start, end
            position = conjunct_end + (2 if text.startswith("以及", conjunct_end) else 1)


def find_quoted_projects(text: str) -> Iterator[tuple[int, int, str]]:
    """``owner“project”`` in a construction context: COMPANY 中科鑫圆 + PROJECT 碳化硅单晶材料研发及产业化."""
    for match in _QUOTED_AFTER_OWNER.finditer(text):
        name = match.group(1)
        if not _NAME_END.search(name) or not in_construction_context(text, match.start(), match.end()):
            continue
        owner_start = company_start(text, match.start(), max_length=12)
        yield match.start(1), match.end(1), "PROJECT"
        if acceptable_name(text[owner_start : match.start()]):
            yield owner_start, match.start(), "COMPANY"


@registry.misc("parkner.project_patterns.v1")
def project_patterns() -> LabelingFunction:
    """Named projects ending in 项目/工程, and project heads (基地, 中心, 工厂 …) being built."""
    return from_finder(lambda text: [*find_named_projects(text), *find_headed_projects(text)], "PROJECT")


@registry.misc("parkner.project_lists.v1")
def project_lists() -> LabelingFunction:
    """Conjuncts before 等项目, and quoted project names after their owner."""
    return from_finder(lambda text: [*((s, e, "PROJECT") for s, e in find_listed_projects(text)), *find_quoted_projects(text)])
