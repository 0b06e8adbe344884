"""COMPANY: legal-form suffixes, short names before business cues, listed-company gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .context import in_construction_context
from .gazetteer import Gazetteer, gazetteer, load_names, packaged
from .lexicon import (
    STOP_CHARS,
    alternation,
    cities,
    clause_matches,
    cut_after_last_leading,
    is_generic,
    is_leading,
    name_start,
    place_ending_at,
    regions,
    strip_leading,
    word_pattern,
    words,
)

_DESCRIPTION = re.compile(r"首家|一家|多家|这家|该|各|每家|其他|相关|第[一二三四五六七八九十\d]")
_COUNTED = re.compile(r"\d+(?:个|家|多个|余个|余家|多家)")
_CONJUNCT = r"[^、，,。；;：:\n“”]{2,12}"
_LATIN = re.compile(r"[A-Za-z0-9]")
_DATE = re.compile(r"\d+[年月日](?:[初底末前])?(?:年[初底末])?")  # 7年前海信: a time, then the name
#: A rank before a name (前10位益海嘉里, 前40大矿业公司): a description, not part of the name.
_RANK = re.compile(r"前[\d一二三四五六七八九十]+[位大名强]")


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    return re.compile(alternation("company_suffixes") + r"(?![房区长商家化])")


@lru_cache(maxsize=1)
def _suffix_end() -> re.Pattern[str]:
    return re.compile(alternation("company_suffixes") + "$")


@lru_cache(maxsize=1)
def _plant_designation() -> re.Pattern[str]:
    return re.compile(alternation("plant_designations") + "$")


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
def _kinds() -> Gazetteer:
    """Kinds of business, type and generic words: what a company noun holds besides a name (担保, 面板, 上市)."""
    sections = ("business_kinds", "company_name_tails", "generic_words", "company_generic_modifiers", "project_types")
    return gazetteer(frozenset(word for section in sections for word in words(section)))


@lru_cache(maxsize=1)
def _company_places() -> Gazetteer:
    return gazetteer(regions().names | frozenset(words("company_places")))


def place_end(text: str, start: int = 0) -> int:
    """End of the run of places at ``start`` (浙江台州路桥区…, 美国…); ``start`` if there is none."""
    return _company_places().run_end(text, start)


def is_kind(text: str) -> bool:
    """Whether ``text`` is made only of kinds of business, type and generic words (酒店, 房地产, 上市)."""
    return _kinds().run_end(text) == len(text)


def is_place(text: str) -> bool:
    """Whether ``text`` is only places or countries (上海, 美国, 浙江台州)."""
    return bool(text) and place_end(text) == len(text)


@lru_cache(maxsize=1)
def _class_words() -> re.Pattern[str]:
    return re.compile(alternation("company_class_words") + r"|[\d一二两三四五六七八九十几数多]+家")


@lru_cache(maxsize=1)
def _generic_modifier_end() -> re.Pattern[str]:
    return re.compile(alternation("company_generic_modifiers") + "$")


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


def names_a_company(core: str) -> bool:
    """Whether the words before a company noun (公司, 集团, 厂 …) are a name, not a class or a phrase.

    Not a name: a description (很多钢厂, 两家公司), a generic company noun (上市公司, 合资公司), a pronoun or
    verb before the noun (本公司, 出厂), a place alone (中国公司) or a kind of business alone (担保公司, 面板厂);
    a place or the province before a kind names one company (沈阳啤酒厂, 省物流集团).
    """
    if not acceptable_name(core) or _class_words().search(core) or _generic_modifier_end().search(core):
        return False
    if core[-1] in _core_enders():
        return False
    place = place_end(core) or int(core.startswith("省"))  # 省物流集团: the province's own group
    own = core[place:]
    if is_kind(own) and core[:place] in _countries():
        return False  # 日本汽车公司, 加拿大矿业公司: a country's companies of a kind
    return bool(own) and (own != core or not is_kind(own))


def is_short_name(name: str) -> bool:
    """Whether ``name`` can stand alone for a company: no place, kind, generic noun or class (苹果, 海尔; not 上海, 啤酒)."""
    suffix = _suffix_end().search(name)
    if suffix:
        return suffix.start() > 0 and names_a_company(name[: suffix.start()])  # 中粮集团; not 子公司, 上市公司
    return (
        len(name) >= 2
        and acceptable_name(name)
        and not is_place(name)
        and not is_kind(name)
        and not _class_words().search(name)
        and not _generic_modifier_end().search(name)
        and name[-1] not in _core_enders()
    )


@lru_cache(maxsize=1)
def _core_enders() -> frozenset[str]:
    return frozenset(words("company_core_enders"))


@lru_cache(maxsize=1)
def _company_form() -> re.Pattern[str]:
    return re.compile("(?:" + alternation("company_suffixes") + "|" + alternation("company_name_tails") + ")$")


#: The packaged company gazetteers: listed short names, well-known companies, names that are also words.
COMPANY_GAZETTEERS = ("companies.txt", "companies_curated.txt", "companies_ambiguous.txt")


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


@lru_cache(maxsize=1)
def _clause_words() -> re.Pattern[str]:
    return re.compile(alternation("company_clause_words"))


def _known_name_ending_at(text: str, end: int) -> int | None:
    """Start of a known company name that ends at ``end`` (奥的斯 before 公司), if any."""
    window = max(0, end - 12)
    return next((window + start for start, stop in known_companies().finditer(text[window:end]) if window + stop == end), None)


def _known_name_across(text: str, cut: int, end: int) -> int | None:
    """Start of a known company name that a name start at ``cut`` would split (奥的斯 in 奥的斯电梯集团), if any."""
    window = max(0, cut - 8)
    spans = ((window + start, window + stop) for start, stop in known_companies().finditer(text[window:end]))
    return next((start for start, stop in spans if start < cut < stop), None)


def after_clause_words(text: str, start: int, end: int) -> int:
    """Where a name ending at ``end`` starts: after the last clause word, date or rank in ``[start, end)``
    (上半年金地集团 → 金地集团, 07年年初涪陵榨菜集团 → 涪陵榨菜集团, 前10位益海嘉里 → 益海嘉里)."""
    clauses = [match.end() for pattern in (_clause_words(), _DATE, _RANK) for match in pattern.finditer(text, start, end)]
    return strip_leading(text, max(clauses), end) if clauses else start


def _suffix_name_start(text: str, suffix_start: int, previous_end: int) -> int:
    """Start of the name before a legal form: not before an earlier 公司 or 厂 (unless a place or 分公司 joins them, as
    in 网宿科技有限公司厦门分公司; a group's name starts its subsidiary's: 昆药集团医药商业有限公司, but not across a verb
    of control: 大众集团控股奥迪公司) and after the last clause word (百威英博啤酒集团宣布同大连大雪集团 → 大连大雪集团)."""
    start = company_start(text, suffix_start)
    previous = text[max(0, previous_end - 2) : previous_end]
    branch = text.startswith("分公司", suffix_start)  # a branch after its company is part of its name
    if start < previous_end < suffix_start and previous.endswith(("公司", "厂")) and not branch and not is_place(
        text[previous_end:suffix_start]
    ):
        start = strip_leading(text, previous_end, suffix_start)
    if start < previous_end < suffix_start and (act := _business_act().match(text, previous_end)):
        start = act.end()  # 大众集团控股奥迪公司: two companies, the verb between them
    known = _known_name_across(text, start, suffix_start)
    if known is not None:
        before = company_start(text, known)  # 奥的斯电梯集团, 西子奥的斯电梯有限公司: a known name holds 的
        start = known if is_leading(text[before:known]) else before  # 是必和必拓公司: a verb, then the name
    start = after_clause_words(text, start, suffix_start)
    while start < suffix_start and text[start] in "(-–—" and ")" not in text[start:suffix_start]:
        start = strip_leading(text, start + 1, suffix_start)  # (下称益民集团, --印度国家铝业公司: no part of the name
    return start


def find_by_suffix(text: str) -> Iterator[tuple[int, int]]:
    """``name + 有限公司/集团/厂 …``; the name runs back to punctuation, minus leading verbs and clauses."""
    previous_end = 0
    for match in _suffix_pattern().finditer(text):
        suffix_start, end = match.span()
        start = _suffix_name_start(text, suffix_start, previous_end)
        previous_end = end
        core = text[start:suffix_start]
        if match.group() == "厂" and core.endswith("工"):
            core = core[:-1]  # 工厂: 上海工厂 is a place's plant, 新工厂 a new one
        if match.group() == "厂" and _plant_designation().search(text, start, end):
            continue  # 卓越级智能工厂: a designation
        if _COUNTED.search(core):
            continue  # 64个销售分公司: a count of branches, not a name
        named = names_a_company(core) or (match.group().endswith(("银行", "农商行")) and is_place(core))  # 云南 + 农村商业银行
        if not (core and named and whole_latin(text, start, end)):
            continue
        if match.group() in ("厂", "工厂") and in_construction_context(text, start, end):
            continue  # a plant being built is a PROJECT
        yield start, end


def find_by_cue(text: str) -> Iterator[tuple[int, int]]:
    """Short names before business cues: 云南锗业生产车间, 云端药业党支部."""
    tails = word_pattern("company_name_tails", "$")
    for match in word_pattern("company_cues").finditer(text):
        cue_start = match.start()
        start = company_start(text, cue_start, 10)
        name = text[start:cue_start]
        if (
            acceptable_name(name) and tails.search(name) and not _suffix_pattern().search(name)
            and names_a_company(name) and whole_latin(text, start, cue_start)
        ):
            yield start, cue_start


def balanced_brackets(name: str) -> bool:
    """Whether every bracket a name opens it also closes (宏碁(Acer), not 下称飞鹤))."""
    return name.count("(") == name.count(")") and name.count("（") == name.count("）")


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    return re.compile(alternation("company_titles"))


@lru_cache(maxsize=1)
def _title_units() -> re.Pattern[str]:
    return re.compile("(?:" + alternation("company_title_units") + ")$")


def find_before_titles(text: str) -> Iterator[tuple[int, int]]:
    """Short names opening a clause before a title of their people: 日照钢铁相关人士, 佐丹诗红木总经理夏媚媚.

    Not a unit or a body before the title (力拓全球采购总裁, 价格主管部门相关负责人) and not a phrase.
    """
    for match in _titles().finditer(text):
        title_start = match.start()
        opening = name_start(text, title_start, 12)
        if opening > 0 and text[opening - 1] not in STOP_CHARS:
            continue  # the run was cut by a function word or its length: no clause opens the name
        start = _suffix_name_start(text, title_start, 0)
        name = text[start:title_start]
        if (
            len(name) <= 10 and is_short_name(name) and not _title_units().search(name)
            and balanced_brackets(name) and whole_latin(text, start, title_start)
        ):
            yield start, title_start


#: Nouns that make a list one of companies (…等企业, …等车企, 华为、联想、海尔三家企业, 上市公司有A、B等); not 品牌,
#: which also lists products and regions (牛羊肉、马铃薯等区域品牌).
_COMPANY_NOUNS = r"(?:企业|公司|车企|药企|房企|央企|国企|外企|民企|厂商|厂家|巨头|运营商|制造商|生产商|供应商|零售商|主机厂)"
_LIST_BEFORE_COMPANIES = re.compile(
    rf"((?:{_CONJUNCT}、)*{_CONJUNCT})等([^，,。；;\n]{{0,16}}?){_COMPANY_NOUNS}"
    rf"|以((?:{_CONJUNCT}、)*{_CONJUNCT})为代表的([^，,。；;\n]{{0,12}})企业"
    rf"|((?:{_CONJUNCT}、)+{_CONJUNCT})()[\d两三四五六七八九十]+家{_COMPANY_NOUNS}"
    rf"|{_COMPANY_NOUNS}(?:有|包括)((?:{_CONJUNCT}、)+{_CONJUNCT}?)()(?=等?[。，,；;\n])"
)
_COMPANY_NOUN = re.compile(_COMPANY_NOUNS)
#: A list match never crosses these, so it is searched for only in the clauses that hold a company noun.
_LIST_CLAUSE_BREAKS = "，,。；;\n"
_JOINED = re.compile("[和与及的]")
_DESCRIPTION_OPENING = re.compile(r"(?:[\d一二两三四五六七八九十几数多]+[户家个]|一批|各|诸多|众多|多种)+")


@lru_cache(maxsize=1)
def _not_kinds() -> re.Pattern[str]:
    return re.compile(alternation("company_list_not_kinds"))


def _lists_companies(description: str) -> bool:
    """Whether the words between 等 and 企业 leave the list one of companies (not 等地的企业, 等领域…企业)."""
    opening = _DESCRIPTION_OPENING.match(description)
    start = opening.end() if opening else 0
    reach = _reach_word().match(description, start)  # 国内线缆企业: 国内 is a reach, not a country
    fields = "领域" in description  # AMT、CVT等四种自动变速器领域均有领头企业: kinds of product
    return not fields and not _not_kinds().match(description, reach.end() if reach else start)


@lru_cache(maxsize=1)
def _reach_word() -> re.Pattern[str]:
    return re.compile(alternation("company_reach_words"))


def _list_member(text: str, start: int, end: int) -> bool:
    """A list member is a short name, not two words joined by 和/与/的 (分销商和零售商; 维和药业 is one name)."""
    name = text[start:end]
    parts = _JOINED.split(name)
    return (
        len(name) <= 8 and is_short_name(name) and whole_latin(text, start, end) and not name.endswith("企业")
        and not (len(parts) > 1 and all(len(part) >= 2 for part in parts))
        and text[start - 1 : start + 1] not in words("breaker_words")  # 从事软件: 事软件 is no name
    )


def _last_conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The last conjunct of a list, cut at 和/及/与 when both sides are short names (福特和康明斯等车企)."""
    for joiner in _JOINED.finditer(text, start + 2, end - 1):
        left, right = (start, joiner.start()), (joiner.end(), end)
        if joiner.group() != "的" and all(is_short_name(text[s:e]) for s, e in (left, right)):
            return [left, right]
    return [(start, end)]


def find_in_lists(text: str) -> Iterator[tuple[int, int]]:
    """Each name of a list that the text calls companies: 支持昆电工、多宝等企业.

    A list whose description makes it places, fields or causes (等地的企业, 等领域), or most of whose members
    are kinds of business or places (酒店、餐饮等企业; 美国、加拿大等地的企业), names no company.
    """
    for match in clause_matches(text, _COMPANY_NOUN, _LIST_BEFORE_COMPANIES, _LIST_CLAUSE_BREAKS):
        group = next(number for number in (1, 3, 5, 7) if match.group(number))
        if not _lists_companies(match.group(group + 1)):
            continue
        position = match.start(group)
        conjuncts = match.group(group).split("、")
        *leading, last = conjuncts
        members, named = [], len(conjuncts)
        for index, conjunct in enumerate(conjuncts):
            start, end = position, position + len(conjunct)
            position = end + 1
            if index == 0:
                start = after_clause_words(text, company_start(text, end, len(conjunct)), end)
            end = start + len(text[start:end].rstrip("(（"))  # 东方海洋(、獐子岛: a stray bracket
            parts = _last_conjuncts(text, start, end) if conjunct is last else [(start, end)]
            named += len(parts) - 1
            members += [(s, e) for s, e in parts if _list_member(text, s, e)]
        if 2 * len(members) >= named:
            yield from members


#: A list right after a company noun (LED芯片企业士兰明芯、华灿、三安、大连路美是…; 面板巨头三星、LGD、奇美相比).
_LIST_AFTER_COMPANY_NOUN = re.compile(rf"{_COMPANY_NOUNS}((?:{_CONJUNCT}、)+)")


def find_listed_after_noun(text: str) -> Iterator[tuple[int, int]]:
    """Each name of a list that follows a company noun, when its last member is a known company (which ends it)."""
    for match in _LIST_AFTER_COMPANY_NOUN.finditer(text):
        last_start = match.end(1)
        last_end = _any_known_company().match_end(text, last_start)
        if last_end is None or _longer_name_heads().match(text, last_end):
            continue
        leading = [(match.start(1) + m.start(), match.start(1) + m.end()) for m in re.finditer("[^、]+", match.group(1))]
        members = [*leading, (last_start, last_end)]
        if all(_list_member(text, start, end) for start, end in members):
            yield from members


@lru_cache(maxsize=1)
def _any_known_company() -> Gazetteer:
    """Every packaged company name, ambiguous ones too (a list after a company noun says they are companies)."""
    return gazetteer(load_names(COMPANY_GAZETTEERS))


#: A Latin name right after a company noun (咨询公司MerrillLynch) or in brackets after a company (…饼干公司(United Biscuits)).
#: Its words are apart by a space, a no-break space or a dot, and a legal form keeps its full stop (…Markets Inc.).
_LATIN_AFTER_COMPANY = re.compile(
    r"(?:公司|集团|厂商|制造商|零售商|运营商|供应商)(?:[（(](?=[A-Z][^)）]*[)）]))?"
    r"(?P<name>[A-Z][A-Za-z0-9&\-]*(?:[ \u00a0.][A-Z][A-Za-z0-9&\-]*)*(?:(?<=Inc|Ltd)\.|(?<=Corp)\.|(?<=Co)\.)?)"
)


def find_latin_names(text: str) -> Iterator[tuple[int, int]]:
    """Latin company names the text introduces with a company noun: 能源趋势研究公司EnergyTrend → EnergyTrend."""
    for match in _LATIN_AFTER_COMPANY.finditer(text):
        start, end = match.span("name")
        first_word = text[start:end].split()[0]  # CEO Martin Winterkorn: a role, then a person
        if end - start >= 3 and whole_latin(text, start, end) and first_word not in words("latin_not_companies"):
            yield start, end


#: A stock code in brackets right after a listed company's name: 江西水泥(000789.SZ), 腾讯控股（00700.HK）.
_STOCK_CODE = re.compile(r"[(（]\d{6}\.(?:SH|SZ|SS|BJ)[)）]|[(（]\d{4,5}\.HK[)）]")


def find_before_stock_codes(text: str) -> Iterator[tuple[int, int]]:
    """Names a stock code follows: 世纪瑞尔(300150.SZ) → 世纪瑞尔."""
    for match in _STOCK_CODE.finditer(text):
        start = company_start(text, match.start(), 10)
        if acceptable_name(text[start : match.start()]) and whole_latin(text, start, match.start()):
            yield start, match.start()


@registry.misc("parkner.company_suffix.v1")
def company_suffix() -> LabelingFunction:
    """Registered names with a legal form: 昆明贵研催化剂有限公司, 昆药集团, 昆明中药厂."""
    return from_finder(find_by_suffix, "COMPANY")


@registry.misc("parkner.company_titles.v1")
def company_titles() -> LabelingFunction:
    """Short names before a title of their people: 中投顾问研究总监, 日照钢铁相关人士."""
    return from_finder(find_before_titles, "COMPANY")


@registry.misc("parkner.company_cues.v1")
def company_cues() -> LabelingFunction:
    """Short names before 生产车间/党支部 or a stock code, in lists the text calls 企业 (before or right after the noun),
    and Latin names after a company noun."""
    return from_finder(
        lambda text: [
            *find_by_cue(text), *find_before_stock_codes(text), *find_in_lists(text), *find_listed_after_noun(text),
            *find_latin_names(text),
        ],
        "COMPANY",
    )


@lru_cache(maxsize=1)
def _longer_name_heads() -> re.Pattern[str]:
    """Words after a known name that make it the start of a longer entity (涪陵榨菜集团, 中关村科技园, 青岛港集团)."""
    sections = ("company_suffixes", "park_heads", "park_or_project_heads", "subzone_heads", "project_heads")
    return re.compile("|".join(alternation(section) for section in sections))


@lru_cache(maxsize=1)
def _company_context() -> re.Pattern[str]:
    """A cue word, a list the text calls companies (苹果等平板电脑巨头, 联想等企业) or a clause that says what
    business the name is (三洋是日本老牌家电厂商)."""
    listed = r"等[^，,。；;：:\n]{0,8}?(?:巨头|企业|公司|厂商|品牌)"
    called = r"是[^，,。；;：:\n]{0,10}?(?:巨头|企业|公司|集团|厂商|制造商)"
    return re.compile(alternation("company_context_after") + "|" + listed + "|" + called)


@lru_cache(maxsize=2)
def _business_act(ending: bool = False) -> re.Pattern[str]:
    """Acts only a business does (起诉三星, 收购联想, 大众集团控股奥迪公司); ``ending``: the act ends the range searched."""
    return re.compile(alternation("company_context_before") + ("$" if ending else ""))


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
    """A business ending (``company_known_name_tails``; not 证券 of 证券事务代表), a share class (张裕A) or the China
    entity (奥的斯(中国))."""
    return re.compile("(?:" + alternation("company_known_name_tails") + r")(?!事务)|[AB](?![A-Za-z0-9])|[(（]中国[)）]")


def with_name_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """A known name standing alone, with the place written before it and the ending after it (日本 + 铃木,
    武钢 + 股份, 张裕 + A; not an ending another known name follows: 大众集团控股奥迪): the guidelines keep a place written
    right before a name inside it."""
    tail = _name_tail().match(text, end)
    controls = tail is not None and known_companies().match_end(text, tail.end()) is not None  # 大众集团控股奥迪
    if tail and not controls and not _longer_name_heads().match(text, tail.end()):
        end = tail.end()
    return place_ending_at(text, start, _names_a_place), end


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(words("company_places")).difference(words("company_reach_words"))


def _names_a_place(text: str) -> bool:
    """A country, province or city (not a county: 比如 is one) that can open a company's name."""
    return text in _countries() or text in cities().names


@lru_cache(maxsize=1)
def _industry_after() -> re.Pattern[str]:
    """Words after a known name that make it a field (中国软件业, 中国软件企业), not the company; 业务 and 业绩 do not."""
    return re.compile(alternation("company_field_words_after") + r"|业(?![务绩内主界余态])")


def stands_alone(text: str, start: int, end: int) -> bool:
    """A known name that opens no longer name or field and, if ambiguous, has a company cue after it, an act only
    a business does before it (起诉苹果, 收购联想) or a company joined to it (苏宁、国美)."""
    if _longer_name_heads().match(text, end) or _industry_after().match(text, end) or not whole_latin(text, start, end):
        return False
    if not ambiguous_company_name(text[start:end]) or _company_context().match(text, end):
        return True
    return bool(_business_act(ending=True).search(text, max(0, start - 4), start)) or _beside_a_company(text, start, end)


def _beside_a_company(text: str, start: int, end: int) -> bool:
    """Whether a known, unambiguous company name is joined to ``[start, end)`` by 、/和/与 (苏宁、国美)."""
    joiners = "、和与"
    neighbours = []
    if start > 1 and text[start - 1] in joiners and (before := _known_name_ending_at(text, start - 1)) is not None:
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
