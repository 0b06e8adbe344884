"""What a project name looks like, and where it starts; shared by the PROJECT pattern and list LFs.

A project name must be specific: besides its type words (风电, 房地产, 基地 …) it
carries a place, a company or an owner's name (天津房地产项目, 闻泰智能制造一期项目);
a bare type (能源项目), a description (国内领先的…基地), a designation (国家…基地) or
a programme (“火炬工程”) is not a project.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .company_names import balanced_brackets, is_company_name, known_companies
from .gazetteer import Gazetteer
from .lexicon import (
    NAME_BREAKERS,
    alternation,
    alternation_of,
    cut_after_last_leading,
    is_generic,
    name_start,
    own_name_length,
    places,
    regions,
    strip_leading,
    type_words,
    word_pattern,
    words,
    words_gazetteer,
)

_PHASE_END = re.compile(r"[一二三四五六七八九\d]期$")
#: A size class before a name (30万吨级, 千吨级), as the guidelines read it: not a METRIC and not part of the name.
_SIZE_CLASS = re.compile(r"[\d.]*[万千百十]?吨级")
#: Ordinals with a measure word and counts in Chinese numerals (第二条, 五个中心, 一座汽车工厂): a class or a rank, not a name;
#: an ordinal right before the noun is part of a name (第三自来水厂).
_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+[个条座家批位]|[一二三四五六七八九十两几][个座条家批]")
#: Function words that may stay inside any project name (华为, 以色列) and, for names before 项目/工程,
#: conjunctions (沃森全球疫苗研发中心和总部项目).
INNER_WORDS = "为以"
_INNER_CONJUNCTIONS = INNER_WORDS + "和及与"
#: A name this long before its type words is an owner's or proper name on its own (奕斯伟, 碳化硅); two characters
#: (东航, 华星) need a longer type after them.
_OWN_NAME_LENGTH = 3


@lru_cache(maxsize=1)
def _kind_words() -> Gazetteer:
    """Words that say what kind of project a name is (公路, 基地, 光伏, 药业 …), as opposed to generic words."""
    return words_gazetteer("project_nouns", "infrastructure_heads", "project_types", "company_name_tails")


@lru_cache(maxsize=1)
def _legal_form() -> re.Pattern[str]:
    """Company legal forms of two characters or more (集团, 有限公司; not 厂, which also ends 工厂)."""
    return re.compile(alternation_of(word for word in words("company_suffixes") if len(word) >= 2))


@lru_cache(maxsize=1)
def _capacity() -> re.Pattern[str]:
    """A capacity or road number that may open a name (年产70万套, 7000吨/年, 329国道)."""
    return re.compile(r"(?:年产)?\d[\d.]*" + alternation("capacity_units") + "(?:/年)?")


def _capacity_name(core: str) -> bool:
    """A capacity + product names one plant (70万套铸铁阀门生产线, 7000吨/年稀土分离); a bare capacity does not."""
    match = _capacity().match(core)
    return match is not None and not is_generic(core[match.end() :])


def _line_name(core: str) -> bool:
    """Two-character abbreviation of a line's ends + its kind (雄商高铁, 清花高速, 定平铁路)."""
    return own_name_length(core) == 2 and bool(word_pattern("line_kinds", "$").match(core, 2))


def _township_end(core: str) -> int | None:
    """End of a town written with its township word at the start of ``core`` (草铺街道, 七甸街道), if any."""
    town_end = places().match_end(core, 0)
    suffix = word_pattern("township_suffixes").match(core, town_end) if town_end else None
    return suffix.end() if suffix else None


#: Names of their own that the type words would hide: a road number (G98环岛高速…), a power line named by its
#: ends (陇电入鲁, 蒙电入沪, 疆电外送) or a water transfer named by its source and the river it feeds (引大济岷, 引江济淮).
_NUMBERED_OR_ROUTED = re.compile(r"[GS]\d{1,4}|[\u4e00-\u9fff]电(?:入|外送|送)[\u4e00-\u9fff]|引[\u4e00-\u9fff]{1,2}济[\u4e00-\u9fff]")



def is_owned(core: str) -> bool:
    """Whether ``core`` starts with a place, a road number or a routed line, or holds a company name (天津房地产,
    草铺街道磷酸铁, G98环岛高速, 陇电入鲁, 贝泰妮新中央工厂)."""
    if _NUMBERED_OR_ROUTED.match(core):
        return True
    place_end = regions().match_end(core, 0) or _township_end(core)
    if place_end is not None and place_end < len(core) and (type_words().match_end(core, 0) or 0) < place_end:
        return True
    return next(known_companies().finditer(core), None) is not None or bool(_legal_form().search(core, 2))


def has_own_name(core: str) -> bool:
    """Whether ``core`` names something besides its type: a place, a company or an owner's name before the type words.

    ``天津房地产``, ``闻泰智能制造一期`` and ``东航飞机维修基地`` do; ``能源``, ``钾肥``, ``房地产开发`` and
    ``零碳工厂`` (two characters before a bare head) do not.
    """
    if is_owned(core) or _capacity_name(core) or _line_name(core):
        return True
    run = own_name_length(core)
    rest = len(core) - run
    says_kind = next(_kind_words().finditer(core[run:]), None) is not None or bool(re.search(r"[一二三四\d]期", core))
    return says_kind and (run >= _OWN_NAME_LENGTH or (run == 2 and rest >= 4))


def is_programme(text: str) -> bool:
    """Whether ``text`` holds a word of a programme, plan or activity (示范, 行动, 计划, 党建), not of something built."""
    return bool(word_pattern("not_project_words").search(text))


def is_designated(name: str) -> bool:
    """A designation word (国家, 示范 …) makes a name a title, unless an owner's name comes before it
    (省人民医院国家重大传染病防治基地) or a phase ends it (国家超算深圳中心二期): those are being built."""
    designation = word_pattern("project_designations").search(name)
    if designation is None or _PHASE_END.search(name):
        return False
    return not word_pattern("project_owner_endings", "$").search(name[: designation.start()])


def is_designation(name: str) -> bool:
    """A headed name with a designation (中医类国家医学中心, 国家数据标注基地) is no project."""
    return bool(head_pattern().search(name)) and is_designated(name)


def _is_description(core: str) -> bool:
    """A description (大型…, 第二条…, 一批…) before any owner; after a place or company it is part of the name
    (花都第二工厂, 华锦集团大型乙烯)."""
    match = _ORDINAL.search(core) or word_pattern("project_descriptions").search(core)
    if not match:
        return False
    owner = core[: match.start()]
    return not (regions().match_end(owner, 0) == len(owner) > 0 or is_company_name(owner))


@lru_cache(maxsize=1)
def _listed_head() -> re.Pattern[str]:
    """A head after a description of two characters or more: a listed member named by description (现代商贸物流园)."""
    heads = "|".join(alternation(section) for section in ("project_heads", "infrastructure_heads"))
    return re.compile(rf".{{2,}}(?:{heads})$")


def acceptable_project(name: str, listed: bool = False) -> bool:
    """A specific project: not generic, a count, a description, an industry, an event or a programme; and with a name
    of its own (:func:`has_own_name`). A conjunct ``listed`` before 等项目 may be a bare name (美洋), but a kind of
    work there (城中村改造) needs a place or an owner (宝鸡峡灌区改造)."""
    core = re.sub(r"(?:建设)?(?:项目|工程)$", "", name)
    if (
        len(core) < 2
        or not balanced_brackets(core)  # 牵引供电)系统集成工程: a bracket the name does not open
        or is_generic(core)
        or (core[0].isdigit() and not _capacity().match(core))
        or re.search(r"\d+[个项条座家]|等|项目|[和及与]$", core)
        or (word_pattern("industry_tails", "$").search(core) and not has_own_name(core))
        or word_pattern("not_project_tails", "$").search(core)
        or is_programme(core)
        or _is_description(core)
    ):
        return False
    if listed:
        if word_pattern("activity_tails", "$").search(core):
            return is_owned(core)  # 宝鸡峡灌区改造, but not 城中村改造 or 石漠化治理
        return own_name_length(core) >= 2 or has_own_name(core) or bool(_listed_head().match(core))
    return has_own_name(core)


def project_start(text: str, head_start: int, max_length: int = 32, keep: str = _INNER_CONJUNCTIONS) -> int:
    """Start of a project name ending at ``head_start``: after punctuation, function words, an earlier project
    and leading verbs. A function word right before the head leaves no name (钾肥产业的项目, 华星光电从项目)."""
    start = name_start(text, head_start, max_length, keep=keep)
    if start < head_start and text[head_start - 1] in NAME_BREAKERS and text[head_start - 1] not in keep:
        return head_start
    previous = [m.end() for m in re.finditer(r"项目|工程", text[start:head_start])]
    if previous:  # 安远县高速公路建设项目和天津房地产项目: the name starts after the previous project
        start += previous[-1]
        start += text[start:head_start].startswith(tuple(_INNER_CONJUNCTIONS + "暨、"))
    if text[max(start - 1, 0) : start + 1] in words("breaker_words"):
        start += 1  # 从事加拿大…: the name starts after the verb, not inside it
    start = strip_leading(text, start, head_start)
    size_class = _SIZE_CLASS.match(text, start, head_start)
    if size_class and size_class.end() < head_start - 1:
        start = size_class.end()  # 30万吨级条帚门航道: the class is no part of the name
    return _after_verbs(text, start, head_start)


@lru_cache(maxsize=1)
def _activities() -> frozenset[str]:
    return frozenset(words("activity_tails"))


def _after_verbs(text: str, start: int, end: int) -> int:
    """Start of a name after the verbs inside it. A final 建设 stays in any name (新厂建设工程), another final activity
    only in one with a place, an owner or a capacity (兰州铁路枢纽优化提升工程, not 消防装备提升工程: a programme)."""
    cut = cut_after_last_leading(text, start, end, _activities())
    if is_owned(text[cut:end]) or _capacity_name(text[cut:end]):
        return cut
    return cut_after_last_leading(text, start, end, frozenset({"建设"}))


@lru_cache(maxsize=1)
def _location() -> re.Pattern[str]:
    """A zone that opens a name only to say where the project is (龙泉片区 in 龙泉片区玉溪·顺义产业园)."""
    return re.compile(rf"[^、]{{1,10}}?{alternation('location_zone_heads')}")


def after_location(text: str, start: int, end: int) -> int:
    """Start of the project's own name after a zone written before it, if the rest is a project by itself."""
    match = _location().match(text, start, end)
    if match and match.end() < end and acceptable_project(text[match.end() : end]):
        return match.end()
    return start


@lru_cache(maxsize=1)
def head_pattern() -> re.Pattern[str]:
    """A project or infrastructure head (基地, 中心, 工厂, 机场 …) that opens no longer word (基地项目, 中心区)."""
    heads = "|".join(alternation(section) for section in ("project_heads", "infrastructure_heads"))
    return re.compile(rf"(?:{heads})(?!项目|工程|经济|[区园])")
