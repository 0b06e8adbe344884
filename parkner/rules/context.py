"""Context cues for the park-or-project decision: is a name presented as something being built?

The guidelines make a name ending in 产业园 / 园 / 科技城 / 小镇 a PROJECT when the text
presents it as being built, signed, launched or invested in, and a PARK when it
is a place that hosts companies or reports output. The cue is read next to the
name (or next to the list the name is part of), not anywhere in its clause:
``玉溪九龙大数据产业园投产运营项目共5项`` reports the park's projects.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import after_last, alternation, word_pattern

_CLAUSE_ENDS = "。;；!！?？\n"
_CLAUSE_END = re.compile(f"[{_CLAUSE_ENDS}]")
#: Characters that end the stretch of text in which a cue may stand (the clause part around the name).
_PHRASE_BREAKS = ",，。;；:：!！?？\n“”\""
_CONJUNCT = r"[^、,，。;；:：!！?？\n]{2,30}?"


def in_construction_context(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``[start, end)`` speaks of building, signing or investing (outside the name itself:
    重庆建设机械厂 names no construction)."""
    clause_start = after_last(text, _CLAUSE_ENDS, start)
    following = _CLAUSE_END.search(text, end)
    around = (text[clause_start:start], text[end : following.start() if following else len(text)])
    return any(word_pattern("construction_cues").search(part) for part in around)


@lru_cache(maxsize=1)
def _after_pattern() -> re.Pattern[str]:
    """After a name: the rest of its list, then 项目/工程/一期 or (adverbs +) a construction verb."""
    verb = alternation("construction_verbs")
    adverbs = alternation("construction_adverbs") + "{0,2}"
    when = r"(?:于[^、,，。;；:：\n]{1,8}?)?"  # 于2019年3月开工
    rest_of_list = rf"(?:(?:、|和|及|以及){_CONJUNCT})*(?:等[^、,，。;；:：\n]{{0,10}}?)?"
    return re.compile(
        rf"{rest_of_list}(?:(?:项目|工程|[一二三]期)(?!部|经理|库|办)"
        rf"|{adverbs}{when}{adverbs}(?:{verb})(?![^,，。;；\n]{{0,4}}项目))"
    )


@lru_cache(maxsize=1)
def _before_pattern() -> re.Pattern[str]:
    """Before a name (or the first conjunct of its list): a construction verb, perhaps + 的/了/中的."""
    verb = "|".join(alternation(section) for section in ("construction_verbs", "construction_verbs_before"))
    return re.compile(rf"(?:{verb})(?:了|的|中的)?(?:{_CONJUNCT}(?:、|和|及|以及))*$")


def presented_as_project(text: str, start: int, end: int) -> bool:
    """Whether the words next to ``[start, end)`` present it as being built, signed or invested in.

    A construction verb (or 项目/工程/一期) must follow the name or its list directly
    (adverbs aside), or precede it; a verb that modifies 项目 (产业园投产运营项目共5项)
    counts the park's projects and is no cue.
    """
    if _after_pattern().match(text, end):
        return True
    phrase_start = after_last(text, _PHRASE_BREAKS, start)
    return bool(_before_pattern().search(text[phrase_start:start]))
