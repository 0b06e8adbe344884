"""Labelling a corpus: streamed documents in, rule entities out as JSONL or a DocBin with every LF's span group."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import DocBin

from parkner.documents import Document, read_documents
from parkner.labelling import LabelStats, label_documents, label_to_file

TEXTS = {"a": "2021年，昆明高新区园区主营业务收入实现2665亿元。", "b": "昆明高新區投資10億元"}


def _documents() -> list[Document]:
    return [Document(id=key, text=text) for key, text in TEXTS.items()]


def test_label_documents_streams_copies_with_rule_entities_and_counts() -> None:
    stats = LabelStats()
    labelled = label_documents(iter(_documents()), stats)
    assert {d.id: [(d.text[s.start : s.end], s.label) for s in d.spans] for d in labelled} == {
        "a": [("昆明高新区", "PARK"), ("2665亿元", "METRIC")],
        "b": [("昆明高新區", "PARK"), ("10億元", "METRIC")],  # Traditional text, its own offsets
    }
    assert (stats.documents, stats.characters, stats.entities, stats.misaligned) == (2, sum(map(len, TEXTS.values())), 4, 0)


def test_label_to_file_writes_jsonl(tmp_path: Path) -> None:
    output = tmp_path / "labelled.jsonl"
    stats = label_to_file((document for document in _documents()), output, total=2)
    assert [len(document.spans) for document in read_documents(output)] == [2, 2] and stats.entities == 4


def test_label_to_file_keeps_every_lf_span_group_in_a_docbin(tmp_path: Path) -> None:
    output = tmp_path / "labelled.spacy"
    label_to_file(_documents(), output)
    [doc, _] = DocBin().from_disk(output).get_docs(spacy.blank("zh").vocab)
    assert {"park_patterns", "metric_patterns", "document_propagation"} <= set(doc.spans)
    assert [(e.text, e.label_) for e in doc.ents] == [("昆明高新区", "PARK"), ("2665亿元", "METRIC")]
    assert doc.user_data == {}  # no second copy of the text
