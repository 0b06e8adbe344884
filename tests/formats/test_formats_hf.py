"""The hf output is a real Hugging Face dataset: it loads with datasets' own loaders and decodes to the gold."""

from __future__ import annotations

from pathlib import Path

import datasets
from formats_helpers import GOLD_SAMPLE, edge_document

from parkner.documents import Document, read_documents
from parkner.formats import read_format, write_format
from parkner.formats.hf import write_hf_splits
from parkner.formats.tags import tags_to_spans


def _decoded(dataset: datasets.Dataset) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    names = dataset.features["ner_tags"].feature.names
    return [
        (
            row["id"],
            "".join(row["tokens"]),
            [(s.start, s.end, s.label) for s in tags_to_spans([names[t] for t in row["ner_tags"]])],
        )
        for row in dataset
    ]


def _expected(documents: list[Document]) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    return [(doc.id, doc.text, [(s.start, s.end, s.label) for s in sorted(doc.spans)]) for doc in documents]


def test_hf_dataset_loads_with_datasets_and_decodes_to_gold(tmp_path: Path) -> None:
    gold = [*read_documents(GOLD_SAMPLE), edge_document()]
    write_format(gold, tmp_path / "hf", "hf", options={"split": "dev"})

    on_disk = datasets.load_from_disk(str(tmp_path / "hf"))
    assert isinstance(on_disk, datasets.DatasetDict) and list(on_disk) == ["dev"]
    assert on_disk["dev"].features["ner_tags"].feature.names[:3] == ["O", "B-PARK", "I-PARK"]
    assert _decoded(on_disk["dev"]) == _expected(gold)
    assert [row["text"] for row in on_disk["dev"]] == [doc.text for doc in gold]

    parquet = datasets.load_dataset(
        "parquet",
        data_files={"dev": str(tmp_path / "hf" / "parquet" / "dev.parquet")},
        cache_dir=str(tmp_path / "cache"),
    )
    assert isinstance(parquet["dev"].features["ner_tags"].feature, datasets.ClassLabel)
    assert _decoded(parquet["dev"]) == _expected(gold)
    assert [[(s["start"], s["end"], s["label"]) for s in row["spans"]] for row in parquet["dev"]] == [
        e[2] for e in _expected(gold)
    ]


def test_hf_reads_splits_from_disk_or_parquet(tmp_path: Path) -> None:
    gold = read_documents(GOLD_SAMPLE)
    write_hf_splits({"train": gold[:3], "test": gold[3:]}, tmp_path / "hf")
    assert [doc.id for doc in read_format(tmp_path / "hf", "hf")] == [doc.id for doc in gold]
    assert [doc.id for doc in read_format(tmp_path / "hf", "hf", options={"split": "test"})] == [gold[3].id]
    from_parquet = read_format(tmp_path / "hf" / "parquet" / "train.parquet", "hf")
    assert [(doc.id, doc.spans, doc.meta) for doc in from_parquet] == [
        (doc.id, doc.spans, doc.meta) for doc in gold[:3]
    ]
