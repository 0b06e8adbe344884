"""The script-independent tokenizer: the user's text is kept, NORM is Simplified, and it serialises."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from spacy.language import Language
from text_strategies import mixed_texts

from parkner.normalise import NORMALISED_KEY, normalise, to_simplified
from parkner.pipeline.tokenizer import ParknerTokenizer

MIXED = "  昆明高新區２０２３年  產值９８５億元\n\n雲南鍺業 R&D投入10.7%　園區 \n"
CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "parkner.zh_tokenizer.v1", "segmenter": "char"}}}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("zh", config=CONFIG)


def test_config_entry_point_builds_the_tokenizer(nlp: Language) -> None:
    assert isinstance(nlp.tokenizer, ParknerTokenizer) and nlp.tokenizer.segmenter == "char"


def test_text_is_kept_and_norm_is_simplified(nlp: Language) -> None:
    doc = nlp(MIXED)
    assert doc.text == MIXED
    tokens = [(t.text, t.norm_) for t in doc]
    assert ("區", "区") in tokens and ("２０２３", "2023") in tokens and ("９８５", "985") in tokens
    assert ("10.7", "10.7") in tokens and ("鍺", "锗") in tokens
    assert "".join(t.norm_ for t in doc if not t.is_space) == "".join(
        normalise(t.text)[0].lower() for t in doc if not t.is_space
    )
    # One space after a token is its whitespace; longer gaps and newlines are tokens of their own.
    assert [t.text for t in doc if t.is_space] == ["  ", "  ", "\n\n", "\u3000", " \n"]
    assert doc[[t.text for t in doc].index("業")].whitespace_ == " "


@settings(max_examples=150, deadline=None)
@given(text=mixed_texts())
def test_any_text_round_trips(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert all(not t.text.isspace() or t.text == t.norm_ for t in doc)


@settings(max_examples=150, deadline=None)
@given(text=mixed_texts())
def test_the_normalised_text_is_kept_when_it_has_the_texts_length(nlp: Language, text: str) -> None:
    normalised, _ = normalise(text)
    kept = nlp(text).user_data.get(NORMALISED_KEY)
    assert kept == (normalised if len(normalised) == len(text) else None)


@settings(max_examples=200, deadline=None)
@given(text=mixed_texts())
def test_the_char_fast_path_equals_the_general_path(nlp: Language, text: str) -> None:
    tokenizer = nlp.tokenizer
    normalised, offsets = normalise(text)
    fast = tokenizer(text)
    general = tokenizer._doc_from_ranges(text, normalised, offsets, tokenizer._segment(normalised))
    assert [(t.text, t.whitespace_, t.norm_) for t in fast] == [(t.text, t.whitespace_, t.norm_) for t in general]


def test_norm_is_lower_cased(nlp: Language) -> None:
    assert [t.norm_ for t in nlp("ABC公司ＸＹ")] == ["abc", "公", "司", "xy"]


def test_traditional_and_simplified_get_the_same_tokens_and_norms(nlp: Language) -> None:
    traditional = "昆明高新區與中國（雲南）自由貿易試驗區昆明片區聯動發展，產值增長１８．３％。"
    simplified = to_simplified(traditional)
    a, b = nlp(traditional), nlp(simplified)
    assert [(t.idx, len(t)) for t in a] == [(t.idx, len(t)) for t in b]
    assert [t.norm_ for t in a] == [t.norm_ for t in b]


def test_serialisation_to_bytes_and_disk(nlp: Language, tmp_path: Path) -> None:
    expected = [(t.text, t.norm_) for t in nlp(MIXED)]
    restored = ParknerTokenizer(nlp.vocab, segmenter="char").from_bytes(nlp.tokenizer.to_bytes())
    assert restored.segmenter == "char" and [(t.text, t.norm_) for t in restored(MIXED)] == expected

    nlp.tokenizer.to_disk(tmp_path / "tokenizer")
    assert (tmp_path / "tokenizer" / "cfg.json").is_file()
    again = ParknerTokenizer(nlp.vocab).from_disk(tmp_path / "tokenizer")
    assert [(t.text, t.norm_) for t in again(MIXED)] == expected

    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(loaded.tokenizer, ParknerTokenizer)
    assert [(t.text, t.norm_) for t in loaded(MIXED)] == expected
    from_bytes = spacy.blank("zh", config=CONFIG).from_bytes(nlp.to_bytes())
    assert [(t.text, t.norm_) for t in from_bytes(MIXED)] == expected


def test_bad_segmenters_fail_clearly(nlp: Language) -> None:
    with pytest.raises(ValueError, match="segmenter must be one of"):
        ParknerTokenizer(nlp.vocab, segmenter="jieba")
    pkuseg = ParknerTokenizer(nlp.vocab, segmenter="pkuseg")
    with pytest.raises(ValueError, match="pkuseg segmenter has no model"):
        pkuseg("昆明高新区")
    with pytest.raises(ValueError, match="pkuseg_model"):
        pkuseg.initialize()
