"""The rules' word lists (``parkner/data/rules/lexicon.yaml``) and the name-finding helpers built on them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources

import yaml

from .gazetteer import Gazetteer, gazetteer, packaged

#: Characters that never occur inside a name: punctuation, quotes, title and square brackets, spaces.
STOP_CHARS = set("，,。、；;：:！!？?“”\"'‘’「」『』《》〈〉【】[]{}…+\n\t 　")
#: Function words that end a name when met scanning leftwards.
NAME_BREAKERS = frozenset("的了在与和及对将把从向为是等由以于被让使给因")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    """The packaged word lists, by section name."""
    text = resources.files("parkner").joinpath("data/rules/lexicon.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def words(section: str) -> list[str]:
    return list(lexicon()[section])


def alternation(section: str) -> str:
    """A regex alternation of a section's words (:func:`alternation_of`)."""
    return alternation_of(words(section))


def alternation_of(choices: Iterable[str]) -> str:
    """A regex alternation of words, longest first, behind a lookahead for their first characters: ``re`` does not
    index a group of alternatives, and the lookahead lets a search skip every other position at once."""
    ordered = sorted(set(choices), key=lambda word: (-len(word), word))
    first_characters = "".join(sorted({re.escape(word[0]) for word in ordered}))
    return f"(?:(?=[{first_characters}])(?:" + "|".join(re.escape(word) for word in ordered) + "))"


def words_gazetteer(*sections: str) -> Gazetteer:
    """A matcher of the words of several sections together."""
    return gazetteer(frozenset(word for section in sections for word in words(section)))


@lru_cache(maxsize=1)
def places() -> Gazetteer:
    """Place names (gazetteer plus ``extra_places``), matched longest first."""
    return gazetteer(packaged("places.txt") | frozenset(words("extra_places")))


@lru_cache(maxsize=1)
def regions() -> Gazetteer:
    """Provinces, cities and counties (no towns) plus ``extra_places``: the places that make a project name specific."""
    return gazetteer(packaged("regions.txt") | frozenset(words("extra_places")))


@lru_cache(maxsize=1)
def cities() -> Gazetteer:
    """Provinces and prefecture-level cities: before a bare 园区 they name the parks of a city, not one park."""
    return gazetteer(packaged("cities.txt"))


def after_last(text: str, characters: str, end: int) -> int:
    """Position after the last of ``characters`` before ``end`` (0 if none), searched backwards: linear on long reports."""
    return max(text.rfind(character, 0, end) for character in characters) + 1


@lru_cache(maxsize=None)
def word_pattern(section: str, suffix: str = "") -> re.Pattern[str]:
    """A section's :func:`alternation` compiled once, followed by ``suffix`` (``"$"``: the words end the text searched)."""
    return re.compile(alternation(section) + suffix)


@lru_cache(maxsize=None)
def _any_of(characters: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(characters)}]")


def clause_matches(
    text: str, anchors: re.Pattern[str], pattern: re.Pattern[str], breaks: str
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` (which never crosses ``breaks``) in the clauses that hold an ``anchors`` match, each clause
    searched once with its break (for a lookahead): a backtracking pattern then never starts at every character of a
    long report."""
    clause_end = -1
    for anchor in anchors.finditer(text):
        if anchor.start() < clause_end:
            continue
        clause_start = after_last(text, breaks, anchor.start())
        following = _any_of(breaks).search(text, anchor.end())
        clause_end = following.start() if following else len(text)
        yield from pattern.finditer(text, clause_start, clause_end + 1)


_LIST_SEPARATORS = re.compile("、")


def conjunct_ranges(text: str, start: int, end: int, separators: re.Pattern[str] = _LIST_SEPARATORS) -> list[tuple[int, int]]:
    """The ranges of the conjuncts of the list ``text[start:end]``, cut at ``separators`` (、 unless told otherwise)."""
    ranges, position = [], start
    for separator in separators.finditer(text, start, end):
        ranges.append((position, separator.start()))
        position = separator.end()
    return [*ranges, (position, end)]


def place_ending_at(text: str, end: int, is_place: Callable[[str], bool]) -> int:
    """Start of the longest place of two to four characters that ends at ``end`` (太原 + 地铁1号线); ``end`` if none."""
    return next((end - n for n in (4, 3, 2) if n <= end and is_place(text[end - n : end])), end)


def name_start(text: str, end: int, max_length: int = 24, breakers: bool = True, keep: str = "") -> int:
    """Leftmost start of a run of name characters ending at ``end``: it stops at punctuation and at a function word
    before the name (one right before ``end`` stays: the caller's checks reject 我们的公司).

    ``keep`` lists function words that may stay inside the name (和 in 沃森…研发中心和总部项目).
    """
    start = end
    while start > 0 and end - start < max_length:
        char = text[start - 1]
        if char in STOP_CHARS or (breakers and char in NAME_BREAKERS and char not in keep and start < end):
            break
        if char == "—" and start > 1 and text[start - 2] == "—":
            break
        start -= 1
    return start


@lru_cache(maxsize=1)
def _leading_pattern() -> re.Pattern[str]:
    return re.compile(alternation("leading_words") + "+")


def is_leading(text: str) -> bool:
    """Whether ``text`` is only words that open a clause before a name (加强, 推进): never a name itself."""
    return bool(_leading_pattern().fullmatch(text))


def strip_leading(text: str, start: int, end: int) -> int:
    """Move ``start`` past verbs, prepositions and adverbs that open a clause before a name.

    A one-character word that begins a longer word is kept (现 of 现代汽车公司, 有 of 有色).
    """
    while start < end:
        match = _leading_pattern().match(text, start, end)
        if not match or match.end() >= end:
            return start
        last = match.end() - 1  # a run may end in such a word: 实施 + 现 of 实施现代设施农业…工程
        if text[last] in _one_character_leading_words() and (type_words().match_end(text, last, end) or last) - last > 1:
            return last
        start = match.end()
    return start


@lru_cache(maxsize=1)
def _one_character_leading_words() -> frozenset[str]:
    return frozenset(word for word in words("leading_words") if len(word) == 1)


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
    return re.compile(alternation_of(word for word in words("leading_words") if len(word) >= 2))


def cut_after_last_leading(
    text: str, start: int, end: int, keep_final: frozenset[str] = frozenset(), compounds: re.Pattern[str] | None = None
) -> int:
    """Move ``start`` past the last multi-character verb inside ``[start, end)`` (引进了, 服务好 …).

    A verb in ``keep_final`` right at ``end`` is part of the name, not a verb before it (兰州铁路枢纽优化提升工程), and
    so is a verb that opens one of the name's ``compounds`` (建设工程 of 金马建设工程有限公司).
    """
    last = None
    for match in _inner_leading_pattern().finditer(text, start, end):
        if match.end() == end and match.group() in keep_final:
            break
        if compounds is not None and compounds.match(text, match.start(), end):
            continue
        last = match.end()
    return strip_leading(text, last, end) if last is not None else start


@lru_cache(maxsize=1)
def type_words() -> Gazetteer:
    """Type, generic and descriptive words (风电, 基地, 重点, 先进 …): what a name holds besides its own name."""
    return words_gazetteer(
        "generic_words", "project_nouns", "infrastructure_heads", "project_types", "project_modifiers", "company_name_tails",
        "project_descriptions",
    )


def own_name_length(text: str) -> int:
    """Length of the run at the start of ``text`` that is no type, generic or descriptive word (沃森 in 沃森…中心).

    One-character words (本, 新, 铝) do not end the run: they are too often part of a name (本田, 中铝).
    """
    position = 0
    while position < len(text) and (type_words().match_end(text, position) or position) - position < 2:
        position += 1
    return position


def only_type_words(text: str) -> bool:
    """Whether ``text`` is made only of type, generic and descriptive words (生物医药, 特色, 化工)."""
    return type_words().covers(text)
