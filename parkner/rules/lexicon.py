"""The rules' word lists (``parkner/data/rules/lexicon.yaml``) and the name-finding helpers built on them."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .gazetteer import Gazetteer, gazetteer, packaged

#: Characters that never occur inside a name: punctuation, quotes, brackets, digits-as-clauses, spaces.
STOP_CHARS = set("，,。、；;：:！!？?“”\"'‘’「」『』《》〈〉【】[]{}…+\n\t 　")
#: Function words that end a name when met scanning leftwards.
_NAME_BREAKERS = set("的了在与和及对将把从向为是等由以于被让使给")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    """The packaged word lists, by section name."""
    text = resources.files("parkner").joinpath("data/rules/lexicon.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def words(section: str) -> list[str]:
    return list(lexicon()[section])


def alternation(section: str) -> str:
    """A regex alternation of a section's words, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words(section), key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def places() -> Gazetteer:
    """Place names (gazetteer plus ``extra_places``), matched longest first."""
    return gazetteer(packaged("places.txt") | frozenset(words("extra_places")))


def name_start(text: str, end: int, max_length: int = 24, breakers: bool = True) -> int:
    """Leftmost start of a run of name characters ending at ``end`` (stops at punctuation/function words)."""
    start = end
    while start > 0 and end - start < max_length:
        char = text[start - 1]
        if char in STOP_CHARS or (breakers and char in _NAME_BREAKERS and start < end):
            break
        if char == "—" and start > 1 and text[start - 2] == "—":
            break
        start -= 1
    return start


@lru_cache(maxsize=1)
def _leading_pattern() -> re.Pattern[str]:
    return re.compile(alternation("leading_words") + "+")


def strip_leading(text: str, start: int, end: int) -> int:
    """Move ``start`` past verbs, prepositions and adverbs that open a clause before a name."""
    while start < end:
        match = _leading_pattern().match(text, start, end)
        if not match or match.end() >= end:
            return start
        start = match.end()
    return start


@lru_cache(maxsize=1)
def _generic_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + alternation("generic_words") + r"|[\d.]+[个项家户批])+")


def is_generic(core: str) -> bool:
    """True when ``core`` is made only of generic words (``重点``, ``产业类``, ``一批`` …) or is too short."""
    return len(core) < 2 or bool(_generic_pattern().fullmatch(core))


def starts_with_place(text: str, start: int, end: int) -> bool:
    return places().match_end(text, start, end) is not None


@lru_cache(maxsize=1)
def _inner_leading_pattern() -> re.Pattern[str]:
    long_words = [w for w in words("leading_words") if len(w) >= 2]
    return re.compile("(?:" + "|".join(re.escape(w) for w in sorted(long_words, key=len, reverse=True)) + ")")


def cut_after_last_leading(text: str, start: int, end: int) -> int:
    """Move ``start`` past the last multi-character verb inside ``[start, end)`` (引进了, 服务好 …)."""
    last = None
    for match in _inner_leading_pattern().finditer(text, start, end):
        last = match.end()
    return strip_leading(text, last, end) if last is not None else start
