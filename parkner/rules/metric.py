"""METRIC: Arabic-digit quantities with their scale, unit and attached approximator.

Dates, periods, durations, ordinals, identifiers, voltage classes, numbers in
quotes or titles, and bare numbers are excluded, as the guidelines require.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.util import registry

from .base import LabelingFunction, from_finder

_NUMBER = r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?"
_SCALE = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)"
#: A range written with a dash or tilde is one span, a unit on both ends included (5%—5.5%, 15——30人, 50%~60%);
#: one written with a word stays two when both ends have a unit or a scale (3%至5%, 114亿至146亿美元).
_DASH_RANGE = rf"%?\s?(?:——|[-—–~～])\s?{_NUMBER}"
_RANGE = rf"{_NUMBER}(?:{_SCALE}(?:{_DASH_RANGE})?|{_DASH_RANGE}|\s?[至到]\s?{_NUMBER})?"
_MONEY = r"(?:亿元|万元|千元|元|块钱|角(?![度落])|人民币|美元|美分|欧元|日元|港元|港币|日圆|新元|澳元|加元|英镑|韩元|卢布)"
_PERCENT = r"(?:%|‰|个百分点|百分点|成|倍)"
_PHYSICAL = (
    r"(?:微克/立方米|毫克/立方米|平方公里|平方千米|平方英尺|平方米|平米|立方米|公顷|亩|公里|千米|米|万吨|吨|千克|公斤|斤|微克|毫克|克"
    r"|千伏安时|千伏安|千瓦时|千瓦|兆瓦|吉瓦|瓦|度"
    r"|kWh|kW|MW|GW|km|m²|m2|㎡|t(?![A-Za-z])|升|标箱|TEU|PPM|ppm|PF|P(?![A-Za-z]))"
)
_COUNT = (
    r"(?:个点|个(?!亿|万)|户|家|项(?!目(?![标前]))|人次|人|次(?!方)|批次|批|名|件|台(?!阶)|套|辆|座|栋|幢|条|所|款|种|类|只|头|张|部|处|场次|场|位(?!于)|篇|份|株|棵|根|间"
    r"|架|艘|列|班|支|组|期|笔|宗|单|桶|亿人次|万人次|枚|片|块|颗|粒|箱|袋|盒|瓶|床|层|届|级|回|对(?!多|1(?!\d))|双(?![方边向重核])|方面|股(?![东份票价权市民])"
    r"|扇|票(?![据房价])|口(?![岸径])|大类别|大类|大(?=[\u4e00-\u9fff])(?!于))"  # 5大支柱产业 (Arabic digits only)
)
_PER = r"(?:/(?:年|月|日|天|小时|股|人|吨|台|平方米|亩|公斤|斤|千瓦时|瓦|盒|瓶|桶|件|箱)|每(?:公斤|吨|股|平方米))?"
_APPROX_INNER = r"(?:余|多)?"
_APPROX_AFTER = r"(?:以上|以下|以内|余|多(?!用途|功能))?"  # not 2.4万吨多用途船
_UNIT = rf"(?:{_MONEY}|{_PERCENT}|{_PHYSICAL}|{_COUNT})"
METRIC = re.compile(
    r"(?=[-+\d])(?:"  # every metric starts with a digit or a sign: other positions fail at once
    rf"(?<![\d./A-Za-z第])(?:{_RANGE})"
    rf"(?:{_APPROX_INNER}\s?{_UNIT}|{_APPROX_INNER}\s?个?{_SCALE}{_APPROX_INNER}{_UNIT}?)"  # 100亿千瓦时 before 100亿千 + 瓦; 150 亿; 100 美元
    rf"{_PER}{_APPROX_AFTER}"
    rf"|(?:(?<=占)|(?<=占全国)|(?<=占全省)|(?<=占全市)|(?<=的)|(?<=有)|(?<=近)|(?<=约)|(?<=达)|(?<=超过))"
    rf"\d{{1,2}}/\d{{1,3}}(?![\d/])"  # shares: 约占全国1/10, 的2/3, 仅有1/3
    r"|(?<![\d.])\d+(?:\.\d+)?(?:∶\d+(?:\.\d+)?)+(?![\d.])|(?<![\d.])\d+\.\d+:\d+(?:\.\d+)?(?![\d.:])"  # ratios: 8.7∶41.2∶50.1, 2.50:1
    r")"
)
#: What may follow a count word and turns the number into a date, duration or rank.
_NOT_A_QUANTITY_AFTER = re.compile(r"(?:工作日|月|年|季度|小时|星期|周|年头|世纪|多月|来|后|前|之前|之后|以来)")
#: Words before a number that make it a rank or class (前4家, 时速350公里), not 前 ending 目前 or 此前 (目前4条).
_ORDINAL_BEFORE = re.compile(r"(?:第|排名|名列|位列|位居|(?<![目当日此之提])前|top|Top|TOP|时速)$")
#: Quoted names and slogans (a quoted sentence, ending in its full stop, is speech and keeps its numbers) and titles.
_QUOTED = re.compile(r"“[^”\n]{0,20}(?<![。！？!?])”|「[^」\n]{0,20}」|《[^》\n]*》|\"[^\"\n]{0,20}\"")
#: The word between the two ends of a range that stays two spans (114亿至146亿美元).
_WORD_JOINT = re.compile(r"\s?[至到]\s?")
#: The numbers that open a metric, a range included (3-5 of 3-5级): what follows them is its unit (none: a bare number).
_NUMBERS = re.compile(r"[\d.,+\-—–~～至到\s]+")
#: Units that only make a quantity when they are the whole unit (voltage classes and specs are not metrics).
_SPEC_AFTER = re.compile(r"(?:kV|KV|千伏(?!安)|伏|V|mm|cm|nm|×|\*|x|X|级|等级|型|号|代|寸|英寸|℃|及以[上下]|排量|版本|大小)")


def find_metrics(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of metrics in normalised ``text``."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for match in METRIC.finditer(text):
        start, end = match.span()
        value = match.group()
        unit = value[_NUMBERS.match(value).end() :]  # every metric opens with a digit or a sign
        if not unit:
            continue  # a bare number: no unit, no scale
        if _ORDINAL_BEFORE.search(text[max(0, start - 3) : start]):
            continue
        if _NOT_A_QUANTITY_AFTER.match(text, end) and re.search(r"(?:个|多|余)$", value):
            continue  # 176个工作日, 3个月, 10余年
        if _SPEC_AFTER.match(text, end) or _SPEC_AFTER.match(unit):
            continue
        if (joint := _WORD_JOINT.match(text, end)) and (second := METRIC.match(text, joint.end())):
            if _SPEC_AFTER.match(text, second.end()):
                continue  # 1万至2.5万吨级船舶: a class written as a range
        if any(q_start < start and end <= q_end for q_start, q_end in quoted):
            continue
        yield start, end


@registry.misc("parkner.metric_patterns.v1")
def metric_patterns() -> LabelingFunction:
    """Regex grammar of numbers + scale + unit + approximator, with the guidelines' exclusions."""
    return from_finder(find_metrics, "METRIC")
