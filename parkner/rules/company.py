"""COMPANY: legal-form suffixes, short names before titles, business cues and stock codes, lists the text calls
companies (the gazetteer LF is in ``company_gazetteer``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .company_names import (
    COMPANY_GAZETTEERS,
    acceptable_name,
    after_clause_words,
    balanced_brackets,
    business_act,
    company_start,
    is_place,
    is_short_name,
    known_name_across,
    longer_name_heads,
    names_a_company,
    whole_latin,
)
from .context import in_construction_context
from .gazetteer import Gazetteer, gazetteer, load_names
from .lexicon import (
    STOP_CHARS,
    clause_matches,
    conjunct_ranges,
    is_leading,
    name_start,
    strip_leading,
    word_pattern,
    words,
)

_COUNTED = re.compile(r"\d+(?:个|家|多个|余个|余家|多家)")
_CONJUNCT = r"[^、，,。；;：:\n“”]{2,12}"


def _suffix_pattern() -> re.Pattern[str]:
    """A legal form or company noun, not the start of another word (厂房, 集团化 …)."""
    return word_pattern("company_suffixes", r"(?![房区长商家化])")


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
    if start < previous_end < suffix_start and (act := business_act().match(text, previous_end)):
        start = act.end()  # 大众集团控股奥迪公司: two companies, the verb between them
    known = known_name_across(text, start, suffix_start)
    if known is not None:
        before = company_start(text, known)  # 奥的斯电梯集团, 西子奥的斯电梯有限公司: a known name holds 的
        described = is_leading(text[before:known]) or text[before:known].endswith("的")  # 是必和必拓公司; 康涅狄格州的奥的斯
        start = known if described else before
    start = after_clause_words(text, start, suffix_start)
    while start < suffix_start and text[start] in ")）":
        start += 1  # （2日）环球资源公司: a bracket the name does not open
    while start < suffix_start and text[start] in "(-–—" and ")" not in text[start:suffix_start]:
        start = strip_leading(text, start + 1, suffix_start)  # (下称益民集团, --印度国家铝业公司: no part of the name
    unclosed = max(text.rfind("(", start, suffix_start), text.rfind("（", start, suffix_start))
    if unclosed >= start and not re.search("[)）]", text[unclosed:suffix_start]):
        start = unclosed + 1  # 法国SEB(赛博集团): the name in the bracket
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
        if match.group() == "厂" and word_pattern("plant_designations", "$").search(text, start, end):
            continue  # 卓越级智能工厂: a designation
        if _COUNTED.search(core):
            continue  # 64个销售分公司: a count of branches, not a name
        registered = match.group().endswith(("有限公司", "有限责任公司"))
        named = names_a_company(core, registered) or (match.group().endswith(("银行", "农商行")) and is_place(core))
        if not (core and named and whole_latin(text, start, end)):
            continue
        if match.group() == "厂" and in_construction_context(text, start, end):
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


def find_before_titles(text: str) -> Iterator[tuple[int, int]]:
    """Short names opening a clause before a title of their people: 日照钢铁相关人士, 佐丹诗红木总经理夏媚媚.

    Not a unit or a body before the title (力拓全球采购总裁, 价格主管部门相关负责人) and not a phrase.
    """
    title_units = word_pattern("company_title_units", "$")
    for match in word_pattern("company_titles").finditer(text):
        title_start = match.start()
        opening = name_start(text, title_start, 12)
        if opening > 0 and text[opening - 1] not in STOP_CHARS:
            continue  # the run was cut by a function word or its length: no clause opens the name
        start = _suffix_name_start(text, title_start, 0)
        name = text[start:title_start]
        if (
            len(name) <= 10 and is_short_name(name) and not title_units.search(name)
            and balanced_brackets(name) and whole_latin(text, start, title_start)
        ):
            yield start, title_start


#: Nouns that make a list one of companies (…等企业, …等车企, 华为、联想、海尔三家企业, 卓群纳米和盛昌稀土两家企业,
#: 上市公司有A、B等); not 品牌, which also lists products and regions (牛羊肉、马铃薯等区域品牌).
_COMPANY_NOUNS = r"(?:企业|公司|车企|药企|房企|央企|国企|外企|民企|厂商|厂家|巨头|运营商|制造商|生产商|供应商|零售商|主机厂)"
_LIST_BEFORE_COMPANIES = re.compile(
    rf"((?:{_CONJUNCT}、)*{_CONJUNCT})等([^，,。；;\n等]{{0,16}}?){_COMPANY_NOUNS}"
    rf"|以((?:{_CONJUNCT}、)*{_CONJUNCT})为代表的([^，,。；;\n]{{0,12}})企业"
    rf"|((?:{_CONJUNCT}、)+{_CONJUNCT})[\d两三四五六七八九十]+家([^，,。；;\n、]{{0,12}}?){_COMPANY_NOUNS}"
    rf"|{_COMPANY_NOUNS}(?:就|还|也|主要)?(?:有|包括)((?:{_CONJUNCT}、)+{_CONJUNCT}?)()(?=等?(?:[。，,；;\n]|$))"
    rf"|({_CONJUNCT}[和与及]{_CONJUNCT})()(?:两|二|2)家{_COMPANY_NOUNS}"
)
_TWO_JOINED = 9  # the group of 卓群纳米和盛昌稀土两家企业: two names joined by 和, not 、
_COMPANY_NOUN = re.compile(_COMPANY_NOUNS)
#: A list match never crosses these, so it is searched for only in the clauses that hold a company noun.
_LIST_CLAUSE_BREAKS = "，,。；;\n"
_JOINED = re.compile("[和与及的]")
_DESCRIPTION_OPENING = re.compile(r"(?:[\d一二两三四五六七八九十几数多]+[户家个]|一批|各|诸多|众多|多种)+")


def _lists_companies(description: str) -> bool:
    """Whether the words between 等 and 企业 leave the list one of companies (not 等地的企业, 等领域…企业)."""
    opening = _DESCRIPTION_OPENING.match(description)
    start = opening.end() if opening else 0
    reach = word_pattern("company_reach_words").match(description, start)  # 国内线缆企业: 国内 is a reach, not a country
    fields = "领域" in description  # AMT、CVT等四种自动变速器领域均有领头企业: kinds of product
    return not fields and not word_pattern("company_list_not_kinds").match(description, reach.end() if reach else start)


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
        group = next(number for number in (1, 3, 5, 7, _TWO_JOINED) if match.group(number))
        if not _lists_companies(match.group(group + 1)):
            continue
        first, last = match.span(group)
        if group == _TWO_JOINED:
            joint = max(text.rfind(joiner, first, last) for joiner in "和与及")
            conjuncts = [(first, joint), (joint + 1, last)]
        else:
            conjuncts = conjunct_ranges(text, first, last)
        members, named = [], len(conjuncts)
        for index, (start, end) in enumerate(conjuncts):
            if index == 0:
                start = after_clause_words(text, company_start(text, end, end - start), end)
            end = start + len(text[start:end].rstrip("(（"))  # 东方海洋(、獐子岛: a stray bracket
            parts = _last_conjuncts(text, start, end) if index == len(conjuncts) - 1 else [(start, end)]
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
        if last_end is None or longer_name_heads().match(text, last_end):
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


#: A product's code, not a name: letters, then digits (and a letter): R134a, A380, G7.
_PRODUCT_CODE = re.compile(r"[A-Za-z]{1,3}\d+[A-Za-z]?")


def find_latin_names(text: str) -> Iterator[tuple[int, int]]:
    """Latin company names the text introduces with a company noun: 能源趋势研究公司EnergyTrend → EnergyTrend; not a
    product's code (该公司R134a的年产量)."""
    for match in _LATIN_AFTER_COMPANY.finditer(text):
        start, end = match.span("name")
        first_word = text[start:end].split()[0]  # CEO Martin Winterkorn: a role, then a person
        named = first_word not in words("latin_not_companies") and not _PRODUCT_CODE.fullmatch(text[start:end])
        if end - start >= 3 and whole_latin(text, start, end) and named:
            yield start, end


#: A stock code in brackets right after a listed company's name: 江西水泥(000789.SZ), 腾讯控股（00700.HK）.
_STOCK_CODE = re.compile(r"[(（]\d{6}\.(?:SH|SZ|SS|BJ)[)）]|[(（]\d{4,5}\.HK[)）]")


def find_before_stock_codes(text: str) -> Iterator[tuple[int, int]]:
    """Names a stock code follows: 世纪瑞尔(300150.SZ) → 世纪瑞尔."""
    for match in _STOCK_CODE.finditer(text):
        start = company_start(text, match.start(), 10)
        if acceptable_name(text[start : match.start()]) and whole_latin(text, start, match.start()):
            yield start, match.start()


#: A stake in a company right after its name: 银鹭食品60%的股份, 小肥羊部分股份, 长力股份57.97%的国有股份 (其余 25% is the
#: rest of the same stake).
_STAKE = re.compile(r"(?:其余|剩余|近|约|逾)?\s?(?:\d+(?:\.\d+)?%的?|部分|全部|多数|少数)(?:国有)?股[份权]")


def find_before_stakes(text: str) -> Iterator[tuple[int, int]]:
    """Short names a stake in them follows: 雀巢收购银鹭食品60%的股份 → 银鹭食品 (what has shares is a company).

    The name starts after the verb that holds or trades the stake (北药集团持有双鹤药业 → 双鹤药业); names with a legal
    form are the suffix LF's, and a stake with no name before it (持有19%股权) names none.
    """
    for match in _STAKE.finditer(text):
        stake_start = match.start()
        start = _suffix_name_start(text, stake_start, 0)
        verbs = [verb.end() for verb in word_pattern("company_stake_verbs").finditer(text, start, stake_start)]
        start = max(verbs, default=start)
        name = text[start:stake_start]
        if (
            len(name) <= 10 and is_short_name(name) and not _suffix_pattern().search(name)
            and balanced_brackets(name) and whole_latin(text, start, stake_start)
        ):
            yield start, stake_start


#: A short name a registered name declares for itself: …股份有限公司(简称长客股份), (下称“通号股份”).
_DECLARED = re.compile(r"[(（](?:以下)?(?:简称|下称)[：:]?[“\"]?([^()（）“”\"，,。；;]{2,10}?)[”\"]?[)）]")


def find_declared_short_names(text: str) -> Iterator[tuple[int, int]]:
    """Short names declared in brackets right after a legal form: 长春轨道客车股份有限公司(简称长客股份) → 长客股份."""
    legal_form = word_pattern("company_suffixes", "$")
    for match in _DECLARED.finditer(text):
        name = match.group(1)
        if legal_form.search(text, max(0, match.start() - 12), match.start()) and is_short_name(name):
            yield match.start(1), match.end(1)


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
    """Short names before 生产车间/党支部, a stock code or a stake in them, short names a registered name declares
    (简称长客股份), names in lists the text calls 企业 (before or right after the noun) and Latin names after a company
    noun."""
    return from_finder(
        lambda text: [
            *find_by_cue(text), *find_before_stock_codes(text), *find_before_stakes(text), *find_declared_short_names(text),
            *find_in_lists(text), *find_listed_after_noun(text), *find_latin_names(text),
        ],
        "COMPANY",
    )
