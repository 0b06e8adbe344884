"""The LF contract helpers: the normalised view, title exclusion, misaligned spans and the trie regex."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from parkner.normalise import NORMALISED_KEY
from parkner.rules.base import MISALIGNED_KEY, TextView, cache_view, drop_view, make_span, spans_from_ranges


def test_view_is_simplified_and_knows_titles() -> None:
    doc = spacy.blank("zh")("印發《昆明高新區規劃》，昆明高新區")
    view = TextView.of(doc)
    assert view.text == "印发《昆明高新区规划》,昆明高新区"
    assert view.titles == ((2, 11),)
    assert view.in_title(3, 8) and not view.in_title(12, 17)


def test_spans_from_ranges_skips_titles_and_maps_to_doc_characters() -> None:
    doc = spacy.blank("zh")("印發《昆明高新區規劃》，昆明高新區")
    view = TextView.of(doc)
    spans = list(spans_from_ranges(doc, view, [(3, 8, "PARK"), (12, 17, "PARK")]))
    assert [(s.start_char, s.end_char, s.text, s.label_) for s in spans] == [(12, 17, "昆明高新區", "PARK")]


def test_misaligned_matches_are_counted_not_silently_dropped() -> None:
    doc = spacy.blank("en")("昆明高新区发展 good")  # one token for the whole Chinese run
    view = TextView.of(doc)
    assert make_span(doc, view, 0, 5, "PARK") is None
    assert make_span(doc, view, 8, 12, "PARK") is not None
    assert make_span(doc, view, 0, 3, "PARK") is None
    assert doc.user_data[MISALIGNED_KEY] == 2


def test_view_reads_the_tokenizers_normalised_text_while_it_fits_the_doc() -> None:
    nlp = spacy.blank("zh")
    doc = nlp("雲南鍺業")
    doc.user_data[NORMALISED_KEY] = "stale, not the doc's"
    assert TextView.of(doc).text == "云南锗业"  # a length that does not fit is ignored
    doc.user_data[NORMALISED_KEY] = "云南某业"
    assert TextView.of(doc).text == "云南某业"  # one that fits is trusted: the tokenizer wrote it
    merged = Doc.from_docs([doc, nlp("園區")], ensure_whitespace=False)
    merged.user_data[NORMALISED_KEY] = doc.user_data[NORMALISED_KEY]
    assert TextView.of(merged).text == "云南锗业园区"


def test_cached_view_is_reused_and_dropped() -> None:
    doc = spacy.blank("zh")("昆明高新區")
    cache_view(doc)
    assert TextView.of(doc) is TextView.of(doc)
    drop_view(doc)
    assert TextView.of(doc) is not TextView.of(doc)
    assert doc.user_data == {}

