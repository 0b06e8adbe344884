"""BIO/BIOES encoding and strict decoding of character tags."""

from __future__ import annotations

import pytest

from parkner.documents import Span
from parkner.formats.tags import spans_to_tags, tag_names, tags_to_spans

SPANS = [Span(0, 1, "METRIC"), Span(2, 5, "PARK"), Span(5, 7, "COMPANY")]


def test_bioes_uses_single_and_end_tags_and_decodes_back() -> None:
    tags = spans_to_tags(8, SPANS, "bioes")
    assert tags == ["S-METRIC", "O", "B-PARK", "I-PARK", "E-PARK", "B-COMPANY", "E-COMPANY", "O"]
    assert tags_to_spans(tags) == SPANS  # scheme detected from E-/S- tags
    assert tags_to_spans(tags, "bioes") == SPANS


def test_bio_separates_adjacent_spans_by_b_tags() -> None:
    tags = spans_to_tags(8, SPANS, "bio")
    assert tags == ["B-METRIC", "O", "B-PARK", "I-PARK", "I-PARK", "B-COMPANY", "I-COMPANY", "O"]
    assert tags_to_spans(tags, "bio") == SPANS


def test_bioes_rejects_a_single_character_b_tag() -> None:
    with pytest.raises(ValueError, match="not closed by E-"):
        tags_to_spans(["B-PARK", "O"], "bioes")


def test_tag_names_start_with_o() -> None:
    assert tag_names("bio") == ["O"] + [
        f"{p}-{label}" for label in ("PARK", "COMPANY", "PROJECT", "METRIC") for p in "BI"
    ]
    assert len(tag_names("bioes")) == 17
