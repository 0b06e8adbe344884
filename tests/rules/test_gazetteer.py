"""The gazetteer matcher: leftmost-longest, non-overlapping, like a longest-first regex alternation."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from parkner.errors import InputError
from parkner.rules.gazetteer import Gazetteer, load_names

ALPHABET = "昆明高新区.*+?()"


def leftmost_longest(names: set[str], text: str) -> list[tuple[int, int]]:
    """Reference scan: at each position the longest name, then continue after it."""
    found, position = [], 0
    while position < len(text):
        ends = [position + len(name) for name in names if text.startswith(name, position)]
        if ends:
            found.append((position, max(ends)))
            position = max(ends)
        else:
            position += 1
    return found


@settings(max_examples=500, deadline=None)
@given(
    st.sets(st.text(alphabet=ALPHABET, min_size=1, max_size=5), max_size=20),
    st.text(alphabet=ALPHABET, max_size=30),
)
# pyahocorasick's own iter_long() gets these wrong: a shorter match pending at the end of the
# text, and one inside a failed longer match.
@example(names={"昆", "?昆?"}, text="?昆")
@example(names={"新高", "?", "昆新?区", "高"}, text="明区明区昆新??新明区")
def test_finditer_is_the_leftmost_longest_scan(names: set[str], text: str) -> None:
    assert list(Gazetteer(names).finditer(text)) == leftmost_longest(names, text)


@settings(max_examples=200, deadline=None)
@given(
    st.sets(st.text(alphabet=ALPHABET, min_size=1, max_size=5), max_size=20),
    st.text(alphabet=ALPHABET, max_size=12),
    st.integers(0, 12),
)
def test_match_end_is_the_longest_name_starting_there(names: set[str], text: str, start: int) -> None:
    start = min(start, len(text))
    ends = [start + len(n) for n in names if text.startswith(n, start)]
    assert Gazetteer(names).match_end(text, start) == (max(ends) if ends else None)


def test_match_end_respects_the_end_bound() -> None:
    places = Gazetteer({"昆明", "昆明市"})
    assert places.match_end("昆明市高新区", 0) == 3
    assert places.match_end("昆明市高新区", 0, 2) == 2
    assert places.match_end("在昆明", 0) is None


def test_user_lists_extend_the_packaged_names(tmp_path: Path) -> None:
    user_list = tmp_path / "parks.txt"
    user_list.write_text("# my parks\n滇中新区空港片区\n\n  # an indented comment\n", encoding="utf-8")
    names = load_names(["parks_curated.txt"], [user_list])
    assert "滇中新区空港片区" in names and "# an indented comment" not in names
    assert list(Gazetteer(names).finditer("位于滇中新区空港片区的")) == [(2, 10)]


def test_an_unreadable_user_list_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match="missing.txt"):
        load_names([], [missing])


def test_run_end_follows_consecutive_names_longest_first() -> None:
    names = Gazetteer(["浙江", "浙江台州", "台州", "路桥区"])
    assert names.run_end("浙江台州路桥区企业") == 7
    assert names.run_end("某浙江台州", 1) == 5
    assert names.run_end("企业浙江") == 0


def test_names_are_read_in_the_script_the_rules_match(tmp_path: Path) -> None:
    user = tmp_path / "mine.txt"
    user.write_text("雲南鍺業\nＡＢＣ科技\n", encoding="utf-8")
    assert {"云南锗业", "ABC科技"} <= load_names([], [user])


def test_covers_tries_every_split_not_only_the_longest_first() -> None:
    kinds = Gazetteer(["智能", "智能化", "化工"])
    assert kinds.covers("智能化工")  # 智能 + 化工, though 智能化 is longer
    assert kinds.run_end("智能化工") == 3  # a run is read longest first
    assert not kinds.covers("智能工") and not kinds.covers("")


def test_match_start_finds_the_longest_name_ending_at_a_position() -> None:
    names = Gazetteer(["一汽", "丰田", "丰田汽车", "汽车"])
    assert names.match_start("一汽丰田汽车", 6) == 2  # not hidden by the earlier, overlapping 一汽
    assert names.match_start("一汽丰田汽车", 6, start=3) == 4 and names.match_start("一汽丰", 3) is None
