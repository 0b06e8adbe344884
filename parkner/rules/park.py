"""PARK: place + zone-head grammar, named sub-zones, and the park gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.util import registry

from .base import LabelingFunction, from_finder
from .gazetteer import gazetteer, load_names
from .lexicon import alternation, is_generic, name_start, places, starts_with_place, words

_CLAUSE_END = re.compile(r"[。；;！？\n]")


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    free_trade = r"(?:中国[（(][\u4e00-\u9fff]{2,3}[)）])?(?:自由贸易试验区|自贸试验区)(?:[\u4e00-\u9fff]{2}片区)?"
    return re.compile(rf"(?P<ftz>{free_trade})|(?P<head>{alternation('park_heads')})(?P<sub>直管区)?")


def in_construction_context(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``[start, end)`` speaks of building, signing or investing."""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    following = _CLAUSE_END.search(text, end)
    clause = text[clause_start : following.start() if following else len(text)]
    return any(cue in clause for cue in words("construction_cues"))


@lru_cache(maxsize=1)
def _modifier_breaker() -> re.Pattern[str]:
    return re.compile(alternation("park_breakers") + "|" + alternation("park_heads"))


def _park_start(text: str, head_start: int) -> int | None:
    """Start of the name before a head: the leftmost place whose modifiers hold no verb or other head."""
    left = name_start(text, head_start, max_length=16, breakers=False)
    for position in range(left, head_start):
        place_end = places().match_end(text, position, head_start)
        if place_end is None:
            continue
        if not _modifier_breaker().search(text, place_end, head_start):
            return position
    return None


def find_parks(text: str) -> Iterator[tuple[int, int]]:
    """Ranges of ``place (+ level/modifier) + head`` park names in normalised text."""
    ambiguous = set(words("park_or_project_heads"))
    for match in _head_pattern().finditer(text):
        if match.group("ftz"):
            if "片区" in match.group("ftz") or match.group("ftz").startswith("中国"):
                yield match.span()
            continue
        head_start, end = match.start(), match.end()
        start = _park_start(text, head_start)
        if start is None:
            continue
        head = match.group("head")
        prefix = text[start:head_start]
        if head == "园区" and re.search(r"[市省县]$", prefix):
            continue  # 昆明市园区: the parks of a city, not one park
        if head in ambiguous and in_construction_context(text, start, end):
            continue  # a park being built is a PROJECT
        yield start, end


def find_subzones(text: str) -> Iterator[tuple[int, int]]:
    """Named sub-zones ``X片区`` (九龙片区, 昆明高新片区); directions and counts are not names."""
    not_names = set(words("subzone_not_names"))
    for match in re.finditer(r"片区", text):
        head_start = match.start()
        left = name_start(text, head_start, max_length=8)
        start = next((p for p in range(left, head_start - 1) if starts_with_place(text, p, head_start)), head_start - 2)
        name = text[start:head_start]
        if start < left or len(name) < 2 or name in not_names or name[-1] in not_names and len(name) == 2:
            continue
        if re.search(r"[\d个]", name) or is_generic(name) or text[start - 1 : start] in ("个", "大"):
            continue
        yield start, match.end()


@registry.misc("parkner.park_patterns.v1")
def park_patterns() -> LabelingFunction:
    """Place + zone-head grammar (昆明高新区, 中国（云南）自由贸易试验区昆明片区, 滇中新区直管区)."""
    return from_finder(find_parks, "PARK")


@registry.misc("parkner.park_subzones.v1")
def park_subzones() -> LabelingFunction:
    """Named sub-zones of a park (九龙片区, 昆明经开片区)."""
    return from_finder(find_subzones, "PARK")


@registry.misc("parkner.park_gazetteer.v1")
def park_gazetteer(extra_paths: list[str] = []) -> LabelingFunction:  # noqa: B006 (config default)
    """National and provincial zones from the curated gazetteers, plus the user's own lists."""
    return from_finder(gazetteer(load_names(["parks.txt", "parks_curated.txt"], extra_paths)).finditer, "PARK")
