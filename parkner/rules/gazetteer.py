"""Gazetteers: name lists shipped in ``parkner/data/gazetteers`` plus the user's own files."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

from ..errors import InputError
from ..normalise import fold_width, to_simplified


def _read_names(text: str) -> set[str]:
    """The names of a gazetteer file in the normalised script the rules read (乾照 is matched as 干照)."""
    names = [name for name in map(str.strip, text.splitlines()) if name and not name.startswith("#")]
    return set(fold_width(to_simplified("\n".join(names))).split("\n")) if names else set()


@lru_cache(maxsize=None)
def packaged(name: str) -> frozenset[str]:
    """Names in the packaged gazetteer ``name`` (e.g. ``"parks.txt"``)."""
    text = resources.files("parkner").joinpath(f"data/gazetteers/{name}").read_text(encoding="utf-8")
    return frozenset(_read_names(text))


def load_names(packaged_files: Sequence[str], user_files: Iterable[str | Path] = ()) -> frozenset[str]:
    """Union of packaged gazetteers and user files (UTF-8, one name per line, ``#`` comments)."""
    names: set[str] = set()
    for name in packaged_files:
        names |= packaged(name)
    for path in user_files:
        try:
            names |= _read_names(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read gazetteer: {error}", path) from error
    return frozenset(names)


class Gazetteer:
    """A name list matched leftmost-longest: an Aho-Corasick automaton (one pass for 30k names) finds every match."""

    def __init__(self, names: Iterable[str]):
        self.names = frozenset(name for name in names if name)
        self._lengths = sorted({len(name) for name in self.names}, reverse=True)
        self._automaton = ahocorasick.Automaton()
        for name in self.names:
            self._automaton.add_word(name, len(name))
        if self.names:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """Non-overlapping ``(start, end)`` of names in ``text``, leftmost first, longest at each start."""
        if not self.names:
            return
        matches = sorted((last + 1 - length, -length) for last, length in self._automaton.iter(text))
        cursor = 0
        for start, negative_length in matches:  # leftmost first, longest first at each start
            if start >= cursor:
                cursor = start - negative_length
                yield start, cursor

    def match_end(self, text: str, start: int, end: int | None = None) -> int | None:
        """End of the longest name that starts at ``start`` and ends by ``end``; ``None`` if none does."""
        end = len(text) if end is None else end
        for length in self._lengths:
            if start + length <= end and text[start : start + length] in self.names:
                return start + length
        return None

    def match_start(self, text: str, end: int, start: int = 0) -> int | None:
        """Start of the longest name that ends at ``end`` and starts at or after ``start``; ``None`` if none does."""
        for length in self._lengths:
            if end - length >= start and text[end - length : end] in self.names:
                return end - length
        return None

    def covers(self, text: str) -> bool:
        """Whether ``text`` is names end to end, in any split (智能 + 化工, though 智能化 is a name too)."""
        reachable = {0}
        for position in range(len(text)):
            if position in reachable:
                reachable |= {position + n for n in self._lengths if text[position : position + n] in self.names}
        return bool(text) and len(text) in reachable

    def run_end(self, text: str, start: int = 0) -> int:
        """End of the run of consecutive names from ``start`` (longest first); ``start`` if none starts there."""
        position = start
        while position < len(text) and (end := self.match_end(text, position)) is not None:
            position = end
        return position


def finder_where(
    names: frozenset[str], keep: Callable[[str, int, int], bool]
) -> Callable[[str], Iterator[tuple[int, int]]]:
    """A finder of the leftmost-longest matches of ``names`` that ``keep(text, start, end)`` accepts."""
    matcher = gazetteer(names)

    def find(text: str) -> Iterator[tuple[int, int]]:
        return ((start, end) for start, end in matcher.finditer(text) if keep(text, start, end))

    return find


@lru_cache(maxsize=32)
def gazetteer(names: frozenset[str]) -> Gazetteer:
    """The (cached) matcher of ``names``."""
    return Gazetteer(names)
