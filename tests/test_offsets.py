"""The offset contract: edits, joins and compositions map every derived character back exactly."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from text_strategies import edits, mixed_texts, plain_texts

from parkner.offsets import OffsetMap, apply_edits, join_ranges

FAST = settings(max_examples=150, deadline=None)


def reference_edit(
    text: str, edit_list: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int]], list[int | None]]:
    """A naive re-implementation: derived text, the expected range per character, and the copied source index."""
    derived, ranges, copied = [], [], []
    cursor = 0
    for start, end, replacement in sorted(edit_list, key=lambda e: (e[0], e[1])):
        for j in range(cursor, start):
            derived.append(text[j])
            ranges.append((j, j + 1))
            copied.append(j)
        for char in replacement:
            derived.append(char)
            one_for_one_change = end - start == 1 and text[start] != replacement
            ranges.append((start, end) if len(replacement) == 1 and not one_for_one_change else (start, start))
            copied.append(None)
        cursor = end
    for j in range(cursor, len(text)):
        derived.append(text[j])
        ranges.append((j, j + 1))
        copied.append(j)
    return "".join(derived), ranges, copied


def ranges_of(offsets: OffsetMap) -> list[tuple[int, int]]:
    return list(zip(offsets.source_starts.tolist(), offsets.source_ends.tolist()))


def assert_well_formed(offsets: OffsetMap, derived: str) -> None:
    assert len(offsets) == len(derived)
    assert np.all(offsets.source_starts >= 0)
    assert np.all(offsets.source_starts <= offsets.source_ends)
    assert np.all(offsets.source_ends <= offsets.source_length)
    assert np.all(np.diff(offsets.source_starts) >= 0), "derived order must follow source order"


# --- (a) apply_edits / join_ranges / then -------------------------------------------------------


@FAST
@given(data=st.data(), text=plain_texts())
def test_apply_edits_matches_reference_and_copies_are_identical(data: st.DataObject, text: str) -> None:
    edit_list = data.draw(edits(text))
    derived, offsets = apply_edits(text, edit_list)
    expected_text, expected_ranges, copied = reference_edit(text, edit_list)
    assert derived == expected_text
    assert offsets.source_length == len(text)
    assert ranges_of(offsets) == expected_ranges
    assert_well_formed(offsets, derived)
    for index, source_index in enumerate(copied):
        if source_index is not None:
            assert derived[index] == text[source_index]
            assert offsets.span_to_source(index, index + 1) == (source_index, source_index + 1)


@FAST
@given(data=st.data(), text=mixed_texts())
def test_then_equals_mapping_step_by_step(data: st.DataObject, text: str) -> None:
    first_edits = data.draw(edits(text))
    middle, first = apply_edits(text, first_edits)
    second_edits = data.draw(edits(middle))
    final, second = apply_edits(middle, second_edits)
    composed = second.then(first)
    assert composed.source_length == len(text)
    assert_well_formed(composed, final)
    for index in range(len(final)):
        step = second.span_to_source(index, index + 1)
        assert composed.span_to_source(index, index + 1) == first.span_to_source(*step)
    # A character copied by both steps maps to one identical character of the original.
    _, _, copied_second = reference_edit(middle, second_edits)
    _, _, copied_first = reference_edit(text, first_edits)
    for index, middle_index in enumerate(copied_second):
        if middle_index is not None and copied_first[middle_index] is not None:
            source_start, source_end = composed.span_to_source(index, index + 1)
            assert source_end == source_start + 1
            assert final[index] == text[source_start] == text[copied_first[middle_index]]


@FAST
@given(data=st.data(), text=plain_texts(80))
def test_join_ranges_copies_ranges_and_maps_separators_to_gaps(data: st.DataObject, text: str) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=10)))
    ranges = [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    separators = data.draw(
        st.lists(st.sampled_from(["", "\n"]), min_size=max(len(ranges) - 1, 0), max_size=max(len(ranges) - 1, 0))
    )
    derived, offsets = join_ranges(text, ranges, separators)
    expected = "".join((separators[i - 1] if i else "") + text[a:b] for i, (a, b) in enumerate(ranges))
    assert derived == expected
    assert_well_formed(offsets, derived)
    position = 0
    for index, (start, end) in enumerate(ranges):
        if index and separators[index - 1]:
            # The separator stands for the whole gap between the two ranges it joins (an insertion
            # when the gap is one different character).
            gap = (ranges[index - 1][1], start)
            if gap[1] - gap[0] == 1 and text[gap[0]] != separators[index - 1]:
                gap = (gap[0], gap[0])
            assert offsets.span_to_source(position, position + 1) == gap
            position += 1
        for source_index in range(start, end):
            assert offsets.span_to_source(position, position + 1) == (source_index, source_index + 1)
            assert derived[position] == text[source_index]
            position += 1
    assert position == len(derived)


def test_apply_edits_replacement_kinds() -> None:
    text = "產(chǎn)業&amp;區"
    derived, offsets = apply_edits(text, [(1, 7, ""), (8, 13, "&"), (13, 13, "XY")])
    assert derived == "產業&XY區"
    assert ranges_of(offsets) == [(0, 1), (7, 8), (8, 13), (13, 13), (13, 13), (13, 14)]
    # A span over the entity maps to the whole entity; an inserted character to an empty range.
    assert offsets.span_to_source(1, 3) == (7, 13)
    assert offsets.span_to_source(3, 4) == (13, 13)


def test_apply_edits_rejects_overlap_and_out_of_range() -> None:
    with pytest.raises(ValueError, match="overlaps"):
        apply_edits("abcdef", [(0, 3, ""), (2, 4, "")])
    with pytest.raises(ValueError):
        apply_edits("abc", [(2, 9, "")])
    with pytest.raises(ValueError):
        apply_edits("abc", [(2, 1, "")])


def test_apply_edits_deleting_everything_gives_an_empty_map() -> None:
    derived, offsets = apply_edits("<p>", [(0, 3, "")])
    assert derived == "" and len(offsets) == 0 and offsets.source_length == 3
    assert offsets.span_to_source(0, 0) == (3, 3)


def test_join_ranges_rejects_bad_separators_and_unsorted_ranges() -> None:
    with pytest.raises(ValueError, match="separator"):
        join_ranges("abcdef", [(0, 2), (3, 5)], [])
    with pytest.raises(ValueError, match="sorted"):
        join_ranges("abcdef", [(3, 5), (0, 2)], ["\n"])


def test_join_ranges_newline_for_three_blank_lines_points_at_all_of_them() -> None:
    text = "第一行\n\n\n第二行"
    derived, offsets = join_ranges(text, [(0, 3), (6, 9)], ["\n"])
    assert derived == "第一行\n第二行"
    assert offsets.span_to_source(3, 4) == (3, 6)
    assert offsets.span_to_source(4, 7) == (6, 9)


# --- span_to_source and then: edges ---------------------------------------------------------------


def test_identity_and_span_to_source_edges() -> None:
    identity = OffsetMap.identity(4)
    assert len(identity) == 4 and identity.span_to_source(1, 3) == (1, 3)
    assert identity.span_to_source(4, 4) == (4, 4)
    for bad in [(-1, 2), (3, 2), (0, 5)]:
        with pytest.raises(ValueError, match="outside"):
            identity.span_to_source(*bad)


def test_then_rejects_maps_of_different_texts() -> None:
    with pytest.raises(ValueError, match="cannot compose"):
        OffsetMap.identity(3).then(OffsetMap.identity(4))


def test_then_onto_an_empty_text_and_at_the_end() -> None:
    _, deleted = apply_edits("<br>", [(0, 4, "")])  # "" -> "<br>"
    _, inserted = apply_edits("", [(0, 0, "\n")])  # "\n" -> ""
    composed = inserted.then(deleted)
    assert len(composed) == 1 and composed.source_length == 4
    _, grown = apply_edits("ab", [(2, 2, "!")])  # "ab!" -> "ab"
    _, outer = apply_edits("xab", [(0, 1, "")])  # "ab" -> "xab"
    assert grown.then(outer).span_to_source(2, 3) == (3, 3)


# --- (b) segments round-trip ----------------------------------------------------------------------


@FAST
@given(data=st.data(), text=mixed_texts())
def test_segments_round_trip(data: st.DataObject, text: str) -> None:
    middle, first = apply_edits(text, data.draw(edits(text)))
    _, second = apply_edits(middle, data.draw(edits(middle)))
    for offsets in (first, second, second.then(first)):
        segments = offsets.to_segments()
        rebuilt = OffsetMap.from_segments(segments, offsets.source_length)
        assert ranges_of(rebuilt) == ranges_of(offsets)
        assert rebuilt.source_length == offsets.source_length
        # Segments tile the derived text in order.
        assert [s[0] for s in segments] == [0, *(s[1] for s in segments[:-1])][: len(segments)]
        assert (segments[-1][1] if segments else 0) == len(offsets)


def test_to_segments_merges_copy_runs() -> None:
    _, offsets = apply_edits("ab<br>cd", [(2, 6, "\n")])
    assert offsets.to_segments() == [[0, 2, 0, 2], [2, 3, 2, 6], [3, 5, 6, 8]]
    assert OffsetMap.identity(0).to_segments() == []


@pytest.mark.parametrize(
    ("segments", "message"),
    [
        ([[0, 2, 0]], "4 integers"),
        ([[1, 2, 0, 1]], "contiguous"),
        ([[0, 0, 0, 0]], "contiguous"),
        ([[0, 2, 0, 9]], "leaves the source"),
        ([[0, 3, 0, 2]], "mismatched lengths"),
    ],
)
def test_from_segments_rejects_inconsistent_segments(segments: list[list[int]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        OffsetMap.from_segments(segments, 4)


def test_from_segments_of_nothing_is_empty() -> None:
    offsets = OffsetMap.from_segments([], 7)
    assert len(offsets) == 0 and offsets.source_length == 7
