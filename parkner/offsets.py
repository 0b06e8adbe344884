"""Character offset maps between a derived text and the text it came from.

Every transformation parkner applies to text (decoding aside) — stripping HTML,
dropping boilerplate lines, removing pinyin debris, Traditional → Simplified
conversion — produces a derived string plus an :class:`OffsetMap` that tells,
for each derived character, which half-open range of *source* characters it
stands for. Maps compose, so a span found on the Simplified form of a cleaned
HTML page is reported in the characters of the file the user gave.

The contract (see ``docs/data-contract.md``):

* offsets count Unicode code points, ranges are half-open ``[start, end)``;
* a copied character maps to a one-character source range;
* a replacement (``&amp;`` → ``&``, a block tag → ``\\n``) maps to the whole
  source range it replaced; an inserted character maps to an empty range;
* mapping a derived span ``[s, e)`` gives ``[start_of(s), end_of(e - 1))``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

#: One edit on a text: replace ``text[start:end]`` by ``replacement``.
Edit = tuple[int, int, str]


@dataclass(frozen=True)
class OffsetMap:
    """For every derived character ``i``: ``source_starts[i]`` and ``source_ends[i]``."""

    source_starts: np.ndarray
    source_ends: np.ndarray
    source_length: int

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text onto an unchanged copy of itself."""
        starts = np.arange(length, dtype=np.int64)
        return cls(starts, starts + 1, length)

    def __len__(self) -> int:
        return int(self.source_starts.shape[0])

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the derived half-open span ``[start, end)`` to source offsets."""
        if not 0 <= start <= end <= len(self):
            raise ValueError(f"span [{start}, {end}) outside a text of {len(self)} characters")
        if start == end:
            position = (
                int(self.source_starts[start]) if start < len(self) else self.source_length
            )
            return position, position
        return int(self.source_starts[start]), int(self.source_ends[end - 1])

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps C → B and ``outer`` maps B → A; return C → A."""
        if self.source_length != len(outer):
            raise ValueError(
                f"cannot compose: inner map expects {self.source_length} characters, "
                f"outer map covers {len(outer)}"
            )
        if len(outer) == 0:
            ends_of_source = np.full(len(self), outer.source_length, dtype=np.int64)
            return OffsetMap(ends_of_source, ends_of_source.copy(), outer.source_length)
        empty = self.source_starts == self.source_ends
        clipped_starts = np.minimum(self.source_starts, len(outer) - 1)
        last_inside = np.maximum(self.source_ends - 1, 0)
        starts = outer.source_starts[clipped_starts]
        ends = np.where(empty, starts, outer.source_ends[last_inside])
        at_end = self.source_starts >= len(outer)
        starts = np.where(at_end, outer.source_length, starts)
        ends = np.where(at_end, outer.source_length, ends)
        return OffsetMap(starts, ends, outer.source_length)

    def to_segments(self) -> list[list[int]]:
        """Run-length form for storage: ``[derived_start, derived_end, source_start, source_end]``.

        A segment whose two lengths are equal is a character-for-character copy;
        any other segment is a single replacement of its whole source range.
        """
        segments: list[list[int]] = []
        starts, ends = self.source_starts, self.source_ends
        count = len(self)
        if count == 0:
            return segments
        is_copy = (ends - starts) == 1
        # A copy run continues while both neighbours are copies and sources are consecutive.
        continues = np.zeros(count, dtype=bool)
        continues[1:] = is_copy[1:] & is_copy[:-1] & (starts[1:] == starts[:-1] + 1)
        run_starts = np.flatnonzero(~continues)
        run_ends = np.append(run_starts[1:], count)
        for first, stop in zip(run_starts.tolist(), run_ends.tolist()):
            segments.append([first, stop, int(starts[first]), int(ends[stop - 1])])
        return segments

    @classmethod
    def from_segments(cls, segments: Sequence[Sequence[int]], source_length: int) -> OffsetMap:
        """Inverse of :meth:`to_segments`; raises ``ValueError`` on inconsistent segments."""
        starts: list[np.ndarray] = []
        ends: list[np.ndarray] = []
        expected = 0
        for segment in segments:
            if len(segment) != 4:
                raise ValueError(f"offset segment {list(segment)!r} must have 4 integers")
            derived_start, derived_end, source_start, source_end = (int(v) for v in segment)
            if derived_start != expected or derived_end <= derived_start:
                raise ValueError(f"offset segment {list(segment)!r} is not contiguous")
            if not 0 <= source_start <= source_end <= source_length:
                raise ValueError(f"offset segment {list(segment)!r} leaves the source")
            width = derived_end - derived_start
            if width == source_end - source_start:
                run = np.arange(source_start, source_end, dtype=np.int64)
                starts.append(run)
                ends.append(run + 1)
            elif width == 1:
                starts.append(np.array([source_start], dtype=np.int64))
                ends.append(np.array([source_end], dtype=np.int64))
            else:
                raise ValueError(f"offset segment {list(segment)!r} has mismatched lengths")
            expected = derived_end
        if not starts:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty.copy(), source_length)
        return cls(np.concatenate(starts), np.concatenate(ends), source_length)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits and return the new text with its map onto ``text``.

    A replacement string of one character maps to the whole replaced range
    (unless it replaces one different character: then it is an insertion); a
    longer replacement maps each of its characters to the start of the range
    (an insertion); an empty replacement is a deletion.
    """
    pieces: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    cursor = 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        if start < cursor or end < start or end > len(text):
            raise ValueError(f"edit [{start}, {end}) overlaps another edit or leaves the text")
        if start > cursor:
            pieces.append(text[cursor:start])
            run = np.arange(cursor, start, dtype=np.int64)
            starts.append(run)
            ends.append(run + 1)
        if replacement:
            pieces.append(replacement)
            width = len(replacement)
            # A one-for-one replacement by a different character (a lone "\r" → "\n") is stored as an
            # insertion, so that equal-length segments always mean "identical characters".
            stands_for_range = width == 1 and not (end - start == 1 and text[start] != replacement)
            starts.append(np.full(width, start, dtype=np.int64))
            ends.append(np.full(width, end if stands_for_range else start, dtype=np.int64))
        cursor = end
    if cursor < len(text):
        pieces.append(text[cursor:])
        run = np.arange(cursor, len(text), dtype=np.int64)
        starts.append(run)
        ends.append(run + 1)
    if not starts:
        empty = np.zeros(0, dtype=np.int64)
        return "", OffsetMap(empty, empty.copy(), len(text))
    return "".join(pieces), OffsetMap(np.concatenate(starts), np.concatenate(ends), len(text))


def join_ranges(text: str, ranges: Sequence[tuple[int, int]], separators: Sequence[str]) -> tuple[str, OffsetMap]:
    """Concatenate ``text[a:b]`` for each range, putting ``separators[i]`` before range ``i + 1``.

    A one-character separator maps to the gap between the two ranges it joins,
    so the ``\\n`` that replaces three blank lines points at all of them.
    """
    if len(separators) != max(len(ranges) - 1, 0):
        raise ValueError("need exactly one separator between consecutive ranges")
    edits: list[Edit] = []
    cursor = 0
    for index, (start, end) in enumerate(ranges):
        if start < cursor:
            raise ValueError("ranges must be sorted and disjoint")
        separator = separators[index - 1] if index else ""
        if start > cursor or separator:
            edits.append((cursor, start, separator) if index else (0, start, ""))
        cursor = end
    if cursor < len(text):
        edits.append((cursor, len(text), ""))
    return apply_edits(text, edits)
