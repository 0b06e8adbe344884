"""The normalised view: Simplified, half-width, same length almost always, and mapped onto the source."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from text_strategies import mixed_texts

from parkner import normalise as normalise_module
from parkner.normalise import fold_width, normalise, to_simplified


@settings(max_examples=200, deadline=None)
@given(text=mixed_texts())
def test_map_covers_the_normalised_text_and_stays_inside_the_source(text: str) -> None:
    simplified, offsets = normalise(text)
    assert len(offsets) == len(simplified)
    assert offsets.source_length == len(text)
    assert np.all(offsets.source_starts >= 0)
    assert np.all(offsets.source_starts <= offsets.source_ends)
    assert np.all(offsets.source_ends <= len(text))
    assert np.all(np.diff(offsets.source_starts) >= 0)
    # Nothing Traditional or full-width survives.
    assert to_simplified(simplified) == simplified
    assert fold_width(simplified) == simplified


def test_traditional_and_full_width_fold_character_for_character() -> None:
    text = "昆明高新區２０２３年產值９８５億元，增長１８．３％　園區"
    simplified, offsets = normalise(text)
    assert simplified == "昆明高新区2023年产值985亿元,增长18.3% 园区"
    assert offsets.span_to_source(0, 5) == (0, 5)
    assert text[slice(*offsets.span_to_source(12, 17))] == "９８５億元"


def test_simplified_ascii_text_is_unchanged_with_an_identity_map() -> None:
    text = "昆明高新区 R&D 投入10.7%\n"
    simplified, offsets = normalise(text)
    assert simplified == text
    assert offsets.to_segments() == [[0, len(text), 0, len(text)]]


def test_fold_width_keeps_length_and_folds_only_full_width_ascii() -> None:
    assert fold_width("ＡＢＣ１２３！～　“中”") == "ABC123!~ “中”"
    assert len(fold_width("ＡＢ")) == 2


def test_to_simplified_converts_traditional() -> None:
    assert to_simplified("產業園區經濟開發區") == "产业园区经济开发区"


def test_length_changing_conversion_is_aligned(monkeypatch: pytest.MonkeyPatch) -> None:
    """When a phrase conversion changes the length, copied characters stay exact and the phrase maps whole."""
    monkeypatch.setattr(normalise_module, "to_simplified", lambda text: text.replace("甲乙丙", "丁"))
    text = "前文甲乙丙後文"
    simplified, offsets = normalise(text)
    assert simplified == "前文丁後文"
    assert len(offsets) == len(simplified)
    assert offsets.span_to_source(0, 2) == (0, 2)
    assert offsets.span_to_source(2, 3) == (2, 5)
    assert offsets.span_to_source(3, 5) == (5, 7)
    assert text[slice(*offsets.span_to_source(3, 5))] == "後文"
