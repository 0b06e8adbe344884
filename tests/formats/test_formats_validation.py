"""Every reader rejects bad records with file, line (or record index) and reason; nothing is clipped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from formats_helpers import GOLD_SAMPLE, comparable

from parkner.documents import Document, Span, read_documents
from parkner.errors import InputError
from parkner.formats import ReadReport, convert, read_format, write_format

TEXT = "昆明高新區投資2665億元"  # PARK 0-5, METRIC 7-13


def _jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def _rejects(path: Path, fmt: str, line: int | None, fragment: str, **options: Any) -> InputError:
    with pytest.raises(InputError) as info:
        read_format(path, fmt, options=options)
    assert info.value.path is not None and Path(info.value.path).name == path.name
    assert info.value.line == line
    assert fragment in info.value.reason, info.value.reason
    return info.value


GOOD = {"id": "ok", "text": TEXT, "spans": [{"start": 0, "end": 5, "label": "PARK"}]}


@pytest.mark.parametrize(
    ("span", "fragment"),
    [
        ({"start": 0, "end": 5, "label": "PARK", "text": "昆明高新"}, "does not match the offsets"),
        ({"start": 0, "end": 5, "label": "PLACE"}, "unknown label 'PLACE'"),
        ({"start": 7, "end": 14, "label": "METRIC"}, "outside the text"),
        ({"start": 5, "end": 5, "label": "PARK"}, "outside the text (0-13) or empty"),
    ],
)
def test_parkner_rejects_bad_spans(span: dict[str, Any], fragment: str, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "gold.jsonl", [GOOD, {"id": "bad", "text": TEXT, "spans": [span]}])
    error = _rejects(path, "parkner", 2, fragment)
    assert "[bad]" in error.reason


def test_overlapping_spans_are_rejected(tmp_path: Path) -> None:
    spans = [[0, 5, "PARK"], [3, 9, "COMPANY"]]
    path = _jsonl(tmp_path / "doccano.jsonl", [{"id": "a", "text": TEXT, "label": spans}])
    _rejects(path, "doccano", 1, "overlap")


def test_prodigy_takes_accepted_and_unanswered_and_reports_the_rest(tmp_path: Path) -> None:
    span = [{"start": 0, "end": 5, "label": "PARK"}]
    path = _jsonl(
        tmp_path / "prodigy.jsonl",
        [
            {"id": "a", "text": TEXT, "spans": span, "answer": "accept"},
            {"id": "r", "text": TEXT, "spans": span, "answer": "reject"},
            {"id": "i", "text": TEXT, "spans": [], "answer": "ignore"},
            {"id": "n", "text": TEXT, "spans": span},
        ],
    )
    report = ReadReport()
    documents = read_format(path, "prodigy", report=report)
    assert [doc.id for doc in documents] == ["a", "n"]
    assert len(report.skipped) == 2 and "prodigy.jsonl:2: answer 'reject'" in report.skipped[0]
    _jsonl(path, [{"text": TEXT, "spans": [{"start": 0, "end": 20, "label": "PARK"}]}])
    _rejects(path, "prodigy", 1, "outside the text")
    _jsonl(path, [{"text": TEXT, "answer": "maybe"}])
    _rejects(path, "prodigy", 1, "unknown answer")


def test_doccano_reads_the_entities_variant_and_checks_labels(tmp_path: Path) -> None:
    entities = [{"id": 9, "start_offset": 7, "end_offset": 13, "label": "METRIC"}]
    path = _jsonl(
        tmp_path / "d.jsonl", [{"id": 3, "text": TEXT, "entities": entities, "relations": [], "Comments": []}]
    )
    (document,) = read_format(path, "doccano")
    assert (document.id, document.spans, document.meta) == ("3", [Span(7, 13, "METRIC")], {})
    _jsonl(path, [{"text": TEXT, "label": [[0, 5, "LOC"]]}])
    _rejects(path, "doccano", 1, "unknown label 'LOC'")


def _ls_region(start: int, end: int, label: str, text: str | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        value["text"] = text
    return {"id": "x", "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def test_labelstudio_reads_latest_completed_annotation(tmp_path: Path) -> None:
    task = {
        "id": 17,
        "data": {"text": TEXT, "id": "doc-1", "title": "標題"},
        "annotations": [
            {"created_at": "2024-01-02T00:00:00Z", "result": [_ls_region(0, 5, "PARK", "昆明高新區")]},
            {"created_at": "2024-01-03T00:00:00Z", "was_cancelled": True, "result": []},
            {"created_at": "2024-01-01T00:00:00Z", "result": [_ls_region(7, 13, "METRIC")]},
        ],
        "predictions": [{"model_version": "m", "result": [_ls_region(0, 2, "COMPANY", "昆明")]}],
    }
    unannotated = {"data": {"text": TEXT, "id": "doc-2"}, "annotations": []}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task, unannotated], ensure_ascii=False), encoding="utf-8")
    report = ReadReport()
    (document,) = read_format(path, "labelstudio", report=report)
    assert (document.id, document.spans, document.meta) == ("doc-1", [Span(0, 5, "PARK")], {"title": "標題"})
    assert report.skipped == [f"{path}:2: task 2 [doc-2]: no completed annotation, skipped"]
    predicted = read_format(path, "labelstudio", options={"source": "predictions"})
    assert [doc.spans for doc in predicted] == [[Span(0, 2, "COMPANY")]]


def test_labelstudio_rejects_text_mismatch_and_unknown_labels(tmp_path: Path) -> None:
    good = {"data": {"text": TEXT}, "annotations": [{"result": [_ls_region(0, 5, "PARK", "昆明高新區")]}]}
    bad = {"data": {"text": TEXT}, "annotations": [{"result": [_ls_region(0, 5, "PARK", "昆明高新区")]}]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([good, bad], ensure_ascii=False), encoding="utf-8")
    _rejects(path, "labelstudio", 2, "does not match the offsets")
    bad["annotations"][0]["result"] = [_ls_region(0, 5, "ORG")]
    path.write_text(json.dumps([good, bad], ensure_ascii=False), encoding="utf-8")
    _rejects(path, "labelstudio", 2, "unknown label 'ORG'")


def _brat(directory: Path, ann: str, text: str = TEXT) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "d1.txt").write_text(text, encoding="utf-8")
    (directory / "d1.ann").write_text(ann, encoding="utf-8")
    return directory


def test_brat_rejects_discontinuous_mismatched_and_unknown(tmp_path: Path) -> None:
    directory = _brat(tmp_path / "brat", "T1\tPARK 0 5\t昆明高新區\nT2\tMETRIC 7 9;10 14\t26 5億元\n")
    with pytest.raises(InputError) as info:
        read_format(directory, "brat")
    assert (Path(info.value.path).name, info.value.line) == ("d1.ann", 2) and "discontinuous" in info.value.reason
    _brat(directory, "T1\tPARK 0 5\t昆明高新区\n")
    with pytest.raises(InputError, match=r"d1\.ann:1: \[d1\] T1 text '昆明高新区' does not match"):
        read_format(directory, "brat")
    _brat(directory, "T1\tPARK 0 5\t昆明高新區\nT2\tMONEY 7 13\t2665億元\n")
    with pytest.raises(InputError, match=r"d1\.ann:2: .*unknown label 'MONEY'"):
        read_format(directory, "brat")


def test_brat_reports_non_entity_lines(tmp_path: Path) -> None:
    directory = _brat(tmp_path / "brat", "T1\tPARK 0 5\t昆明高新區\n#1\tAnnotatorNotes T1\t待確認\n")
    report = ReadReport()
    (document,) = read_format(directory, "brat", report=report)
    assert document.spans == [Span(0, 5, "PARK")] and len(report.skipped) == 1 and "d1.ann:2" in report.skipped[0]


def test_cluener_uses_inclusive_ends_and_checks_entity_text(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "c.jsonl",
        [{"text": TEXT, "label": {"PARK": {"昆明高新區": [[0, 4]]}, "METRIC": {"2665億元": [[7, 12]]}}}],
    )
    (document,) = read_format(path, "cluener")
    assert document.spans == [Span(0, 5, "PARK"), Span(7, 13, "METRIC")]
    _jsonl(path, [{"text": TEXT, "label": {"PARK": {"昆明高新區": [[0, 5]]}}}])
    _rejects(path, "cluener", 1, "does not match the offsets")
    _jsonl(path, [{"text": TEXT, "label": {"address": {"昆明高新區": [[0, 4]]}}}])
    _rejects(path, "cluener", 1, "unknown label 'address'")


def _conll(path: Path, tags: list[str], text: str = "昆明高新區") -> Path:
    lines = ["# id = c1"] + [f"{char}\t{tag}" for char, tag in zip(text, tags, strict=True)]
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("tags", "scheme", "fragment"),
    [
        (["O", "I-PARK", "I-PARK", "I-PARK", "I-PARK"], None, "character 1: tag 'I-PARK' does not continue a span"),
        (["B-PARK", "I-PARK", "I-PARK", "I-PARK", "I-PARK"], "bioes", "not closed by E-"),
        (["B-PARK", "I-PARK", "I-PARK", "I-PARK", "E-PARK"], "bio", "invalid tag 'E-PARK'"),
        (["B-PARK", "I-PARK", "I-PARK", "I-ORG", "I-ORG"], None, "does not continue"),
        (["B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC"], None, "unknown label 'LOC'"),
    ],
)
def test_conll_rejects_invalid_tag_sequences(
    tags: list[str], scheme: str | None, fragment: str, tmp_path: Path
) -> None:
    _rejects(_conll(tmp_path / "x.conll", tags), "conll", 1, fragment, scheme=scheme)


def test_conll_rejects_unescaped_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text("# id = c1\n昆\tO\n \tO\n", encoding="utf-8")
    _rejects(path, "conll", 3, "escape whitespace")


def test_conll_escapes_whitespace_and_backslashes(tmp_path: Path) -> None:
    document = Document("w", "昆 明\\\n區\u3000", [Span(0, 3, "PARK")])
    write_format([document], tmp_path / "w.conll", "conll")
    lines = (tmp_path / "w.conll").read_text("utf-8").splitlines()
    assert lines[1:8] == [
        "昆\tB-PARK",
        "\\u0020\tI-PARK",
        "明\tI-PARK",
        "\\u005c\tO",
        "\\u000a\tO",
        "區\tO",
        "\\u3000\tO",
    ]


def test_docbin_rejects_unknown_entity_labels(tmp_path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")
    doc = nlp.make_doc(TEXT)
    doc.ents = [doc.char_span(0, 5, label="GPE")]
    DocBin(docs=[nlp.make_doc("雲南"), doc]).to_disk(tmp_path / "x.spacy")
    _rejects(tmp_path / "x.spacy", "docbin", 2, "unknown label 'GPE'")


def test_hf_rejects_spans_that_disagree_with_tags(tmp_path: Path) -> None:
    import datasets

    from parkner.formats.hf import FEATURES, TAG_NAMES

    tags = [TAG_NAMES.index("B-PARK")] + [TAG_NAMES.index("I-PARK")] * 4 + [0] * 8
    row = {
        "id": "h",
        "text": TEXT,
        "tokens": list(TEXT),
        "ner_tags": tags,
        "spans": [{"start": 0, "end": 4, "label": "PARK"}],
        "meta": "{}",
        "offsets": None,
    }
    datasets.Dataset.from_list([row], features=FEATURES).to_parquet(str(tmp_path / "train.parquet"))
    _rejects(tmp_path / "train.parquet", "hf", 1, "'spans' and 'ner_tags' disagree")


def test_writers_refuse_to_overwrite_directories_and_overlaps(tmp_path: Path) -> None:
    documents = read_documents(GOLD_SAMPLE)
    (tmp_path / "brat").mkdir()
    (tmp_path / "brat" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        write_format(documents, tmp_path / "brat", "brat")
    assert (tmp_path / "brat" / "keep.txt").read_text(encoding="utf-8") == "mine"
    overlapping = Document("o", TEXT, [Span(0, 5, "PARK"), Span(2, 9, "COMPANY")])
    with pytest.raises(InputError, match="overlap"):
        write_format([overlapping], tmp_path / "o.conll", "conll")


def test_convert_rejects_misplaced_options_and_unknown_formats(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="option scheme does not apply when writing doccano"):
        convert(GOLD_SAMPLE, tmp_path / "x.jsonl", "parkner", "doccano", write_options={"scheme": "bio"})
    with pytest.raises(InputError, match="unknown format 'iob'"):
        convert(GOLD_SAMPLE, tmp_path / "x.jsonl", "parkner", "iob")
    assert not (tmp_path / "x.jsonl").exists()
    assert comparable(read_format(GOLD_SAMPLE, "parkner")) == comparable(read_documents(GOLD_SAMPLE))
