"""Documents and spans in JSONL: round trips with offset maps, and errors that name file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parkner.documents import (
    LABELS,
    Document,
    Span,
    count_records,
    iter_documents,
    iter_jsonl,
    read_documents,
    write_documents,
)
from parkner.errors import InputError
from parkner.offsets import apply_edits

SOURCE = "<p>昆明高新區&amp;雲南鍺業</p>"


def _document() -> Document:
    text, offsets = apply_edits(SOURCE, [(0, 3, ""), (8, 13, "&"), (17, 21, "")])
    assert text == "昆明高新區&雲南鍺業"
    spans = [Span(6, 10, "COMPANY", score=0.87654), Span(0, 5, "PARK")]
    return Document("d1", text, spans, {"source": "x.html"}, offsets)


def test_labels_are_the_four_of_the_guidelines() -> None:
    assert LABELS == ("PARK", "COMPANY", "PROJECT", "METRIC")


def test_span_order_ignores_score_and_to_dict_adds_text_and_rounded_score() -> None:
    assert Span(0, 5, "PARK", 0.1) == Span(0, 5, "PARK", 0.9)
    assert min(Span(6, 10, "COMPANY"), Span(0, 5, "PARK")).label == "PARK"
    assert Span(6, 10, "COMPANY", 0.87654).to_dict("昆明高新區&雲南鍺業") == {
        "start": 6,
        "end": 10,
        "label": "COMPANY",
        "text": "雲南鍺業",
        "score": 0.8765,
    }
    assert Span(0, 2, "PARK").to_dict() == {"start": 0, "end": 2, "label": "PARK"}


def test_source_span_maps_into_the_source_file() -> None:
    document = _document()
    park, company = Span(0, 5, "PARK"), Span(6, 10, "COMPANY")
    assert SOURCE[slice(*document.source_span(park))] == "昆明高新區"
    assert SOURCE[slice(*document.source_span(company))] == "雲南鍺業"
    assert SOURCE[slice(*document.source_span(Span(4, 7, "PARK")))] == "區&amp;雲"
    assert Document("x", "abc").source_span(Span(1, 2, "PARK")) == (1, 2)


def test_write_and_read_round_trip_keeps_spans_meta_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "docs.jsonl"
    assert write_documents([_document(), Document("d2", "空")], path) == 2
    record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert record["spans"][0] == {"start": 0, "end": 5, "label": "PARK", "text": "昆明高新區"}
    assert "昆明" in path.read_text(encoding="utf-8")  # no ASCII escaping
    first, second = read_documents(path)
    original = _document()
    assert first.text == original.text and sorted(first.spans) == sorted(original.spans)
    assert first.meta == {"source": "x.html"}
    assert first.offsets is not None and first.offsets.to_segments() == original.offsets.to_segments()
    assert first.offsets.source_length == len(SOURCE)
    assert second.offsets is None and second.spans == []


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ([1, 2], "expected a JSON object"),
        ({"id": "a"}, "missing string field 'text'"),
        ({"id": "a", "text": "x", "meta": ["x"]}, "'meta' must be an object"),
        ({"id": "a", "text": "x", "spans": [{"start": "0", "end": 1, "label": "PARK"}]}, "integer start/end"),
        ({"id": "a", "text": "x", "spans": ["bad"]}, "must be an object"),
        ({"id": "a", "text": "ab", "offsets": {"segments": [[0, 1, 0, 1]], "source_length": 1}}, "cover 1 characters"),
        ({"id": "a", "text": "ab", "offsets": {"segments": [[0, 2, 0, 9]], "source_length": 2}}, "invalid 'offsets'"),
        ({"id": "a", "text": "ab", "offsets": {"source_length": 2}}, "invalid 'offsets'"),
    ],
)
def test_from_dict_rejects_malformed_records_with_location(record: object, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        Document.from_dict(record, "gold.jsonl", 7)
    assert str(caught.value).startswith("gold.jsonl:7: ")


def test_from_dict_accepts_list_spans_and_defaults_the_id() -> None:
    document = Document.from_dict({"text": "昆明高新区", "spans": [[0, 5, "PARK"]]}, line=3)
    assert document.id == "line-3" and document.spans == [Span(0, 5, "PARK")]
    with pytest.raises(InputError, match="missing field 'id'"):
        Document.from_dict({"text": "x"})


def test_iter_jsonl_skips_blank_lines_and_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"a": 1}\n\n{"b": 2}\n{"c": \n', encoding="utf-8")
    seen = []
    with pytest.raises(InputError) as caught:
        for number, obj in iter_jsonl(path):
            seen.append((number, obj))
    assert seen == [(1, {"a": 1}), (3, {"b": 2})]
    assert caught.value.line == 4 and f"{path}:4: malformed JSON" in str(caught.value)


def test_iter_jsonl_reports_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot open"):
        list(iter_jsonl(tmp_path / "missing.jsonl"))
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes('{"text": "昆明高新区"}\n'.encode("gbk"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(iter_jsonl(gbk))


def test_iter_documents_streams_and_raises_at_the_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "昆明"}\n\n{broken\n', encoding="utf-8")
    documents = iter_documents(path)
    assert next(documents).id == "a" and count_records(path) == 2  # blank lines are no records
    with pytest.raises(InputError, match=r"docs.jsonl:3: malformed JSON"):
        next(documents)
    with pytest.raises(InputError, match="cannot open"):
        count_records(tmp_path / "missing.jsonl")
