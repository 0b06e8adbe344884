"""PROJECT: named ``…项目/工程`` mentions, plants and bases being built, lists before 等项目 and quoted names.

A project name must be specific: besides its type words (风电, 房地产, 基地 …) it
carries a place, a company or an owner's name (天津房地产项目, 闻泰智能制造一期项目);
a bare type (能源项目), a description (国内领先的…基地), a designation (国家…基地) or
a programme (“火炬工程”) is not a project.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .company_names import acceptable_name, company_start, is_company_name, known_companies
from .context import in_construction_context, presented_as_project
from .gazetteer import Gazetteer, gazetteer
from .lexicon import (
    NAME_BREAKERS,
    after_last,
    alternation,
    clause_matches,
    cut_after_last_leading,
    is_generic,
    name_start,
    only_type_words,
    own_name_length,
    place_ending_at,
    places,
    regions,
    strip_leading,
    type_words,
    word_pattern,
    words,
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
#: A count right after 项目/工程 (市政基础设施项目162个): the projects of a kind, not one named project.
_COUNT_AFTER = re.compile(r"[\d.]+万?[个项]")
_PHASE_END = re.compile(r"[一二三四五六七八九\d]期$")
_PHASE = re.compile(r"[一二三四五六七八九十\d]期(?![间末内])")
#: A size class before a name (30万吨级, 千吨级), as the guidelines read it: not a METRIC and not part of the name.
_SIZE_CLASS = re.compile(r"[\d.]*[万千百十]?吨级")
#: Ordinals with a measure word and counts in Chinese numerals (第二条, 五个中心, 一座汽车工厂): a class or a rank, not a name;
#: an ordinal right before the noun is part of a name (第三自来水厂).
_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+[个条座家批位]|[一二三四五六七八九十两几][个座条家批]")
#: Function words that may stay inside any project name (华为, 以色列) and, for names before 项目/工程,
#: conjunctions (沃森全球疫苗研发中心和总部项目).
_INNER_WORDS = "为以"
_INNER_CONJUNCTIONS = _INNER_WORDS + "和及与"
#: A name this long before its type words is an owner's or proper name on its own (奕斯伟, 碳化硅); two characters
#: (东航, 华星) need a longer type after them.
_OWN_NAME_LENGTH = 3


@lru_cache(maxsize=1)
def _kind_words() -> Gazetteer:
    """Words that say what kind of project a name is (公路, 基地, 光伏, 药业 …), as opposed to generic words."""
    sections = ("project_nouns", "infrastructure_heads", "project_types", "company_name_tails")
    return gazetteer(frozenset(word for section in sections for word in words(section)))


@lru_cache(maxsize=1)
def _legal_form() -> re.Pattern[str]:
    """Company legal forms of two characters or more (集团, 有限公司; not 厂, which also ends 工厂)."""
    return re.compile("|".join(re.escape(w) for w in words("company_suffixes") if len(w) >= 2))


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
_QUOTED_ROUTED = re.compile(r"“([\u4e00-\u9fff]电(?:入|外送|送)[\u4e00-\u9fff]{1,2})”")


def _owned(core: str) -> bool:
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
    if _owned(core) or _capacity_name(core) or _line_name(core):
        return True
    run = own_name_length(core)
    rest = len(core) - run
    says_kind = next(_kind_words().finditer(core[run:]), None) is not None or bool(re.search(r"[一二三四\d]期", core))
    return says_kind and (run >= _OWN_NAME_LENGTH or (run == 2 and rest >= 4))


def _programme(text: str) -> bool:
    return bool(word_pattern("not_project_words").search(text))


def _designated(name: str) -> bool:
    """A designation word (国家, 示范 …) makes a name a title, unless an owner's name comes before it
    (省人民医院国家重大传染病防治基地) or a phase ends it (国家超算深圳中心二期): those are being built."""
    designation = word_pattern("project_designations").search(name)
    if designation is None or _PHASE_END.search(name):
        return False
    return not word_pattern("project_owner_endings", "$").search(name[: designation.start()])


def _designation(name: str) -> bool:
    """A headed name with a designation (中医类国家医学中心, 国家数据标注基地) is no project."""
    return bool(_head_pattern().search(name)) and _designated(name)


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
        or is_generic(core)
        or (core[0].isdigit() and not _capacity().match(core))
        or re.search(r"\d+[个项条座家]|等|项目|[和及与]$", core)
        or (word_pattern("industry_tails", "$").search(core) and not has_own_name(core))
        or word_pattern("not_project_tails", "$").search(core)
        or _programme(core)
        or _is_description(core)
    ):
        return False
    if listed:
        if word_pattern("activity_tails", "$").search(core):
            return _owned(core)  # 宝鸡峡灌区改造, but not 城中村改造 or 石漠化治理
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
    if _owned(text[cut:end]) or _capacity_name(text[cut:end]):
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
        if match.group() == "工程" and text[max(0, start - 2) : start] == "实施" and not _owned(core):
            continue  # 深入实施基础教育扩优提质工程: a programme is carried out, a project is built
        if _COUNT_AFTER.match(text, match.end()):
            continue  # 实施市政基础设施项目162个: a count of projects of a kind
        if acceptable_project(text[start : match.end()]) or (quoted and not is_generic(core) and not _programme(core)):
            yield start, match.end()  # a quoted “117项目” is a name whatever it holds


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    heads = "|".join(alternation(section) for section in ("project_heads", "infrastructure_heads"))
    return re.compile(rf"(?:{heads})(?!项目|工程|经济|[区园])")


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
    for match in _head_pattern().finditer(text):
        if match.start() < found_end:
            continue  # the phase of a name just found (机场二期: 二期 is a head too)
        start = project_start(text, match.start(), max_length=24, keep=_INNER_WORDS)
        start = after_location(text, start, match.end())
        name = text[start : match.end()]
        if _inside_quotes(text, start, match.end()) or _designated(name):
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


def _conjunct_spans(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The conjuncts of a list (group 1), the first one after any leading verb, a quoted name without its quotes."""
    position = match.start(1)
    for index, conjunct in enumerate(re.split(r"、|以及", match.group(1))):
        start, end = position, position + len(conjunct)
        position = end + (2 if text.startswith("以及", end) else 1)
        if index == 0:
            start = project_start(text, end, len(conjunct))
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
            if acceptable_project(name, listed=True) and name not in regions().names and not _designation(name):
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
    position = match.start(1)
    for index, conjunct in enumerate(match.group(1).split("、")):
        start, end = position, position + len(conjunct)
        position = end + 1
        yield (project_start(text, end, len(conjunct)) if index == 0 else start), end


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
    """Works listed before a count of works, each a PROJECT when it has a name: 武都引水、升钟灌区…6个工程."""
    for count in _COUNT_OF_WORKS.finditer(text):
        clause_start = after_last(text, _CLAUSE_BREAKS, count.start())
        match = _COUNTED_WORKS.search(text, clause_start, count.end())
        if match is None:
            continue
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


@registry.misc("parkner.project_lists.v1")
def project_lists() -> LabelingFunction:
    """Conjuncts before 等项目, before 等 + a kind of works being built or before a count of lines or works, and quoted
    project names after their owner."""
    return from_finder(_listed_and_quoted_projects)


def _listed_and_quoted_projects(text: str) -> list[tuple[int, int, str]]:
    """Both finders of :func:`project_lists`, labelled."""
    found = [*find_listed_projects(text), *find_listed_works(text), *find_counted_lines(text), *find_counted_works(text)]
    listed = [(start, end, "PROJECT") for start, end in found]
    return [*listed, *find_quoted_projects(text)]
